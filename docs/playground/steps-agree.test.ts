import { type Level, type Result, traceDecision } from '@tusoi/rubric-core';
import { decisionSteps, type Step } from '@tusoi/ui';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scenarios';
import type { PolicyOptions } from './state';

// Every combination of the five policy readings (2 × 2 × 2 × 3 × 2 = 48).
const COMBOS: readonly PolicyOptions[] = [true, false].flatMap((nested) =>
  (['cascade', 'strict'] as const).flatMap((bands) =>
    (['discretion', 'KHTNV'] as const).flatMap((gap) =>
      (['discretion', 'none', 'waive'] as const).flatMap((mitigation) =>
        (['any', 'all'] as const).map((targets) => ({ nested, bands, gap, mitigation, targets })),
      ),
    ),
  ),
);

const GRADED: readonly Level[] = ['HTXSNV', 'HTTNV', 'HTNV'];

/** The contradictions between the steps and the result (empty when they agree). */
function contradictions(steps: readonly Step[], r: Result): string[] {
  const out: string[] = [];
  const quarter = steps.find((s) => s.id === 'quarter');
  if (r.decision === 'unrated') {
    // A quarter not rated (Q26-30): its case decides, nothing after it is said to be weighed.
    const ids = steps.map((s) => `${s.id}:${s.status}`).join(' ');
    if (
      ids !== 'unrated:decides score:passed levels:skipped conclusion:decides' &&
      ids !== 'unrated:decides score:skipped levels:skipped conclusion:decides'
    )
      out.push(`unrated steps ${ids}`);
    if (steps.some((s) => s.status !== 'skipped' && /Không thuộc trường hợp nào|No case applies/.test(s.outcome)))
      out.push('unrated quarter said to weigh the levels');
    if (
      steps.at(-1)?.outcome !== r.reasons.at(-1)?.message.vi &&
      steps.at(-1)?.outcome !== r.reasons.at(-1)?.message.en
    )
      out.push('conclusion is not the result’s own sentence');
    return out;
  }
  if (r.ruleset !== 'qd366') {
    // A quarter's steps are its rule set's reasons: a case of its own decides exactly when it forces KHTNV.
    if (!quarter || steps.some((s) => s.id === 'k4')) return [`${r.ruleset} steps ${steps.map((s) => s.id)}`];
    const forced = quarter.lines.some((l) => l.outcome === 'triggered') && r.level === 'KHTNV';
    if ((quarter.status === 'decides') !== forced) out.push(`quarter ${quarter.status} but result ${r.level}`);
    const levels = steps.find((s) => s.id === 'levels');
    if (levels && (levels.status === 'skipped') !== forced) out.push(`levels ${levels.status} but result ${r.level}`);
    if (
      steps.at(-1)?.outcome !== r.reasons.at(-1)?.message.vi &&
      steps.at(-1)?.outcome !== r.reasons.at(-1)?.message.en
    )
      out.push('conclusion is not the result’s own sentence');
    return out;
  }
  const named = new Set<Level>(r.level === null ? r.candidates : [r.level]);
  const k4 = steps.find((s) => s.id === 'k4');
  // The gap (no level holds, no khoản 4 case) has its own rule: discretion, or KHTNV under that reading.
  const gapRule = r.reasons.some(
    (x) => x.rule === 'R366-21' && x.outcome === 'applied' && /no level’s conditions hold/i.test(x.message.en),
  );
  const khtnvByK4 = r.level === 'KHTNV' && !gapRule;
  if (khtnvByK4 !== (k4?.status === 'decides')) out.push(`k4 ${k4?.status} but result ${r.level}`);
  for (const level of GRADED) {
    const s = steps.find((x) => x.id === level);
    if (!s) continue;
    const marks = s.lines.map((l) => l.mark);
    // A step that says every condition holds, or decides, must be a level the result names.
    if ((s.status === 'decides' || s.status === 'passed') && !named.has(level) && r.candidates.length === 0)
      out.push(`${level} ${s.status} but result ${r.level}`);
    if (s.status === 'decides' && !named.has(level)) out.push(`${level} decides but not named`);
    // A level the result names is never skipped nor failed, except HTNV in the gap (its own rule), or
    // as "the rules' level without" a mitigated case when no level holds.
    const allFailed = GRADED.every((l) => steps.find((x) => x.id === l)?.status === 'failed');
    if (
      named.has(level) &&
      s.status !== 'decides' &&
      !((gapRule || allFailed) && level === 'HTNV' && s.status === 'failed')
    )
      out.push(`${level} named but ${s.status}`);
    if (r.level === 'KHTNV' && gapRule && s.status !== 'failed') out.push(`${level} ${s.status} in the gap`);
    if (s.status === 'failed' && !marks.includes('✗')) out.push(`${level} failed with no ✗`);
    if (s.status === 'passed' && marks.includes('✗')) out.push(`${level} passed with a ✗`);
    if (s.status === 'decides' && r.level === level && marks.includes('✗')) out.push(`${level} decides with a ✗`);
  }
  if (
    named.has('KHTNV') &&
    r.level === null &&
    !(k4?.status === 'mitigated' || r.reasons.some((x) => x.rule === 'R366-21'))
  )
    out.push('KHTNV a candidate with no step saying why');
  return out;
}

describe('the steps never contradict the result', () => {
  it('over every scenario and every combination of policy readings, in both languages', () => {
    const bad: string[] = [];
    let n = 0;
    for (const s of SCENARIOS)
      for (const o of COMBOS) {
        const trace = traceDecision(s.assessment, o);
        for (const lang of ['vi', 'en'] as const) {
          n++;
          for (const c of contradictions(decisionSteps(trace, lang), trace.result))
            bad.push(`${s.id} ${JSON.stringify(o)} ${lang}: ${c}`);
        }
      }
    expect(n).toBe(SCENARIOS.length * 48 * 2);
    expect([...new Set(bad.map((b) => b.replace(/ \{.*\} (vi|en)/, '')))].slice(0, 30)).toEqual([]);
  });

  it('every quarterly scenario with a task left unfinished or a key task at Mức 3 (KHTNV by the quarter’s rules), or not rated, every reading', () => {
    const bad: string[] = [];
    let n = 0;
    const quarterly = SCENARIOS.filter((s) => traceDecision(s.assessment).result.ruleset === 'q2026');
    for (const s of quarterly)
      for (const change of ['unfinished', 'level3', 'unrated'] as const) {
        const a = structuredClone(s.assessment) as {
          taskList?: { completed?: boolean; keyLevel?: number; exceeded?: boolean; late?: boolean }[];
          unrated?: Record<string, unknown>;
        };
        const t = a.taskList?.[0];
        if (!t) continue;
        // An unfinished task is neither exceeded nor late (refused otherwise, as /1's counts).
        if (change === 'unfinished') Object.assign(t, { completed: false, exceeded: false, late: false });
        else if (change === 'level3') t.keyLevel = 3;
        // Not rated (Q26-30) on top of a task left unfinished: Q26-30 still decides, before Q26-17.
        else {
          Object.assign(t, { completed: false, exceeded: false, late: false });
          a.unrated = { sickOrMaternityMonths: 3 };
        }
        for (const o of COMBOS) {
          const trace = traceDecision(a, o);
          n++;
          for (const c of contradictions(decisionSteps(trace, 'vi'), trace.result)) bad.push(`${s.id} ${change}: ${c}`);
        }
      }
    expect(n).toBeGreaterThanOrEqual(3 * 48);
    expect([...new Set(bad)].slice(0, 10)).toEqual([]);
  });

  it('95 points, 20% exceeded, strict bands: the band is measured as "từ 70 đến dưới 90", ✗ for 95; HTTNV and HTNV both decide', () => {
    const s = SCENARIOS.find((x) => x.id === 'khung-chat');
    if (!s) throw new Error('scenario khung-chat');
    const steps = decisionSteps(traceDecision(s.assessment, s.options), 'vi');
    const band = steps.find((x) => x.id === 'HTTNV')?.lines[0];
    expect(band).toMatchObject({ mark: '✗', numbers: 'Tổng điểm 95', threshold: 'ngưỡng: từ 70 đến dưới 90 điểm' });
    expect(steps.find((x) => x.id === 'HTXSNV')?.lines[0]?.threshold).toBe('ngưỡng: từ 90 điểm trở lên');
    expect(steps.map((x) => x.status)).toEqual(['passed', 'failed', 'decides', 'decides', 'decides']);
    expect(steps.find((x) => x.id === 'HTNV')?.outcome).toContain('đọc khung điểm chặt');
    for (const x of steps) expect(x.outcome).not.toContain('Không cần xét');
  });
});
