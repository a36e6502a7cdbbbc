import {
  DEFAULT_POLICY,
  disciplineWeighed,
  factsForKind,
  findingsForKind,
  formatNumber,
  type Lang,
  LEVEL_NAMES,
  type Level,
  SUBJECT_KINDS,
  type SubjectKind,
} from '@tusoi/rubric-core';
import {
  DISCIPLINE_FLAGS,
  DISCIPLINE_FORM_NAMES,
  FINDINGS,
  factLabels,
  KINDS,
  POLICY_OPTIONS,
  policyChoiceLabel,
} from '@tusoi/ui';
import type { PolicyOptions } from './state';

/** One fact as a label and its value in words (for presentation and print: no field names, no JSON). */
export interface FactLine {
  readonly label: string;
  readonly value: string;
  /** Set but not weighed for this kind. */
  readonly notApplicable?: boolean;
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj | undefined => (x !== null && typeof x === 'object' ? (x as Obj) : undefined);
const num = (x: unknown, lang: Lang) => (typeof x === 'number' ? formatNumber(x, lang) : '—');

const W = {
  vi: {
    scores: 'Điểm',
    sum: (g: string, r: string, t: string) => `${g} + ${r} = ${t}/100`,
    counts: (o: Obj, lang: Lang) =>
      `giao ${num(o.assigned, lang)}, hoàn thành ${num(o.completed, lang)}, đúng hạn ${num(o.onTimeWithQuality, lang)}, vượt mức ${num(o.exceeded, lang)}, chậm ${num(o.late, lang)}`,
    units: (o: Obj, lang: Lang) => `${num(o.unitsRatedNotCompleted, lang)}/${num(o.unitsResponsible, lang)}`,
    voteNotHeld: 'không lấy phiếu',
    targetsNone: 'không được giao',
    missed: (m: string) => `${m}/5 chỉ tiêu không đạt`,
    priors: (fixed: number, all: number) => `${fixed}/${all} đã khắc phục`,
    pack: 'chấm theo bảng thang điểm',
    policy: 'Cách hiểu đã chọn',
    yes: 'có',
    year: 'Năm đánh giá',
  },
  en: {
    scores: 'Scores',
    sum: (g: string, r: string, t: string) => `${g} + ${r} = ${t}/100`,
    counts: (o: Obj, lang: Lang) =>
      `assigned ${num(o.assigned, lang)}, completed ${num(o.completed, lang)}, on time ${num(o.onTimeWithQuality, lang)}, exceeded ${num(o.exceeded, lang)}, late ${num(o.late, lang)}`,
    units: (o: Obj, lang: Lang) => `${num(o.unitsRatedNotCompleted, lang)}/${num(o.unitsResponsible, lang)}`,
    voteNotHeld: 'no vote held',
    targetsNone: 'none given',
    missed: (m: string) => `${m}/5 targets missed`,
    priors: (fixed: number, all: number) => `${fixed}/${all} fixed`,
    pack: 'scored on a scoring pack',
    policy: 'Reading chosen',
    yes: 'yes',
    year: 'Review year',
  },
} as const;

/**
 * A case's facts in words, in the forms' order, only those set: the subject, scores, counts,
 * a leader's units, vote and targets, disciplinary decisions, findings, prior shortcomings, the
 * proposed level and the policy readings that differ from the defaults.
 */
export function factSummary(a: Obj, options: PolicyOptions, lang: Lang): FactLine[] {
  const t = factLabels(lang);
  const w = W[lang];
  const out: FactLine[] = [];
  const kindCode = obj(a.subject)?.kind as SubjectKind | undefined;
  const kind = kindCode && SUBJECT_KINDS.includes(kindCode) ? kindCode : undefined;
  const k = KINDS.find((x) => x.kind === kind);
  if (k) out.push({ label: t.kind, value: `${k[lang]} (${k.form})` });
  const year = obj(a.period)?.year;
  if (typeof year === 'number') out.push({ label: w.year, value: String(year) });
  const used = factsForKind(kind ?? 'staff');
  const s = obj(a.scores);
  if (s) {
    const total = typeof s.general === 'number' && typeof s.results === 'number' ? s.general + s.results : undefined;
    out.push({
      label: w.scores,
      value: w.sum(num(s.general, lang), num(s.results, lang), num(total && Math.round(total * 1e6) / 1e6, lang)),
    });
  }
  if (obj(a.criteria)) out.push({ label: t.pack, value: w.pack });
  for (const key of ['tasks', 'ledUnits'] as const) {
    const c = obj(a[key]);
    if (!c) continue;
    out.push({
      label: key === 'tasks' ? t.tasks : t.ledUnits,
      value: w.counts(c, lang),
      ...(used.counts === key ? {} : { notApplicable: true }),
    });
    if (key === 'ledUnits' && c.unitsResponsible !== undefined)
      out.push({ label: t.unitsRatedNotCompleted, value: w.units(c, lang) });
  }
  const vote = obj(a.confidenceVote);
  if (vote)
    out.push({
      label: t.vote,
      value: vote.held === true ? `${num(Math.round(Number(vote.lowShare ?? 0) * 1000) / 10, lang)}%` : w.voteNotHeld,
      ...(used.confidenceVote ? {} : { notApplicable: true }),
    });
  const targets = obj(a.socioEconomicTargets);
  if (targets)
    out.push({
      label: t.targets,
      value: targets.applicable === true ? w.missed(num(targets.missed, lang)) : w.targetsNone,
      ...(used.socioEconomicTargets ? {} : { notApplicable: true }),
    });
  const findings = obj(a.findings) ?? {};
  const discipline = Array.isArray(findings.discipline) ? findings.discipline : [];
  for (const d of discipline) {
    const o = obj(d) ?? {};
    const form = DISCIPLINE_FORM_NAMES.find(([code]) => code === o.form)?.[1] ?? '—';
    const flags = DISCIPLINE_FLAGS.filter(([key]) => o[key] === true).map(([, vi, en]) => (lang === 'en' ? en : vi));
    out.push({
      label: t.discipline,
      value: [form, ...flags].join('; '),
      ...(kind && !disciplineWeighed(kind) ? { notApplicable: true } : {}),
    });
  }
  const weighed = new Set<string>(findingsForKind(kind ?? 'staff'));
  for (const [key, vi, en] of FINDINGS) {
    if (findings[key] !== true) continue;
    out.push({ label: lang === 'en' ? en : vi, value: w.yes, ...(weighed.has(key) ? {} : { notApplicable: true }) });
  }
  const priors = Array.isArray(a.priorShortcomings) ? a.priorShortcomings : [];
  if (priors.length > 0) {
    const fixed = priors.filter((p) => obj(p)?.status === 'fixed').length;
    out.push({ label: t.prior, value: w.priors(fixed, priors.length) });
  }
  const proposed = a.proposedLevel as Level | undefined;
  if (proposed && proposed in LEVEL_NAMES)
    out.push({ label: t.proposed, value: `${LEVEL_NAMES[proposed][lang]} (${proposed})` });
  for (const o of POLICY_OPTIONS) {
    const value = options[o.key];
    if (value === undefined || value === DEFAULT_POLICY[o.key]) continue;
    out.push({ label: `${w.policy}: ${o.title[lang]}`, value: policyChoiceLabel(o.key, String(value), lang) });
  }
  return out;
}
