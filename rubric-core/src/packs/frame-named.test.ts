import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import type { Assessment } from '../schemas/assessment.js';
import { answers, quarter } from '../test-support/quarter.js';
import { Q2026_VATM_09A } from './quarterly-builtin.js';
import { parsePack2 } from './quarterly-pack.js';

// A weight frame the user names is checked against the pack wherever it is given (Q26-04), not only
// when the task list is scored with it: with an empty or absent list, and with the results given
// as `scores`. A pack that does not score by frames, or no pack at all, leaves it unused: a
// FRAME_NOT_USED warning, never a level change.

const COUNTS = { assigned: 5, completed: 5, onTimeWithQuality: 5, exceeded: 2, late: 0 };
const SCORES = { general: 30, results: 60 };

function issues(a: unknown, options?: Parameters<typeof classify>[1]) {
  try {
    classify(a, options);
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues;
    throw e;
  }
  throw new Error('classified: expected bad input');
}
const at = (a: unknown, options?: Parameters<typeof classify>[1]) =>
  issues(a, options).map((i) => `${i.code}@${i.path}`);

/** The quarter without its task list (neither `taskList` nor `tasks`). */
function noList(extra: Partial<Assessment> = {}): Assessment {
  const { taskList: _t, ...rest } = quarter();
  return { ...rest, ...extra } as Assessment;
}

describe('a frame the pack does not have is refused wherever it is given', () => {
  const k9 = { frame: { id: 'K9' } };

  it('with an empty list: task-list-missing and frame-unknown together, bilingual, naming the frame', () => {
    const found = issues(quarter({ ...k9, taskList: [] }));
    expect(found.map((i) => `${i.code}@${i.path}`)).toEqual(['task-list-missing@taskList', 'frame-unknown@frame.id']);
    const unknown = found[1];
    expect(unknown?.message.vi).toContain('"K9"');
    expect(unknown?.message.en).toContain('"K9"');
    expect(unknown?.message.vi).toContain('q2026-vatm-09a');
  });

  it('with no list at all (checked with the rule set’s own problems)', () => {
    expect(at(noList(k9))).toEqual(['task-list-missing@taskList', 'frame-unknown@frame.id']);
  });

  it('with scores and an empty list, or counts and no list: never a level', () => {
    expect(at(quarter({ ...k9, taskList: [], scores: SCORES }))).toEqual(['frame-unknown@frame.id']);
    expect(at(noList({ ...k9, tasks: COUNTS, scores: SCORES }))).toEqual(['frame-unknown@frame.id']);
    expect(at(noList({ ...k9, tasks: COUNTS }))).toEqual(['task-list-missing@taskList', 'frame-unknown@frame.id']);
  });

  it('against the pack given as the option, not the built-in of the same id', () => {
    const frames = [
      ...(Q2026_VATM_09A.results.frames ?? []),
      { id: 'K9', vi: 'Khung riêng', A: 25, B: 25, C: 25, D: 25 },
    ];
    const own = parsePack2({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, frames } });
    const a = quarter({ ...k9, taskList: [], scores: SCORES });
    expect(classify(a, { pack: own }).level).toBe('HTXSNV');
    expect(at(a)).toEqual(['frame-unknown@frame.id']);
  });

  it('a frame the pack has, with the results from scores, changes nothing and is not warned about', () => {
    const a = quarter({ taskList: [], scores: SCORES });
    const r = classify(a);
    const { frame: _f, ...without } = a;
    expect(r).toEqual(classify(without));
    expect(r.warnings.map((w) => w.code)).not.toContain('FRAME_NOT_USED');
  });
});

describe('adjusted weights are checked with an empty or absent list too (±10 pp, sum exactly 100)', () => {
  const withScores = (frame: Assessment['frame']) => quarter({ frame, taskList: [], scores: SCORES });

  it('exactly 10 pp from K2 (15/50/15/20) both ways and summing to 100 is accepted', () => {
    expect(classify(withScores({ id: 'K2', A: 25, B: 40 })).level).toBe('HTXSNV');
  });

  it('0.01 pp beyond ±10 is out of range', () => {
    expect(at(withScores({ id: 'K2', A: 25.01, B: 39.99 }))).toEqual([
      'frame-adjustment-range@frame.A',
      'frame-adjustment-range@frame.B',
    ]);
  });

  it('a sum 0.01 over 100 is refused', () => {
    expect(at(withScores({ id: 'K2', A: 15.01 }))).toEqual(['frame-sum@frame']);
  });

  it('with an empty list and with no list, named together with task-list-missing', () => {
    expect(at(quarter({ frame: { id: 'K2', A: 40 }, taskList: [] }))).toEqual([
      'task-list-missing@taskList',
      'frame-adjustment-range@frame.A',
      'frame-sum@frame',
    ]);
    expect(at(noList({ frame: { id: 'K2', A: 15.01 } }))).toEqual(['task-list-missing@taskList', 'frame-sum@frame']);
  });
});

describe('a frame nothing scores with: FRAME_NOT_USED, the result otherwise unchanged', () => {
  const without = (a: Assessment) => {
    const { frame: _f, ...rest } = a;
    return rest;
  };
  const frameless = (a: Assessment) => {
    const r = classify(a);
    const base = classify(without(a));
    const used = r.warnings.filter((w) => w.code === 'FRAME_NOT_USED');
    expect({ ...r, warnings: r.warnings.filter((w) => w.code !== 'FRAME_NOT_USED') }).toEqual(base);
    expect(used).toHaveLength(1);
    expect(used[0]?.path).toBe('frame');
    return used[0]?.message ?? { vi: '', en: '' };
  };

  it('a direct-axis pack (09B)', () => {
    const a = quarter({
      criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') },
      axisPoints: { T1: 15, T2: 10, T3: 10, T4: 15, T5: 10, T6: 10 },
      frame: { id: 'K9' },
    });
    const m = frameless(a);
    expect(m.vi).toContain('"K9"');
    expect(m.vi).toContain('direct-axis');
    expect(m.en).toContain('q2026-vatm-09b');
  });

  it('a KPI pack (CAND)', () => {
    const a = quarter({
      criteria: { pack: 'q2026-cand-kpi', items: answers('q2026-cand-kpi', 'staff') },
      kpi: { A: 1, B: 0.939, C: 1 },
    });
    expect(frameless(a).vi).toContain('kpi-scaled');
  });

  it('no quarterly pack (scores only) and a tusoi.pack/1', () => {
    expect(frameless(quarter({ criteria: undefined, scores: SCORES })).vi).toContain('tusoi.pack/2');
    const items = Object.fromEntries(Object.keys(answers('q2026-vatm-09a', 'staff')).map((id) => [id, true]));
    const pack1 = quarter({ criteria: { pack: 'qd366-pl4-staff-example', items: { ...items, 'pl4-k': 66 } } });
    expect(frameless(pack1).vi).toContain('tusoi.pack/1');
  });

  it('an annual rating (qd366) given a frame', () => {
    const annual = {
      format: 'tusoi.assessment/2',
      period: { year: 2026 },
      subject: { kind: 'staff' },
      scores: { general: 30, results: 62 },
      tasks: COUNTS,
      frame: { id: 'K9' },
    } as Assessment;
    expect(classify(annual).ruleset).toBe('qd366');
    expect(frameless(annual).en).toContain('annual');
  });

  it('a pack without frames and no frame named: no warning', () => {
    const a = quarter({
      criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') },
      axisPoints: { T1: 15, T2: 10, T3: 10, T4: 15, T5: 10, T6: 10 },
    });
    expect(classify(without(a)).warnings.map((w) => w.code)).not.toContain('FRAME_NOT_USED');
  });
});

describe('tusoi classify', () => {
  it('exits 2 naming both problems, prints no result', () => {
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const file = join(mkdtempSync(join(tmpdir(), 'tusoi-frame-')), 'k9.json');
    writeFileSync(file, JSON.stringify(quarter({ frame: { id: 'K9' }, taskList: [] })));
    const r = spawnSync(process.execPath, [cli, 'classify', file], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('frame.id');
    expect(r.stderr).toContain('taskList');
    expect(r.stderr).toContain('K9');
  });
});
