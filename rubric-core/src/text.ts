import { GROUP_TOTALS, TOTAL_MAX } from './frame.js';
import { LEVEL_NAMES } from './levels.js';
import { formatNumber, type Lang } from './message.js';
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
    unrated: 'chưa xếp loại quý này',
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
    unrated: 'not rated this quarter',
    flags: 'For the competent level',
  },
} as const;

/** A result as readable text, Vietnamese by default. */
export function formatResult(result: Result, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const n = (x: number) => formatNumber(x, lang);
  const head =
    result.decision === 'unrated'
      ? `${w.result}: ${w.unrated}`
      : result.level !== null
        ? `${w.result}: ${LEVEL_NAMES[result.level][lang]} (${result.level}), ${w.rule}`
        : result.candidates.length === 1
          ? `${w.result}: ${w.discretion}; ${w.only} ${result.candidates[0]}`
          : `${w.result}: ${w.discretion}, ${w.among} ${result.candidates.join(' / ')}`;
  const lines = [
    head,
    `${w.score}: ${w.general} ${n(result.score.general)}/${GROUP_TOTALS.general} + ${w.results} ${n(result.score.results)}/${GROUP_TOTALS.results} = ${w.total} ${n(result.score.total)}/${TOTAL_MAX}`,
    `${w.reasons}:`,
    ...result.reasons.map((r) => `  ${MARK[r.outcome]} [${r.rule}] ${r.message[lang]} (${r.cite})`),
  ];
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
  for (const m of result.members) {
    if (m.reason === undefined) continue;
    const what = m.decision === 'discretion' ? w.discretion : w.demoted;
    yield `${w.member} ${m.id}: ${what}. ${m.reason.message[lang]}`;
  }
  for (const [name, g] of Object.entries(result.groups)) {
    yield lang === 'vi'
      ? `Nhóm ${name}: ${g.htxsnv} đề xuất HTXSNV, ${g.httnv} HTTNV, tỉ lệ ${g.rate * 100}% → giữ ${g.kept}, chuyển ${g.demoted}, chờ quyết định ${g.tied}.`
      : `Group ${name}: ${g.htxsnv} proposed HTXSNV, ${g.httnv} HTTNV, rate ${g.rate * 100}% → kept ${g.kept}, moved ${g.demoted}, to decide ${g.tied}.`;
  }
}
