import {
  type DecisionTrace,
  formatNumber,
  hasScore,
  type Lang,
  LEVEL_NAMES,
  type Measure,
  type Reason,
  type Result,
  RULESET_REGISTRY,
  type TraceItem,
} from '@tusoi/rubric-core';
import { FINDINGS } from './fact-labels';
import { quarterLabel } from './field-labels';

// A result as the steps a trainer walks a class through: khoản 4 first, then each level from the
// top, then the conclusion. The rules and their numbers come from rubric-core's traceDecision;
// this module only groups and words them.

/** The mark of a line: ✓ holds / not triggered, ✗ fails / triggered, ~ mitigated, → applied. */
export type Mark = '✓' | '✗' | '~' | '→';

/** One rule weighed in a step, with the numbers it used. */
export interface StepLine {
  /** Trigger or condition key (for tests and styling), or `conclusion`. */
  readonly key: string;
  readonly mark: Mark;
  readonly outcome: 'passed' | 'failed' | 'triggered' | 'mitigated' | 'applied';
  /** What is weighed, in words. */
  readonly title: string;
  /** The case's numbers ("3/6 đơn vị = 50%"); empty for a conclusion. */
  readonly numbers: string;
  /** The text's threshold ("ngưỡng: trên 50%"); empty when there is none. */
  readonly threshold: string;
  /** What the numbers do not say: why a case may be mitigated, or a conclusion's sentence. */
  readonly detail: string;
  /** A note that must not go unsaid (a disciplinary decision that does not count). */
  readonly note: string;
  readonly cite: string;
}

/** A step of the decision. */
export interface Step {
  /**
   * `quarter`/`levels`: a rule set's own steps (its own cases first, then the levels and its caps);
   * `unrated`/`score`: a quarter not rated (Q26-30) and the score computed before it.
   */
  readonly id: 'k4' | 'HTXSNV' | 'HTTNV' | 'HTNV' | 'quarter' | 'unrated' | 'score' | 'levels' | 'conclusion';
  readonly title: string;
  /** `decides`: this step gives the result; `passed`/`failed`: weighed; `skipped`: not needed for the result. */
  readonly status: 'decides' | 'passed' | 'failed' | 'mitigated' | 'skipped';
  /** The step's outcome in one sentence. */
  readonly outcome: string;
  readonly cite: string;
  readonly lines: readonly StepLine[];
}

const W = {
  vi: {
    k4: 'Các trường hợp Không hoàn thành nhiệm vụ (khoản 4)',
    k4Hard: 'Thuộc khoản 4: Không hoàn thành nhiệm vụ; không xét các mức khác.',
    k4Soft: 'Có trường hợp thuộc khoản 4 nhưng được xem xét giảm nhẹ: vẫn xét các mức, cấp có thẩm quyền quyết định.',
    k4Waived:
      'Có trường hợp thuộc khoản 4 được xem xét giảm nhẹ; theo cách hiểu đã chọn, trường hợp đó không tính: xét các mức từ cao xuống.',
    k4None: 'Không thuộc trường hợp nào: xét các mức từ cao xuống.',
    levelOk: 'Đủ mọi điều kiện.',
    levelDecides: (l: string) => `Đủ mọi điều kiện: xếp loại ${l}.`,
    levelFail: 'Không đủ điều kiện: xét mức dưới.',
    levelFailLast: 'Không đủ điều kiện.',
    levelCandidate: (l: string) => `Đủ mọi điều kiện: ${l} là một mức để cấp có thẩm quyền quyết định.`,
    strictCandidate: (l: string) =>
      `Đủ các điều kiện khác nhưng tổng điểm ngoài khung của mức này (đọc khung điểm chặt): ${l} là một mức để cấp có thẩm quyền quyết định.`,
    skippedK4: 'Không xét: khoản 4 đã quyết định.',
    skippedAbove: 'Không cần xét: đã đủ điều kiện mức trên.',
    conclusion: 'Kết luận',
    threshold: 'ngưỡng',
    points: 'điểm',
    total: (v: string) => `Tổng điểm ${v}`,
    atLeastPoints: (t: string) => `từ ${t} điểm trở lên`,
    bandPoints: (t: string, u: string) => `từ ${t} đến dưới ${u} điểm`,
    belowPoints: (t: string) => `dưới ${t} điểm`,
    all: '100%',
    atLeast: (p: string) => `từ ${p} trở lên`,
    atMost: (p: string) => `không quá ${p}`,
    above: (p: string) => `trên ${p}`,
    below: (p: string) => `dưới ${p}`,
    yes: 'Có',
    no: 'Không',
    noPriors: 'không có hạn chế nào được chỉ ra ở kỳ trước',
    targetsAll: 'cả 5 chỉ tiêu không đạt',
    targetsAny: 'từ 1 chỉ tiêu không đạt trở lên',
    decisions: 'quyết định kỷ luật được tính',
    atLeastOne: 'từ 1 quyết định trở lên',
    notCounted: (n: number, collective: boolean) =>
      `${n} quyết định kỷ luật không được tính: khoản 4 chỉ tính vi phạm liên quan chức trách, công vụ${collective ? ' của thành viên, tại tập thể này' : ''}.`,
    tasks: 'nhiệm vụ',
    units: 'đơn vị',
    targets: 'chỉ tiêu không đạt',
    priors: 'đã khắc phục',
    inProgress: 'đang khắc phục',
    notFixed: 'chưa khắc phục',
    votes: 'phiếu tín nhiệm thấp',
    mitigated: (why: string) => `Tuy nhiên ${why}: cấp có thẩm quyền căn cứ hoàn cảnh, tính chất, mức độ để xem xét.`,
  },
  en: {
    k4: 'The cases that give KHTNV (clause 4)',
    k4Hard: 'A clause-4 case applies: KHTNV; the levels are not weighed.',
    k4Soft: 'A clause-4 case applies but may be mitigated: the levels are weighed and the competent level decides.',
    k4Waived:
      'A clause-4 case applies but is mitigated; under the reading chosen it is set aside: the levels are tried from the top.',
    k4None: 'No case applies: the levels are tried from the top.',
    levelOk: 'Every condition holds.',
    levelDecides: (l: string) => `Every condition holds: the result is ${l}.`,
    levelFail: 'A condition fails: the next level down is tried.',
    levelFailLast: 'A condition fails.',
    levelCandidate: (l: string) =>
      `Every condition holds: ${l} is one of the levels the competent level decides between.`,
    strictCandidate: (l: string) =>
      `The other conditions hold but the total is outside this level's band (strict bands): ${l} is one of the levels the competent level decides between.`,
    skippedK4: 'Not weighed: clause 4 decided.',
    skippedAbove: 'Not needed: a higher level holds.',
    conclusion: 'Conclusion',
    threshold: 'threshold',
    points: 'points',
    total: (v: string) => `Total ${v}`,
    atLeastPoints: (t: string) => `${t} points or more`,
    bandPoints: (t: string, u: string) => `${t} to under ${u} points`,
    belowPoints: (t: string) => `under ${t} points`,
    all: '100%',
    atLeast: (p: string) => `${p} or more`,
    atMost: (p: string) => `at most ${p}`,
    above: (p: string) => `over ${p}`,
    below: (p: string) => `under ${p}`,
    yes: 'Yes',
    no: 'No',
    noPriors: 'no shortcoming was named at the previous review',
    targetsAll: 'all 5 targets missed',
    targetsAny: '1 target missed or more',
    decisions: 'disciplinary decisions counted',
    atLeastOne: '1 decision or more',
    notCounted: (n: number, collective: boolean) =>
      `${n} disciplinary decision${n === 1 ? '' : 's'} not counted: clause 4 counts only violations of official duties${collective ? ' by a member, in this collective' : ''}.`,
    tasks: 'tasks',
    units: 'units',
    targets: 'targets missed',
    priors: 'fixed',
    inProgress: 'being fixed',
    notFixed: 'not fixed',
    votes: 'low-confidence votes',
    mitigated: (why: string) => `However, ${why}: the competent level weighs the case.`,
  },
} as const;

/** What each trigger and condition weighs, in words (rubric-core keys → labels). */
const TITLES: Record<string, readonly [string, string]> = {
  scoreUnder50: ['Tổng điểm dưới 50', 'Total under 50'],
  dutyDiscipline: [
    'Bị kỷ luật từ khiển trách trở lên vì vi phạm liên quan chức trách, công vụ',
    'Disciplined (khiển trách or heavier) for a violation of official duties',
  ],
  notCompletedOver50: ['Nhiệm vụ không hoàn thành', 'Tasks not completed'],
  completedUnder70: ['Nhiệm vụ hoàn thành', 'Tasks completed'],
  targetsMissed: ['5 chỉ tiêu kinh tế - xã hội cơ bản', 'The 5 basic socio-economic targets'],
  unitsRatedOver50: [
    'Địa phương, đơn vị phụ trách bị xếp loại Không hoàn thành nhiệm vụ',
    'Units under responsibility rated KHTNV',
  ],
  lowConfidenceOver50: ['Phiếu tín nhiệm thấp', 'Low-confidence votes'],
  band90: ['Tổng điểm (mức xuất sắc)', 'Total (HTXSNV band)'],
  band70: ['Tổng điểm (mức tốt)', 'Total (HTTNV band)'],
  band50: ['Tổng điểm (mức hoàn thành)', 'Total (HTNV band)'],
  exceeded30: ['Nhiệm vụ vượt mức yêu cầu', 'Tasks exceeding requirements'],
  onTimeAll: ['Nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả', 'Tasks on time with quality'],
  completedAll: ['Nhiệm vụ được giao đã hoàn thành', 'Assigned tasks completed'],
  late20: ['Nhiệm vụ chưa bảo đảm tiến độ', 'Late tasks'],
  priorsFixed: ['Hạn chế, khuyết điểm kỳ trước đã khắc phục', 'Shortcomings of the previous review fixed'],
  noSubDiscipline: [
    'Đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật',
    'A subordinate unit or leadership member disciplined',
  ],
  ...Object.fromEntries(FINDINGS.map(([key, vi, en]) => [key, [vi, en] as const])),
};

const COUNTED_KEYS = new Set([
  'exceeded30',
  'onTimeAll',
  'completedAll',
  'late20',
  'notCompletedOver50',
  'completedUnder70',
]);

/** The words of a trigger or condition key (the key itself only for a rule this version does not know). */
export function stepTitle(key: string, lang: Lang): string {
  const t = TITLES[key];
  return t ? t[lang === 'en' ? 1 : 0] : key;
}

const percent = (part: number, whole: number, lang: Lang) =>
  whole === 0 ? '—' : `${formatNumber(Math.round((part / whole) * 1000) / 10, lang)}%`;

/**
 * "3/6 đơn vị = 50%", "Tổng điểm 89,9", "Có": the case's numbers for one measure. For prior
 * shortcomings, those still being fixed are counted with their progress (`inProgress`, 0–1).
 */
export function measureNumbers(
  key: string,
  m: Measure,
  lang: Lang,
  inProgress: readonly (number | undefined)[] = [],
): string {
  const w = W[lang];
  // "= 0%" beside a shortcoming 80% fixed misleads: those being fixed are counted with their progress.
  if (key === 'priorsFixed' && m.of !== undefined && inProgress.length > 0) {
    const open = inProgress.length;
    const progress = inProgress.map((p) => (p === undefined ? '' : percent(p, 1, lang))).filter((p) => p !== '');
    const parts = [
      ...(open > 0 ? [`${open} ${w.inProgress}${progress.length > 0 ? `, ${progress.join(', ')}` : ''}`] : []),
      ...(m.of - m.value - open > 0 ? [`${m.of - m.value - open} ${w.notFixed}`] : []),
    ];
    return `${m.value}/${m.of} ${w.priors} (${parts.join('; ')})`;
  }
  if (m.kind === 'points') return w.total(formatNumber(m.value, lang));
  if (m.kind === 'flag') return m.value === 1 ? w.yes : w.no;
  if (m.kind === 'count') {
    if (key === 'targetsMissed') return `${m.value}/${m.of ?? 5} ${w.targets}`;
    return `${m.value} ${w.decisions}`;
  }
  if (key === 'priorsFixed' && m.of === 0) return w.noPriors;
  if (key === 'lowConfidenceOver50') return `${percent(m.value, m.of ?? 1, lang)} ${w.votes}`;
  const noun = key === 'unitsRatedOver50' ? w.units : key === 'priorsFixed' ? w.priors : w.tasks;
  return `${m.value}/${m.of} ${noun} = ${percent(m.value, m.of ?? 0, lang)}`;
}

/** "ngưỡng: trên 50%": the text's threshold for one measure (empty for a yes/no finding). */
export function measureThreshold(key: string, m: Measure, lang: Lang): string {
  const w = W[lang];
  if (m.kind === 'flag') return '';
  let text: string;
  if (m.kind === 'points') {
    const t = formatNumber(m.threshold, lang);
    text =
      m.test === 'below'
        ? w.belowPoints(t)
        : m.under !== undefined
          ? w.bandPoints(t, formatNumber(m.under, lang))
          : w.atLeastPoints(t);
  } else if (key === 'targetsMissed') {
    text = m.threshold >= (m.of ?? 5) ? w.targetsAll : w.targetsAny;
  } else if (m.kind === 'count') {
    text = w.atLeastOne;
  } else if (m.threshold === 1 && m.test === 'atLeast') {
    text = w.all;
  } else {
    text = w[m.test](percent(m.threshold, 1, lang));
  }
  return `${w.threshold}: ${text}`;
}

function line(item: TraceItem, isTrigger: boolean, scope: string, collective: boolean, lang: Lang): StepLine {
  const w = W[lang];
  const outcome: StepLine['outcome'] = isTrigger
    ? item.holds
      ? item.mitigated
        ? 'mitigated'
        : 'triggered'
      : 'passed'
    : item.holds
      ? 'passed'
      : 'failed';
  const mark: Mark = outcome === 'passed' ? '✓' : outcome === 'mitigated' ? '~' : '✗';
  const prefix = COUNTED_KEYS.has(item.key) ? scope : '';
  const notCounted = item.measure.notCounted ?? 0;
  return {
    key: item.key,
    mark,
    outcome,
    title: prefix + stepTitle(item.key, lang),
    numbers: measureNumbers(item.key, item.measure, lang, item.inProgress),
    threshold: measureThreshold(item.key, item.measure, lang),
    detail: outcome === 'mitigated' && item.mitigation ? w.mitigated(item.mitigation[lang]) : '',
    note: notCounted > 0 ? w.notCounted(notCounted, collective) : '',
    cite: citeText(item.cite, lang),
  };
}

/**
 * The decision as steps: khoản 4's triggers, then HTXSNV → HTTNV → HTNV (each with its conditions
 * and numbers), then the conclusion, from a {@link DecisionTrace}. A result of another rule set (a
 * quarter, `q2026`) gives that rule set's own steps instead ({@link rulesetSteps}).
 */
export function decisionSteps(trace: DecisionTrace, lang: Lang): Step[] {
  // A quarter is decided by its own rule set (Điều 11 with its rules layered on it): its steps are
  // that rule set's reasons, never Điều 11's annual triggers weighed as if they applied.
  if (trace.result.ruleset !== 'qd366') return rulesetSteps(trace.result, lang);
  const w = W[lang];
  // Whose tasks the counts are, in rubric-core's words: a leader's units led (a collective's steps say it already).
  const scope = trace.group === 'leader' ? trace.scope[lang] : '';
  const collective = trace.triggers.some((t) => t.rule === 'R366-18');
  const hard = trace.triggers.some((t) => t.holds && !t.mitigated);
  const soft = trace.triggers.some((t) => t.holds && t.mitigated);
  const r = trace.result;
  const k4: Step = {
    id: 'k4',
    title: w.k4,
    status: hard ? 'decides' : soft ? 'mitigated' : 'passed',
    outcome: hard ? w.k4Hard : soft ? (r.candidates.includes('KHTNV') ? w.k4Soft : w.k4Waived) : w.k4None,
    cite: citeText((trace.triggers[1] ?? trace.triggers[0])?.cite ?? '', lang),
    lines: trace.triggers.map((t) => line(t, true, scope, collective, lang)),
  };
  // Which levels the result names (the one level, or the candidates): these steps decide, and a
  // step is skipped only below a level that decides by rule (cascade), so steps never contradict it.
  const named = (level: string) => r.level === level || (r.level === null && r.candidates.includes(level as never));
  let decided = false;
  const levels: Step[] = trace.levels.map(({ level, conditions }, i) => {
    const holds = conditions.every((c) => c.holds);
    const othersHold = conditions.slice(1).every((c) => c.holds);
    const last = i === trace.levels.length - 1;
    const name = `${LEVEL_NAMES[level][lang]} (${level})`;
    let status: Step['status'];
    let outcome: string;
    if (hard) {
      status = 'skipped';
      outcome = w.skippedK4;
    } else if (named(level) && (holds || (othersHold && trace.bands === 'strict'))) {
      status = 'decides';
      outcome = r.level === level ? w.levelDecides(level) : holds ? w.levelCandidate(level) : w.strictCandidate(level);
      if (holds && trace.bands !== 'strict') decided = true;
    } else if (decided) {
      status = 'skipped';
      outcome = w.skippedAbove;
    } else if (holds) {
      // Holds but the result does not name it (a mitigated case pulls the result away): weighed only.
      status = 'passed';
      outcome = w.levelOk;
      if (trace.bands !== 'strict') decided = true;
    } else {
      status = 'failed';
      outcome = last ? w.levelFailLast : w.levelFail;
    }
    return {
      id: level,
      title: name,
      status,
      outcome,
      cite: citeText(conditions[0]?.cite ?? '', lang),
      lines: conditions.map((c) => line(c, false, scope, collective, lang)),
    };
  });
  const applied = r.reasons.filter((x) => x.outcome === 'applied');
  // The result's summary carries the Tự Soi reading's citation; a result no reading was needed for
  // (a khoản 4 case, a level by rule) cites what decided it instead.
  const summaryCite = applied.at(-1)?.cite ?? '';
  const decidedBy =
    applied.length === 1
      ? (r.reasons.find((x) => x.outcome === 'triggered')?.cite ?? levels.find((s) => s.status === 'decides')?.cite)
      : undefined;
  const conclusion: Step = {
    id: 'conclusion',
    title: w.conclusion,
    status: 'decides',
    outcome: applied.at(-1)?.message[lang] ?? '',
    cite: citeText(decidedBy ?? summaryCite, lang),
    lines: applied.slice(0, -1).map((x) => ({
      key: 'conclusion',
      mark: '→',
      outcome: 'applied',
      title: '',
      numbers: '',
      threshold: '',
      detail: x.message[lang],
      note: '',
      cite: citeText(x.cite, lang),
    })),
  };
  return [k4, ...levels, conclusion];
}

const RS = {
  vi: {
    own: 'Các trường hợp Không hoàn thành nhiệm vụ của quý',
    ownHard: 'Thuộc trường hợp của quý buộc xếp loại Không hoàn thành nhiệm vụ; không xét các mức khác.',
    ownNone: 'Không thuộc trường hợp nào: xét các mức theo Điều 11 và các giới hạn của quý.',
    levels: 'Các mức theo Điều 11 và các giới hạn của quý',
    levelsSkipped: 'Không xét: quy định của quý đã quyết định.',
    levelsDone: 'Đã xét các mức như trên: xem kết luận.',
    unratedDecides:
      'Thuộc trường hợp chưa xếp loại: không xét các trường hợp Không hoàn thành nhiệm vụ và các mức theo Điều 11.',
    score: 'Điểm của quý',
    scored: 'Điểm được tính nhưng không dùng để xếp loại: quý chưa xếp loại.',
    notScored: 'Không chấm điểm: quý chưa xếp loại và chưa có điểm tự chấm hoặc danh sách nhiệm vụ.',
    unratedSkipped: 'Các trường hợp Không hoàn thành nhiệm vụ của quý, các mức theo Điều 11 và các giới hạn của quý',
    levelsUnrated: 'Không xét: quý chưa xếp loại (Q26-30).',
  },
  en: {
    own: 'The quarter’s cases that give KHTNV',
    ownHard: 'A case of the quarter applies: KHTNV; the levels are not weighed.',
    ownNone: 'No case applies: the levels of Điều 11 are tried, then the quarter’s caps.',
    levels: 'The levels of Điều 11 and the quarter’s caps',
    levelsSkipped: 'Not weighed: a rule of the quarter decided.',
    levelsDone: 'The levels weighed as above: see the conclusion.',
    unratedDecides: 'A not-rated case applies: the KHTNV cases and the levels of Điều 11 are not weighed.',
    score: 'The quarter’s score',
    scored: 'The score is computed but not used for a level: the quarter is not rated.',
    notScored: 'Not scored: the quarter is not rated and came without self-assessed scores or a task list.',
    unratedSkipped: 'The quarter’s cases that give KHTNV, the levels of Điều 11 and the quarter’s caps',
    levelsUnrated: 'Not weighed: the quarter is not rated (Q26-30).',
  },
} as const;

const MARKS: Readonly<Record<Reason['outcome'], Mark>> = {
  passed: '✓',
  failed: '✗',
  triggered: '✗',
  mitigated: '~',
  applied: '→',
};

/** A reason as a line: its rule id, rubric-core's own sentence and citation (no number restated here). */
function reasonLine(x: Reason, key: string, lang: Lang): StepLine {
  return {
    key,
    mark: MARKS[x.outcome],
    outcome: x.outcome,
    title: x.rule,
    numbers: '',
    threshold: '',
    detail: x.message[lang],
    note: '',
    cite: citeText(x.cite, lang),
  };
}

/**
 * The steps of a result decided by a rule set other than Điều 11 alone (`q2026`): the rule set's own
 * reasons before Điều 11 is weighed (its KHTNV cases: Q26-17, Q26-16 Mức 3, …), then Điều 11's
 * levels and the rule set's caps, then the result, each reason in rubric-core's order with its
 * rule id, outcome, sentence and citation. A case of its own that fires decides: the levels after
 * it are shown as not weighed, so no "no level holds" sentence stands beside a forced KHTNV. A
 * quarter not rated (decision `unrated`) has steps of its own: Q26-30 decides, nothing after it is weighed.
 */
export function rulesetSteps(r: Result, lang: Lang): Step[] {
  const w = RS[lang];
  const prefix = RULESET_REGISTRY[r.ruleset]?.manifest.rulePrefix ?? '';
  const reasons = r.reasons;
  // The last `applied` reason is the result itself (Q26-24 "Kết quả: …", Q26-30 "chưa xếp loại").
  let lastApplied = reasons.length - 1;
  while (lastApplied >= 0 && reasons[lastApplied]?.outcome !== 'applied') lastApplied--;
  const body = reasons.filter((_, i) => i !== lastApplied);
  // Keys unique within the steps (a rule may give several reasons): `R366-11`, `R366-11.2`.
  const seen = new Map<string, number>();
  const keyOf = (rule: string) => {
    const n = (seen.get(rule) ?? 0) + 1;
    seen.set(rule, n);
    return n === 1 ? rule : `${rule}.${n}`;
  };
  if (r.decision === 'unrated') return unratedSteps(r, body, keyOf, lang);
  const split = body.findIndex((x) => prefix === '' || !x.rule.startsWith(prefix));
  const own = split < 0 ? body : body.slice(0, split);
  const rest = split < 0 ? [] : body.slice(split);
  const forced = own.find((x) => x.outcome === 'triggered' && r.level === 'KHTNV');
  const steps: Step[] = [
    {
      id: 'quarter',
      title: w.own,
      status: forced ? 'decides' : own.some((x) => x.outcome === 'failed') ? 'failed' : 'passed',
      outcome: forced ? w.ownHard : w.ownNone,
      cite: '',
      lines: own.map((x) => reasonLine(x, keyOf(x.rule), lang)),
    },
  ];
  // Forced: the levels' step is still shown, as not weighed (rubric-core gives no reasons for it then).
  if (rest.length > 0 || forced)
    steps.push({
      id: 'levels',
      title: w.levels,
      status: forced ? 'skipped' : 'decides',
      outcome: forced ? w.levelsSkipped : w.levelsDone,
      cite: '',
      lines: rest.map((x) => reasonLine(x, keyOf(x.rule), lang)),
    });
  const final = reasons[lastApplied];
  steps.push({
    id: 'conclusion',
    title: W[lang].conclusion,
    status: 'decides',
    outcome: final?.message[lang] ?? '',
    cite: citeText(forced?.cite ?? final?.cite ?? '', lang),
    lines: [],
  });
  return steps;
}

/** The rule of a quarter not rated: its cases are its reasons before the result. */
const UNRATED_RULE = 'Q26-30';

/**
 * The steps of a quarter not rated (Q26-30): rubric-core scores what it was given, then stops at
 * Q26-30, so the case(s) decide; the score computed before (if any) is shown as not used, the
 * quarter's KHTNV cases and Điều 11's levels as not weighed, and a quarter left unscored
 * (`NOT_SCORED`, {@link hasScore} false) says so rather than show its 0 points as a score.
 */
function unratedSteps(r: Result, body: readonly Reason[], keyOf: (rule: string) => string, lang: Lang): Step[] {
  const w = RS[lang];
  const cases = body.filter((x) => x.rule === UNRATED_RULE);
  const before = body.filter((x) => x.rule !== UNRATED_RULE);
  const final = r.reasons.at(-1);
  const cite = citeText(cases[0]?.cite ?? final?.cite ?? '', lang);
  const scored = hasScore(r);
  return [
    {
      id: 'unrated',
      title: `${quarterLabel('unrated', lang)} (${UNRATED_RULE})`,
      status: 'decides',
      outcome: w.unratedDecides,
      cite,
      lines: cases.map((x) => reasonLine(x, keyOf(x.rule), lang)),
    },
    {
      id: 'score',
      title: w.score,
      // Nothing was scored and nothing else noted: the step only says so.
      status: scored || before.length > 0 ? 'passed' : 'skipped',
      outcome: scored ? w.scored : w.notScored,
      cite: '',
      lines: before.map((x) => reasonLine(x, keyOf(x.rule), lang)),
    },
    { id: 'levels', title: w.unratedSkipped, status: 'skipped', outcome: w.levelsUnrated, cite: '', lines: [] },
    {
      id: 'conclusion',
      title: W[lang].conclusion,
      status: 'decides',
      outcome: final?.message[lang] ?? '',
      cite: citeText(final?.cite ?? '', lang),
      lines: [],
    },
  ];
}

const READING = { vi: '(cách hiểu của Tự Soi)', en: '(Tự Soi’s reading)' } as const;

/** A citation in a language: the Vietnamese text's own words stay, Tự Soi's note on a reading is translated. */
export function citeText(cite: string, lang: Lang): string {
  return lang === 'en' ? cite.replace(READING.vi, READING.en) : cite;
}

/** The legend of the marks, in a language. */
export function stepLegend(lang: Lang): readonly (readonly [Mark, string])[] {
  return lang === 'en'
    ? [
        ['✓', 'holds / the case does not apply'],
        ['✗', 'fails / the KHTNV case applies'],
        ['~', 'applies but may be mitigated'],
        ['→', 'what follows'],
      ]
    : [
        ['✓', 'đạt / không thuộc trường hợp này'],
        ['✗', 'không đạt / thuộc trường hợp KHTNV'],
        ['~', 'thuộc trường hợp nhưng được xem xét giảm nhẹ'],
        ['→', 'kết luận rút ra'],
      ];
}

/**
 * What differs between two cases' steps: a step whose status or outcome differs (`k4`), a line
 * whose mark or numbers differ, or that only one case has (`HTXSNV/exceeded30`).
 */
export function stepDifferences(a: readonly Step[], b: readonly Step[]): Set<string> {
  const out = new Set<string>();
  const lines = (steps: readonly Step[]): Map<string, string> =>
    new Map(
      steps.flatMap((s) =>
        s.lines.map((l): [string, string] => [`${s.id}/${l.key}`, `${l.mark}${l.numbers}${l.threshold}`]),
      ),
    );
  const byId = (steps: readonly Step[]): Map<string, string> =>
    new Map(steps.map((s): [string, string] => [s.id, `${s.status}${s.outcome}`]));
  const pairs: readonly (readonly [Map<string, string>, Map<string, string>])[] = [
    [byId(a), byId(b)],
    [lines(a), lines(b)],
  ];
  for (const [x, y] of pairs) {
    for (const key of new Set([...x.keys(), ...y.keys()])) if (x.get(key) !== y.get(key)) out.add(key);
  }
  return out;
}
