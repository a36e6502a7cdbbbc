import * as v from 'valibot';
import { fromValibotIssue, type InputIssue, TusoiInputError } from './errors.js';
import { compileGuard } from './internal/guard.js';
import type { Level } from './levels.js';
import { formatNumber, type Message } from './message.js';
import { QD366_RULES } from './rulesets/qd366/rules.js';
import { COHORT_RESULT_FORMAT, type Cohort, type CohortResult, CohortSchema, QUOTA_RATES } from './schemas/cohort.js';

/** Options of {@link applyQuota}. */
export interface QuotaOptions {
  /** Overrides the cohort's `rounding`: `floor` (default, the literal "không vượt quá") or `half-up`. */
  readonly rounding?: 'floor' | 'half-up';
}

type Member = Cohort['members'][number];
type OutMember = CohortResult['members'][number];

const RULE = QD366_RULES['R366-13'];
const guard = compileGuard(CohortSchema);

/** Every allowed rate is 1/q (0.2 = 1/5, 0.25 = 1/4): work on the integer q, never on the float. */
function denominator(rate: number): number {
  return Math.round(1 / rate);
}

/** round(n / q) under the chosen rounding, on integers. */
function allowance(n: number, q: number, halfUp: boolean): number {
  return halfUp ? Math.floor((2 * n + q) / (2 * q)) : Math.floor(n / q);
}

/**
 * The number of HTXSNV members a group keeps: the largest k with k ≤ round(rate × (G + |E| − k)),
 * since each demoted member joins the HTTNV count (spec §4).
 */
export function quotaKeep(
  excellent: number,
  good: number,
  rate: number,
  rounding: 'floor' | 'half-up' = 'floor',
): number {
  const q = denominator(rate);
  let k = excellent;
  while (k > 0 && k > allowance(good + excellent - k, q, rounding === 'half-up')) k--;
  return k;
}

function parseCohort(input: unknown): Cohort {
  let cohort: Cohort;
  if (guard(input)) {
    cohort = input as Cohort;
  } else {
    const parsed = v.safeParse(CohortSchema, input);
    if (!parsed.success) throw new TusoiInputError(parsed.issues.map(fromValibotIssue));
    cohort = parsed.output;
  }
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  cohort.members.forEach((m, i) => {
    if (seen.has(m.id))
      issues.push({
        path: `members[${i}].id`,
        message: { vi: `mã "${m.id}" bị trùng`, en: `id "${m.id}" is duplicated` },
      });
    seen.add(m.id);
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  return cohort;
}

function pct(rate: number): string {
  return `${rate * 100}%`;
}

/**
 * Applies the HTXSNV quota of Điều 11 khoản 1.5 to each group of a cohort: members above the
 * quota become HTTNV with a reason; where equal totals straddle the cut, every member of that
 * tie goes to the competent level (`decision: "discretion"`).
 *
 * @throws {TusoiInputError} When the cohort is invalid (every problem, with its path).
 */
export function applyQuota(input: unknown, options?: QuotaOptions): CohortResult {
  const cohort = parseCohort(input);
  const rounding = options?.rounding ?? cohort.rounding ?? 'floor';
  const byGroup = new Map<string, { excellent: number[]; good: number }>();
  const members = cohort.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    let g = byGroup.get(m.group);
    if (g === undefined) {
      g = { excellent: [], good: 0 };
      byGroup.set(m.group, g);
    }
    if (m.level === 'HTXSNV') g.excellent.push(i);
    else if (m.level === 'HTTNV') g.good++;
  }

  const out: OutMember[] = new Array(members.length);
  const groups: CohortResult['groups'] = {};
  for (const [name, g] of byGroup) {
    const rate = cohort.groups?.[name]?.rate ?? QUOTA_RATES[0];
    const e = g.excellent;
    e.sort((a, b) => (members[b] as Member).total - (members[a] as Member).total);
    const k = quotaKeep(e.length, g.good, rate, rounding);
    const cutTotal = k > 0 && k < e.length ? (members[e[k] as number] as Member).total : Number.NaN;
    const tieAtCut = k > 0 && (members[e[k - 1] as number] as Member).total === cutTotal;
    const demoteMsg: Message = {
      vi: `Nhóm "${name}": ${g.good} Hoàn thành tốt nhiệm vụ, ${e.length} đề xuất xuất sắc; tỉ lệ ${pct(rate)} cho phép giữ ${k}. Chuyển xuống Hoàn thành tốt nhiệm vụ.`,
      en: `Group "${name}": ${g.good} HTTNV, ${e.length} proposed HTXSNV; the ${pct(rate)} quota keeps ${k}. Moved to HTTNV.`,
    };
    const tieMsg: Message = {
      vi: `Nhóm "${name}": các đồng chí cùng tổng điểm ${formatNumber(cutTotal, 'vi')} nằm ở ranh giới tỉ lệ ${pct(rate)}; cấp có thẩm quyền xem xét, quyết định.`,
      en: `Group "${name}": members tied at ${cutTotal} straddle the ${pct(rate)} quota; the competent level decides.`,
    };
    let demoted = 0;
    let tied = 0;
    e.forEach((index, rank) => {
      const m = members[index] as Member;
      if (tieAtCut && m.total === cutTotal) {
        tied++;
        out[index] = {
          id: m.id,
          level: null,
          decision: 'discretion',
          demoted: false,
          candidates: ['HTXSNV', 'HTTNV'],
          reason: { rule: RULE.id, cite: RULE.cite, message: tieMsg },
        };
      } else if (rank >= k) {
        demoted++;
        out[index] = {
          id: m.id,
          level: 'HTTNV',
          decision: 'rule',
          demoted: true,
          reason: { rule: RULE.id, cite: RULE.cite, message: demoteMsg },
        };
      }
    });
    groups[name] = { rate, htxsnv: e.length, httnv: g.good, kept: e.length - demoted - tied, demoted, tied };
  }
  for (let i = 0; i < members.length; i++) {
    if (out[i] === undefined) {
      const m = members[i] as Member;
      out[i] = { id: m.id, level: m.level as Level, decision: 'rule', demoted: false };
    }
  }
  return { format: COHORT_RESULT_FORMAT, members: out, groups };
}
