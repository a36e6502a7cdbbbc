// The Điều 11 rules written for json-rules-engine (bench only): the same inputs, the same
// bands, conditions and unmitigated triggers, so the throughput ratio compares like with like.
import { Engine } from 'json-rules-engine';

const counts = (a) => (a.subject.kind === 'leader' || a.subject.kind === 'leader-central' ? a.ledUnits : a.tasks);
const group = (kind) =>
  kind === 'leader' || kind === 'leader-central'
    ? 'leader'
    : kind === 'collective' || kind === 'leadership-collective'
      ? 'collective'
      : 'individual';

export function makeEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const derived = {
    total: (a) => Math.round(a.scores.general * 1e6 + a.scores.results * 1e6) / 1e6,
    group: (a) => group(a.subject.kind),
    kind: (a) => a.subject.kind,
    exceededShare: (a) => (counts(a).assigned === 0 ? 1 : counts(a).exceeded / counts(a).assigned),
    onTimeAll: (a) => counts(a).onTimeWithQuality === counts(a).assigned,
    completedAll: (a) => counts(a).completed === counts(a).assigned,
    lateShare: (a) => (counts(a).assigned === 0 ? 0 : counts(a).late / counts(a).assigned),
    completedShare: (a) => (counts(a).assigned === 0 ? 1 : counts(a).completed / counts(a).assigned),
    priorsFixed: (a) => (a.priorShortcomings ?? []).every((s) => s.status === 'fixed'),
    subDisciplined: (a) => a.findings?.subordinateOrMemberDisciplined === true,
    degradation: (a) => a.findings?.degradationConcluded === true,
    dutyDiscipline: (a) => (a.findings?.discipline ?? []).some((d) => d.dutyRelated && !d.selfReportedAndRemedied),
    targetsMissed: (a) => a.socioEconomicTargets?.applicable === true && a.socioEconomicTargets.missed >= 1,
    unitsShare: (a) =>
      a.ledUnits?.unitsResponsible ? a.ledUnits.unitsRatedNotCompleted / a.ledUnits.unitsResponsible : 0,
    lowShare: (a) => (a.confidenceVote?.held ? a.confidenceVote.lowShare : 0),
  };
  for (const [name, fn] of Object.entries(derived))
    engine.addFact(name, (_p, almanac) => almanac.factValue('a').then(fn));

  const khtnv = (conditions, priority = 100) => engine.addRule({ priority, conditions, event: { type: 'KHTNV' } });
  khtnv({ all: [{ fact: 'total', operator: 'lessThan', value: 50 }] });
  khtnv({
    all: [
      { fact: 'group', operator: 'equal', value: 'individual' },
      {
        any: [
          { fact: 'degradation', operator: 'equal', value: true },
          { fact: 'dutyDiscipline', operator: 'equal', value: true },
          { fact: 'completedShare', operator: 'lessThan', value: 0.5 },
        ],
      },
    ],
  });
  khtnv({
    all: [
      { fact: 'group', operator: 'equal', value: 'leader' },
      {
        any: [
          { fact: 'degradation', operator: 'equal', value: true },
          { fact: 'dutyDiscipline', operator: 'equal', value: true },
          { fact: 'completedShare', operator: 'lessThan', value: 0.7 },
          { fact: 'targetsMissed', operator: 'equal', value: true },
          { fact: 'unitsShare', operator: 'greaterThan', value: 0.5 },
          { fact: 'lowShare', operator: 'greaterThan', value: 0.5 },
        ],
      },
    ],
  });
  khtnv({
    all: [
      { fact: 'kind', operator: 'equal', value: 'leadership-collective' },
      {
        any: [
          { fact: 'dutyDiscipline', operator: 'equal', value: true },
          { fact: 'completedShare', operator: 'lessThan', value: 0.7 },
          { fact: 'targetsMissed', operator: 'equal', value: true },
        ],
      },
    ],
  });
  const htnv = [
    { fact: 'total', operator: 'greaterThanInclusive', value: 50 },
    { fact: 'completedAll', operator: 'equal', value: true },
    { fact: 'lateShare', operator: 'lessThanInclusive', value: 0.2 },
  ];
  const httnv = [
    { fact: 'total', operator: 'greaterThanInclusive', value: 70 },
    { fact: 'onTimeAll', operator: 'equal', value: true },
    ...htnv.slice(1),
  ];
  engine.addRule({ priority: 10, conditions: { all: htnv }, event: { type: 'HTNV' } });
  engine.addRule({ priority: 20, conditions: { all: httnv }, event: { type: 'HTTNV' } });
  engine.addRule({
    priority: 30,
    conditions: {
      all: [
        { fact: 'total', operator: 'greaterThanInclusive', value: 90 },
        { fact: 'exceededShare', operator: 'greaterThanInclusive', value: 0.3 },
        { fact: 'priorsFixed', operator: 'equal', value: true },
        {
          any: [
            { fact: 'group', operator: 'notEqual', value: 'collective' },
            { fact: 'subDisciplined', operator: 'equal', value: false },
          ],
        },
        ...httnv.slice(1),
      ],
    },
    event: { type: 'HTXSNV' },
  });
  return engine;
}

const ORDER = ['KHTNV', 'HTXSNV', 'HTTNV', 'HTNV'];

export async function jreClassify(engine, a) {
  const { events } = await engine.run({ a });
  const types = new Set(events.map((e) => e.type));
  return ORDER.find((t) => types.has(t)) ?? null;
}
