// What a draft hands on to the next period's draft ("Tạo kỳ tiếp theo"): the person, the period
// after it (Q4 → Q1 of the next year, a year → the next year), this period's shortcomings as the
// next one's prior shortcomings, and, for the quarterly review, the tasks not completed, still to do.

type Assessment = Record<string, unknown>;

/** The period after `period`: the next quarter (Q4 → next year's Q1), or the next year. */
export function nextPeriodOf(period: { year?: number; quarter?: number } | undefined, thisYear: number) {
  const year = period?.year ?? thisYear;
  const quarter = period?.quarter;
  if (quarter === undefined) return { year: year + 1 };
  return quarter >= 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

/** Facts of one period that never carry over: the next period is judged on its own. */
const PERIOD_FACTS = [
  'review',
  'scores',
  'tasks',
  'ledUnits',
  'findings',
  'selfCheck',
  'proposedLevel',
  'confidenceVote',
  'socioEconomicTargets',
  'axisPoints',
  'axisPercent',
  'kpi',
  'unrated',
  'headOf',
  'quarters',
  // Facts of the quarter too (a change of post in it, the competent level's appraisal of it, an
  // incident in it); partyWork is a role the person holds, it carries.
  'postChange',
  'appraisal',
  'safetyIncident',
];

/** What an unfinished task carries: what it is and how it weighs, not this period's results. */
const TASK_PLAN = ['name', 'axis', 'weight', 'frame', 'key', 'note'] as const;

/**
 * The next period's assessment from this one's: a copy with the next period, the prior shortcomings
 * not fixed yet and the shortcomings of part A.II (their status left for the person to answer), the unfinished tasks of the task list (completed
 * false, their results left behind), the quarterly pack kept with no answers, and no other fact of
 * this period. The input is not changed.
 */
export function nextPeriodAssessment(from: Assessment, thisYear = new Date().getFullYear()): Assessment {
  const a = structuredClone(from) as Assessment & {
    period?: { year?: number; quarter?: number };
    review?: { shortcomings?: { text: string; responsibility?: string }[] };
    criteria?: { pack?: string; items?: Record<string, unknown> };
    taskList?: Record<string, unknown>[];
  };
  a.period = nextPeriodOf(a.period, thisYear);
  // Earlier shortcomings not fixed yet stay on the list, then this period's own. How far each is fixed
  // is a fact of the next period, not known yet: it is left unanswered (the format's status is
  // optional; rubric-core asks for it, PRIOR_NO_STATUS), never guessed as "not fixed".
  const stillOpen = ((a.priorShortcomings as { status?: string; progress?: number }[] | undefined) ?? [])
    .filter((p) => p.status !== 'fixed')
    .map(({ status: _s, progress: _p, ...rest }) => rest);
  a.priorShortcomings = [
    ...stillOpen,
    ...(a.review?.shortcomings ?? []).map((s) => ({
      text: s.text,
      ...(s.responsibility ? { responsibility: s.responsibility } : {}),
    })),
  ];
  const unfinished = (a.taskList ?? [])
    .filter((t) => t.completed !== true)
    .map((t) => {
      const kept: Record<string, unknown> = { completed: false };
      for (const key of TASK_PLAN) if (t[key] !== undefined) kept[key] = t[key];
      return kept;
    });
  for (const key of PERIOD_FACTS) delete a[key];
  delete a.taskList;
  if (unfinished.length > 0) a.taskList = unfinished;
  // The answers belong to this period; the quarterly pack (and the person's frame) stay.
  if (a.format === 'tusoi.assessment/2' && typeof a.criteria?.pack === 'string')
    a.criteria = { pack: a.criteria.pack, items: {} };
  else delete a.criteria;
  return a;
}
