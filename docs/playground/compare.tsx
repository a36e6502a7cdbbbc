import { BUILTIN_PACKS, DEFAULT_POLICY, type Lang } from '@tusoi/rubric-core';
import { DecisionStepsView, decisionSteps, liveResult, POLICY_OPTIONS, ResultView, stepDifferences } from '@tusoi/ui';
import { useMemo } from 'preact/hooks';
import { FactList } from './fact-list';
import { factSummary } from './facts-summary';
import { SCENARIOS, scenarioById } from './scenarios';
import type { CompareState, PolicyOptions } from './state';

const T = {
  vi: {
    with: 'So sánh với',
    sameFacts: 'Cùng dữ kiện, cách hiểu khác',
    current: 'Tình huống đang xem',
    beside: 'Đặt cạnh',
    other: 'Cách hiểu khác',
    byDefault: 'mặc định',
    legend: 'Chỗ khác nhau được tô màu.',
    same: 'Hai bên cùng kết quả.',
    different: 'Hai bên KHÁC kết quả.',
    facts: 'Dữ kiện',
  },
  en: {
    with: 'Compare with',
    sameFacts: 'The same facts, another reading',
    current: 'The case on screen',
    beside: 'Beside it',
    other: 'Another reading',
    byDefault: 'default',
    legend: 'What differs is highlighted.',
    same: 'Both sides give the same result.',
    different: 'The two sides give DIFFERENT results.',
    facts: 'Facts',
  },
} as const;

interface Side {
  readonly title: string;
  readonly assessment: Record<string, unknown>;
  readonly options: PolicyOptions;
}

function useSide(side: Side, lang: Lang) {
  return useMemo(() => {
    const live = liveResult(side.assessment, BUILTIN_PACKS, side.options, { trace: true });
    return {
      live,
      steps: live.trace ? decisionSteps(live.trace, lang) : [],
      facts: factSummary(side.assessment, side.options, lang),
    };
  }, [side.assessment, side.options, lang]);
}

/**
 * Two cases side by side: the case on screen and either another scenario or the same facts
 * under other policy readings; facts, result and steps that differ are highlighted.
 */
export function CompareView({
  a,
  compare,
  setCompare,
  lang,
}: {
  a: Side;
  compare: CompareState;
  setCompare: (c: CompareState) => void;
  lang: Lang;
}) {
  const t = T[lang];
  const scenario = compare.scenario ? scenarioById(compare.scenario) : undefined;
  const b: Side = scenario
    ? { title: scenario.title[lang], assessment: scenario.assessment, options: scenario.options ?? {} }
    : { title: t.other, assessment: a.assessment, options: compare.options as PolicyOptions };
  const left = useSide(a, lang);
  const right = useSide(b, lang);
  const diff = stepDifferences(left.steps, right.steps);
  const factKey = (l: { label: string; value: string }) => `${l.label}\u0000${l.value}`;
  const factsA = new Set(left.facts.map(factKey));
  const factsB = new Set(right.facts.map(factKey));
  const changedFacts = new Set([
    ...left.facts.filter((l) => !factsB.has(factKey(l))).map((l) => l.label),
    ...right.facts.filter((l) => !factsA.has(factKey(l))).map((l) => l.label),
  ]);
  const level = (x: typeof left) => (x.live.result ? `${x.live.result.level}/${x.live.result.candidates.join()}` : '');
  const sameResult = level(left) === level(right);
  return (
    <section class="compare" data-testid="compare">
      <div class="compare-controls">
        <label class="field inline">
          <span>{t.with}</span>
          <select
            name="compare.with"
            value={compare.scenario ?? ''}
            onChange={(e) => {
              const id = e.currentTarget.value;
              setCompare(id === '' ? { options: compare.options } : { scenario: id, options: compare.options });
            }}
          >
            <option value="">{t.sameFacts}</option>
            {SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
        {!scenario &&
          POLICY_OPTIONS.map((o) => {
            const byDefault = String(DEFAULT_POLICY[o.key]);
            return (
              <label class="field inline" key={o.key}>
                <span>{o.title[lang]}</span>
                <select
                  name={`compare.options.${o.key}`}
                  value={String(compare.options[o.key] ?? DEFAULT_POLICY[o.key])}
                  onChange={(e) => {
                    const raw = e.currentTarget.value;
                    const value = o.key === 'nested' ? raw === 'true' : raw;
                    const { [o.key]: _old, ...rest } = compare.options;
                    setCompare({ options: value === DEFAULT_POLICY[o.key] ? rest : { ...rest, [o.key]: value } });
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
            );
          })}
        <p class="note" data-testid="compare-verdict" data-same={String(sameResult)}>
          {sameResult ? t.same : t.different} {t.legend}
        </p>
      </div>
      <div class="compare-sides">
        {[[a, left, 'a'] as const, [b, right, 'b'] as const].map(([side, x, id]) => (
          <article key={id} class="compare-side" data-side={id}>
            <h2>{id === 'a' ? t.current : t.beside}</h2>
            <h3>{side.title}</h3>
            <div data-changed={sameResult ? undefined : 'true'}>
              <ResultView result={x.live.result} issues={x.live.issues} lang={lang} hideReasons />
            </div>
            <h4>{t.facts}</h4>
            <FactList lines={x.facts} lang={lang} testid={`compare-facts-${id}`} changed={changedFacts} />
            <DecisionStepsView steps={x.steps} lang={lang} changed={diff} />
          </article>
        ))}
      </div>
    </section>
  );
}
