import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { type Assessment, type Findings, SUBJECT_KINDS, type SubjectKind } from '../../schemas/assessment.js';
import { type Result, ResultSchema } from '../../schemas/result.js';
import { make, PERFECT } from '../../test-support/make.js';
import { quarter } from '../../test-support/quarter.js';
import { CONDITION_READS, levelConditions } from './conditions.js';
import { type FindingName, kindGroup } from './facts.js';
import { FINDING_NAMES, findingsRead } from './findings.js';
import { kindTriggers } from './triggers.js';

// Findings a kind's rules do not read change nothing: the result says so (FINDING_NOT_FOR_KIND)
// rather than rate as if they were weighed, and keeps its level and reasons.

const ALL = Object.keys(FINDING_NAMES) as FindingName[];
const DUTY_DISCIPLINE = [{ form: 'khien-trach' as const, dutyRelated: true }];
/** The finding set: a flag true, or one duty-related disciplinary decision. */
const given = (key: FindingName): Findings =>
  key === 'discipline' ? { discipline: DUTY_DISCIPLINE } : ({ [key]: true } as Findings);

const unread = (r: Result) => r.warnings.filter((w) => w.code === 'FINDING_NOT_FOR_KIND');
/** A result without its FINDING_NOT_FOR_KIND warnings. */
const rest = (r: Result) => ({ ...r, warnings: r.warnings.filter((w) => w.code !== 'FINDING_NOT_FOR_KIND') });

describe('which findings a kind weighs comes from its rules', () => {
  it('Điều 11 khoản 1.1 and khoản 4, kind by kind (schema order)', () => {
    const individual = [
      'degradationConcluded',
      'prohibitedActsViolated',
      'exampleDutyViolated',
      'discipline',
      'selfDetectedAndRemedied',
    ];
    const leader = ['degradationConcluded', 'discipline', 'corruptionInScopeDisciplined', 'selfDetectedAndRemedied'];
    expect(Object.fromEntries(SUBJECT_KINDS.map((k) => [k, findingsRead(k)]))).toEqual({
      collective: ['subordinateOrMemberDisciplined'],
      'leadership-collective': [
        'discipline',
        'personnelViolationOrDisunity',
        'memberDegradationConcluded',
        'subordinateOrMemberDisciplined',
        'forceMajeure',
        'selfDetectedAndRemedied',
      ],
      'leader-central': leader,
      leader,
      staff: individual,
      'member-outside': individual,
    });
  });

  it('is the union of what the kind’s triggers and level conditions say they read', () => {
    for (const kind of SUBJECT_KINDS) {
      const read = new Set<FindingName>(kindTriggers(kind).flatMap((t) => t.reads));
      for (const nested of [false, true]) {
        const lists = levelConditions(kindGroup(kind), nested);
        for (const list of Object.values(lists))
          for (const [key] of list) for (const k of CONDITION_READS[key] ?? []) read.add(k);
      }
      expect([kind, [...findingsRead(kind)].sort()]).toEqual([kind, [...read].sort()]);
    }
  });
});

describe('FINDING_NOT_FOR_KIND, annual (qd366)', () => {
  it('a collective with an individual’s findings, otherwise HTXSNV: HTXSNV, same reasons, each finding named', () => {
    const base = make('collective', 30, 65, PERFECT);
    const r = classify({
      ...base,
      findings: { degradationConcluded: true, discipline: [{ form: 'khien-trach', dutyRelated: true }] },
    });
    expect(r.level).toBe('HTXSNV');
    expect(rest(r)).toEqual(classify(base));
    const w = unread(r);
    expect(w.map((x) => x.path)).toEqual(['findings.degradationConcluded', 'findings.discipline']);
    for (const x of w) {
      // What a collective weighs instead, in both languages.
      expect(x.message.vi).toContain('subordinateOrMemberDisciplined');
      expect(x.message.en).toContain('subordinateOrMemberDisciplined');
      expect(x.message.vi).toContain('tập thể');
    }
    expect(w[0]?.message.vi).toContain('suy thoái');
    expect(w[0]?.message.en).toContain('degradation');
    expect(v.safeParse(ResultSchema, r).success).toBe(true);
  });

  it('the reverse: staff with collective-only findings keeps its level and reasons', () => {
    const base = make('staff', 30, 65, PERFECT);
    const r = classify({
      ...base,
      findings: {
        memberDegradationConcluded: true,
        personnelViolationOrDisunity: true,
        subordinateOrMemberDisciplined: true,
        forceMajeure: true,
      },
    });
    expect(r.level).toBe('HTXSNV');
    expect(rest(r)).toEqual(classify(base));
    expect(unread(r).map((x) => x.path)).toEqual([
      'findings.personnelViolationOrDisunity',
      'findings.memberDegradationConcluded',
      'findings.subordinateOrMemberDisciplined',
      'findings.forceMajeure',
    ]);
    expect(unread(r)[1]?.message.vi).toContain('degradationConcluded');
  });

  it('every kind × every finding: warned exactly when the kind does not read it, and then nothing else changes', () => {
    for (const kind of SUBJECT_KINDS) {
      const base = make(kind, 30, 65, PERFECT);
      const without = classify(base);
      for (const key of ALL) {
        const r = classify({ ...base, findings: given(key) });
        const w = unread(r);
        if (findingsRead(kind).includes(key)) {
          expect([kind, key, w]).toEqual([kind, key, []]);
        } else {
          expect([kind, key, w.map((x) => x.path)]).toEqual([kind, key, [`findings.${key}`]]);
          expect([kind, key, rest(r)]).toEqual([kind, key, without]);
        }
      }
    }
  });

  it('a weighed finding does change the result (leadership collective, member degraded → KHTNV), unwarned', () => {
    const r = classify(
      make('leadership-collective', 30, 65, PERFECT, { findings: { memberDegradationConcluded: true } }),
    );
    expect(r.level).toBe('KHTNV');
    expect(unread(r)).toEqual([]);
  });

  it('boundaries: a flag set to false and an empty discipline list state nothing (no warning)', () => {
    const a = make('collective', 30, 65, PERFECT, {
      findings: { degradationConcluded: false, prohibitedActsViolated: false, discipline: [] },
    });
    expect(unread(classify(a))).toEqual([]);
    expect(unread(classify(make('collective', 30, 65, PERFECT)))).toEqual([]);
  });
});

describe('FINDING_NOT_FOR_KIND, quarterly (q2026, on Điều 11)', () => {
  it('a staff quarter with a leadership collective’s finding: warned, level and reasons unchanged', () => {
    const base = quarter();
    const r = classify({ ...base, findings: { memberDegradationConcluded: true } });
    expect(r.ruleset).toBe('q2026');
    expect(r.level).toBe('HTXSNV');
    expect(rest(r)).toEqual(classify(base));
    expect(unread(r).map((x) => x.path)).toEqual(['findings.memberDegradationConcluded']);
  });

  it('a collective quarter with an individual’s finding and a decision', () => {
    const base = quarter({ criteria: undefined, scores: { general: 30, results: 65 }, frame: undefined }, 'collective');
    const r = classify({ ...base, findings: given('degradationConcluded') });
    expect(rest(r)).toEqual(classify(base));
    expect(unread(r).map((x) => x.path)).toEqual(['findings.degradationConcluded']);
    expect(unread(classify({ ...base, findings: given('discipline') })).map((x) => x.path)).toEqual([
      'findings.discipline',
    ]);
    // What the collective's quarter weighs: its HTXSNV exclusion.
    expect(classify({ ...base, findings: given('subordinateOrMemberDisciplined') }).level).toBe('HTTNV');
  });

  it('force majeure: read for counts alone (Q26-17, no warning), warned with a task list, naming objectiveReason', () => {
    const { taskList: _t, ...noList } = quarter({ criteria: undefined, scores: { general: 30, results: 65 } });
    const counts = { assigned: 5, completed: 4, onTimeWithQuality: 4, exceeded: 2, late: 0 };
    const bare = { ...noList, frame: undefined, tasks: counts } as Assessment;
    const read = classify({ ...bare, findings: { forceMajeure: true } });
    expect(classify(bare).level).toBe('KHTNV');
    expect(read.level).not.toBe('KHTNV');
    expect(unread(read)).toEqual([]);
    const listed = classify({ ...quarter(), findings: { forceMajeure: true } });
    expect(rest(listed)).toEqual(classify(quarter()));
    const w = unread(listed);
    expect(w.map((x) => x.path)).toEqual(['findings.forceMajeure']);
    expect(w[0]?.message.vi).toContain('objectiveReason');
    expect(w[0]?.message.en).toContain('objectiveReason');
  });

  it('a quarter without findings has none of these warnings', () => {
    expect(unread(classify(quarter()))).toEqual([]);
    expect(unread(classify(quarter({}, 'leader' as SubjectKind)))).toEqual([]);
  });
});

describe('NOT_USED_FOR_KIND, its sibling for figures', () => {
  it('a confidence vote and units led are named for staff, not for a leader; the level is the same', () => {
    const vote = { held: true, lowShare: 0.6 };
    const units = {
      ...make('staff', 30, 65, PERFECT).tasks,
      unitsResponsible: 4,
      unitsRatedNotCompleted: 0,
    } as NonNullable<Assessment['ledUnits']>;
    const staff = make('staff', 30, 65, PERFECT);
    const r = classify({ ...staff, confidenceVote: vote, ledUnits: units });
    expect(r.warnings.filter((w) => w.code === 'NOT_USED_FOR_KIND').map((w) => w.path)).toEqual([
      'ledUnits',
      'confidenceVote',
    ]);
    expect(r.level).toBe(classify(staff).level);
    const leader = classify(make('leader', 30, 65, PERFECT, { confidenceVote: vote }));
    expect(leader.level).toBe('KHTNV');
    expect(leader.warnings.map((w) => w.code)).not.toContain('NOT_USED_FOR_KIND');
  });
});
