import { toMicro } from './decimal.js';
import { GROUP_TOTALS, TOTAL_MAX } from './frame.js';
import { LEVEL_NAMES } from './levels.js';
import { formatNumber, type Lang } from './message.js';
import { hasScore } from './rulesets/q2026/unrated.js';
import type { CohortResult } from './schemas/cohort.js';
import type { Result } from './schemas/result.js';

const MARK = { passed: '✓', failed: '✗', triggered: '✗', mitigated: '~', applied: '→' } as const;

const WORDS = {
  vi: {
    result: 'Kết quả',
    rule: 'theo quy định',
    discretion: 'do cấp có thẩm quyền quyết định',
    among: 'giữa',
    only: 'mức đủ điều kiện:',
    score: 'Điểm',
    general: 'nhóm chung',
    results: 'kết quả thực hiện nhiệm vụ',
    total: 'tổng',
    reasons: 'Căn cứ',
    warnings: 'Lưu ý',
    member: 'Thành viên',
    demoted: 'chuyển xuống HTTNV',
    kept: 'giữ nguyên',
    stays: 'giữ nguyên mức',
    quota: 'Tỉ lệ HTXSNV theo bộ quy tắc',
    rounding: 'làm tròn',
    rankBy: 'xếp thứ tự theo',
    of: 'mẫu số',
    unrated: 'chưa xếp loại quý này',
    quarters: 'Các quý',
    notAveraged: 'điểm từng quý, không tính bình quân thành điểm cả năm',
    flags: 'Cần cấp có thẩm quyền xem xét',
  },
  en: {
    result: 'Result',
    rule: 'by rule',
    discretion: 'for the competent level to decide',
    among: 'among',
    only: 'the only level that holds:',
    score: 'Score',
    general: 'general',
    results: 'task results',
    total: 'total',
    reasons: 'Reasons',
    warnings: 'Warnings',
    member: 'Member',
    demoted: 'moved to HTTNV',
    kept: 'unchanged',
    stays: 'stays',
    quota: 'HTXSNV quota of rule set',
    rounding: 'rounding',
    rankBy: 'ranked by',
    of: 'share of',
    unrated: 'not rated this quarter',
    quarters: 'Quarters',
    notAveraged: "each quarter's score, not averaged into a score of the year",
    flags: 'For the competent level',
  },
} as const;

/**
 * A score for reading: at most 2 decimals, cut (never rounded up across a band's edge: 89,999 shows
 * as ≈89,99, not 90); "≈" marks a cut value. Scores carry at most 6 decimals, worked in millionths.
 */
export function shownNumber(value: number, lang: Lang): string {
  const micro = toMicro(value);
  if (Number.isNaN(micro) || micro % 10_000 === 0) return formatNumber(value, lang);
  const cut = (micro - (micro % 10_000)) / 1_000_000;
  return `≈${formatNumber(cut, lang)}`;
}

/** A result as readable text, Vietnamese by default. */
export function formatResult(result: Result, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const n = (x: number) => shownNumber(x, lang);
  const head =
    result.decision === 'unrated'
      ? `${w.result}: ${w.unrated}`
      : result.level !== null
        ? `${w.result}: ${LEVEL_NAMES[result.level][lang]} (${result.level}), ${w.rule}`
        : result.candidates.length === 1
          ? `${w.result}: ${w.discretion}; ${w.only} ${result.candidates[0]}`
          : `${w.result}: ${w.discretion}, ${w.among} ${result.candidates.join(' / ')}`;
  const year = result.year;
  const lines = [head];
  // A year read from its quarters alone (no-average) has no score of its own: its quarters are shown
  // instead; a quarter not rated and left unscored has none either (its warning says so).
  // A mean whose groups are not means of the same quarters (an annual file's quarters giving totals
  // only) does not add up: its total alone is shown (the Q26-33 reason says why). Each mean is rounded
  // to 6 places, so the groups may miss the total by the last place.
  const s = result.score;
  const parts = year?.basis !== 'mean' || Math.abs(toMicro(s.general) + toMicro(s.results) - toMicro(s.total)) <= 1;
  if (year?.basis !== 'quarters' && hasScore(result))
    lines.push(
      parts
        ? `${w.score}: ${w.general} ${n(s.general)}/${GROUP_TOTALS.general} + ${w.results} ${n(s.results)}/${GROUP_TOTALS.results} = ${w.total} ${n(s.total)}/${TOTAL_MAX}`
        : `${w.score}: ${w.total} ${n(s.total)}/${TOTAL_MAX}`,
    );
  if (year !== undefined && year.quarters.length > 0) {
    lines.push(year.basis === 'quarters' ? `${w.quarters} (${w.notAveraged}):` : `${w.quarters}:`);
    for (const q of year.quarters) {
      const level = q.decision === 'unrated' ? w.unrated : (q.level ?? w.discretion);
      const why = q.reasons.filter((r) => r.outcome === 'failed' || r.outcome === 'triggered').map((r) => r.rule);
      // A quarter not rated does not weigh on the year: its total is not shown.
      const total = q.decision === 'unrated' ? '' : `, ${n(q.total)}/${TOTAL_MAX}`;
      lines.push(`  Q${q.quarter}: ${level}${total}${why.length > 0 ? ` (${[...new Set(why)].join(', ')})` : ''}`);
    }
  }
  lines.push(
    `${w.reasons}:`,
    ...result.reasons.map((r) => `  ${MARK[r.outcome]} [${r.rule}] ${r.message[lang]} (${r.cite})`),
  );
  if (result.flags !== undefined && result.flags.length > 0) {
    lines.push(`${w.flags}:`, ...result.flags.map((x) => `  ⚑ [${x.rule}] ${x.message[lang]}`));
  }
  if (result.warnings.length > 0) {
    lines.push(`${w.warnings}:`, ...result.warnings.map((x) => `  ! ${x.message[lang]}`));
  }
  return lines.join('\n');
}

/** A cohort result as readable text: one line per member whose level the quota touched, then totals. */
export function formatCohortResult(result: CohortResult, lang: Lang = 'vi'): string {
  return [...cohortResultLines(result, lang)].join('\n');
}

/** The lines of {@link formatCohortResult}, one at a time (a million members need not be one string). */
export function* cohortResultLines(result: CohortResult, lang: Lang = 'vi'): Generator<string> {
  const w = WORDS[lang];
  // Which quota ran (the year's qd366 or the quarter's q2026): their defaults differ.
  const q = result.quota;
  yield q === undefined
    ? `${w.quota} ${result.ruleset}.`
    : `${w.quota} ${result.ruleset} [${q.rule}]: ${w.rounding} ${q.rounding}, ${w.rankBy} ${q.rankBy}, ${w.of} ${q.denominator}.`;
  for (const m of result.members) {
    if (m.reason === undefined) continue;
    // Say what the result says: a head (Q26-26) carries a reason but keeps its level.
    const what =
      m.decision === 'discretion' ? w.discretion : m.demoted ? w.demoted : `${w.stays} ${m.level ?? ''}`.trimEnd();
    yield `${w.member} ${m.id}: ${what}. ${m.reason.message[lang]}`;
  }
  for (const [name, g] of Object.entries(result.groups)) {
    yield lang === 'vi'
      ? `Nhóm ${name}: ${g.htxsnv} đề xuất HTXSNV, ${g.httnv} đề xuất HTTNV, tỉ lệ ${g.rate * 100}% → giữ ${g.kept}, chuyển ${g.demoted}, chờ quyết định ${g.tied}.`
      : `Group ${name}: ${g.htxsnv} proposed HTXSNV, ${g.httnv} proposed HTTNV, rate ${g.rate * 100}% → kept ${g.kept}, moved ${g.demoted}, to decide ${g.tied}.`;
    // The count the rate was taken of is not the proposed HTTNV alone: say it (from the library).
    if (g.basis !== undefined && g.htxsnv > 0) yield `  ${g.basis.message[lang]}`;
    // Q26-27: who goes beyond the quota and who is left to the competent level.
    const r = g.ranking;
    if (r !== undefined) {
      const ids = (list: readonly string[]) => (list.length > 0 ? list.join(', ') : '—');
      yield lang === 'vi'
        ? `  [${r.rule}] vượt tỉ lệ: ${ids(r.beyond)}; cấp có thẩm quyền xem xét: ${ids(r.undecided)}.`
        : `  [${r.rule}] beyond the quota: ${ids(r.beyond)}; for the competent level: ${ids(r.undecided)}.`;
    }
  }
}
