// Where a check note goes beside its field: the nearest free place that covers no control of the
// page and no other note, found on boxes alone (no DOM), so the rule is tested on its own.

/** A box in CSS pixels, in one coordinate space (the viewport's, as `getBoundingClientRect` gives). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The width and height of what is placed, in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Whether two boxes share some area (boxes that only touch do not). */
export const boxesMeet = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** `box` grown by `by` pixels on every side. */
export const grow = (box: Box, by: number): Box => ({
  left: box.left - by,
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
});

const at = (left: number, top: number, size: Size): Box => ({
  left,
  top,
  right: left + size.width,
  bottom: top + size.height,
});

/** How far apart two boxes are: the horizontal gap plus the vertical gap (0 when they overlap). */
export const distance = (a: Box, b: Box): number =>
  Math.max(0, a.left - b.right, b.left - a.right) + Math.max(0, a.top - b.bottom, b.top - a.bottom);

/**
 * The nearest place within `reach` pixels of `home` (the field) for a box of `size` that lies inside
 * `bounds` (the page, so the page never grows a scroll bar and reflows) and stays `margin` pixels
 * clear of `home` and of every obstacle (the page's other controls and the notes already placed);
 * null when there is none. Below the field is preferred, then level with it, then above, aligned
 * with the field's left edge; with `beside` (a marker), level with the field first, just right of it.
 *
 * Each candidate row (below, above, level with the field, or just clear of an obstacle's edge) is
 * swept left to right for gaps wide enough: O(n² log n) in the obstacles near the field, of which a
 * form has a handful.
 */
export function freePlace(
  home: Box,
  size: Size,
  obstacles: readonly Box[],
  bounds: Box,
  reach: number,
  margin = 2,
  beside = false,
): Box | null {
  // Only what a candidate within reach could meet.
  const dx = reach + size.width + margin;
  const dy = reach + size.height + margin;
  const zone = { left: home.left - dx, top: home.top - dy, right: home.right + dx, bottom: home.bottom + dy };
  // The field keeps its outline (2 px outside it) clear as well.
  const own = grow(home, margin + 2);
  const near = [own, ...obstacles.filter((o) => boxesMeet(o, zone)).map((o) => grow(o, margin))];
  const below = own.bottom;
  const above = own.top - size.height;
  const tops = [below, home.top, above, ...near.flatMap((o) => [o.bottom, o.top - size.height])];
  const x = beside ? own.right : home.left;
  const rank = beside ? [1, 0, 2] : [0, 1, 2];
  let best: { box: Box; score: number } | null = null;
  for (const top of new Set(tops)) {
    const gap = Math.max(0, top - home.bottom, home.top - top - size.height);
    if (gap > reach || top < bounds.top || top + size.height > bounds.bottom) continue;
    const band = near.filter((o) => o.top < top + size.height && top < o.bottom).sort((a, b) => a.left - b.left);
    let from = bounds.left;
    for (const o of [...band, { left: bounds.right, right: bounds.right } as Box]) {
      if (o.left - from >= size.width) {
        const left = Math.min(Math.max(x, from), o.left - size.width);
        const box = at(left, top, size);
        const d = distance(box, home);
        // Ties go by side (below, level, above; a marker level first), then nearest the preferred edge.
        const side = rank[box.top >= home.bottom ? 0 : box.bottom <= home.top ? 2 : 1] as number;
        const score = d * 100 + side * 10 + Math.min(9, Math.abs(left - x) / 50);
        if (d <= reach && (!best || score < best.score)) best = { box, score };
      }
      from = Math.max(from, o.right);
    }
  }
  return best?.box ?? null;
}

/** What a note becomes: its text near the field, a small marker near it, a marker in the field's own box, or only the outline. */
export type NotePlace =
  | { readonly shape: 'text'; readonly box: Box }
  | { readonly shape: 'marker'; readonly box: Box }
  | { readonly shape: 'outline' };

/** How near the text and the marker must be to their field to read as its note, in CSS pixels. */
export const TEXT_REACH = 32;
export const MARKER_REACH = 16;
/**
 * How far the text of a note on a field that cannot take focus (a disabled one) may stand: a
 * marker's or an outline's words show only on hover or while the field has focus, which such a
 * field never has, so a keyboard user would never read them; its words are sought farther off
 * before a marker is drawn (the outline still shows whose note it is). Adding a tab stop to the
 * page instead would change how the portal's own form is walked.
 */
export const FAR_REACH = 4 * TEXT_REACH;
/** The marker's side, in CSS pixels. */
export const MARKER_SIZE = 12;

/**
 * Where a note goes: its text when it fits near the field (farther off for a field that cannot take focus); else a marker beside the field (the
 * text then shows on hover and is the field's accessible description); else a marker inside the
 * field's own box at the end its value does not use (the right, or the left for a value aligned right)
 * when the field is wide enough to keep its value readable; else
 * the outline alone. Whatever it returns meets no obstacle.
 */
export function placeNote(
  home: Box,
  text: Size,
  obstacles: readonly Box[],
  bounds: Box,
  /** The field's value sits at its right end (numbers aligned right): a marker inside goes at its left end. */
  valueRight = false,
  /** The field cannot take focus (disabled): its text is sought up to {@link FAR_REACH} away before a marker. */
  unfocusable = false,
): NotePlace {
  const spot =
    freePlace(home, text, obstacles, bounds, TEXT_REACH) ??
    (unfocusable ? freePlace(home, text, obstacles, bounds, FAR_REACH) : null);
  if (spot) return { shape: 'text', box: spot };
  const marker = { width: MARKER_SIZE, height: MARKER_SIZE };
  const near = freePlace(home, marker, obstacles, bounds, MARKER_REACH, 2, true);
  if (near) return { shape: 'marker', box: near };
  const inside = at(
    valueRight ? home.left + 2 : home.right - MARKER_SIZE - 2,
    (home.top + home.bottom - MARKER_SIZE) / 2,
    marker,
  );
  const wide = home.right - home.left >= 4 * MARKER_SIZE && home.bottom - home.top >= MARKER_SIZE;
  if (wide && !obstacles.some((o) => boxesMeet(o, inside))) return { shape: 'marker', box: inside };
  return { shape: 'outline' };
}

/**
 * The outline around a field: 2 pixels outside its box, or on the box itself where that would
 * touch another control (buttons of a group that touch each other).
 */
export function outlineOf(home: Box, obstacles: readonly Box[]): Box {
  const out = grow(home, 2);
  return obstacles.some((o) => boxesMeet(o, out)) ? home : out;
}

/** A box holding every other: nothing cut. */
export const EVERYWHERE: Box = { left: -1e6, top: -1e6, right: 1e6, bottom: 1e6 };

// A copy with own sides (a DOMRect's are getters, which spreading loses).
const plain = (b: Box): Box => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });

const area = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * `boxes` with the ones that make one band joined: cells of one row (same top and bottom, touching
 * side by side) and of one column (same left and right, touching one above the other), as a sticky
 * header row or a sticky first column is made of cells. O(n log n).
 */
export function joinBands(boxes: readonly Box[]): Box[] {
  const join = (list: Box[], row: boolean): Box[] => {
    const [a0, a1, b0, b1] = (row ? ['top', 'bottom', 'left', 'right'] : ['left', 'right', 'top', 'bottom']) as [
      keyof Box,
      keyof Box,
      keyof Box,
      keyof Box,
    ];
    const sorted = list.map(plain).sort((p, q) => p[a0] - q[a0] || p[a1] - q[a1] || p[b0] - q[b0]);
    const out: Box[] = [];
    for (const b of sorted) {
      const last = out.at(-1);
      if (last && Math.abs(last[a0] - b[a0]) < 1 && Math.abs(last[a1] - b[a1]) < 1 && b[b0] <= last[b1] + 1)
        out[out.length - 1] = { ...last, [b1]: Math.max(last[b1], b[b1]) };
      else out.push(b);
    }
    return out;
  };
  return join(join([...boxes], true), false);
}

/**
 * What of `keep` a note may still draw in once the page's parts that stay over it (`covers`: a
 * sticky header, a fixed bar) are cut away. For each cover that meets what the note draws
 * (`drawn`), one side is cut: the one that keeps most of the field, then most of the note. The box
 * returned meets none of the covers where the note draws (it may be empty: left ≥ right or top ≥ bottom).
 * All boxes in one coordinate space; O(covers).
 */
export function uncovered(field: Box, drawn: Box, covers: readonly Box[], keep: Box): Box {
  let k = keep;
  for (const c of covers) {
    const seen = {
      left: Math.max(drawn.left, k.left),
      top: Math.max(drawn.top, k.top),
      right: Math.min(drawn.right, k.right),
      bottom: Math.min(drawn.bottom, k.bottom),
    };
    if (!boxesMeet(c, seen)) continue;
    const p = plain(k);
    const cuts: Box[] = [
      { ...p, top: Math.max(k.top, c.bottom) },
      { ...p, bottom: Math.min(k.bottom, c.top) },
      { ...p, left: Math.max(k.left, c.right) },
      { ...p, right: Math.min(k.right, c.left) },
    ];
    const score = (b: Box) => area(field, b) * 1e6 + area(drawn, b);
    k = cuts.reduce((best, b) => (score(b) > score(best) ? b : best));
  }
  return k;
}
