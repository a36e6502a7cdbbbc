import { describe, expect, it } from 'vitest';
import {
  type Box,
  boxesMeet,
  EVERYWHERE,
  FAR_REACH,
  freePlace,
  grow,
  joinBands,
  MARKER_SIZE,
  outlineOf,
  placeNote,
  TEXT_REACH,
  uncovered,
} from './note-place';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const PAGE = box(0, 0, 1000, 2000);
const NOTE = { width: 200, height: 22 };

describe('freePlace', () => {
  it('with nothing around, the note goes just below its field, aligned with its left edge', () => {
    const field = box(100, 100, 60, 20);
    const spot = freePlace(field, NOTE, [], PAGE, TEXT_REACH);
    expect(spot).toEqual(box(100, 124, 200, 22));
  });

  it('a control of the next row below the field: the note moves aside, still below, covering no control', () => {
    const field = box(400, 100, 13, 13);
    const nextRow = [box(400, 140, 13, 13), box(480, 140, 13, 13), box(560, 135, 200, 24)];
    const sameRow = [box(480, 100, 13, 13), box(560, 95, 200, 24)];
    const obstacles = [...nextRow, ...sameRow];
    const spot = freePlace(field, NOTE, obstacles, PAGE, TEXT_REACH);
    expect(spot).not.toBeNull();
    for (const o of obstacles) expect(boxesMeet(spot as Box, o)).toBe(false);
    expect(boxesMeet(spot as Box, grow(field, 2))).toBe(false);
    // Left of the field's column (over the criterion's words), not over the next row's radios.
    expect((spot as Box).right).toBeLessThanOrEqual(field.left);
  });

  it('below and beside blocked, the field has room above: the note goes above', () => {
    const field = box(100, 300, 60, 20);
    const walls = [box(0, 326, 1000, 100), box(0, 296, 96, 30), box(164, 296, 800, 30)];
    const spot = freePlace(field, NOTE, walls, PAGE, TEXT_REACH) as Box;
    expect(spot.bottom).toBeLessThanOrEqual(field.top);
    for (const w of walls) expect(boxesMeet(spot, w)).toBe(false);
  });

  it('stays inside the page: never past its right edge or its bottom', () => {
    const field = box(900, 1975, 60, 20);
    const spot = freePlace(field, NOTE, [], PAGE, TEXT_REACH) as Box;
    expect(spot.right).toBeLessThanOrEqual(PAGE.right);
    expect(spot.bottom).toBeLessThanOrEqual(PAGE.bottom);
    expect(boxesMeet(spot, field)).toBe(false);
  });

  it('nothing within reach: null (never a far place that reads as another field’s note)', () => {
    const field = box(100, 100, 60, 20);
    const all = [box(0, 40, 1000, 56), box(0, 124, 1000, 200), box(0, 96, 98, 28), box(162, 96, 800, 28)];
    expect(freePlace(field, NOTE, all, PAGE, TEXT_REACH)).toBeNull();
  });

  it('whatever the controls around it, a place it gives meets none of them (600 seeded layouts)', () => {
    let seed = 17;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let placed = 0;
    for (let i = 0; i < 600; i++) {
      const field = box(rnd() * 900, rnd() * 600, 10 + rnd() * 200, 10 + rnd() * 30);
      const obstacles = Array.from({ length: Math.floor(rnd() * 30) }, () =>
        box(rnd() * 1000, rnd() * 700, 8 + rnd() * 250, 8 + rnd() * 40),
      ).filter((o) => !boxesMeet(o, field));
      const size = { width: 20 + rnd() * 300, height: 10 + rnd() * 40 };
      const spot = freePlace(field, size, obstacles, box(0, 0, 1000, 700), TEXT_REACH);
      if (!spot) continue;
      placed++;
      for (const o of obstacles) expect(boxesMeet(spot, o)).toBe(false);
      expect(boxesMeet(spot, field)).toBe(false);
      expect(spot.right - spot.left).toBeCloseTo(size.width);
      expect(spot.left >= 0 && spot.top >= 0 && spot.right <= 1000 && spot.bottom <= 700).toBe(true);
    }
    // The layouts are not all so crowded that nothing is ever placed.
    expect(placed).toBeGreaterThan(200);
  });
});

describe('placeNote', () => {
  // A task row of narrow inputs in touching cells: no room for words anywhere near.
  const row = (top: number) => [0, 1, 2, 3].map((i) => box(300 + i * 60, top, 52, 24));
  const grid = [...row(60), ...row(92), ...row(124)];

  it('the text when it fits', () => {
    expect(placeNote(box(100, 100, 60, 20), NOTE, [], PAGE).shape).toBe('text');
  });

  it('a marker beside the field when only a small place is free', () => {
    const field = grid[5] as Box;
    const others = grid.filter((g) => g !== field);
    const spot = placeNote(field, NOTE, others, PAGE);
    expect(spot.shape).toBe('marker');
    if (spot.shape !== 'marker') return;
    expect(spot.box.right - spot.box.left).toBe(MARKER_SIZE);
    for (const o of others) expect(boxesMeet(spot.box, o)).toBe(false);
  });

  it('a wide field hemmed in on every side: the marker sits inside its own box, at its right end', () => {
    const field = box(300, 100, 120, 24);
    const others = [box(0, 0, 1000, 98), box(0, 126, 1000, 300), box(0, 98, 298, 30), box(422, 98, 500, 30)];
    const spot = placeNote(field, NOTE, others, PAGE);
    expect(spot.shape).toBe('marker');
    if (spot.shape !== 'marker') return;
    expect(spot.box.right).toBeLessThanOrEqual(field.right);
    expect(spot.box.left).toBeGreaterThan(field.left + 60);
    for (const o of others) expect(boxesMeet(spot.box, o)).toBe(false);
  });

  it('a wide field whose value is aligned right, hemmed in: the marker sits inside at its left end', () => {
    const field = box(300, 100, 120, 24);
    const others = [box(0, 0, 1000, 98), box(0, 126, 1000, 300), box(0, 98, 298, 30), box(422, 98, 500, 30)];
    const spot = placeNote(field, NOTE, others, PAGE, true);
    expect(spot.shape).toBe('marker');
    if (spot.shape !== 'marker') return;
    expect(spot.box.left).toBeGreaterThanOrEqual(field.left);
    expect(spot.box.right).toBeLessThan(field.left + 60);
    for (const o of others) expect(boxesMeet(spot.box, o)).toBe(false);
  });

  it('a disabled field (no focus, so no words on focus) hemmed in near it: its text farther off, within FAR_REACH, clear of every control', () => {
    const field = grid[5] as Box;
    const others = grid.filter((g) => g !== field);
    expect(placeNote(field, NOTE, others, PAGE).shape).toBe('marker');
    const spot = placeNote(field, NOTE, others, PAGE, false, true);
    expect(spot.shape).toBe('text');
    if (spot.shape !== 'text') return;
    const gap = Math.max(0, spot.box.top - field.bottom, field.top - spot.box.bottom);
    expect(gap).toBeGreaterThan(TEXT_REACH);
    expect(gap).toBeLessThanOrEqual(FAR_REACH);
    for (const o of others) expect(boxesMeet(spot.box, o)).toBe(false);
  });

  it('a disabled field with no room for its text even FAR_REACH away: a marker all the same (never a place that reads as another field’s note)', () => {
    const field = grid[5] as Box;
    const others = [
      ...grid.filter((g) => g !== field),
      box(0, 0, 1000, 58),
      box(0, 150, 1000, 400),
      box(0, 58, 298, 92),
      box(534, 58, 466, 92),
    ];
    expect(placeNote(field, NOTE, others, box(0, 0, 1000, 400), false, true).shape).toBe('marker');
  });

  it('a radio hemmed in on every side: the outline alone (a marker would hide the radio)', () => {
    const field = box(300, 100, 13, 13);
    const others = [box(0, 0, 1000, 98), box(0, 115, 1000, 300), box(0, 98, 298, 30), box(315, 98, 500, 30)];
    expect(placeNote(field, NOTE, others, PAGE)).toEqual({ shape: 'outline' });
  });
});

describe('outlineOf', () => {
  it('2 px around the field, or on the field itself where a control touches it', () => {
    const field = box(100, 100, 60, 20);
    expect(outlineOf(field, [])).toEqual(box(98, 98, 64, 24));
    expect(outlineOf(field, [box(160, 100, 60, 20)])).toEqual(field);
  });
});

describe('joinBands', () => {
  it("a sticky header row's cells make one band, a sticky first column's cells another", () => {
    const header = [box(10, 0, 120, 28), box(130, 0, 60, 28), box(190, 0, 300, 28)];
    const column = [box(10, 28, 120, 30), box(10, 58, 120, 30), box(10, 88, 120, 30)];
    const bands = joinBands([...column, ...header]);
    expect(bands).toHaveLength(2);
    expect(bands).toEqual(expect.arrayContaining([box(10, 0, 480, 28), box(10, 28, 120, 90)]));
  });

  it('cells of two rows, or apart, stay apart', () => {
    const cells = [box(0, 0, 50, 20), box(50, 20, 50, 20), box(200, 0, 50, 20)];
    expect(joinBands(cells)).toHaveLength(3);
  });

  it('reads boxes whose sides are getters (DOMRect), not only plain ones', () => {
    class Rect {
      constructor(
        private readonly l: number,
        private readonly t: number,
      ) {}
      get left() {
        return this.l;
      }
      get top() {
        return this.t;
      }
      get right() {
        return this.l + 10;
      }
      get bottom() {
        return this.t + 10;
      }
    }
    expect(joinBands([new Rect(0, 0), new Rect(10, 0)])).toEqual([box(0, 0, 20, 10)]);
  });
});

describe('uncovered', () => {
  const field = box(100, 20, 60, 20);
  const drawn = box(98, 18, 264, 50);

  it('nothing over the note: all of `keep`, the same box', () => {
    expect(uncovered(field, drawn, [box(0, 0, 1000, 10), box(0, 580, 1000, 20)], EVERYWHERE)).toBe(EVERYWHERE);
  });

  it('a field half under a sticky header: cut at the header, the field below it kept', () => {
    const keep = uncovered(field, drawn, [box(0, 0, 1000, 28)], EVERYWHERE);
    expect(keep).toEqual({ ...EVERYWHERE, top: 28 });
  });

  it('a note reaching under a fixed bottom bar: cut at the bar', () => {
    const bar = box(0, 60, 1000, 56);
    expect(uncovered(field, drawn, [bar], EVERYWHERE)).toEqual({ ...EVERYWHERE, bottom: 60 });
  });

  it('a field scrolled half under a sticky first column: cut at the column, within what the box shows', () => {
    const view = box(0, 0, 640, 320);
    const keep = uncovered(field, drawn, [box(0, 0, 130, 320)], view);
    expect(keep).toEqual({ ...view, left: 130 });
  });

  it('a field wholly under a cover keeps nothing of itself (the note is then hidden)', () => {
    const keep = uncovered(field, drawn, [box(0, 0, 1000, 45)], EVERYWHERE);
    expect(boxesMeet(keep, field)).toBe(false);
  });

  it('whatever the covers, what is kept of the note meets none of them', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const f = box(rnd(400), rnd(400), 10 + rnd(100), 10 + rnd(30));
      const d = { ...grow(f, 2), right: f.right + rnd(300), bottom: f.bottom + rnd(60) };
      const covers = Array.from({ length: 1 + rnd(4) }, () => box(rnd(600), rnd(600), 1 + rnd(400), 1 + rnd(100)));
      const keep = uncovered(f, d, covers, EVERYWHERE);
      const seen = {
        left: Math.max(d.left, keep.left),
        top: Math.max(d.top, keep.top),
        right: Math.min(d.right, keep.right),
        bottom: Math.min(d.bottom, keep.bottom),
      };
      for (const c of covers) expect(boxesMeet(c, seen)).toBe(false);
    }
  });
});
