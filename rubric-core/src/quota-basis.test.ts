import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyQuota, type QuotaBasis, quotaBasis } from './quota.js';
import { applyQuarterQuota } from './rulesets/q2026/quota.js';
import type { CohortResult } from './schemas/cohort.js';
import { formatCohortResult } from './text.js';

// The quota's reasons state the count the rate was taken of (Điều 11 khoản 1 điểm 1.5; the
// denominator option of Q26-25), and every count they state multiplies out to the allowance beside it.

type Rounding = 'floor' | 'half-up';
type Of = 'httnv' | 'httnv-or-better';

/** round(pct% × n) on integers, read from the rule and the option, not from the library. */
function share(pct: number, n: number, rounding: Rounding): number {
  return rounding === 'floor' ? Math.floor((pct * n) / 100) : Math.floor((2 * pct * n + 100) / 200);
}

/**
 * Checks every figure a quota message states against itself: each "a + b = n" adds up, each
 * "p% × n = x → y" has x = p% × n exactly and y = round(x) under `rounding` (x itself when whole),
 * and the counts it multiplies are the basis's `count` and `next.count`. Returns the shares read.
 */
function checkFigures(text: string, basis: QuotaBasis, rounding: Rounding, lang: 'vi' | 'en') {
  const sums = [...text.matchAll(/(\d+) \+ (\d+)(?: chuyển xuống| moved down)? = (\d+)/g)];
  for (const [, a, b, n] of sums) expect(Number(a) + Number(b), text).toBe(Number(n));
  const shares = [...text.matchAll(/(\d+)% × (\d+) = (\d+)(?:[.,](\d+))?(?: → (\d+))?/g)].map((m) => {
    const [, pct, n, whole, frac, rounded] = m;
    if (frac !== undefined) expect(m[0], text).toContain(lang === 'vi' ? `${whole},${frac}` : `${whole}.${frac}`);
    // x = pct × n / 100 exactly: whole + frac / 10^len, compared on integers.
    const scale = 10 ** (frac ?? '').length;
    expect((Number(whole) * scale + Number(frac ?? 0)) * 100, text).toBe(Number(pct) * Number(n) * scale);
    // A whole share needs no rounding; any other is rounded, and says to what.
    if (frac === undefined) expect(rounded, text).toBeUndefined();
    else expect(rounded, text).toBeDefined();
    const allows = Number(rounded ?? whole);
    expect(allows, text).toBe(share(Number(pct), Number(n), rounding));
    return { n: Number(n), allows };
  });
  // The counts multiplied are the ones the JSON states.
  const counts = [basis.count, ...(basis.next === undefined ? [] : [basis.next.count])];
  for (const s of shares) expect(counts, text).toContain(s.n);
  // A rounded share names the rounding in force.
  if (text.includes('→')) expect(text).toContain(lang === 'vi' ? `(làm tròn: ${rounding})` : `(rounding: ${rounding})`);
  return shares;
}

/** The basis against the rule: rate × count multiplies out to `allows`; `places` fits, one more does not. */
function checkBasis(b: QuotaBasis, pct: number, e: number, g: number) {
  expect(b.count).toBe(b.httnv + b.htxsnv);
  expect(b.httnv).toBe(g);
  expect(b.allows).toBe(share(pct, b.count, b.rounding));
  expect(b.places).toBeLessThanOrEqual(b.allows);
  expect(b.places).toBeLessThanOrEqual(e);
  // Under httnv the proposals beyond the places are counted as HTTNV; under httnv-or-better all are.
  expect(b.htxsnv).toBe(b.denominator === 'httnv' ? e - b.places : e);
  if (b.places < e) {
    expect(b.next).toBeDefined();
    const next = b.next as NonNullable<QuotaBasis['next']>;
    expect(next.places).toBe(b.places + 1);
    expect(next.count).toBe(b.denominator === 'httnv' ? b.count - 1 : b.count);
    expect(next.allows).toBe(share(pct, next.count, b.rounding));
    expect(next.allows).toBeLessThan(next.places);
  } else expect(b.next).toBeUndefined();
}

/** The review's case: `e` HTXSNV proposals (totals 99, 98, …) and `g` HTTNV in one group. */
function cohort(e: number, g: number, extra: Record<string, unknown> = {}) {
  return {
    format: 'tusoi.cohort/1',
    members: [
      ...Array.from({ length: e }, (_, i) => ({ id: `x${i}`, group: 'cb1', level: 'HTXSNV', total: 99 - i })),
      ...Array.from({ length: g }, (_, i) => ({ id: `t${i}`, group: 'cb1', level: 'HTTNV', total: 80 + (i % 9) })),
    ],
    ...extra,
  };
}
const group = (r: CohortResult) => r.groups.cb1 as CohortResult['groups'][string];
const basisOf = (r: CohortResult) => group(r).basis as QuotaBasis;
const demotedReason = (r: CohortResult) => r.members.find((m) => m.demoted)?.reason?.message;

describe('the 10 / 10 case (floor, httnv): 17 HTTNV once 7 are moved down, 20% × 17 = 3,4 → 3', () => {
  const r = applyQuota(cohort(10, 10));

  it('keeps the same three people as before (x0, x1, x2) and moves the other seven', () => {
    expect(r.members.filter((m) => m.level === 'HTXSNV').map((m) => m.id)).toEqual(['x0', 'x1', 'x2']);
    expect(r.members.filter((m) => m.demoted).map((m) => m.id)).toEqual(['x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9']);
    // The existing fields keep their meaning: proposed HTTNV, kept, moved.
    expect(group(r)).toMatchObject({ rate: 0.2, htxsnv: 10, httnv: 10, kept: 3, demoted: 7, tied: 0 });
  });

  it('the JSON states the count used (17 = 10 + 7) and why 4 is refused (16 → 3)', () => {
    expect(basisOf(r)).toEqual({
      denominator: 'httnv',
      rounding: 'floor',
      places: 3,
      count: 17,
      httnv: 10,
      htxsnv: 7,
      allows: 3,
      next: { places: 4, count: 16, allows: 3 },
      message: expect.any(Object),
    });
    checkBasis(basisOf(r), 20, 10, 10);
  });

  it('the reason says 17 (vi, en), names the denominator option, and no longer says "10 … cho phép giữ 3"', () => {
    const msg = demotedReason(r);
    expect(msg?.vi).toContain('mẫu số httnv: tỉ lệ tính trên số Hoàn thành tốt nhiệm vụ sau khi áp tỉ lệ');
    expect(msg?.vi).toContain(
      'Giữ 3 thì số đó là 10 + 7 chuyển xuống = 17, 20% × 17 = 3,4 → 3 (làm tròn: floor): đủ cho 3.',
    );
    expect(msg?.vi).toContain('Giữ 4 thì số đó là 10 + 6 chuyển xuống = 16, 20% × 16 = 3,2 → 3: không đủ cho 4.');
    expect(msg?.en).toContain('denominator httnv: the rate is a share of the HTTNV after the quota');
    expect(msg?.en).toContain('Keeping 3 makes it 10 + 7 moved down = 17, 20% × 17 = 3.4 → 3 (rounding: floor)');
    expect(msg?.en).toContain('Keeping 4 would make it 10 + 6 moved down = 16, 20% × 16 = 3.2 → 3: not enough for 4.');
    // The old wording put 10 beside "keeps 3": 20% of 10 is 2.
    expect(msg?.vi).not.toMatch(/10 Hoàn thành tốt nhiệm vụ[^.]*cho phép giữ 3/);
    expect(msg?.en).not.toMatch(/10 HTTNV[^.]*quota keeps 3/);
    for (const lang of ['vi', 'en'] as const) {
      const shares = checkFigures(msg?.[lang] ?? '', basisOf(r), 'floor', lang);
      expect(shares).toEqual([
        { n: 17, allows: 3 },
        { n: 16, allows: 3 },
      ]);
    }
  });

  it('the text output says "10 đề xuất HTTNV" and then the count used', () => {
    const vi = formatCohortResult(r, 'vi');
    expect(vi).toContain('Nhóm cb1: 10 đề xuất HTXSNV, 10 đề xuất HTTNV, tỉ lệ 20% → giữ 3, chuyển 7');
    expect(vi).toContain('\n  10 đề xuất xuất sắc, 10 đề xuất Hoàn thành tốt nhiệm vụ; mẫu số httnv');
    expect(formatCohortResult(r, 'en')).toContain('\n  10 proposed HTXSNV, 10 proposed HTTNV; denominator httnv');
  });

  it('tusoi cohort FILE --text and the JSON say the same (the built CLI)', () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const path = join(mkdtempSync(join(tmpdir(), 'tusoi-basis-')), 'cohort-10-10.json');
    writeFileSync(path, JSON.stringify(cohort(10, 10)));
    const text = spawnSync(process.execPath, [cli, 'cohort', path, '--text'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Thành viên x3: chuyển xuống HTTNV. Nhóm "cb1": 10 đề xuất xuất sắc');
    expect(text.stdout).toContain('10 + 7 chuyển xuống = 17, 20% × 17 = 3,4 → 3 (làm tròn: floor): đủ cho 3.');
    const json = spawnSync(process.execPath, [cli, 'cohort', path], { encoding: 'utf8' });
    expect(JSON.parse(json.stdout).groups.cb1.basis).toMatchObject({ count: 17, httnv: 10, htxsnv: 7, allows: 3 });
  });
});

describe('boundaries: each stated count multiplies out to the stated allowance', () => {
  it.each([
    // e, g, rate, rounding, denominator, places, count, allows, the share the message states
    [2, 10, 0.2, 'floor', 'httnv', 2, 10, 2, '20% × 10 = 2: đủ cho 2.'], // a whole 20%: no rounding
    [3, 10, 0.2, 'floor', 'httnv', 2, 11, 2, '20% × 11 = 2,2 → 2 (làm tròn: floor): đủ cho 2.'],
    [4, 8, 0.2, 'floor', 'httnv', 2, 10, 2, '20% × 9 = 1,8 → 1 (làm tròn: floor): không đủ cho 3.'], // fit whole, next not
    [2, 8, 0.2, 'half-up', 'httnv', 2, 8, 2, '20% × 8 = 1,6 → 2 (làm tròn: half-up): đủ cho 2.'],
    [4, 9, 0.25, 'half-up', 'httnv', 3, 10, 3, '25% × 10 = 2,5 → 3 (làm tròn: half-up): đủ cho 3.'], // .5 up
    [4, 9, 0.25, 'floor', 'httnv', 2, 11, 2, '25% × 11 = 2,75 → 2 (làm tròn: floor): đủ cho 2.'],
    [
      1,
      3,
      0.2,
      'floor',
      'httnv',
      0,
      4,
      0,
      'Giữ 1 thì số đó là 3, 20% × 3 = 0,6 → 0 (làm tròn: floor): không đủ cho 1.',
    ],
    [10, 10, 0.2, 'floor', 'httnv-or-better', 4, 20, 4, '10 + 10 = 20, 20% × 20 = 4: giữ 4.'],
    [3, 6, 0.2, 'floor', 'httnv-or-better', 1, 9, 1, '6 + 3 = 9, 20% × 9 = 1,8 → 1 (làm tròn: floor): giữ 1.'],
    [3, 6, 0.2, 'half-up', 'httnv-or-better', 2, 9, 2, '6 + 3 = 9, 20% × 9 = 1,8 → 2 (làm tròn: half-up): giữ 2.'],
    [5, 5, 0.25, 'half-up', 'httnv-or-better', 3, 10, 3, '25% × 10 = 2,5 → 3 (làm tròn: half-up): giữ 3.'],
    [5, 5, 0.25, 'floor', 'httnv-or-better', 2, 10, 2, '25% × 10 = 2,5 → 2 (làm tròn: floor): giữ 2.'],
    [2, 10, 0.2, 'floor', 'httnv-or-better', 2, 12, 2, '20% × 12 = 2,4 → 2 (làm tròn: floor): đủ cho cả 2.'],
  ] as const)(
    'E=%d G=%d rate %d %s %s: %d places of %d, allows %d',
    (e, g, rate, rounding, of, places, count, allows, says) => {
      const r = applyQuota(cohort(e, g, { groups: { cb1: { rate } } }), { rounding, denominator: of });
      const b = basisOf(r);
      expect(b).toMatchObject({ places, count, allows, denominator: of, rounding });
      expect(group(r).kept).toBe(places);
      checkBasis(b, Math.round(rate * 100), e, g);
      expect(b.message.vi).toContain(says);
      for (const lang of ['vi', 'en'] as const) {
        checkFigures(b.message[lang], b, rounding, lang);
        // A demoted member's reason carries the same figures.
        const reason = demotedReason(r);
        if (reason !== undefined) {
          expect(reason[lang]).toContain(b.message[lang]);
          checkFigures(reason[lang], b, rounding, lang);
        }
      }
    },
  );

  it('a tie at the cut: the reason states the count for the places, and who decides', () => {
    // 2 + 7 (floor): 1 place (8 → 1,6 → 1); the two proposals tie at 93.
    const r = applyQuota({
      format: 'tusoi.cohort/1',
      members: [
        { id: 'a', group: 'cb1', level: 'HTXSNV', total: 93 },
        { id: 'b', group: 'cb1', level: 'HTXSNV', total: 93 },
        ...Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, group: 'cb1', level: 'HTTNV', total: 80 })),
      ],
    });
    expect(group(r)).toMatchObject({ kept: 0, tied: 2, basis: { places: 1, count: 8, allows: 1 } });
    const vi = r.members[0]?.reason?.message.vi ?? '';
    expect(vi).toContain('Giữ 1 thì số đó là 7 + 1 chuyển xuống = 8, 20% × 8 = 1,6 → 1 (làm tròn: floor): đủ cho 1.');
    expect(vi).toContain('cùng tổng điểm 93 nằm ở ranh giới tỉ lệ 20%; cấp có thẩm quyền xem xét, quyết định.');
    checkFigures(vi, basisOf(r), 'floor', 'vi');
  });

  it('heads are left out of the count, and the message says so', () => {
    const r = applyQuota(
      cohort(3, 8, {
        members: [
          ...cohort(3, 8).members,
          { id: 'h1', group: 'cb1', level: 'HTTNV', total: 90, head: true },
          { id: 'h2', group: 'cb1', level: 'HTXSNV', total: 99, head: true },
        ],
      }),
    );
    expect(basisOf(r)).toMatchObject({ heads: 2, httnv: 8, places: 1, count: 10, allows: 2 });
    expect(basisOf(r).message.vi).toContain('3 đề xuất xuất sắc, 8 đề xuất Hoàn thành tốt nhiệm vụ, không tính 2');
    expect(basisOf(r).message.en).toContain('3 proposed HTXSNV, 8 proposed HTTNV, 2 heads left out (Q26-26)');
  });

  it('a group without proposals has a basis and nothing to cut', () => {
    const b = basisOf(applyQuota(cohort(0, 6)));
    expect(b).toMatchObject({ places: 0, count: 6, htxsnv: 0, allows: 1 });
    expect(b.next).toBeUndefined();
    expect(b.message).toEqual({
      vi: '0 đề xuất xuất sắc, 6 đề xuất Hoàn thành tốt nhiệm vụ: không cần áp tỉ lệ.',
      en: '0 proposed HTXSNV, 6 proposed HTTNV: no quota to apply.',
    });
  });

  it('any group: the basis agrees with the rule and with the people kept; the figures multiply out', () => {
    fc.assert(
      fc.property(
        fc.nat(30),
        fc.nat(80),
        fc.constantFrom(0.2 as const, 0.25 as const),
        fc.constantFrom<Rounding>('floor', 'half-up'),
        fc.constantFrom<Of>('httnv', 'httnv-or-better'),
        (e, g, rate, rounding, of) => {
          fc.pre(e + g > 0);
          const r = applyQuota(cohort(e, g, { groups: { cb1: { rate } } }), { rounding, denominator: of });
          const b = basisOf(r);
          checkBasis(b, Math.round(rate * 100), e, g);
          // Distinct totals, so no tie: the people kept are exactly the places.
          expect(group(r).kept).toBe(b.places);
          expect(b).toEqual(quotaBasis(e, g, rate, rounding, of));
          for (const lang of ['vi', 'en'] as const) {
            checkFigures(b.message[lang], b, rounding, lang);
            const reason = demotedReason(r);
            // Whoever is moved down is told the figures: at least the share that refuses one more place.
            if (reason !== undefined) {
              expect(reason[lang]).toContain(b.message[lang]);
              expect(checkFigures(reason[lang], b, rounding, lang).length).toBeGreaterThan(0);
            }
          }
        },
      ),
    );
  });
});

describe('the quarter (Q26-25): the same wording, its defaults (half-up, httnv)', () => {
  it('10 / 10: 20% × 17 = 3,4 → 3 (half-up), 4 refused (16 → 3,2 → 3); cites Q26-25', () => {
    const r = applyQuarterQuota(cohort(10, 10, { period: 'quarter' }));
    expect(basisOf(r)).toMatchObject({ denominator: 'httnv', rounding: 'half-up', places: 3, count: 17, allows: 3 });
    const reason = r.members.find((m) => m.demoted)?.reason;
    expect(reason?.rule).toBe('Q26-25');
    expect(reason?.message.vi).toContain(
      'Giữ 3 thì số đó là 10 + 7 chuyển xuống = 17, 20% × 17 = 3,4 → 3 (làm tròn: half-up)',
    );
    for (const lang of ['vi', 'en'] as const) checkFigures(reason?.message[lang] ?? '', basisOf(r), 'half-up', lang);
  });

  it('httnv-or-better: 3 + 7 = 10, 20% × 10 = 2: keeps 2', () => {
    const r = applyQuarterQuota(cohort(3, 7, { period: 'quarter', denominator: 'httnv-or-better' }));
    expect(basisOf(r)).toMatchObject({ denominator: 'httnv-or-better', places: 2, count: 10, htxsnv: 3, allows: 2 });
    expect(r.members.find((m) => m.demoted)?.reason?.message.en).toContain(
      'denominator httnv-or-better: the rate is a share of those rated HTTNV or better (HTTNV and HTXSNV proposals), unchanged by moving down: 7 + 3 = 10, 20% × 10 = 2: keeps 2.',
    );
  });
});
