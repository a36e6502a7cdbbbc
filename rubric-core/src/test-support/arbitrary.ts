// fast-check generators of valid assessments, for property tests.
import fc from 'fast-check';
import type { Assessment } from '../schemas/assessment.js';
import { SUBJECT_KINDS } from '../schemas/assessment.js';

/** Consistent task counts: exceeded, onTime, late ≤ completed ≤ assigned; onTime + late ≤ completed. */
export const countsArb = fc
  .record({
    assigned: fc.nat(40),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    c: fc.double({ min: 0, max: 1, noNaN: true }),
    d: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ assigned, a, b, c, d }) => {
    const completed = Math.round(assigned * (a < 0.5 ? 1 : a));
    const onTimeWithQuality = Math.round(completed * (b < 0.5 ? 1 : b));
    const late = Math.round((completed - onTimeWithQuality) * c);
    const exceeded = Math.round(completed * d);
    return { assigned, completed, onTimeWithQuality, exceeded, late };
  });

/** A score with at most 2 decimals in [0, max]. */
export const pointsArb = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

const rare = fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

/** A valid assessment of any kind. */
export const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    kind: fc.constantFrom(...SUBJECT_KINDS),
    general: pointsArb(30),
    results: pointsArb(70),
    counts: countsArb,
    units: fc.nat(8).chain((n) => fc.tuple(fc.constant(n), fc.nat(n))),
    vote: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100)),
    targets: fc.option(fc.nat(5)),
    priors: fc.array(fc.constantFrom('fixed' as const, 'in-progress' as const, 'not-fixed' as const), { maxLength: 3 }),
    flags: fc.record({
      degradationConcluded: rare,
      prohibitedActsViolated: rare,
      exampleDutyViolated: rare,
      corruptionInScopeDisciplined: rare,
      personnelViolationOrDisunity: rare,
      memberDegradationConcluded: rare,
      subordinateOrMemberDisciplined: rare,
      forceMajeure: rare,
      selfDetectedAndRemedied: rare,
    }),
    discipline: fc.array(
      fc.record({
        form: fc.constantFrom('khien-trach' as const, 'canh-cao' as const),
        dutyRelated: fc.boolean(),
        selfReportedAndRemedied: fc.boolean(),
        violationAtPreviousUnit: rare,
      }),
      { maxLength: 2 },
    ),
  })
  .map((x) => {
    const leader = x.kind === 'leader' || x.kind === 'leader-central';
    const a: Assessment = {
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: x.kind },
      scores: { general: x.general, results: x.results },
      ...(leader
        ? { ledUnits: { ...x.counts, unitsResponsible: x.units[0], unitsRatedNotCompleted: x.units[1] } }
        : { tasks: x.counts }),
      ...(x.vote !== null ? { confidenceVote: { held: true, lowShare: x.vote } } : {}),
      ...(x.targets !== null ? { socioEconomicTargets: { applicable: true, missed: x.targets } } : {}),
      priorShortcomings: x.priors.map((status, i) => ({ text: `s${i}`, status })),
      findings: { ...x.flags, discipline: x.discipline },
    };
    return a;
  });
