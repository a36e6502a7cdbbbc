import {
  BUILTIN_PACKS,
  DEFAULT_POLICY,
  type Lang,
  LEVEL_NAMES,
  type Level,
  type Message,
  RULESETS,
} from '@tusoi/rubric-core';
import { FactsEditor, factLabels, KINDS, liveResult, NumberField, ResultView, SelectField, setIn } from '@tusoi/ui';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SCENARIOS, type Scenario, scenarioById } from './scenarios';
import { canonical, decodeState, encodeState, type PlaygroundState, type PolicyOptions } from './state';

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
    lesson: 'Bài học',
    badLink: 'Không mở được liên kết',
    facts: 'Dữ kiện',
    unverifiedNote:
      'Văn bản nguồn chép từ trang pháp luật, chưa đối chiếu bản chính thức (mức A−); mọi cách hiểu của Tự Soi ghi rõ "cách hiểu của Tự Soi".',
    candidates: 'cấp có thẩm quyền quyết định giữa',
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
    lesson: 'Lesson',
    badLink: 'Could not open the link',
    facts: 'Facts',
    unverifiedNote:
      'Source text is copied from legal websites, not yet checked against the official copy (grade A−); every reading of Tự Soi’s own says so.',
    candidates: 'for the competent level to decide among',
  },
} as const;

const POLICY_CHOICES: readonly (readonly [keyof PolicyOptions, readonly string[]])[] = [
  ['nested', ['true', 'false']],
  ['bands', ['cascade', 'strict']],
  ['gap', ['discretion', 'KHTNV']],
  ['mitigation', ['discretion', 'none', 'waive']],
  ['targets', ['any', 'all']],
];

function fromScenario(s: Scenario, lang: Lang): PlaygroundState {
  return { v: 1, assessment: structuredClone(s.assessment), options: { ...s.options }, scenario: s.id, lang };
}

const levelText = (level: Level | null, candidates: readonly Level[], lang: Lang) =>
  level ? `${LEVEL_NAMES[level][lang]} (${level})` : `${T[lang].candidates} ${candidates.join(' / ')}`;

/** One line per fact, for the print view. */
function factLines(value: unknown, path = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => factLines(v, path ? `${path}.${k}` : k));
  return [`${path}: ${String(value)}`];
}

/** The trainer playground: a case's facts, its live result from rubric-core, and the scenario library. */
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
    history.replaceState(null, '', encodeState(state));
    document.documentElement.lang = lang;
    document.body.classList.toggle('present', state.present === true);
  }, [state]);

  const live = useMemo(() => liveResult(state.assessment, BUILTIN_PACKS, state.options as PolicyOptions), [state]);
  const scenario = state.scenario ? scenarioById(state.scenario) : undefined;
  const unchanged =
    scenario !== undefined &&
    canonical(scenario.assessment) === canonical(state.assessment) &&
    canonical(scenario.options ?? {}) === canonical(state.options);
  const r = live.result;
  const matches =
    scenario && r
      ? r.level === scenario.expected.level && canonical(r.candidates) === canonical(scenario.expected.candidates)
      : false;

  const set = (path: readonly (string | number)[], value: unknown) =>
    setState((s) => ({ ...s, assessment: setIn(s.assessment, path, value) }));
  const update = (patch: Partial<PlaygroundState>) => setState((s) => ({ ...s, ...patch }));

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
              if (s) setState({ ...fromScenario(s, lang), ...(state.present ? { present: true } : {}) });
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
          <select name="ruleset" value={RULESETS[0]}>
            {RULESETS.map((id) => (
              <option key={id} value={id}>
                QĐ 366-QĐ/TW (2025–)
              </option>
            ))}
            <option disabled>QĐ 124-QĐ/TW (2023–2024): {t.older}</option>
            <option disabled>QĐ 132-QĐ/TW (2018–2022): {t.older}</option>
          </select>
        </label>
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
              await navigator.clipboard?.writeText(location.href).catch(() => undefined);
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            }}
          >
            {copied ? t.copied : t.share}
          </button>
          <button type="button" data-action="present" onClick={() => update({ present: !state.present })}>
            {state.present ? t.endPresent : t.present}
          </button>
          <button type="button" data-action="print" onClick={() => window.print()}>
            {t.print}
          </button>
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
          <FactsEditor a={state.assessment} packs={BUILTIN_PACKS} lang={lang} set={set} />
          <fieldset class="policy">
            <legend>{t.policy}</legend>
            {POLICY_CHOICES.map(([key, choices]) => {
              const current = state.options[key] ?? DEFAULT_POLICY[key];
              return (
                <label class="field" key={key}>
                  <span>
                    <code>{key}</code>
                  </span>
                  <select
                    name={`options.${key}`}
                    value={String(current)}
                    onChange={(e) => {
                      const raw = e.currentTarget.value;
                      const value = key === 'nested' ? raw === 'true' : raw;
                      const { [key]: _old, ...rest } = state.options;
                      update({
                        options: value === DEFAULT_POLICY[key] ? rest : ({ ...rest, [key]: value } as PolicyOptions),
                      });
                    }}
                  >
                    {choices.map((c) => (
                      <option key={c} value={c}>
                        {c}
                        {String(DEFAULT_POLICY[key]) === c ? ` (${t.byDefault})` : ''}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
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
                  <p data-testid="expected-cite">
                    <strong>{t.decidedBy}:</strong> {scenario.expected.rule}, <cite>{scenario.expected.cite}</cite>
                  </p>
                </>
              ) : (
                <p class="note">{t.changed}</p>
              )}
            </section>
          )}
          <ResultView result={live.result} issues={live.issues} checks={live.checks} lang={lang} />
          <p class="note">{t.unverifiedNote}</p>
          <section class="print-only">
            <h3>{t.facts}</h3>
            <ul>
              {factLines(state.assessment).map((line) => (
                <li key={line}>{line}</li>
              ))}
              {factLines(state.options).map((line) => (
                <li key={line}>options.{line}</li>
              ))}
            </ul>
            <p>{`${location.origin}${location.pathname}${encodeState(state)}`}</p>
          </section>
        </aside>
      </main>
    </div>
  );
}
