import {
  ASSESSMENT_FORMAT_2,
  BUILTIN_PACKS_2,
  formatNumber,
  type Lang,
  type Pack2,
  SUBJECT_KINDS,
  type SubjectKind,
} from '@tusoi/rubric-core';
import { useMemo } from 'preact/hooks';
import { inLang } from './bilingual';
import { type Answer, CriteriaAnswers } from './criteria-answers';
import { getIn } from './edit';
import { quarterLabel } from './field-labels';
import type { Path } from './fields';
import { FrameWeights } from './frame-weights';
import { labels } from './labels';
import { type LiveResult, liveResult } from './live-result';
import { NumberInput } from './number-input';
import type { AnswerValue, FrameValue } from './quarterly-issues';
import { issuesUnder } from './quarterly-issues';
import { type TaskRow, TaskTable } from './task-table';

/** Props of {@link QuarterlyEditor}. */
export interface QuarterlyEditorProps {
  readonly a: Record<string, unknown>;
  readonly lang: Lang;
  /** Sets one field (undefined removes it). */
  readonly set: (path: Path, value: unknown) => void;
  /** The draft's live result, when the page already has it (else the editor asks rubric-core itself). */
  readonly live?: LiveResult;
  /** Quarterly packs to offer; default the built-in ones. */
  readonly packs?: readonly Pack2[];
}

const LEADERS: readonly string[] = ['leader', 'leader-central'];

/** Per-axis numbers (points for direct-axis packs, percent for axis-caps packs). */
function AxisInputs({
  pack,
  a,
  lang,
  put,
}: {
  pack: Pack2;
  a: Record<string, unknown>;
  lang: Lang;
  put: (path: Path, value: unknown) => void;
}) {
  const direct = pack.results.mode === 'direct-axis';
  const field = direct ? 'axisPoints' : 'axisPercent';
  return (
    <fieldset class="q-axes">
      <legend>{quarterLabel(field, lang)}</legend>
      {(pack.results.axes ?? []).map((axis) => {
        const value = getIn(a, [field, axis.id]);
        return (
          <NumberInput
            key={axis.id}
            name={`${field}.${axis.id}`}
            label={`${inLang(axis, lang)}${direct && axis.max !== undefined ? ` (/${axis.max})` : ''}`}
            lang={lang}
            min={0}
            max={direct ? (axis.max ?? 70) : 120}
            value={typeof value === 'number' ? value : undefined}
            onValue={(v) => put([field, axis.id], v)}
          />
        );
      })}
    </fieldset>
  );
}

/**
 * The quarterly part of a self-review (tusoi.assessment/2): the quarterly scoring pack, its general
 * criteria answered Đảm bảo / Không đảm bảo / K/AD with reasons, and the task results as the pack
 * scores them (task table with weights and A/B/C/D by frame, KPI ratios, or points by axis). The
 * draft becomes tusoi.assessment/2 on the first quarterly entry; every number, requirement and
 * result comes from rubric-core.
 */
export function QuarterlyEditor({ a, lang, set, live, packs = BUILTIN_PACKS_2 }: QuarterlyEditorProps) {
  const l = labels(lang);
  const rawKind = getIn(a, ['subject', 'kind']) as SubjectKind;
  const kind: SubjectKind = SUBJECT_KINDS.includes(rawKind) ? rawKind : 'staff';
  const criteria = getIn(a, ['criteria']) as { pack?: string; items?: Record<string, AnswerValue> } | undefined;
  const pack = packs.find((p) => p.id === criteria?.pack);
  const own = useMemo(() => live ?? liveResult(a, []), [a, live]);
  const put = (path: Path, value: unknown) => {
    // Quarterly fields live in tusoi.assessment/2 only.
    if (a.format !== ASSESSMENT_FORMAT_2) set(['format'], ASSESSMENT_FORMAT_2);
    set(path, value);
  };
  const tasks = (getIn(a, ['taskList']) as TaskRow[] | undefined) ?? [];
  const frame = getIn(a, ['frame']) as FrameValue | undefined;
  const frameId = frame?.id;
  const mode = pack?.results.mode;
  const defaultFrame = pack?.results.frames?.find((f) => f.id === pack.results.defaultFrame);
  return (
    <div class="q-editor" data-testid="quarterly-editor">
      <label class="field">
        <span>{l.quarterPack}</span>
        <select
          name="criteria.pack"
          value={pack?.id ?? ''}
          onChange={(e) => {
            const id = e.currentTarget.value;
            // Answers are kept by criterion id: packs of one organisation share their criteria.
            put(['criteria'], id === '' ? undefined : { pack: id, items: criteria?.items ?? {} });
          }}
        >
          <option value="">{l.choosePack}</option>
          {packs
            .filter((p) => p.kinds.includes(kind))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {lang === 'en' && p.title.en ? p.title.en : p.title.vi}
              </option>
            ))}
        </select>
      </label>
      {pack && (
        <>
          <p class="muted q-source">
            {pack.source.citation} ({l.sourceGrade} {pack.source.grade})
          </p>
          <section class="q-part" aria-labelledby="q-general">
            <h3 id="q-general">{l.generalCriteria}</h3>
            <CriteriaAnswers
              pack={pack}
              kind={kind}
              items={criteria?.items ?? {}}
              lang={lang}
              onAnswer={(id: string, answer: Answer | undefined) => put(['criteria', 'items', id], answer)}
            />
          </section>
          <section class="q-part" aria-labelledby="q-results">
            <h3 id="q-results">{l.taskResults}</h3>
            {mode === 'task-weights' && (pack.results.frames ?? []).length > 0 && (
              <label class="field">
                <span>{quarterLabel('frame.id', lang)}</span>
                <select
                  name="frame.id"
                  value={frameId ?? ''}
                  // Another frame drops the weights adjusted from the last one: they were set against it.
                  onChange={(e) => put(['frame'], e.currentTarget.value ? { id: e.currentTarget.value } : undefined)}
                >
                  <option value="">{defaultFrame ? `${inLang(defaultFrame, lang)} (${l.byDefault})` : l.noAxis}</option>
                  {(pack.results.frames ?? []).map((f) => (
                    <option key={f.id} value={f.id}>
                      {`${inLang(f, lang)} (${(['A', 'B', 'C', 'D'] as const).map((c) => `${c} ${formatNumber(f[c], lang)}%`).join(' · ')})`}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {mode === 'task-weights' && (
              <FrameWeights
                pack={pack}
                frame={frame}
                lang={lang}
                onChange={(f) => put(['frame'], f)}
                issues={issuesUnder(own.issues, 'frame')}
              />
            )}
            {mode === 'kpi-scaled' && (
              <fieldset class="q-kpi">
                <legend>{quarterLabel('kpi', lang)}</legend>
                {(['A', 'B', 'C', ...(LEADERS.includes(kind) ? ['D'] : [])] as const).map((c) => {
                  const value = getIn(a, ['kpi', c]);
                  return (
                    <NumberInput
                      key={c}
                      name={`kpi.${c}`}
                      label={quarterLabel(`kpi.${c as 'A'}`, lang)}
                      lang={lang}
                      min={0}
                      max={1.2}
                      value={typeof value === 'number' ? value : undefined}
                      onValue={(v) => put(['kpi', c], v)}
                    />
                  );
                })}
              </fieldset>
            )}
            {(mode === 'direct-axis' || mode === 'axis-caps') && <AxisInputs pack={pack} a={a} lang={lang} put={put} />}
            <h4>{quarterLabel('taskList', lang)}</h4>
            <TaskTable
              pack={pack}
              tasks={tasks}
              lang={lang}
              onChange={(list) => put(['taskList'], list.length > 0 ? list : undefined)}
              issues={issuesUnder(own.issues, 'taskList')}
              {...(own.result?.breakdown?.tasks ? { points: own.result.breakdown.tasks } : {})}
            />
          </section>
        </>
      )}
    </div>
  );
}
