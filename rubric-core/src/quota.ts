import { type InputIssue, TusoiInputError } from './errors.js';
import { compileGuard } from './internal/guard.js';
import { textKey } from './internal/key.js';
import { parseShape } from './internal/shape.js';
import type { Level } from './levels.js';
import { formatNumber, type Message } from './message.js';
import { Q26_27, rankNote, rankPlan } from './rulesets/q2026/quota-order.js';
import { Q2026_RULES } from './rulesets/q2026/rules.js';
import { citationOf, QD366_RULES } from './rulesets/qd366/rules.js';
import { COHORT_RESULT_FORMAT, type Cohort, type CohortResult, CohortSchema, QUOTA_RATES } from './schemas/cohort.js';
import { VERSION } from './version.js';

/** Options of {@link applyQuota}. */
export interface QuotaOptions {
  /**
   * Rounding when the cohort states none: `floor` (default, the literal "không vượt quá") or
   * `half-up`. A cohort that states another one is an error (`rounding-conflict`), never overridden.
   */
  readonly rounding?: 'floor' | 'half-up';
  /**
   * Rate of the groups that state none in `groups`: 0.2 (default), or 0.25 where the competent level
   * so decides (Điều 11 khoản 1.5). A group that states another rate is an error (`rate-conflict`).
   */
  readonly rate?: (typeof QUOTA_RATES)[number];
  /** Overrides the cohort's `rankBy`: `total` (default) or `q26` (HTXSNV quarters, tasks exceeded, total; Q26-27). */
  readonly rankBy?: 'total' | 'q26';
  /**
   * What the rate is a share of, when the cohort states none (Q26-25): `httnv` (default, "số HTTNV" of
   * Điều 11 khoản 1.5, after demotion) or `httnv-or-better` (HTTNV and HTXSNV together). A cohort that
   * states the other one is an error (`denominator-conflict`).
   */
  readonly denominator?: QuotaDenominator;
}

/** What the HTXSNV quota can be a share of (Q26-25): the values of the `denominator` option. */
export const QUOTA_DENOMINATORS = ['httnv', 'httnv-or-better'] as const;

/** What the HTXSNV quota is a share of (Q26-25). */
export type QuotaDenominator = (typeof QUOTA_DENOMINATORS)[number];

/** Defaults of a quota run where neither the options nor the cohort say (the annual ones, or the quarter's). */
export interface QuotaDefaults {
  readonly rounding: 'floor' | 'half-up';
  readonly rankBy: 'total' | 'q26';
  readonly denominator: QuotaDenominator;
  /** The rule its reasons cite, and the rule set named in the result. */
  readonly rule: { readonly id: string; readonly cite: string };
  readonly ruleset: string;
  /** The cohort `period` these defaults are for; a cohort stating the other one is refused. */
  readonly period: 'year' | 'quarter';
}

type Member = Cohort['members'][number];
type OutMember = CohortResult['members'][number];

const RULE = QD366_RULES['R366-13'];
const citation = citationOf(RULE.cite);
const guard = compileGuard(CohortSchema);

/** Rank by total, highest first (the default). */
function byTotal(a: Member, b: Member): number {
  return b.total - a.total;
}

const HEAD_CITE = Q2026_RULES['Q26-26'].cite;
const HEAD_REASON = {
  rule: 'Q26-26',
  cite: HEAD_CITE,
  citation: citationOf(HEAD_CITE),
  message: {
    vi: 'Người đứng đầu không tính vào tỉ lệ xuất sắc của nhóm (theo hướng dẫn riêng); mức đề xuất giữ nguyên.',
    en: "A head is left out of the group's HTXSNV quota (rated under its own rules); the proposed level stands.",
  },
};

/** Every allowed rate is 1/q (0.2 = 1/5, 0.25 = 1/4): work on the integer q, never on the float. */
function denominator(rate: number): number {
  return Math.round(1 / rate);
}

/** round(n / q) under the chosen rounding, on integers. */
function allowance(n: number, q: number, halfUp: boolean): number {
  return halfUp ? Math.floor((2 * n + q) / (2 * q)) : Math.floor(n / q);
}

/**
 * round(rate × n) under the quota's rounding, as the quota reads it: the most HTXSNV a group of
 * n (HTTNV + HTXSNV after demotion) may hold. For showing the arithmetic (Điều 11 khoản 1 điểm 1.5).
 */
export function quotaAllowance(n: number, rate: number, rounding: 'floor' | 'half-up' = 'floor'): number {
  return allowance(n, denominator(rate), rounding === 'half-up');
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
  of: QuotaDenominator = 'httnv',
): number {
  const q = denominator(rate);
  // Q26-25 "HTT trở lên": demoting moves no one out of HTTNV-or-better, so the bound is fixed.
  if (of === 'httnv-or-better') return Math.min(excellent, allowance(good + excellent, q, rounding === 'half-up'));
  let k = excellent;
  while (k > 0 && k > allowance(good + excellent - k, q, rounding === 'half-up')) k--;
  return k;
}

/** How a group's places were counted: the `basis` of a cohort result's group. */
export type QuotaBasis = NonNullable<CohortResult['groups'][string]['basis']>;

/**
 * "20% × 17 = 3,4 → 3 (làm tròn: floor)": the share of n as the rule reads it, exact (n / q on
 * integers, never rate × n in floating point), then rounded; the rounding named when `named`.
 */
function shareText(n: number, rate: number, rounding: 'floor' | 'half-up', lang: 'vi' | 'en', named: boolean): string {
  const q = denominator(rate);
  const head = `${pct(rate)} × ${n} = ${formatNumber(n / q, lang)}`;
  if (n % q === 0) return head;
  const to = `${head} → ${allowance(n, q, rounding === 'half-up')}`;
  if (!named) return to;
  return lang === 'vi' ? `${to} (làm tròn: ${rounding})` : `${to} (rounding: ${rounding})`;
}

/**
 * How the quota counted one group's places, with the arithmetic in words (Điều 11 khoản 1 điểm 1.5;
 * the denominator option: Q26-25). Of `excellent` HTXSNV proposals and `good` proposed HTTNV (heads
 * already left out: `heads`, Q26-26), `places` = {@link quotaKeep}; `count` is what the rate was taken
 * of for them, `allows` = round(rate × count) ≥ places, and `next` why one more place is refused
 * (its `allows` < its `places`). The message never states a count that does not give the allowance
 * beside it: under `httnv` the count is the HTTNV once the quota applies, the proposals beyond it
 * included (10 proposed HTTNV and 10 HTXSNV proposals: 17 = 10 + 7, 20% × 17 = 3,4 → 3), not 10.
 */
export function quotaBasis(
  excellent: number,
  good: number,
  rate: number,
  rounding: 'floor' | 'half-up' = 'floor',
  of: QuotaDenominator = 'httnv',
  heads = 0,
): QuotaBasis {
  const q = denominator(rate);
  const halfUp = rounding === 'half-up';
  const e = excellent;
  const k = quotaKeep(e, good, rate, rounding, of);
  const fixed = of === 'httnv-or-better';
  const count = fixed ? good + e : good + e - k;
  const nextCount = fixed ? count : count - 1;
  const next = k < e ? { places: k + 1, count: nextCount, allows: allowance(nextCount, q, halfUp) } : undefined;
  const leftOut = heads > 0;
  const head = {
    vi: `${e} đề xuất xuất sắc, ${good} đề xuất Hoàn thành tốt nhiệm vụ${leftOut ? `, không tính ${heads} người đứng đầu (Q26-26)` : ''}`,
    en: `${e} proposed HTXSNV, ${good} proposed HTTNV${leftOut ? `, ${heads} head${heads > 1 ? 's' : ''} left out (Q26-26)` : ''}`,
  };
  let message: Message;
  if (e === 0) {
    message = { vi: `${head.vi}: không cần áp tỉ lệ.`, en: `${head.en}: no quota to apply.` };
  } else if (fixed) {
    const sum = `${good} + ${e} = ${count}`;
    message = {
      vi: `${head.vi}; mẫu số httnv-or-better: tỉ lệ tính trên số hoàn thành tốt trở lên (đề xuất Hoàn thành tốt nhiệm vụ và đề xuất xuất sắc), không đổi khi chuyển xuống: ${sum}, ${shareText(count, rate, rounding, 'vi', true)}: ${k === e ? `đủ cho cả ${e}.` : `giữ ${k}.`}`,
      en: `${head.en}; denominator httnv-or-better: the rate is a share of those rated HTTNV or better (HTTNV and HTXSNV proposals), unchanged by moving down: ${sum}, ${shareText(count, rate, rounding, 'en', true)}: ${k === e ? `enough for all ${e}.` : `keeps ${k}.`}`,
    };
  } else {
    // Under httnv the count depends on the places: each proposal beyond them is one more HTTNV.
    const sum = (beyond: number, n: number, lang: 'vi' | 'en') =>
      beyond === 0 ? `${n}` : `${good} + ${beyond} ${lang === 'vi' ? 'chuyển xuống' : 'moved down'} = ${n}`;
    const fit =
      k === 0
        ? { vi: '', en: '' }
        : {
            vi: ` Giữ ${k} thì số đó là ${sum(e - k, count, 'vi')}, ${shareText(count, rate, rounding, 'vi', true)}: đủ cho ${k}.`,
            en: ` Keeping ${k} makes it ${sum(e - k, count, 'en')}, ${shareText(count, rate, rounding, 'en', true)}: enough for ${k}.`,
          };
    // The rounding is named once, where it first changes a share.
    const named = k === 0 || count % q === 0;
    const over =
      next === undefined
        ? { vi: '', en: '' }
        : {
            vi: ` Giữ ${k + 1} thì số đó là ${sum(e - k - 1, nextCount, 'vi')}, ${shareText(nextCount, rate, rounding, 'vi', named)}: không đủ cho ${k + 1}.`,
            en: ` Keeping ${k + 1} would make it ${sum(e - k - 1, nextCount, 'en')}, ${shareText(nextCount, rate, rounding, 'en', named)}: not enough for ${k + 1}.`,
          };
    message = {
      vi: `${head.vi}; mẫu số httnv: tỉ lệ tính trên số Hoàn thành tốt nhiệm vụ sau khi áp tỉ lệ.${fit.vi}${over.vi}`,
      en: `${head.en}; denominator httnv: the rate is a share of the HTTNV after the quota.${fit.en}${over.en}`,
    };
  }
  return {
    denominator: of,
    rounding,
    places: k,
    count,
    httnv: good,
    htxsnv: fixed ? e : e - k,
    allows: allowance(count, q, halfUp),
    ...(next === undefined ? {} : { next }),
    ...(leftOut ? { heads } : {}),
    message,
  };
}

type Loose = Readonly<Record<string, unknown>>;
const obj = (x: unknown): Loose | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Loose) : undefined;
/** Whether a text is only white space: empty once trimmed (no allocation, unlike trim()). */
const blank = (text: string) => !/\S/.test(text);
const pct = (rate: number) => `${rate * 100}%`;

const empty = (path: string): InputIssue => ({
  code: 'min-length',
  path,
  message: {
    vi: 'không được để trống (chỉ có khoảng trắng)',
    en: 'must not be empty (white space only)',
  },
});

/**
 * Every problem of a cohort in one pass: field shapes, then (read defensively, skipping values that
 * are themselves invalid) ids and groups that are blank once trimmed, the same person twice, the same
 * group twice in `groups`, and rates or rounding that the options contradict.
 */
function parseCohort(input: unknown, options: QuotaOptions | undefined): Cohort {
  const parsed = parseShape(CohortSchema, input, guard);
  const issues: InputIssue[] = parsed.success ? [] : [...parsed.issues];
  const c = obj(input);
  const members = Array.isArray(c?.members) ? (c?.members as unknown[]) : [];
  // The same person twice, however the id was typed (NFC or NFD, a stray space).
  const seen = new Set<string>();
  for (let i = 0; i < members.length; i++) {
    const m = obj(members[i]);
    const rawId = m?.id;
    if (typeof m?.group === 'string' && m.group !== '' && blank(m.group)) issues.push(empty(`members[${i}].group`));
    if (typeof rawId !== 'string' || rawId === '') continue;
    if (blank(rawId)) {
      issues.push(empty(`members[${i}].id`));
      continue;
    }
    const id = textKey(rawId);
    if (seen.has(id))
      issues.push({
        code: 'duplicate-id',
        path: `members[${i}].id`,
        message: { vi: `mã "${id}" bị trùng`, en: `id "${id}" is duplicated` },
      });
    seen.add(id);
  }
  // A group named twice in `groups` (NFC and NFD, a stray space) would leave one rate unused.
  const groups = obj(c?.groups);
  const names = new Map<string, string>();
  if (groups !== undefined)
    for (const key of Object.keys(groups)) {
      if (blank(key)) {
        issues.push(empty(`groups.${key}`));
        continue;
      }
      const name = textKey(key);
      const earlier = names.get(name);
      if (earlier !== undefined)
        issues.push({
          code: 'duplicate-id',
          path: `groups.${key}`,
          message: {
            vi: `chi bộ "${name}" được ghi hai lần trong groups ("${earlier}" và "${key}", giống nhau sau khi chuẩn hoá NFC và bỏ khoảng trắng)`,
            en: `group "${name}" appears twice in groups ("${earlier}" and "${key}", the same after NFC and trimming)`,
          },
        });
      else names.set(name, key);
    }
  issues.push(...optionIssues(c, groups, options));
  if (issues.length > 0 || !parsed.success) throw new TusoiInputError(issues);
  return parsed.output;
}

/**
 * The options against the file: an option is the default for what the file leaves unsaid, and a
 * file that says otherwise is a conflict (never silently overridden either way).
 */
function optionIssues(
  c: Loose | undefined,
  groups: Loose | undefined,
  options: QuotaOptions | undefined,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const rate = options?.rate;
  if (rate !== undefined && !(QUOTA_RATES as readonly number[]).includes(rate)) {
    issues.push({
      code: 'not-allowed',
      path: 'rate',
      message: {
        vi: `tỉ lệ ${rate} không có; Điều 11 khoản 1.5 cho 0,2 (20%) hoặc 0,25 (25%)`,
        en: `rate ${rate} is not allowed; Điều 11 khoản 1.5 gives 0.2 (20%) or 0.25 (25%)`,
      },
    });
  } else if (rate !== undefined && groups !== undefined) {
    for (const key of Object.keys(groups)) {
      const own = obj(groups[key])?.rate;
      if ((QUOTA_RATES as readonly unknown[]).includes(own) && own !== rate)
        issues.push({
          code: 'rate-conflict',
          path: `groups.${key}.rate`,
          message: {
            vi: `chi bộ "${key}" ghi tỉ lệ ${pct(own as number)} trong tệp nhưng tuỳ chọn rate là ${pct(rate)}: bỏ một trong hai (tuỳ chọn chỉ áp dụng cho chi bộ không ghi tỉ lệ)`,
            en: `group "${key}" states rate ${pct(own as number)} in the file but the rate option is ${pct(rate)}: drop one of them (the option applies only to groups without their own rate)`,
          },
        });
    }
  }
  const of = options?.denominator;
  if (of !== undefined && of !== 'httnv' && of !== 'httnv-or-better')
    issues.push({
      code: 'not-allowed',
      path: 'denominator',
      message: {
        vi: `mẫu số "${String(of)}" không có: httnv hoặc httnv-or-better`,
        en: `denominator "${String(of)}" is not allowed: httnv or httnv-or-better`,
      },
    });
  else if (
    of !== undefined &&
    (c?.denominator === 'httnv' || c?.denominator === 'httnv-or-better') &&
    c.denominator !== of
  )
    issues.push({
      code: 'denominator-conflict',
      path: 'denominator',
      message: {
        vi: `tệp ghi mẫu số "${c.denominator}" nhưng tuỳ chọn denominator là "${of}": bỏ một trong hai`,
        en: `the file states denominator "${c.denominator}" but the denominator option is "${of}": drop one of them`,
      },
    });
  const rounding = options?.rounding;
  if (rounding !== undefined && rounding !== 'floor' && rounding !== 'half-up') {
    issues.push({
      code: 'not-allowed',
      path: 'rounding',
      message: {
        vi: `cách làm tròn "${String(rounding)}" không có: floor hoặc half-up`,
        en: `rounding "${String(rounding)}" is not allowed: floor or half-up`,
      },
    });
  } else if (
    rounding !== undefined &&
    (c?.rounding === 'floor' || c?.rounding === 'half-up') &&
    c.rounding !== rounding
  ) {
    issues.push({
      code: 'rounding-conflict',
      path: 'rounding',
      message: {
        vi: `tệp ghi cách làm tròn "${c.rounding}" nhưng tuỳ chọn rounding là "${rounding}": bỏ một trong hai`,
        en: `the file states rounding "${c.rounding}" but the rounding option is "${rounding}": drop one of them`,
      },
    });
  }
  return issues;
}

/** The cohort's per-group rates by text key (own keys only: a group may be called "constructor"). */
function groupRates(cohort: Cohort): Map<string, number> {
  const rates = new Map<string, number>();
  const groups = cohort.groups;
  if (groups !== undefined)
    for (const name of Object.keys(groups)) rates.set(textKey(name), (groups[name] as { rate: number }).rate);
  return rates;
}

/**
 * Applies the HTXSNV quota of Điều 11 khoản 1.5 to each group of a cohort: members above the
 * quota become HTTNV with a reason; where equal totals straddle the cut, every member of that
 * tie goes to the competent level (`decision: "discretion"`).
 *
 * @throws {TusoiInputError} When the cohort or the options are invalid, or the options contradict the
 *   cohort (`rate-conflict`, `rounding-conflict`, `denominator-conflict`): every problem at once, with its path.
 */
export function applyQuota(input: unknown, options?: QuotaOptions): CohortResult {
  return quotaWith(input, options, ANNUAL);
}

const ANNUAL: QuotaDefaults = {
  rounding: 'floor',
  rankBy: 'total',
  denominator: 'httnv',
  rule: RULE,
  ruleset: 'qd366',
  period: 'year',
};

/** {@link applyQuota} with the given defaults (the quarter's: ./rulesets/q2026/quota.ts). */
export function quotaWith(input: unknown, options: QuotaOptions | undefined, defaults: QuotaDefaults): CohortResult {
  const cohort = parseCohort(input, options);
  if (cohort.period !== undefined && cohort.period !== defaults.period)
    throw new TusoiInputError([
      {
        code: 'period-conflict',
        path: 'period',
        message:
          cohort.period === 'quarter'
            ? {
                vi: 'tệp ghi period "quarter" (tỉ lệ của quý, Q26-25) nhưng đang áp tỉ lệ cả năm (R366-13): dùng applyQuarterQuota hoặc bỏ period',
                en: 'the file states period "quarter" (the quarter\'s quota, Q26-25) but the annual quota (R366-13) was asked for: use applyQuarterQuota or drop period',
              }
            : {
                vi: 'tệp ghi period "year" (tỉ lệ cả năm, R366-13) nhưng đang áp tỉ lệ của quý (Q26-25): dùng applyQuota hoặc bỏ period',
                en: 'the file states period "year" (the annual quota, R366-13) but the quarter\'s quota (Q26-25) was asked for: use applyQuota or drop period',
              },
      },
    ]);
  const rounding = options?.rounding ?? cohort.rounding ?? defaults.rounding;
  const rankBy = options?.rankBy ?? cohort.rankBy ?? defaults.rankBy;
  const of = options?.denominator ?? cohort.denominator ?? defaults.denominator;
  const rule = defaults.rule;
  const ruleCitation = rule === RULE ? citation : citationOf(rule.cite);
  const rates = groupRates(cohort);
  const byGroup = new Map<string, { excellent: number[]; good: number; heads: number }>();
  const members = cohort.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    const key = textKey(m.group);
    let g = byGroup.get(key);
    if (g === undefined) {
      g = { excellent: [], good: 0, heads: 0 };
      byGroup.set(key, g);
    }
    // Q26-26: a head is neither counted nor in the denominator.
    if (m.head === true) {
      g.heads++;
      continue;
    }
    if (m.level === 'HTXSNV') g.excellent.push(i);
    else if (m.level === 'HTTNV') g.good++;
  }

  const out: OutMember[] = new Array(members.length);
  // Null prototype: a group called "__proto__" is a key like any other.
  const groups: CohortResult['groups'] = Object.create(null);
  for (const [name, g] of byGroup) {
    const rate = rates.get(name) ?? options?.rate ?? QUOTA_RATES[0];
    const e = g.excellent;
    // Q26-27: only the criteria every candidate carries order them (./rulesets/q2026/quota-order.ts).
    const plan = rankBy === 'q26' ? rankPlan(e.map((i) => members[i] as Member)) : undefined;
    const order = plan === undefined ? byTotal : plan.compare;
    e.sort((a, b) => order(members[a] as Member, members[b] as Member));
    const basis = quotaBasis(e.length, g.good, rate, rounding, of, g.heads);
    const k = basis.places;
    const cut = k > 0 && k < e.length ? (members[e[k] as number] as Member) : undefined;
    const cutTotal = cut === undefined ? Number.NaN : cut.total;
    const tieAtCut = cut !== undefined && order(members[e[k - 1] as number] as Member, cut) === 0;
    const note = plan !== undefined && k < e.length ? rankNote(plan) : undefined;
    // Every reason states the count the rate was taken of (basis), never the proposed HTTNV alone.
    const why = basis.message;
    const quotaMsg: Message = {
      vi: `Nhóm "${name}": ${why.vi} Chuyển xuống Hoàn thành tốt nhiệm vụ.`,
      en: `Group "${name}": ${why.en} Moved to HTTNV.`,
    };
    const demoteMsg: Message =
      note === undefined ? quotaMsg : { vi: `${quotaMsg.vi} ${note.vi}`, en: `${quotaMsg.en} ${note.en}` };
    const tieMsg: Message =
      note === undefined
        ? {
            vi: `Nhóm "${name}": ${why.vi} Các đồng chí cùng tổng điểm ${formatNumber(cutTotal, 'vi')} nằm ở ranh giới tỉ lệ ${pct(rate)}; cấp có thẩm quyền xem xét, quyết định.`,
            en: `Group "${name}": ${why.en} Members tied at ${cutTotal} straddle the ${pct(rate)} quota; the competent level decides.`,
          }
        : {
            vi: `Nhóm "${name}": ${why.vi} Số liệu có trong tệp không phân định được các đồng chí ở ranh giới: cấp có thẩm quyền xem xét, quyết định. ${note.vi}`,
            en: `Group "${name}": ${why.en} The data in the file cannot tell apart the members at the cut: the competent level decides. ${note.en}`,
          };
    // One reason object per group, shared by its members (a million members, one object).
    const tieReason = { rule: rule.id, cite: rule.cite, citation: ruleCitation, message: tieMsg };
    const demoteReason = { rule: rule.id, cite: rule.cite, citation: ruleCitation, message: demoteMsg };
    let demoted = 0;
    let tied = 0;
    // Q26-27 over the quota: each candidate's place (equal on every criterion used, equal place).
    const places = note === undefined ? undefined : new Array<number>(e.length);
    const beyond: string[] = [];
    const undecided: string[] = [];
    e.forEach((index, rank) => {
      const m = members[index] as Member;
      if (places !== undefined)
        places[rank] =
          rank > 0 && order(members[e[rank - 1] as number] as Member, m) === 0
            ? (places[rank - 1] as number)
            : rank + 1;
      const place = places === undefined ? {} : { rank: places[rank] as number };
      if (tieAtCut && order(m, cut as Member) === 0) {
        tied++;
        undecided.push(m.id);
        out[index] = {
          id: m.id,
          level: null,
          decision: 'discretion',
          demoted: false,
          candidates: ['HTXSNV', 'HTTNV'],
          reason: tieReason,
          ...place,
        };
      } else if (rank >= k) {
        demoted++;
        beyond.push(m.id);
        out[index] = {
          id: m.id,
          level: 'HTTNV',
          decision: 'rule',
          demoted: true,
          reason: demoteReason,
          ...place,
        };
      } else if (places !== undefined) {
        out[index] = { id: m.id, level: 'HTXSNV', decision: 'rule', demoted: false, ...place };
      }
    });
    const summary = { rate, htxsnv: e.length, httnv: g.good, kept: e.length - demoted - tied, demoted, tied, basis };
    groups[name] =
      plan === undefined || note === undefined
        ? summary
        : {
            ...summary,
            ranking: {
              rule: Q26_27.id,
              cite: Q26_27.cite,
              by: [...plan.by],
              ...(plan.partial === undefined
                ? {}
                : { lacking: { key: plan.partial.key, ids: [...plan.partial.lacking] } }),
              beyond,
              undecided,
              message: note,
            },
          };
  }
  for (let i = 0; i < members.length; i++) {
    if (out[i] === undefined) {
      const m = members[i] as Member;
      out[i] =
        m.head === true
          ? { id: m.id, level: m.level as Level, decision: 'rule', demoted: false, reason: HEAD_REASON }
          : { id: m.id, level: m.level as Level, decision: 'rule', demoted: false };
    }
  }
  return {
    format: COHORT_RESULT_FORMAT,
    ruleset: defaults.ruleset,
    version: VERSION,
    quota: { rule: rule.id, rounding, rankBy, denominator: of },
    members: out,
    groups,
  };
}
