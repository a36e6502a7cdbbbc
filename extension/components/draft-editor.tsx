import { GROUP_TOTALS, type Lang, LEVEL_NAMES, LEVELS, type Pack } from '@tusoi/rubric-core';
import { ScoreTable } from '@tusoi/ui';
import { getIn } from '@/lib/edit';
import { KINDS, texts } from '@/lib/i18n';
import { CheckField, NumberField, SelectField, TextField } from './fields';
import { SelfCheck } from './self-check';

type Path = readonly (string | number)[];

/** Props of {@link DraftEditor}. */
export interface DraftEditorProps {
  readonly assessment: Record<string, unknown>;
  readonly packs: readonly Pack[];
  readonly lang: Lang;
  /** Sets one field (undefined removes it). */
  readonly set: (path: Path, value: unknown) => void;
  /** Reasons for criteria not met, kept beside the assessment (the format has no place for them). */
  readonly notes?: Readonly<Record<string, string>>;
  readonly setNote?: (id: string, text: string) => void;
}

const FINDINGS = [
  [
    'degradationConcluded',
    'Bị kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"',
    'Concluded to show degradation',
  ],
  ['prohibitedActsViolated', 'Vi phạm những điều đảng viên không được làm', 'Violated what members must not do'],
  ['exampleDutyViolated', 'Vi phạm trách nhiệm nêu gương', 'Violated the duty to set an example'],
  [
    'corruptionInScopeDisciplined',
    'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý bị kỷ luật',
    'Corruption in direct scope disciplined',
  ],
  ['personnelViolationOrDisunity', 'Sai phạm công tác cán bộ, mất đoàn kết', 'Personnel violation or disunity'],
  ['memberDegradationConcluded', 'Thành viên bị kết luận suy thoái', 'A member concluded degraded'],
  [
    'subordinateOrMemberDisciplined',
    'Đơn vị trực thuộc / thành viên bị kỷ luật',
    'A subordinate unit or member disciplined',
  ],
  ['forceMajeure', 'Có lý do bất khả kháng', 'Force majeure'],
  ['selfDetectedAndRemedied', 'Tự phát hiện, khắc phục kịp thời', 'Self-detected and remedied'],
] as const;

const COUNT_FIELDS = ['assigned', 'completed', 'onTimeWithQuality', 'exceeded', 'late'] as const;

function ListSection({
  a,
  path,
  title,
  fields,
  set,
  lang,
  add,
}: {
  a: Record<string, unknown>;
  path: Path;
  title: string;
  fields: readonly (readonly [string, string, boolean?])[];
  set: (p: Path, v: unknown) => void;
  lang: Lang;
  add: Record<string, unknown>;
}) {
  const t = texts(lang);
  const list = (getIn(a, path) as Record<string, unknown>[] | undefined) ?? [];
  return (
    <fieldset>
      <legend>{title}</legend>
      {list.map((_item, i) => (
        <div class="list-item" key={i}>
          {fields.map(([key, label, multiline]) => (
            <TextField
              key={key}
              a={a}
              path={[...path, i, key]}
              label={label}
              set={set}
              multiline={multiline ?? false}
            />
          ))}
          <button
            type="button"
            onClick={() =>
              set(
                path,
                list.filter((_x, j) => j !== i),
              )
            }
          >
            {t.remove}
          </button>
        </div>
      ))}
      <button type="button" data-add={path.join('.')} onClick={() => set(path, [...list, add])}>
        {t.add}
      </button>
    </fieldset>
  );
}

const FORMS = [
  ['khien-trach', 'Khiển trách'],
  ['canh-cao', 'Cảnh cáo'],
  ['ha-bac-luong', 'Hạ bậc lương'],
  ['giang-chuc', 'Giáng chức'],
  ['cach-chuc', 'Cách chức'],
  ['buoc-thoi-viec', 'Buộc thôi việc'],
  ['khai-tru', 'Khai trừ'],
] as const;

const DISCIPLINE_FLAGS = [
  ['dutyRelated', 'Liên quan chức trách, công vụ', 'Duty-related'],
  ['selfReportedAndRemedied', 'Tự giác nhận lỗi, khắc phục xong', 'Self-reported and remedied'],
  ['violationAtPreviousUnit', 'Vi phạm ở đơn vị cũ', 'Violation at a previous unit'],
  ['unrelatedToCollective', 'Không liên quan tập thể hiện tại', 'Unrelated to this collective'],
] as const;

/** Disciplinary decisions counted in the period (Điều 11 khoản 4). */
function Disciplines({ a, lang, set }: { a: Record<string, unknown>; lang: Lang; set: (p: Path, v: unknown) => void }) {
  const t = texts(lang);
  const list = (getIn(a, ['findings', 'discipline']) as unknown[] | undefined) ?? [];
  return (
    <div class="disciplines">
      {list.map((_d, i) => (
        <div class="list-item" key={i}>
          <SelectField
            a={a}
            path={['findings', 'discipline', i, 'form']}
            label={t.discipline}
            set={set}
            options={FORMS}
          />
          {DISCIPLINE_FLAGS.map(([key, vi, en]) => (
            <CheckField
              key={key}
              a={a}
              path={['findings', 'discipline', i, key]}
              label={lang === 'en' ? en : vi}
              set={set}
            />
          ))}
          <button
            type="button"
            onClick={() =>
              set(
                ['findings', 'discipline'],
                list.filter((_x, j) => j !== i),
              )
            }
          >
            {t.remove}
          </button>
        </div>
      ))}
      <button
        type="button"
        data-add="findings.discipline"
        onClick={() => set(['findings', 'discipline'], [...list, { form: 'khien-trach', dutyRelated: false }])}
      >
        {t.addDiscipline}
      </button>
    </div>
  );
}

/** The editor for one self-review: header, part A (I–VI), scores or the pack's table, tasks, findings, proposal, self-check. */
export function DraftEditor({ assessment: a, packs, lang, set, notes, setNote }: DraftEditorProps) {
  const t = texts(lang);
  const kind = getIn(a, ['subject', 'kind']) as string;
  const leader = kind === 'leader' || kind === 'leader-central';
  const countsKey = leader ? 'ledUnits' : 'tasks';
  const criteria = getIn(a, ['criteria']) as { pack: string; items: Record<string, number | boolean> } | undefined;
  const pack = criteria ? packs.find((p) => p.id === criteria.pack) : undefined;
  const priors = (getIn(a, ['priorShortcomings']) as unknown[] | undefined) ?? [];
  return (
    <form class="draft-editor" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t.header}</legend>
        <SelectField
          a={a}
          path={['subject', 'kind']}
          label={t.kind}
          set={set}
          options={KINDS.map((k) => [k.kind, `${k[lang]} (${k.form})`] as const)}
        />
        <p class="form-name" data-testid="form-name">
          {t.form}:{' '}
          {getIn(a, ['period', 'quarter']) !== undefined
            ? `Mẫu 05 (${t.quarter})`
            : (KINDS.find((k) => k.kind === kind)?.form ?? '—')}
        </p>
        <NumberField a={a} path={['period', 'year']} label={t.year} set={set} min={2025} />
        <SelectField
          a={a}
          path={['period', 'quarter']}
          label={t.quarter}
          set={set}
          parse={Number}
          options={[
            ['', t.wholeYear],
            ['1', 'I'],
            ['2', 'II'],
            ['3', 'III'],
            ['4', 'IV'],
          ]}
        />
        <TextField a={a} path={['subject', 'name']} label={t.name} set={set} />
        <TextField a={a} path={['subject', 'birthDate']} label={t.birthDate} set={set} />
        <TextField a={a} path={['subject', 'unit']} label={t.unit} set={set} />
        <TextField a={a} path={['subject', 'cell']} label={t.cell} set={set} />
      </fieldset>

      <h2>{t.partA}</h2>
      <TextField a={a} path={['review', 'strengths']} label={t.strengths} set={set} multiline />
      <ListSection
        a={a}
        path={['review', 'shortcomings']}
        title={t.shortcomings}
        set={set}
        lang={lang}
        add={{ text: '' }}
        fields={[
          ['text', t.shortcoming, true],
          ['cause', t.cause],
          ['responsibility', t.responsibility],
          ['remedy', t.remedy],
        ]}
      />
      <fieldset>
        <legend>{t.prior}</legend>
        {priors.map((_p, i) => (
          <div class="list-item" key={i}>
            <TextField a={a} path={['priorShortcomings', i, 'text']} label={t.shortcoming} set={set} />
            <SelectField
              a={a}
              path={['priorShortcomings', i, 'status']}
              label={t.status}
              set={set}
              options={[
                ['', t.none],
                ['fixed', t.fixed],
                ['in-progress', t.inProgress],
                ['not-fixed', t.notFixed],
              ]}
            />
            <NumberField
              a={a}
              path={['priorShortcomings', i, 'progress']}
              label={t.progress}
              set={set}
              scale={100}
              min={0}
              max={100}
            />
            <button
              type="button"
              onClick={() =>
                set(
                  ['priorShortcomings'],
                  priors.filter((_x, j) => j !== i),
                )
              }
            >
              {t.remove}
            </button>
          </div>
        ))}
        <button
          type="button"
          data-add="priorShortcomings"
          onClick={() => set(['priorShortcomings'], [...priors, { text: '' }])}
        >
          {t.add}
        </button>
      </fieldset>
      <ListSection
        a={a}
        path={['review', 'suggestedIssues']}
        title={t.suggested}
        set={set}
        lang={lang}
        add={{ issue: '' }}
        fields={[
          ['issue', t.issue],
          ['explanation', t.explanation, true],
        ]}
      />
      <TextField a={a} path={['review', 'collectiveResponsibility']} label={t.collective} set={set} multiline />
      <TextField a={a} path={['review', 'direction']} label={t.direction} set={set} multiline />

      <h2>{t.partB}</h2>
      <label class="field">
        <span>{t.pack}</span>
        <select
          name="pack"
          value={criteria?.pack ?? ''}
          onChange={(e) => {
            const id = e.currentTarget.value;
            if (id === '') set(['criteria'], undefined);
            else {
              set(['scores'], undefined);
              set(['criteria'], { pack: id, items: {} });
            }
          }}
        >
          <option value="">{t.noPack}</option>
          {packs
            .filter((p) => p.kinds.includes(kind as never))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {lang === 'en' && p.title.en ? p.title.en : p.title.vi}
              </option>
            ))}
        </select>
      </label>
      {pack && criteria ? (
        <ScoreTable
          pack={pack}
          items={criteria.items}
          lang={lang}
          onChange={(id, value) => set(['criteria', 'items', id], value)}
          {...(notes ? { notes } : {})}
          {...(setNote ? { onNote: setNote } : {})}
        />
      ) : (
        <div class="scores">
          <NumberField
            a={a}
            path={['scores', 'general']}
            label={t.general}
            set={set}
            min={0}
            max={GROUP_TOTALS.general}
          />
          <NumberField
            a={a}
            path={['scores', 'results']}
            label={t.results}
            set={set}
            min={0}
            max={GROUP_TOTALS.results}
          />
        </div>
      )}
      <fieldset>
        <legend>{leader ? t.ledUnits : t.tasks}</legend>
        {COUNT_FIELDS.map((f) => (
          <NumberField key={f} a={a} path={[countsKey, f]} label={t[f]} set={set} min={0} />
        ))}
        {leader && (
          <>
            <NumberField a={a} path={['ledUnits', 'unitsResponsible']} label={t.unitsResponsible} set={set} min={0} />
            <NumberField
              a={a}
              path={['ledUnits', 'unitsRatedNotCompleted']}
              label={t.unitsRatedNotCompleted}
              set={set}
              min={0}
            />
            <CheckField a={a} path={['confidenceVote', 'held']} label={t.voteHeld} set={set} />
            <NumberField
              a={a}
              path={['confidenceVote', 'lowShare']}
              label={t.lowShare}
              set={set}
              scale={100}
              min={0}
              max={100}
            />
          </>
        )}
        {(leader || kind === 'leadership-collective') && (
          <>
            <CheckField a={a} path={['socioEconomicTargets', 'applicable']} label={t.targetsApplicable} set={set} />
            <NumberField
              a={a}
              path={['socioEconomicTargets', 'missed']}
              label={t.targetsMissed}
              set={set}
              min={0}
              max={5}
            />
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t.findings}</legend>
        <Disciplines a={a} lang={lang} set={set} />
        {FINDINGS.map(([key, vi, en]) => (
          <CheckField key={key} a={a} path={['findings', key]} label={lang === 'en' ? en : vi} set={set} />
        ))}
      </fieldset>
      <SelectField
        a={a}
        path={['proposedLevel']}
        label={t.proposed}
        set={set}
        options={[['', t.none], ...LEVELS.map((l) => [l, `${LEVEL_NAMES[l][lang]} (${l})`] as const)]}
      />
      <SelfCheck a={a} lang={lang} set={set} />
    </form>
  );
}
