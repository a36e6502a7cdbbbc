import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { TusoiInputError } from './errors.js';
import { PL4_PACK } from './packs/builtin.js';
import { hasScore } from './rulesets/q2026/unrated.js';
import type { Assessment } from './schemas/assessment.js';
import { make, PERFECT } from './test-support/make.js';
import { answers, OWN_QUARTER_PACK, quarter, task } from './test-support/quarter.js';
import { formatResult } from './text.js';
import { classifyYear } from './year.js';

const q = (n: number, extra: Partial<Assessment> = {}) => quarter({ period: { year: 2026, quarter: n }, ...extra });
/** A quarter that gives KHTNV: one task unfinished for a subjective reason (Q26-17). */
const khtnv = (n: number) =>
  q(n, {
    taskList: [task(65, [100, 100, 100, 100]), task(5, [100, 100, 100, 100], { completed: false })],
  });
const annual = (extra: Partial<Assessment> = {}) => ({
  ...make('staff', 30, 66, PERFECT),
  period: { year: 2026 },
  ...extra,
});

function paths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}

describe('quarter → year', () => {
  it('a quarter not rated and left unscored (leave, no task list) weighs nothing: not in the mean, no total shown', () => {
    const { criteria: _c, taskList: _t, frame: _f, ...leave } = q(2, { unrated: { sickOrMaternityMonths: 3 } });
    const r = classifyYear([q(1), leave, q(3)], { yearMode: 'mean' });
    expect(r.year?.quarters.map((x) => x.decision)).toEqual(['rule', 'unrated', 'rule']);
    // The mean of the rated quarters alone (97,6 each), never pulled down by the unscored 0.
    expect(r.score.total).toBe(97.6);
    const text = formatResult(r, 'vi');
    expect(text).toContain('Q2: chưa xếp loại quý này\n');
    expect(text).toContain('Q1: HTXSNV, 97,6/100');
    expect(text).not.toContain('0/100');
  });

  it('an annual review carrying its quarters, given alone, is rated with them; with quarter files too it is refused', () => {
    const embedded = annual({
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTXSNV' },
        { quarter: 2, level: 'KHTNV' },
        { quarter: 3, level: 'KHTNV' },
      ],
    } as Partial<Assessment>);
    const alone = classifyYear([embedded]);
    const direct = classify(embedded);
    expect(alone.level).toBe(direct.level);
    expect(alone.level).toBe('HTTNV');
    expect((alone.flags ?? []).map((f) => f.code)).toEqual((direct.flags ?? []).map((f) => f.code));
    expect((alone.flags ?? []).map((f) => f.code)).toContain('CONSECUTIVE_KHTNV');
    expect(paths(() => classifyYear([q(1), embedded]))).toEqual(['[1].quarters']);
  });

  it('three HTXSNV quarters and an HTXSNV annual review stay HTXSNV; the quarters are listed (Q26-33)', () => {
    const r = classifyYear([q(1), q(2), q(3), annual()]);
    expect(r.level).toBe('HTXSNV');
    expect(r.reasons.find((x) => x.rule === 'Q26-33')?.message.vi).toContain('Q1: HTXSNV; Q2: HTXSNV; Q3: HTXSNV');
  });

  it('one KHTNV quarter rules out an annual HTXSNV (Q26-35)', () => {
    const r = classifyYear([q(1), khtnv(2), q(3), annual()]);
    expect(r.level).toBe('HTTNV');
    expect(r.reasons.find((x) => x.rule === 'Q26-35')?.outcome).toBe('failed');
    expect(r.reasons.at(-1)?.message.en).toContain('HTTNV');
    expect(r.flags).toBeUndefined();
  });

  it('a proposal the quarters rule out is warned of, like any proposal above the result (Q26-35)', () => {
    const above = (r: ReturnType<typeof classifyYear>) => r.warnings.filter((w) => w.code === 'PROPOSED_ABOVE_RESULT');
    const r = classifyYear([q(1), khtnv(2), q(3), annual({ proposedLevel: 'HTXSNV' })]);
    expect(r.level).toBe('HTTNV');
    expect(above(r).map((w) => w.message.en)).toEqual(['Proposed level HTXSNV is above what the rules give (HTTNV).']);
    // The level the year gives, and the same proposal in a year the quarters leave alone: no warning.
    expect(above(classifyYear([q(1), khtnv(2), q(3), annual({ proposedLevel: 'HTTNV' })]))).toEqual([]);
    expect(above(classifyYear([q(1), q(2), q(3), annual({ proposedLevel: 'HTXSNV' })]))).toEqual([]);
    // Carried in the annual file itself, the same.
    const carried = classify({
      ...annual({ proposedLevel: 'HTXSNV' }),
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTXSNV' },
        { quarter: 2, level: 'KHTNV' },
      ],
    });
    expect(above(carried)).toHaveLength(1);
  });

  it('khtnvQuarter = managers spares staff; off never applies', () => {
    expect(classifyYear([q(1), khtnv(2), q(3), annual()], { khtnvQuarter: 'managers' }).level).toBe('HTXSNV');
    expect(classifyYear([q(1), khtnv(2), q(3), annual()], { khtnvQuarter: 'off' }).level).toBe('HTXSNV');
  });

  it('two consecutive KHTNV quarters raise a flag, never a level change by themselves (Q26-36)', () => {
    const r = classifyYear([khtnv(1), khtnv(2), q(3), annual()]);
    expect(r.flags?.map((f) => f.code)).toEqual(['CONSECUTIVE_KHTNV']);
    expect(classifyYear([khtnv(1), q(2), khtnv(3), annual()]).flags).toBeUndefined();
    expect(classifyYear([khtnv(1), khtnv(2), q(3), annual()], { consecutiveFlag: false }).flags).toBeUndefined();
  });

  it('Q4 integrated (default): a Q4 file is not counted as a quarter and is named in a warning (Q26-34)', () => {
    const r = classifyYear([q(1), q(2), q(3), khtnv(4), annual()]);
    expect(r.level).toBe('HTXSNV');
    expect(r.warnings.map((w) => w.code)).toContain('Q4_INTEGRATED');
    expect(classifyYear([q(1), q(2), q(3), khtnv(4), annual()], { q4: 'rated' }).level).toBe('HTTNV');
  });

  it('no annual review, no-average (default): the competent level decides among what the quarters leave', () => {
    const r = classifyYear([q(1), khtnv(2), q(3)]);
    expect(r.decision).toBe('discretion');
    expect(r.candidates).toEqual(['HTTNV', 'HTNV', 'KHTNV']);
    expect(r.reasons.at(-1)?.message.en).toContain('among HTTNV, HTNV or KHTNV.');
    expect(r.reasons.at(-1)?.message.vi).toContain('giữa HTTNV, HTNV và KHTNV.');
  });

  it('no-average: the total shown is the sum of the parts shown, never 0 (one quarter, 30 + 67,6)', () => {
    const r = classifyYear([q(1)]);
    expect(r.decision).toBe('discretion');
    expect(r.score).toEqual({ general: 30, results: 67.6, total: 97.6 });
    // The text shows no score of the year (none decides it), the quarter's own instead.
    expect(formatResult(r, 'vi')).not.toContain('tổng');
    expect(formatResult(r, 'vi')).toContain('  Q1: HTXSNV, 97,6/100');
    expect(formatResult(r, 'en')).toContain('HTXSNV, HTTNV, HTNV or KHTNV');
  });

  it('no-average over three quarters: no averaged total in the text, each quarter with its level, total and failing rules', () => {
    const late = q(2, { taskList: [task(70, [80, 80, 80, 80], { exceeded: true })] });
    const r = classifyYear([q(1), late, q(3)]);
    expect(r.year?.basis).toBe('quarters');
    expect(r.year?.quarters.map((x) => [x.quarter, x.level, x.total])).toEqual([
      [1, 'HTXSNV', 97.6],
      [2, 'HTTNV', 86],
      [3, 'HTXSNV', 97.6],
    ]);
    // Each quarter carries why it came out as it did (no passed reasons).
    expect(r.year?.quarters[1]?.reasons.length).toBeGreaterThan(0);
    expect(r.year?.quarters.flatMap((x) => x.reasons).some((x) => x.outcome === 'passed')).toBe(false);
    const text = formatResult(r, 'vi');
    expect(text).not.toMatch(/tổng|93,7/);
    expect(text).toContain('  Q2: HTTNV, 86/100');
    // The JSON score stays the mean of the parts (6 decimals at most), the text never shows it.
    expect(r.score.total).toBe(93.733333);
  });

  it('yearMode mean: the text shows the mean cut to 2 decimals with ≈, never 6 decimals', () => {
    const late = q(2, { taskList: [task(70, [80, 80, 80, 80], { exceeded: true })] });
    const r = classifyYear([q(1), late, q(3)], { yearMode: 'mean' });
    expect(r.year?.basis).toBe('mean');
    expect(r.score.total).toBe(93.733333);
    expect(formatResult(r, 'vi')).toContain('= tổng ≈93,73/100');
    expect(formatResult(r, 'en')).toContain('= total ≈93.73/100');
  });

  it('with the annual review the year says so and still lists the quarters', () => {
    const r = classifyYear([q(1), q(2), q(3), annual()]);
    expect(r.year?.basis).toBe('annual');
    expect(r.year?.quarters.map((x) => x.quarter)).toEqual([1, 2, 3]);
    expect(formatResult(r, 'vi')).toMatch(/= tổng [\d,]+\/100/);
  });

  it('quarter files naming another person: a warning naming the file, not an error', () => {
    const other = q(2);
    const named = (a: ReturnType<typeof q>, n: string) => ({ ...a, subject: { ...a.subject, name: n } });
    const r = classifyYear(
      [named(q(1), 'Trần Thị Bình'), named(other, 'Người khác'), named(q(3), ' trần thị bình')],
      {},
      ['q1.json', 'q2.json', 'q3.json'],
    );
    expect(r.warnings.filter((w) => w.code === 'SUBJECT_NAME_MISMATCH').map((w) => w.path)).toEqual([
      'q2.json.subject.name',
    ]);
    expect(classifyYear([named(q(1), 'A'), named(q(2), 'A')]).warnings.map((w) => w.code)).not.toContain(
      'SUBJECT_NAME_MISMATCH',
    );
  });

  it('yearMode = mean: four rated quarters → the bands of the mean (NĐ 335 Điều 17.3)', () => {
    const low = (n: number) => q(n, { taskList: [task(70, [80, 80, 80, 80], { exceeded: true })] });
    // 97,6, 86, 97,6, 86 → mean 91,8 → HTXSNV band; no KHTNV quarter.
    const r = classifyYear([q(1), low(2), q(3), low(4)], { yearMode: 'mean', q4: 'rated' });
    expect(r.score.total).toBe(91.8);
    expect(r.level).toBe('HTXSNV');
  });

  it('yearMode = mean with the annual review: the year’s total is the quarters’ mean', () => {
    const low = (n: number) => q(n, { taskList: [task(70, [50, 50, 50, 50], { exceeded: true })] });
    const r = classifyYear([low(1), low(2), low(3), annual()], { yearMode: 'mean' });
    expect(r.score.total).toBe(65);
    expect(r.level).toBe('HTNV');
  });

  it('an unrated quarter is not a KHTNV quarter (Q26-30)', () => {
    const r = classifyYear([q(1, { unrated: { sickOrMaternityMonths: 3 } }), q(2), q(3), annual()]);
    expect(r.level).toBe('HTXSNV');
    expect(r.reasons.some((x) => x.rule === 'Q26-30')).toBe(true);
  });

  it('an annual assessment can carry its quarters itself', () => {
    const r = classify({
      ...annual(),
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTXSNV' },
        { quarter: 2, level: 'KHTNV' },
      ],
    });
    expect(r.level).toBe('HTTNV');
  });

  it('bad input names the file and path, never a level', () => {
    expect(paths(() => classifyYear([q(1), q(1)], undefined, ['a.json', 'b.json']))).toEqual(['b.json.period.quarter']);
    expect(paths(() => classifyYear([q(1), { ...q(2), taskList: [] }], undefined, ['a.json', 'b.json']))).toEqual([
      'b.json.taskList',
    ]);
    expect(paths(() => classifyYear([q(1), annual({ period: { year: 2027 } })]))).toEqual(['[1].period.year']);
    expect(
      paths(() =>
        classify({
          ...annual(),
          format: 'tusoi.assessment/2',
          quarters: [
            { quarter: 1, level: 'HTNV' },
            { quarter: 1, level: 'HTNV' },
          ],
        }),
      ),
    ).toEqual(['quarters[1].quarter']);
  });
});

describe('head ≤ collective in the annual rating (Q26-29, NĐ 335 Điều 20.6)', () => {
  const head = (headOf: Assessment['headOf']) => ({ ...annual(), format: 'tusoi.assessment/2' as const, headOf });

  it('rank (default) caps the level at the collective’s', () => {
    const r = classify(head({ level: 'HTNV' }));
    expect(r.level).toBe('HTNV');
    expect(r.reasons.some((x) => x.rule === 'Q26-29')).toBe(true);
    expect(r.reasons.at(-1)?.message.en).toContain('HTNV');
  });

  it('score caps the total, then Điều 11 bands it', () => {
    const r = classify(head({ total: 85 }), { headCap: 'score' });
    expect(r.score.total).toBe(85);
    expect(r.level).toBe('HTTNV');
  });

  it('a collective rated higher changes nothing', () => {
    expect(classify(head({ level: 'HTXSNV', total: 99 })).level).toBe('HTXSNV');
  });
});

describe('quarters scored by the user’s own packs (options.packs)', () => {
  const own = OWN_QUARTER_PACK;
  const items = answers('q2026-vatm-09a', 'staff', {
    'pl4-1.2': { answer: 'notMet', reason: 'Chậm kê khai' },
    'pl4-1.10': { answer: 'notApplicable', reason: 'Không thuộc phạm vi' },
  });
  const q = (n: number, pack: string) => quarter({ period: { year: 2026, quarter: n }, criteria: { pack, items } });

  it('each quarter is scored by the pack it names, own or built-in, in one year', () => {
    const r = classifyYear([q(1, own.id), q(2, 'q2026-vatm-09a')], { packs: [own] });
    // 28 (grant-full) + 67,6 under the own pack; 27,9 (rescaled) + 67,6 under the built-in.
    expect(r.year?.quarters.map((x) => x.total)).toEqual([95.6, 95.5]);
    expect(r.year?.quarters.map((x) => x.total)).toEqual([
      classify(q(1, own.id), { pack: own }).score.total,
      classify(q(2, 'q2026-vatm-09a')).score.total,
    ]);
    // The id compared as ids are (NFC, trimmed).
    expect(classifyYear([q(1, ` ${own.id} `)], { packs: [own] }).year?.quarters[0]?.total).toBe(95.6);
  });

  it('a given pack with a built-in’s id wins over the built-in; `pack` scores every quarter instead', () => {
    const edited = { ...own, id: 'q2026-vatm-09a' };
    expect(classifyYear([q(1, 'q2026-vatm-09a')], { packs: [edited] }).year?.quarters[0]?.total).toBe(95.6);
    expect(classifyYear([q(1, 'q2026-vatm-09a')], { packs: [] }).year?.quarters[0]?.total).toBe(95.5);
    expect(classifyYear([q(1, own.id)], { pack: own, packs: [] }).year?.quarters[0]?.total).toBe(95.6);
  });

  it('the annual review scored by its own tusoi.pack/1 is found in `packs` too', () => {
    const own1 = { ...PL4_PACK, id: 'don-vi-x-nam' };
    const ids = PL4_PACK.general.sections.flatMap((x) => x.criteria.map((c) => c.id));
    const annual = {
      format: 'tusoi.assessment/1',
      period: { year: 2026 },
      subject: { kind: 'staff' },
      criteria: { pack: own1.id, items: { ...Object.fromEntries(ids.map((id) => [id, true])), 'pl4-k': 68 } },
      tasks: { assigned: 20, completed: 20, onTimeWithQuality: 20, exceeded: 8, late: 0 },
    };
    const r = classifyYear([q(1, own.id), annual], { packs: [own, own1] });
    expect(r.score.total).toBe(98);
    expect(r.year?.quarters.map((x) => x.total)).toEqual([95.6]);
    expect(paths(() => classifyYear([q(1, own.id), annual], { packs: [own] }))).toEqual(['[1].criteria.pack']);
  });

  it('a quarter naming a pack not given, packs that are no list, or a bad pack: refused by path, never a year', () => {
    expect(paths(() => classifyYear([q(1, own.id), q(2, own.id)]))).toEqual(['[0].criteria.pack', '[1].criteria.pack']);
    expect(paths(() => classifyYear([q(1, own.id)], { packs: own as never }))).toEqual(['options.packs']);
    expect(paths(() => classifyYear([q(1, own.id)], { packs: [{ ...own, kinds: 'staff' }] as never }))).toEqual([
      '[0].options.pack.kinds',
    ]);
  });
});

describe('a quarter not rated carries no total into the year (Q26-30)', () => {
  it('an annual file’s own quarter not rated with a total is refused, as a level is, naming its path', () => {
    const a = annual({
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTXSNV', total: 95 },
        { quarter: 2, level: null, unrated: true, total: 50 },
        { quarter: 3, level: null, unrated: true },
      ],
    } as Partial<Assessment>);
    let caught: TusoiInputError | undefined;
    try {
      classifyYear([a], { yearMode: 'mean' }, ['annual.json']);
    } catch (e) {
      if (e instanceof TusoiInputError) caught = e;
      else throw e;
    }
    expect(caught?.issues.map((i) => [i.path, i.code])).toEqual([
      ['annual.json.quarters[1].total', 'quarter-unrated-with-total'],
    ]);
    expect(caught?.issues[0]?.message.vi).toContain('quý 2');
    expect(caught?.issues[0]?.message.vi).toContain('50');
    expect(caught?.issues[0]?.message.en).toContain('drop total');
    // classify says the same of the annual file alone, and both problems at once when both are there.
    const both = annual({
      format: 'tusoi.assessment/2',
      quarters: [{ quarter: 2, level: 'HTNV', unrated: true, total: 50 }],
    } as Partial<Assessment>);
    expect(paths(() => classify(both))).toEqual(['quarters[0].level', 'quarters[0].total']);
  });

  it('a quarter file not rated but scored all the same passes no total on to the annual review', () => {
    const scoredLeave = q(2, { unrated: { sickOrMaternityMonths: 3 } });
    expect(classify(scoredLeave).score.total).toBeGreaterThan(0);
    const r = classifyYear([q(1), scoredLeave, q(3), annual()]);
    expect(r.year?.quarters.find((x) => x.quarter === 2)?.decision).toBe('unrated');
  });
});

describe('year.quarters[] of a quarter not rated left unscored', () => {
  it('says scored: false (its total 0 is not a score); a scored quarter, and a scored quarter not rated, do not', () => {
    const { criteria: _c, taskList: _t, frame: _f, ...leave } = q(2, { unrated: { sickOrMaternityMonths: 3 } });
    const scoredLeave = q(3, { unrated: { sickOrMaternityMonths: 3 } });
    const r = classifyYear([q(1), leave, scoredLeave]);
    const byQ = (n: number) => r.year?.quarters.find((x) => x.quarter === n);
    expect(byQ(2)?.total).toBe(0);
    expect(byQ(2)?.scored).toBe(false);
    expect(byQ(1)).not.toHaveProperty('scored');
    expect(byQ(3)?.decision).toBe('unrated');
    expect(byQ(3)).not.toHaveProperty('scored');
  });
});

describe('yearMode mean, said and added up (Q26-33)', () => {
  const bare = (n: number) => {
    const { criteria: _c, taskList: _t, frame: _f, ...leave } = q(n, { unrated: { sickOrMaternityMonths: 3 } });
    return leave;
  };

  it('every quarter not rated, no annual review: no mean, said in mean words; NOT_SCORED, no score line', () => {
    const r = classifyYear([bare(1), bare(2), bare(3), bare(4)], { yearMode: 'mean' });
    expect(r.decision).toBe('discretion');
    expect(hasScore(r)).toBe(false);
    expect(r.warnings.find((w) => w.code === 'NOT_SCORED')?.message.vi).toContain('không có điểm cả năm');
    const q33 = r.reasons.filter((x) => x.rule === 'Q26-33').map((x) => x.message.vi);
    expect(q33.join(' ')).toContain('không tính được điểm bình quân');
    expect(q33.join(' ')).not.toContain('không tính bình quân cơ học');
    const text = formatResult(r, 'vi');
    expect(text).not.toContain('Điểm:');
    expect(text).not.toContain('0/100');
    expect(formatResult(r, 'en')).not.toContain('Score:');
    // The default mode says its own words, and the year still has no score.
    const plain = classifyYear([bare(1), bare(2), bare(3)]);
    expect(hasScore(plain)).toBe(false);
    expect(plain.reasons.find((x) => x.rule === 'Q26-33')?.message.vi).toContain('không tính bình quân cơ học');
  });

  it('a rated quarter keeps the year scored (hasScore true)', () => {
    expect(hasScore(classifyYear([q(1), bare(2)], { yearMode: 'mean' }))).toBe(true);
  });

  it('with the annual review: the groups are the quarters’ means too, the line adds up, basis mean, the quarters named', () => {
    const low = (n: number) => q(n, { taskList: [task(70, [80, 80, 80, 80], { exceeded: true })] });
    const r = classifyYear([q(1), low(2), q(3), annual()], { yearMode: 'mean' });
    const quarters = [classify(q(1)), classify(low(2)), classify(q(3))];
    const mean = (k: 'general' | 'results' | 'total') =>
      Math.round((quarters.reduce((s, x) => s + x.score[k], 0) / 3) * 1e6) / 1e6;
    expect(r.score).toEqual({ general: mean('general'), results: mean('results'), total: mean('total') });
    expect(classify(annual()).score.results).not.toBe(r.score.results);
    expect(r.year?.basis).toBe('mean');
    const why = r.reasons.find((x) => x.rule === 'Q26-33' && x.message.vi.includes('bình quân'))?.message.vi;
    expect(why).toContain('quý 1, 2, 3');
    expect(why).toContain('theo cách hiểu đã chọn');
    expect(why).toContain('không dùng');
    const line = formatResult(r, 'vi').split('\n')[1] as string;
    const [g, res, t] = [...line.matchAll(/([\d,]+)\/(?:30|70|100)/g)].map((m) => Number(m[1]?.replace(',', '.')));
    expect(Math.abs((g as number) + (res as number) - (t as number))).toBeLessThan(0.02);
  });

  it('with the annual review but no rated quarter: its own scores stand, basis annual, and the reason says why', () => {
    const r = classifyYear([bare(1), bare(2), bare(3), annual()], { yearMode: 'mean' });
    expect(r.score).toEqual(classify(annual()).score);
    expect(r.year?.basis).toBe('annual');
    expect(r.reasons.find((x) => x.rule === 'Q26-33')?.message.vi).toContain('điểm là điểm của bản tự đánh giá cả năm');
    expect(hasScore(r)).toBe(true);
  });

  it('an annual file’s own quarters giving totals only: the total is their mean, the text shows no groups', () => {
    const a = annual({
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTTNV', total: 80 },
        { quarter: 2, level: null, unrated: true },
        { quarter: 3, level: 'HTNV', total: 61 },
      ],
    } as Partial<Assessment>);
    const r = classifyYear([a], { yearMode: 'mean' });
    expect(r.score.total).toBe(70.5);
    expect(r.year?.basis).toBe('mean');
    expect(r.reasons.find((x) => x.rule === 'Q26-33')?.message.vi).toContain('chỉ tổng là điểm cả năm');
    const text = formatResult(r, 'vi');
    expect(text).toContain('Điểm: tổng 70,5/100\n');
    expect(text).not.toContain('nhóm chung');
    expect(text).not.toContain('Các quý:');
    // With both groups given, the groups are their means and add up.
    const full = classifyYear(
      [
        annual({
          format: 'tusoi.assessment/2',
          quarters: [
            { quarter: 1, level: 'HTTNV', general: 25, results: 55, total: 80 },
            { quarter: 3, level: 'HTNV', general: 20, results: 41, total: 61 },
          ],
        } as Partial<Assessment>),
      ],
      { yearMode: 'mean' },
    );
    expect(full.score).toEqual({ general: 22.5, results: 48, total: 70.5 });
    expect(formatResult(full, 'vi')).toContain('nhóm chung 22,5/30 + kết quả thực hiện nhiệm vụ 48/70 = tổng 70,5/100');
  });
});

describe('the year’s Q26-30 reason is true of each case', () => {
  it('leave says the leave clause; training, a first appointment or a check do not', () => {
    const training = classifyYear([q(1), q(2, { unrated: { trainingMonths: 3 } }), q(3), annual()]);
    const t30 = training.reasons.find((x) => x.rule === 'Q26-30')?.message;
    expect(t30?.vi).toContain('Quý 2 chưa xếp loại');
    expect(t30?.vi).toContain('Đào tạo, bồi dưỡng');
    expect(t30?.vi).not.toContain('nghỉ hợp pháp');
    expect(t30?.en).not.toContain('leave');
    const check = classifyYear([q(1), q(2, { unrated: { underInvestigation: true } }), q(3)]);
    expect(check.reasons.find((x) => x.rule === 'Q26-30')?.message.vi).not.toContain('nghỉ hợp pháp');
    const leave = classifyYear([q(1), q(2, { unrated: { sickOrMaternityMonths: 3 } }), q(3), annual()]);
    expect(leave.reasons.find((x) => x.rule === 'Q26-30')?.message.vi).toContain('Quý 2: Nghỉ ốm hoặc nghỉ thai sản');
    expect(leave.reasons.find((x) => x.rule === 'Q26-30')?.message.vi).toContain('nghỉ hợp pháp');
  });

  it('an annual file’s own quarters (no case known): only what holds of every case', () => {
    const a = annual({
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTXSNV' },
        { quarter: 2, level: null, unrated: true },
      ],
    } as Partial<Assessment>);
    expect(classifyYear([a]).reasons.find((x) => x.rule === 'Q26-30')?.message.vi).toBe(
      'Quý 2 chưa xếp loại: không tính là quý không hoàn thành nhiệm vụ.',
    );
  });
});
