import {
  type Assessment,
  BUILTIN_PACKS,
  DEFAULT_POLICY,
  type Lang,
  LEVEL_NAMES,
  type Level,
  type Message,
  Q2026_MANIFEST,
  Q2026_RULE_TITLES,
  Q2026_RULES,
  QD366_RULE_TITLES,
  type Result,
  RULESET_REGISTRY,
  RULESETS,
  rulesetIdOf,
  rulesetProvenance,
} from '@tusoi/rubric-core';
import {
  candidatesText,
  citeText,
  DecisionStepsView,
  decisionSteps,
  FactsEditor,
  factLabels,
  fieldLabel,
  KINDS,
  liveResult,
  NumberField,
  POLICY_OPTIONS,
  POLICY_SOURCE,
  PriorShortcomingsEditor,
  QuarterlyEditor,
  quarterLabel,
  ResultView,
  SelectField,
  setIn,
  UnratedFacts,
} from '@tusoi/ui';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CompareView } from './compare';
import { FactList } from './fact-list';
import { factSummary } from './facts-summary';
import { PrintDocumentButton } from './print-document';
import { QrCode } from './qr-code';
import { SCENARIOS, type Scenario, scenarioById } from './scenarios';
import { canonical, decodeState, encodeState, type PlaygroundState, type PolicyOptions } from './state';

/** The quarters as the forms write them (Quý I–IV). */
const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** The rule set rubric-core applies to a draft (qd366 while the draft is too partial to say). */
function rulesetOf(a: Record<string, unknown>): string {
  try {
    return rulesetIdOf(a as unknown as Assessment);
  } catch {
    return RULESETS[0];
  }
}

const T = {
  vi: {
    title: 'Sân tập xếp loại',
    scenario: 'Tình huống',
    free: '(tự nhập)',
    ruleset: 'Bộ quy tắc',
    older: 'chưa có trong phiên bản này',
    share: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết',
    present: 'Trình chiếu',
    compare: 'So sánh',
    endCompare: 'Thôi so sánh',
    endPresent: 'Thoát trình chiếu',
    print: 'In',
    reset: 'Về tình huống gốc',
    year: 'Năm đánh giá',
    policy: 'Cách hiểu chỗ văn bản chưa rõ (tuỳ chọn chính sách)',
    byDefault: 'mặc định',
    expected: 'Kết quả mong đợi',
    matches: 'khớp với kết quả đang hiển thị',
    differs: 'KHÁC với kết quả đang hiển thị',
    changed: 'Đã thay đổi so với tình huống gốc: kết quả mong đợi không còn áp dụng.',
    decidedBy: 'Căn cứ quyết định',
    ruleId: 'mã quy tắc',
    lesson: 'Bài học',
    badLink: 'Không mở được liên kết',
    facts: 'Dữ kiện',
    grades: 'Mức tin cậy của các quy tắc',
    rulesWord: 'quy tắc',
    trainerNote: 'Ghi chú cho giảng viên',
    grade: 'mức',
    exactly20: 'Tỷ lệ Mức 2 đúng 20% không phải "dưới 20%".',
    candidates: 'cấp có thẩm quyền quyết định',
    changes: 'Thay đổi gì',
    defaultIs: 'Mặc định',
    because: 'Lý do',
    source: 'Nguồn',
    escHint: 'Thoát trình chiếu (Esc)',
    link: 'Liên kết mở lại đúng tình huống này',
    qr: 'Mã QR của liên kết',
    qrTooLong: 'Liên kết quá dài để in thành mã QR; hãy dùng liên kết ở trên.',
    na: 'không áp dụng cho đối tượng này',
    decision: 'Quyết định',
  },
  en: {
    title: 'Rating playground',
    scenario: 'Scenario',
    free: '(your own)',
    ruleset: 'Ruleset',
    older: 'not carried in this version',
    share: 'Copy link',
    copied: 'Link copied',
    present: 'Present',
    compare: 'Compare',
    endCompare: 'End comparison',
    endPresent: 'End presentation',
    print: 'Print',
    reset: 'Back to the scenario',
    year: 'Review year',
    policy: 'Readings where the text is silent (policy options)',
    byDefault: 'default',
    expected: 'Expected result',
    matches: 'matches the result shown',
    differs: 'DIFFERS from the result shown',
    changed: 'Changed from the scenario: its expected result no longer applies.',
    decidedBy: 'Deciding reason',
    ruleId: 'rule',
    lesson: 'Lesson',
    badLink: 'Could not open the link',
    facts: 'Facts',
    grades: 'Grades of its rules',
    rulesWord: 'rules',
    trainerNote: 'Note for trainers',
    grade: 'grade',
    exactly20: 'A Mức 2 share of exactly 20% is not "under 20%".',
    candidates: 'for the competent level to decide',
    changes: 'What it changes',
    defaultIs: 'Default',
    because: 'Why',
    source: 'Source',
    escHint: 'End presentation (Esc)',
    link: 'Link that reopens this case',
    qr: 'QR code of the link',
    qrTooLong: 'The link is too long for a QR code; use the link above.',
    na: 'does not apply to this kind',
    decision: 'Decision',
  },
} as const;

/**
 * The rule set's own sources and how sure they are (rubric-core's provenance data): the rule set
 * that rated the case, so a quarterly case shows its subordinate documents (grade C), not QĐ 366's.
 */
function RulesetNote({ id, lang }: { id: string; lang: Lang }) {
  const p = rulesetProvenance(id);
  if (p === undefined) return null;
  const t = T[lang];
  return (
    <p class="note" data-testid="ruleset-note" data-ruleset={id}>
      <strong>{p.title[lang]}.</strong> {p.caveat[lang]} {t.grades}:{' '}
      {p.grades.map((g) => `${g.grade} (${g.count} ${t.rulesWord}: ${g.name[lang]})`).join('; ')}. {t.source}:{' '}
      {p.source}.
    </p>
  );
}

/**
 * For trainers, where a key task at Mức 2 shaped the result (Q26-16): the rule, its citation (which
 * states the reading of "từ 20% trở lên" as "dưới 20%") and its grade, from rubric-core, and that a
 * share of exactly 20% is not under 20%.
 */
function KeyLevelNote({ result, lang }: { result: Result; lang: Lang }) {
  if (!result.reasons.some((r) => r.rule === 'Q26-16' && r.outcome === 'failed')) return null;
  const t = T[lang];
  const rule = Q2026_RULES['Q26-16'];
  return (
    <p class="note" data-testid="trainer-note" data-rule="Q26-16">
      <strong>
        {t.trainerNote} (Q26-16, {t.grade} {rule.grade}):
      </strong>{' '}
      {Q2026_RULE_TITLES['Q26-16'][lang]} {t.source}: {rule.cite}. {t.exactly20}
    </p>
  );
}

function fromScenario(s: Scenario, lang: Lang): PlaygroundState {
  return { v: 1, assessment: structuredClone(s.assessment), options: { ...s.options }, scenario: s.id, lang };
}

const levelText = (level: Level | null, candidates: readonly Level[], lang: Lang) =>
  level ? `${LEVEL_NAMES[level][lang]} (${level})` : `${T[lang].candidates}, ${candidatesText(candidates, lang)}`;

/** The trainer playground: a case's facts, its live result from rubric-core, and the scenario library. */
const RULE_TITLES: Readonly<Record<string, Message>> = { ...QD366_RULE_TITLES, ...Q2026_RULE_TITLES };

/** What a rule says, briefly (rubric-core's rule titles), rather than its bare id. */
function ruleTitle(rule: string, lang: Lang): string {
  return RULE_TITLES[rule]?.[lang] ?? rule;
}

export function Playground({ location }: { location: Location }) {
  const initial = useMemo(() => {
    const decoded = decodeState(location.hash);
    if (decoded !== null && 'state' in decoded) return { state: decoded.state, error: null };
    // No link, or a damaged one: the first scenario, in Vietnamese (English is one click away).
    return { state: fromScenario(SCENARIOS[0] as Scenario, 'vi'), error: decoded?.error ?? null };
  }, []);
  const [state, setState] = useState<PlaygroundState>(initial.state);
  const [error, setError] = useState<Message | null>(initial.error);
  const [copied, setCopied] = useState(false);
  const lang = state.lang;
  const t = T[lang];
  const f = factLabels(lang);

  // The URL always holds the case on screen, so a copied address reopens exactly this.
  useEffect(() => {
    try {
      history.replaceState(null, '', encodeState(state));
    } catch {
      // Some browsers refuse history changes on pages opened from a file; the share link still shows the case.
    }
    document.documentElement.lang = lang;
    document.body.classList.toggle('present', state.present === true);
  }, [state]);

  // Esc leaves the presentation, as on a projector.
  useEffect(() => {
    if (!state.present) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setState((s) => ({ ...s, present: false }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.present]);

  const live = useMemo(
    () => liveResult(state.assessment, BUILTIN_PACKS, state.options as PolicyOptions, { trace: true }),
    [state.assessment, state.options],
  );
  const steps = useMemo(() => (live.trace ? decisionSteps(live.trace, lang) : null), [live, lang]);
  const facts = useMemo(() => factSummary(state.assessment, state.options as PolicyOptions, lang), [state, lang]);
  const shareUrl = `${location.href.split('#')[0]}${encodeState({ ...state, present: undefined })}`;
  const scenario = state.scenario ? scenarioById(state.scenario) : undefined;
  const unchanged =
    scenario !== undefined &&
    canonical(scenario.assessment) === canonical(state.assessment) &&
    canonical(scenario.options ?? {}) === canonical(state.options);
  const packId = (state.assessment.criteria as { pack?: string } | undefined)?.pack;
  const pack = packId ? BUILTIN_PACKS.find((p) => p.id === packId) : undefined;
  const packProp = pack ? { pack } : {};
  const r = live.result;
  const matches =
    scenario && r
      ? r.level === scenario.expected.level && canonical(r.candidates) === canonical(scenario.expected.candidates)
      : false;

  // A quarter of the 2026 review: its criteria answers and task table (the same editor as the side panel).
  const period = state.assessment.period as { year?: unknown; quarter?: unknown } | undefined;
  const quarterly =
    period?.quarter !== undefined && typeof period.year === 'number' && period.year >= Q2026_MANIFEST.from;
  const set = (path: readonly (string | number)[], value: unknown) =>
    setState((s) => ({ ...s, assessment: setIn(s.assessment, path, value) }));
  const update = (patch: Partial<PlaygroundState>) => setState((s) => ({ ...s, ...patch }));
  // The rule set rubric-core applies (a quarter of 2026 is q2026 unless the draft names one), and
  // what it would apply were none named: choosing that one removes the field rather than writing it.
  const ruleset = rulesetOf(state.assessment);
  const implied = rulesetOf(setIn(state.assessment, ['ruleset'], undefined));

  return (
    <div class="playground">
      <header class="toolbar">
        <h1>Tự Soi · {t.title}</h1>
        <label class="field inline">
          <span>{t.scenario}</span>
          <select
            name="scenario"
            value={state.scenario ?? ''}
            onChange={(e) => {
              const s = scenarioById(e.currentTarget.value);
              if (s)
                setState({
                  ...fromScenario(s, lang),
                  ...(state.present ? { present: true } : {}),
                  ...(state.compare ? { compare: state.compare } : {}),
                });
              else update({ scenario: undefined });
              setError(null);
            }}
          >
            <option value="">{t.free}</option>
            {SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="field inline">
          <span>{t.ruleset}</span>
          <select
            name="ruleset"
            value={ruleset}
            onChange={(e) => {
              const id = e.currentTarget.value;
              set(['ruleset'], id === implied ? undefined : id);
            }}
          >
            {RULESETS.map((id) => (
              <option key={id} value={id}>
                {RULESET_REGISTRY[id]?.manifest.title[lang] ?? id}
              </option>
            ))}
            <option disabled>QĐ 124-QĐ/TW (2023–2024): {t.older}</option>
            <option disabled>QĐ 132-QĐ/TW (2018–2022): {t.older}</option>
          </select>
        </label>
        {(quarterly || ruleset === 'q2026') && (
          <label class="field inline">
            <span>{fieldLabel('period.quarter', lang)}</span>
            <select
              name="period.quarter"
              value={typeof period?.quarter === 'number' ? String(period.quarter) : ''}
              onChange={(e) => set(['period', 'quarter'], Number(e.currentTarget.value))}
            >
              {typeof period?.quarter === 'number' ? null : <option value="">—</option>}
              {QUARTERS.map((label, i) => (
                <option key={label} value={String(i + 1)}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="field inline">
          <span>Ngôn ngữ / Language</span>
          <select name="lang" value={lang} onChange={(e) => update({ lang: e.currentTarget.value as Lang })}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <div class="actions">
          <button
            type="button"
            data-action="share"
            onClick={async () => {
              await navigator.clipboard?.writeText(shareUrl).catch(() => undefined);
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            }}
          >
            {copied ? t.copied : t.share}
          </button>
          <button type="button" data-action="present" onClick={() => update({ present: !state.present })}>
            {state.present ? t.escHint : t.present}
          </button>
          <button
            type="button"
            data-action="compare"
            onClick={() => update({ compare: state.compare ? undefined : { options: {} } })}
          >
            {state.compare ? t.endCompare : t.compare}
          </button>
          <button type="button" data-action="print" onClick={() => window.print()}>
            {t.print}
          </button>
          <PrintDocumentButton assessment={state.assessment} lang={lang} />
          {scenario && !unchanged && (
            <button type="button" data-action="reset" onClick={() => setState(fromScenario(scenario, lang))}>
              {t.reset}
            </button>
          )}
        </div>
      </header>
      {error && (
        <p class="error" role="alert" data-testid="link-error">
          {t.badLink}: {error[lang]}
        </p>
      )}
      {state.present ? (
        <main class="presenting" data-testid="presentation">
          {scenario && (
            <p class="present-lesson">
              <strong>{scenario.title[lang]}.</strong> {scenario.lesson[lang]}
            </p>
          )}
          <section class="present-facts">
            <h2>{t.facts}</h2>
            <FactList lines={facts} lang={lang} testid="present-facts" />
          </section>
          <section class="present-decision">
            <ResultView result={live.result} issues={live.issues} lang={lang} hideReasons {...packProp} />
            {steps && <DecisionStepsView steps={steps} lang={lang} compact />}
          </section>
        </main>
      ) : state.compare ? (
        <main>
          <CompareView
            a={{
              title: scenario && unchanged ? scenario.title[lang] : t.free,
              assessment: state.assessment,
              options: state.options as PolicyOptions,
            }}
            compare={state.compare}
            setCompare={(compare) => update({ compare })}
            lang={lang}
          />
        </main>
      ) : (
        <main class="workspace">
          <form class="controls" onSubmit={(e) => e.preventDefault()}>
            <SelectField
              a={state.assessment}
              path={['subject', 'kind']}
              label={f.kind}
              set={set}
              options={KINDS.map((k) => [k.kind, `${k[lang]} (${k.form})`] as const)}
            />
            <NumberField
              a={state.assessment}
              lang={lang}
              path={['period', 'year']}
              label={t.year}
              set={set}
              min={2025}
              integer
            />
            {quarterly && <QuarterlyEditor a={state.assessment} lang={lang} set={set} live={live} />}
            {quarterly && (
              <fieldset>
                <legend>{quarterLabel('unrated', lang)}</legend>
                <UnratedFacts a={state.assessment} lang={lang} set={set} />
              </fieldset>
            )}
            <FactsEditor
              a={state.assessment}
              packs={BUILTIN_PACKS}
              lang={lang}
              set={set}
              quarterly={quarterly && state.assessment.format === 'tusoi.assessment/2'}
            />
            <PriorShortcomingsEditor a={state.assessment} lang={lang} set={set} />
            <fieldset class="policy">
              <legend>{t.policy}</legend>
              {POLICY_OPTIONS.map((o) => {
                const current = String(state.options[o.key] ?? DEFAULT_POLICY[o.key]);
                const byDefault = String(DEFAULT_POLICY[o.key]);
                const defaultLabel = o.choices.find((c) => c.value === byDefault)?.label[lang] ?? '';
                return (
                  <div class="policy-option" key={o.key} data-option={o.key}>
                    <label class="field">
                      <span>{o.title[lang]}</span>
                      <select
                        name={`options.${o.key}`}
                        value={current}
                        onChange={(e) => {
                          const raw = e.currentTarget.value;
                          const value = o.key === 'nested' ? raw === 'true' : raw;
                          const { [o.key]: _old, ...rest } = state.options;
                          update({
                            options:
                              value === DEFAULT_POLICY[o.key] ? rest : ({ ...rest, [o.key]: value } as PolicyOptions),
                          });
                        }}
                      >
                        {o.choices.map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label[lang]}
                            {c.value === byDefault ? ` (${t.byDefault})` : ''}
                          </option>
                        ))}
                      </select>
                    </label>
                    <p class="policy-help">
                      <strong>{t.changes}:</strong> {o.changes[lang]}
                      <br />
                      <strong>{t.defaultIs}:</strong> {defaultLabel}. <strong>{t.because}:</strong> {o.whyDefault[lang]}
                    </p>
                  </div>
                );
              })}
              <p class="policy-help">
                {t.source}: <a href="../rules.html#tuy-chon-chinh-sach-policy-options">{POLICY_SOURCE[lang]}</a>
              </p>
            </fieldset>
          </form>
          <aside class="live">
            {scenario && (
              <section class="expected" data-testid="expected" data-unchanged={String(unchanged)}>
                <h2>{scenario.title[lang]}</h2>
                <p>
                  <strong>{t.lesson}:</strong> {scenario.lesson[lang]}
                </p>
                {unchanged ? (
                  <>
                    <p data-testid="expected-level" data-level={scenario.expected.level ?? 'discretion'}>
                      <strong>{t.expected}:</strong>{' '}
                      {levelText(scenario.expected.level, scenario.expected.candidates, lang)} (
                      {matches ? t.matches : t.differs})
                    </p>
                    <p
                      data-testid="expected-cite"
                      data-outcome={scenario.expected.outcome}
                      data-cite={scenario.expected.cite}
                    >
                      <strong>{t.decidedBy}:</strong> {ruleTitle(scenario.expected.rule, lang)}{' '}
                      <cite>
                        ({citeText(scenario.expected.cite, lang)}; {t.ruleId} {scenario.expected.rule})
                      </cite>
                    </p>
                  </>
                ) : (
                  <p class="note">{t.changed}</p>
                )}
              </section>
            )}
            <ResultView
              result={live.result}
              issues={live.issues}
              checks={live.checks}
              lang={lang}
              hideReasons
              {...packProp}
            />
            {steps && <DecisionStepsView steps={steps} lang={lang} />}
            {live.result && <KeyLevelNote result={live.result} lang={lang} />}
            <RulesetNote id={live.result?.ruleset ?? ruleset} lang={lang} />
            <section class="print-only" data-testid="print-facts">
              <h3>{t.facts}</h3>
              <FactList lines={facts} lang={lang} testid="print-fact-list" />
              <h3>{t.link}</h3>
              <p class="share-link" data-testid="share-link">
                {shareUrl}
              </p>
              <QrCode text={shareUrl} label={t.qr} tooLong={t.qrTooLong} />
            </section>
          </aside>
        </main>
      )}
    </div>
  );
}
