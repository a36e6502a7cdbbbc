import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { formatIssues, TusoiInputError } from './errors.js';
import { make, PERFECT } from './test-support/make.js';
import { parseAssessment, safeParseAssessment } from './validate.js';

function issuesOf(input: unknown) {
  const outcome = safeParseAssessment(input);
  if (outcome.success) throw new Error('expected invalid input');
  return outcome.issues;
}

const paths = (input: unknown) => issuesOf(input).map((i) => i.path);

describe('invalid assessments', () => {
  it('lists every problem with its path, in both languages', () => {
    const issues = issuesOf({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staf' },
      scores: { general: 31, results: 'x' },
      tasks: { assigned: 1 },
    });
    expect(issues.map((i) => i.path)).toEqual([
      'subject.kind',
      'scores.general',
      'scores.results',
      'tasks.completed',
      'tasks.onTimeWithQuality',
      'tasks.exceeded',
      'tasks.late',
    ]);
    for (const issue of issues) {
      expect(issue.message.vi).not.toEqual(issue.message.en);
      expect(issue.message.vi.length).toBeGreaterThan(5);
    }
    expect(issues[1]?.message.vi).toContain('không được vượt quá 30');
    expect(issues[3]?.message.en).toBe('required field is missing');
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const a = {
      ...make('staff', 30, 65, PERFECT),
      findings: { degradationConcluded: false, degradationConcludedd: true },
    };
    const issues = issuesOf(a);
    expect(issues[0]?.path).toBe('findings.degradationConcludedd');
    expect(issues[0]?.message.en).toContain('misspelt');
  });

  it.each([
    [{ tasks: undefined }, 'tasks'],
    [{ tasks: { assigned: 5, completed: 6, onTimeWithQuality: 0, exceeded: 0, late: 0 } }, 'tasks.completed'],
    [{ tasks: { assigned: 5, completed: 5, onTimeWithQuality: 4, exceeded: 0, late: 2 } }, 'tasks.late'],
    [{ tasks: { assigned: 5, completed: 4, onTimeWithQuality: 4, exceeded: 5, late: 0 } }, 'tasks.exceeded'],
    [{ tasks: { assigned: 5, completed: 5, onTimeWithQuality: 5, exceeded: 0, late: 0.5 } }, 'tasks.late'],
    [{ tasks: { assigned: -1, completed: 0, onTimeWithQuality: 0, exceeded: 0, late: 0 } }, 'tasks.assigned'],
    [{ scores: { general: 10.1234567, results: 50 } }, 'scores.general'],
    [{ scores: undefined }, 'scores'],
    [{ period: { year: 2024 } }, 'period.year'],
    [{ period: { year: 2025, quarter: 5 } }, 'period.quarter'],
    [{ ruleset: 'qd124' }, 'ruleset'],
    [{ format: 'tusoi.assessment/3' }, 'format'],
    [{ confidenceVote: { held: true } }, 'confidenceVote.lowShare'],
    [{ socioEconomicTargets: { applicable: true, missed: 6 } }, 'socioEconomicTargets.missed'],
    [{ selfCheck: { 'IV-1': { noted: true } } }, 'selfCheck.IV-1'],
    [{ subject: { kind: 'staff', birthDate: '02/05/1980' } }, 'subject.birthDate'],
    [{ subject: { kind: 'staff', name: 'x'.repeat(100_001) } }, 'subject.name'],
    [{ criteria: { pack: '', items: {} } }, 'criteria.pack'],
    [{ proposedLevel: 'XS' }, 'proposedLevel'],
    [{ priorShortcomings: [{ text: 'a', status: 'done' }] }, 'priorShortcomings[0].status'],
  ])('%j → issue at %s', (patch, path) => {
    const a = { ...make('staff', 25, 50, PERFECT), ...patch };
    if ('tasks' in patch && patch.tasks === undefined) delete (a as Record<string, unknown>).tasks;
    if ('scores' in patch && patch.scores === undefined) delete (a as Record<string, unknown>).scores;
    expect(paths(a)).toContain(path);
  });

  it('names the older ruleset for years before 2025', () => {
    expect(issuesOf({ ...make('staff', 25, 50, PERFECT), period: { year: 2024 } })[0]?.message.vi).toContain(
      '124-QĐ/TW',
    );
    expect(issuesOf({ ...make('staff', 25, 50, PERFECT), period: { year: 2019 } })[0]?.message.vi).toContain(
      '132-QĐ/TW',
    );
    expect(issuesOf({ ...make('staff', 25, 50, PERFECT), period: { year: 2010 } })[0]?.message.en).toContain(
      'pre-2018',
    );
  });

  it('leaders need ledUnits; their units rated KHTNV cannot exceed those they answer for', () => {
    const noUnits = { ...make('staff', 25, 50, PERFECT), subject: { kind: 'leader' } };
    expect(paths(noUnits)).toContain('ledUnits');
    const units = make('leader', 25, 50, PERFECT);
    expect(
      paths({ ...units, ledUnits: { ...units.ledUnits, unitsResponsible: 2, unitsRatedNotCompleted: 3 } }),
    ).toContain('ledUnits.unitsRatedNotCompleted');
  });

  it('rejects whatever is not an object', () => {
    for (const input of [null, 42, 'x', [], undefined]) expect(paths(input).length).toBeGreaterThan(0);
  });

  it('throws TusoiInputError from parseAssessment and classify, never a level', () => {
    expect(() => parseAssessment({})).toThrowError(TusoiInputError);
    expect(() => classify({ format: 'tusoi.assessment/1' })).toThrowError(/Invalid input/);
  });

  it('accepts a JSON round-trip of a valid assessment', () => {
    const a = make('staff', 25, 50, PERFECT, {
      selfCheck: { 'II-5': { noted: true, note: '…' } },
      review: { strengths: 'x', shortcomings: [{ text: 'y', cause: 'z' }] },
    });
    expect(parseAssessment(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('formats issues for people: Vietnamese, then English', () => {
    expect(formatIssues([{ path: '', message: { vi: 'sai', en: 'wrong' } }])).toBe(
      'Dữ liệu không hợp lệ / Invalid input:\n- (toàn bộ / whole input): sai / wrong',
    );
  });

  it('an assessment with criteria only is refused until a pack is given', () => {
    const { scores: _s, ...rest } = make('staff', 25, 50, PERFECT);
    expect(() => classify({ ...rest, criteria: { pack: 'p', items: { a: true } } })).toThrowError(TusoiInputError);
  });
});

describe('one pass: field and cross-field problems together, each with a code', () => {
  it('reports a score out of range and completed > assigned at once', () => {
    const outcome = safeParseAssessment({
      format: 'tusoi.assessment/1',
      period: { year: 2024 },
      subject: { kind: 'staff', birthDate: '2025-02-30' },
      scores: { general: 31, results: 60.1234567 },
      tasks: { assigned: 5, completed: 6, onTimeWithQuality: 6, exceeded: 7, late: 1 },
      findings: [],
      typo: 1,
    });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues.map((i) => [i.code, i.path])).toEqual([
      ['date', 'subject.birthDate'],
      ['max-value', 'scores.general'],
      ['decimals', 'scores.results'],
      ['unknown-field', 'typo'],
      ['type', 'findings'],
      ['year-before-ruleset', 'period.year'],
      ['completed-over-assigned', 'tasks.completed'],
      ['count-over-completed', 'tasks.exceeded'],
      ['on-time-plus-late-over-completed', 'tasks.late'],
    ]);
    for (const issue of outcome.issues) {
      expect(issue.message.vi).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
  });

  it('names what to fill in words the form uses, never a key in parentheses', () => {
    const staff = issuesOf({ format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'staff' } });
    const leader = issuesOf({ format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'leader' } });
    const counts = issuesOf({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      scores: { general: 30, results: 60 },
      tasks: { assigned: 5, completed: 4, onTimeWithQuality: 5, exceeded: 5, late: 5 },
    });
    const byCode = (list: typeof staff, code: string) => list.find((i) => i.code === code)?.message;
    expect(byCode(staff, 'scores-missing')?.vi).toContain('chọn bảng thang điểm');
    expect(byCode(staff, 'tasks-missing')?.vi).toContain('“Nhiệm vụ được giao”');
    expect(byCode(staff, 'tasks-missing')?.en).toContain('“Assigned tasks”');
    expect(byCode(leader, 'led-units-missing')?.vi).toContain('đơn vị trực tiếp lãnh đạo');
    expect(byCode(counts, 'count-over-completed')?.vi).toBe('số vượt mức yêu cầu (5) lớn hơn số hoàn thành (4)');
    for (const issue of [...staff, ...leader, ...counts])
      for (const text of [issue.message.vi, issue.message.en])
        expect(text).not.toMatch(
          /\((scores|criteria|tasks|ledUnits|taskList|exceeded|late|onTimeWithQuality)\)|^(exceeded|late|onTimeWithQuality) \(/,
        );
  });

  it('says a text limit with its thousands grouped, in characters', () => {
    const issue = issuesOf({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff', name: 'x'.repeat(100_001) },
    }).find((i) => i.path === 'subject.name');
    expect(issue?.message).toEqual({
      vi: 'quá dài (tối đa 100.000 ký tự)',
      en: 'too long (at most 100,000 characters)',
    });
  });

  it('skips a cross-field check whose fields are not numbers (left to the field check)', () => {
    const outcome = safeParseAssessment({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      scores: { general: 30, results: 60 },
      tasks: { assigned: 'ten', completed: 6, onTimeWithQuality: 6, exceeded: 0, late: 0 },
    });
    expect(outcome.success || outcome.issues.map((i) => i.code)).toEqual(['type']);
  });
});
