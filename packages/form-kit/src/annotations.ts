// The notes Tự Soi puts beside a form's fields (in shadow roots), and their removal.

import { boxOf } from './enhanced';
import type { FormProblem } from './form-problem';
import { CONTROL } from './labels';
import type { Scope } from './locator-types';
import { coversOf, type Stuck, stuckIn } from './note-covers';
import {
  type Box,
  boxesMeet,
  EVERYWHERE,
  grow,
  joinBands,
  type NotePlace,
  outlineOf,
  placeNote,
  TEXT_REACH,
  uncovered,
} from './note-place';

const NOTE_TAG = 'tusoi-note';
const ID_PREFIX = 'tusoi-note-';
const RED = '#b00020';
// The note's own text layout: a shadow root still inherits the page's text properties (a GridView's
// \`td { white-space: nowrap }\` would run the words past the note's box and over the next column).
const OWN_TEXT =
  'white-space:normal;overflow-wrap:anywhere;text-align:left;text-indent:0;text-transform:none;letter-spacing:normal;word-spacing:normal;text-shadow:none;direction:ltr';
const COLOURS = `border-left:3px solid ${RED};background:#fff3f3;color:#8a0015;font:13px/1.4 system-ui,sans-serif;${OWN_TEXT}`;
// A cell of the page's own table (or grid): a note there must not widen its column or row.
const CELL = 'td, th, [role=cell], [role=gridcell]';
// What a person clicks or types in (a label clicks its control): a note over one would hide it.
const CONTROLS = `${CONTROL},input:not([type=hidden]),button,label,[role=button],[role=radio],[role=checkbox]`;
const TEXT_STYLE = `box-sizing:border-box;width:max-content;max-width:24em;padding:2px 6px;pointer-events:none;${COLOURS}`;
// Read by assistive technology (the field's description), not drawn.
const UNSEEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)';
// Where a floating note's words are measured before it is placed: they cannot move the page or add to its scrolling area.
const MEASURED = `position:fixed;left:0;top:0;visibility:hidden;${TEXT_STYLE}`;
// A red disc in a white ring (no text: the note's words stay the only text it holds).
const MARKER_LOOK = `border-radius:50%;cursor:help;background:${RED};box-shadow:0 0 0 2px #fff`;

interface Floating {
  readonly host: HTMLElement;
  readonly field: Element;
  /** What a person sees of the field: itself, or an enhanced select's box. */
  readonly seen: Element;
  readonly anchor: Element;
  readonly text: HTMLElement;
}

/**
 * Shows each problem beside its field, in a shadow root; page text is only ever set as text (and
 * as a `title`). Problems drawn from draft facts the page does not hold (`panelOnly`) are not placed
 * on the page. Each note is the field's accessible description (`aria-describedby`).
 *
 * Outside tables a note follows its field in the flow. Inside a table cell it takes no space (the
 * portal's columns and rows keep their sizes): the field is outlined and the note floats at the
 * nearest place that covers no other control and no other note (below, beside or above the field);
 * where none is near, a small marker stands beside the field (or inside its own box) with the text
 * on hover; where not even that fits, the outline alone, the text still read as the description
 * (of each radio of a group). While the field (or a radio of its group) has focus, a marker's or an
 * outline's words show just below it, until blur or Escape; no focus is taken, no tab stop added.
 * A disabled field never has focus: its words are sought farther off before a marker (FAR_REACH).
 * A floating note is never drawn over what stays put while the page or a box scrolls (sticky
 * header or column, fixed bar, dialog backdrop, see note-covers.ts): it is cut there, or hidden
 * while its field is wholly under one, and follows as the page scrolls (read again when a scroll
 * ends, as some headers are fixed only then). Once a scroll that moved the fields sideways ends (a
 * wide table under a sticky first column), or the window has been resized or the browser zoomed,
 * the notes are placed again, as a check made then would place them.
 * The page is measured once for all notes, so a long form costs one layout, not one per note
 * (finding what stays put costs one computed style per element).
 * Notes are added to those already there: call {@link clearAnnotations} first to replace them.
 */
export function annotate(problems: readonly FormProblem[], lang: 'vi' | 'en' = 'vi'): Element[] {
  const notes: Element[] = [];
  const floating: Floating[] = [];
  for (const p of problems) {
    if (!p.element || p.panelOnly) continue;
    const doc = p.element.ownerDocument;
    const host = doc.createElement(NOTE_TAG);
    host.setAttribute('data-code', p.code);
    host.id = freeId(doc);
    const shadow = host.attachShadow({ mode: 'open' });
    const text = doc.createElement('span');
    text.textContent = `Tự Soi: ${p.message[lang]}`;
    shadow.append(text);
    // An enhanced select is seen as its box, which must stay next to the select (that is how it is known).
    const box = boxOf(p.element);
    const anchor = p.element.closest('label') ?? box ?? p.element;
    if (anchor.closest(CELL) === null) {
      text.setAttribute('style', `display:inline-block;margin:2px 0 6px;padding:2px 6px;${COLOURS}`);
      host.setAttribute('data-shape', 'flow');
    } else {
      host.setAttribute(
        'style',
        'position:absolute;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;z-index:2147483000',
      );
      text.setAttribute('style', MEASURED);
      floating.push({ host, field: p.element, seen: box ?? p.element, anchor, text });
    }
    anchor.insertAdjacentElement('afterend', host);
    linkDescription(p.element, host.id);
    notes.push(host);
  }
  if (floating.length > 0) place(floating);
  return notes;
}

// What a person sees or clicks that is not text: pictures, and links or icons however they are drawn
// (an icon font's ::before, a background image, an empty link with a title). A note covers none.
const SEEN = 'img,svg,canvas,video,iframe,object,embed,a[href],area[href],[role=link],summary,i,[class*=icon]';

/** A box a note must keep clear of, and the page node it belongs to. */
interface Seen {
  readonly node: Node;
  readonly box: Box;
}

/**
 * Where a note in a table may land: the table (the outermost one: a RadioButtonList is a table in
 * a table), climbed through wrappers that hold only it, with what stands just before and after it
 * (a heading, a hint). Only these are read for words, so a long page costs what its form costs.
 */
function nearTables(hosts: readonly HTMLElement[]): Element[] {
  const roots = new Set<Element>();
  for (const host of hosts) {
    let table = host.closest('table,[role=grid],[role=table]');
    if (!table) continue;
    for (let up = table.parentElement?.closest('table,[role=grid],[role=table]'); up; ) {
      table = up;
      up = table.parentElement?.closest('table,[role=grid],[role=table]');
    }
    let node: Element = table;
    while (
      node.parentElement &&
      node.parentElement.childElementCount === 1 &&
      node.parentElement !== node.ownerDocument.body
    )
      node = node.parentElement;
    for (const el of [node.previousElementSibling, node, node.nextElementSibling]) if (el) roots.add(el);
  }
  // A root inside another is read with it.
  return [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
}

/**
 * What a person reads or sees in `roots`: each line of each text node that shows something, and
 * each picture, link or icon. Our own notes live in shadow roots, which the walk does not enter.
 * (Text inside a page's own shadow roots is not seen here.)
 */
function pageWords(roots: readonly Element[]): Seen[] {
  const out: Seen[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument;
    const walk = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (!/\S/.test(t.nodeValue ?? '')) continue;
      // Words laid out but not shown (an ASP.NET validator waiting with visibility:hidden) hide nothing.
      const holder = t.parentElement;
      if (holder?.checkVisibility && !holder.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        continue;
      range.selectNodeContents(t);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) out.push({ node: t, box: r });
    }
    for (const el of [root, ...root.querySelectorAll(SEEN)]) {
      if (el === root && !el.matches(SEEN)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) out.push({ node: el, box: r });
    }
  }
  return out;
}

/** Reads every box once, then places each floating note clear of the controls, the page's words and earlier notes. */
function place(floating: readonly Floating[], taken: Box[] = []): void {
  const docs = new Set(floating.map((f) => f.field.ownerDocument));
  // The documents, and the page's shadow roots that hold a noted field (their controls are not in the document's list).
  const scopes = new Set<Scope>(docs);
  for (const f of floating) {
    const root = f.field.getRootNode();
    if (root instanceof ShadowRoot) scopes.add(root);
  }
  const controls = [...scopes].flatMap((scope) =>
    [...scope.querySelectorAll(CONTROLS), ...floating.map((f) => f.seen)].map((el) => ({
      el,
      box: el.getBoundingClientRect() as Box,
    })),
  );
  const shown = controls.filter((c) => c.box.right > c.box.left && c.box.bottom > c.box.top);
  const words = pageWords(nearTables(floating.map((f) => f.host)));
  const bounds = new Map([...docs].map((doc) => [doc, pageBounds(doc)]));
  // What stays put while the page scrolls (a sticky header, a fixed bar): kept clear of now, and cut away later.
  const stuck = new Map([...docs].map((doc) => [doc, pageOf(doc).stuck]));
  for (const [doc, list] of stuck) for (const n of PAGES.get(doc)?.notes ?? []) n.covers = coversOf(n.host, list);
  const stuckBoxes = boxesOf([...stuck.values()].flat());
  // The notes placed so far (`taken`: those already on the page and kept): later ones keep clear of
  // them. (Notes in the flow push the page apart themselves, and sit outside the tables.)
  const measured = floating.map((f) => {
    const r = f.text.getBoundingClientRect();
    const scroller = looseScroller(f.host);
    const page = clipOf(f.host, bounds.get(f.field.ownerDocument) as Box);
    return {
      f,
      scroller,
      bounds: scroller ? meet(page, viewOf(scroller)) : page,
      view: scroller ? viewOf(scroller) : EVERYWHERE,
      origin: f.host.getBoundingClientRect() as Box,
      home: union(f.seen.getBoundingClientRect(), f.anchor.getBoundingClientRect()),
      fieldBox: f.seen.getBoundingClientRect() as Box,
      valueRight: /^(right|end)$/.test(f.field.ownerDocument.defaultView?.getComputedStyle(f.seen).textAlign ?? ''),
      unfocusable: f.field.matches(':disabled'),
      size: { width: r.width, height: r.height },
      // Boxes are read in the viewport's pixels; under CSS zoom the note's own pixels are scaled by it.
      z: (f.host as { currentCSSZoom?: number }).currentCSSZoom || 1,
      covers: coversOf(f.host, stuck.get(f.field.ownerDocument) as Stuck[]),
    };
  });
  // All reads are done: from here on only writes, so the browser lays the page out once more.
  const joined = new Map<readonly Stuck[], Box[]>();
  for (const m of measured) {
    // The field's own labels stay clear too (a marker there would catch the click that picks it).
    const { field, seen, anchor } = m.f;
    const own = new Set<Element>([
      field,
      seen,
      anchor,
      ...field.querySelectorAll(CONTROLS),
      ...seen.querySelectorAll(CONTROLS),
    ]);
    const others = shown.filter((c) => !own.has(c.el)).map((c) => c.box);
    // The page's words near the field, but for the field's own (its value, its wrapping label, its box's text).
    const reach = grow(m.home, TEXT_REACH + m.size.width + m.size.height);
    const read = words
      .filter(
        (w) =>
          boxesMeet(w.box, reach) &&
          !field.contains(w.node) &&
          !seen.contains(w.node) &&
          !anchor.contains(w.node) &&
          // A link or icon that holds the field is the field's own frame, not something beside it.
          !w.node.contains(field),
      )
      .map((w) => w.box);
    const covers = bandsOf(m.covers, stuckBoxes, joined);
    const obstacles = [...others, ...read, ...taken, ...covers];
    const spot = placeNote(m.home, m.size, obstacles, m.bounds, m.valueRight, m.unfocusable);
    const outline = outlineOf(m.fieldBox, [...others, ...read]);
    const parts = draw(m.f, spot, outline, m.origin, m.z);
    if (spot.shape !== 'outline') taken.push(spot.box);
    const drawn = spot.shape === 'outline' ? outline : union(outline, spot.box);
    const note: Watched = {
      ...m.f,
      shape: spot.shape,
      parts,
      size: m.size,
      z: m.z,
      drawn: shift(drawn, -m.origin.left, -m.origin.top),
      scroller: m.scroller,
      left: m.scroller?.scrollLeft ?? 0,
      top: m.scroller?.scrollTop ?? 0,
      dx: 0,
      dy: 0,
      covers: m.covers,
      tip: null,
      fieldLeft: m.fieldBox.left,
    };
    // A field scrolled out of its box or under a fixed bar shows no note (the words stay its description); one partly out, a cut one.
    render(note, { host: m.origin, field: m.fieldBox, view: m.view, covers, dx: 0, dy: 0 });
    watch(note);
  }
}

/** `b` moved by (x, y). */
const shift = (b: Box, x: number, y: number): Box => ({
  left: b.left + x,
  top: b.top + y,
  right: b.right + x,
  bottom: b.bottom + y,
});

/** Each shown part's box, read now. */
function boxesOf(stuck: readonly Stuck[]): Map<Element, Box> {
  const out = new Map<Element, Box>();
  for (const { el } of stuck) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.set(el, r);
  }
  return out;
}

/** The bands `covers` make (see joinBands), once per list of covers. */
function bandsOf(covers: readonly Stuck[], boxes: Map<Element, Box>, joined: Map<readonly Stuck[], Box[]>): Box[] {
  let bands = joined.get(covers);
  if (!bands) {
    bands = joinBands(covers.flatMap((c) => boxes.get(c.el) ?? []));
    joined.set(covers, bands);
  }
  return bands;
}

/**
 * The nearest box that scrolls or clips the note's field but does not hold the note's position
 * (an unpositioned scroller, such as Bootstrap's .table-responsive): a note there would stay put
 * while the table scrolls, and reach past the box. Null when there is none.
 */
function looseScroller(host: HTMLElement): Element | null {
  const doc = host.ownerDocument;
  const held = host.offsetParent;
  for (let el = host.parentElement; el && el !== held && el !== doc.body && el !== doc.documentElement; ) {
    const style = doc.defaultView?.getComputedStyle(el);
    if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) return el;
    el = el.parentElement;
  }
  return null;
}

/** What a box shows of its content, in viewport coordinates. */
function viewOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

const meet = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/** A floating note, kept right as the page scrolls and as its field takes and loses focus. */
interface Watched extends Floating {
  readonly shape: NotePlace['shape'];
  /** What a person sees of the note (outline, marker or words). */
  readonly parts: readonly HTMLElement[];
  /** The words' size, in viewport pixels. */
  readonly size: { readonly width: number; readonly height: number };
  /** The CSS zoom the note is drawn under. */
  readonly z: number;
  /** What the note draws (outline, marker or words), from the host's corner. */
  readonly drawn: Box;
  /** The loose scroller it moves with (see looseScroller), and its offsets when the note was placed. */
  readonly scroller: Element | null;
  readonly left: number;
  readonly top: number;
  /** The host's translation now (it moves with the scroller). */
  dx: number;
  dy: number;
  /** The page's parts that stay put and may come over it (see coversOf). */
  covers: readonly Stuck[];
  /** Where its words show while its field has focus (from the host's corner), or null. */
  tip: Box | null;
  /** Where its field's left edge was when it was placed. */
  readonly fieldLeft: number;
}

/** What a note is drawn from: the host's corner, the field, what its scroller shows, the covers' bands, all in viewport pixels now. */
interface Drawn {
  readonly host: Box;
  readonly field: Box;
  readonly view: Box;
  readonly covers: readonly Box[];
  readonly dx: number;
  readonly dy: number;
}

/** Draws the note as it should be seen now: moved with its scroller, cut to what its scroller shows and to what no cover hides, hidden with its field. */
function render(n: Watched, at: Drawn): void {
  const { z } = n;
  const { host, view } = at;
  const tip = n.tip ? union(n.drawn, n.tip) : n.drawn;
  const keep = uncovered(at.field, shift(tip, host.left, host.top), at.covers, view);
  const shown = boxesMeet(at.field, keep);
  if (n.dx !== at.dx || n.dy !== at.dy) {
    n.dx = at.dx;
    n.dy = at.dy;
    n.host.style.transform = `translate(${at.dx}px,${at.dy}px)`;
  }
  for (const part of n.parts)
    if (part !== n.text && part.style.display !== (shown ? '' : 'none')) part.style.display = shown ? '' : 'none';
  // The words stay the field's description: never hidden from assistive technology, only drawn unseen.
  const words = !shown
    ? UNSEEN
    : n.shape === 'text'
      ? (n.text.getAttribute('data-words') as string)
      : n.tip
        ? `${TEXT_STYLE};${position(n.tip, { left: 0, top: 0, right: 0, bottom: 0 }, z)}`
        : UNSEEN;
  if (n.text.getAttribute('style') !== words) n.text.setAttribute('style', words);
  const px = (v: number) => `${v / z}px`;
  const clip =
    keep === EVERYWHERE
      ? ''
      : `inset(${px(keep.top - host.top)} ${px(host.left - keep.right)} ${px(host.top - keep.bottom)} ${px(keep.left - host.left)})`;
  if (n.host.style.clipPath !== clip) n.host.style.clipPath = clip;
}

/** The notes of one document that follow scrolling and focus, and the page's parts that stay put. */
interface PageNotes {
  readonly notes: Watched[];
  stuck: Stuck[];
  listening: boolean;
}

/**
 * Places `notes` again from scratch (their parts taken away, their words measured anew), clear of
 * the page's other notes, as a check made now would place them: once a scroll has moved their
 * fields sideways (a wide table under a sticky first column, in its box or in the window), where a
 * note placed while its field was out of sight would stay a marker or an outline where its words
 * now fit, or stand away from its field; and once the page is laid out anew (a window resized, the
 * browser zoomed). Every note, not only those out of sight then, so that scrolling back draws them
 * as they were. Reads every box first.
 */
function placeAgain(p: PageNotes, notes: readonly Watched[]): void {
  const kept = p.notes.filter((n) => !notes.includes(n));
  const taken = kept.map((n) => {
    const r = n.host.getBoundingClientRect();
    return shift(n.drawn, r.left, r.top);
  });
  p.notes.splice(0, p.notes.length, ...kept);
  for (const n of notes) {
    for (const part of n.parts) if (part !== n.text) part.remove();
    n.host.style.transform = '';
    n.host.style.clipPath = '';
    n.text.setAttribute('style', MEASURED);
  }
  // A note showing its words for a focused field shows them again (focus moving a field into view scrolls its box).
  const focus = notes.map((n) => n.tip && n.host.ownerDocument.activeElement);
  place(notes, taken);
  const placed = p.notes.slice(kept.length);
  for (const [i, f] of focus.entries()) {
    const n = placed[i] as Watched;
    if (f && n.shape !== 'text') tip(n, f, p);
  }
}

const PAGES = new WeakMap<Document, PageNotes>();

/** The document's notes, with the page's parts that stay put read afresh (the page may have changed since the last check). */
function pageOf(doc: Document): PageNotes {
  const stuck = stuckIn(doc, NOTE_TAG);
  let p = PAGES.get(doc);
  if (p) p.stuck = stuck;
  else {
    p = { notes: [], stuck, listening: false };
    PAGES.set(doc, p);
  }
  return p;
}

/** Reads what each note is drawn from (every box first, then the writes: one layout). */
function readAll(p: PageNotes, notes: readonly Watched[]): Drawn[] {
  const boxes = boxesOf(p.stuck);
  const joined = new Map<readonly Stuck[], Box[]>();
  return notes.map((n) => {
    const at = n.host.getBoundingClientRect();
    const dx = n.scroller ? n.left - n.scroller.scrollLeft : 0;
    const dy = n.scroller ? n.top - n.scroller.scrollTop : 0;
    // Where the host will be once moved: where it is, less its old move, plus the new one.
    const left = at.left - n.dx + dx;
    const top = at.top - n.dy + dy;
    return {
      host: { left, top, right: left, bottom: top },
      field: n.seen.getBoundingClientRect(),
      view: n.scroller ? viewOf(n.scroller) : EVERYWHERE,
      covers: bandsOf(n.covers, boxes, joined),
      dx,
      dy,
    };
  });
}

/**
 * Keeps the document's notes right (one set of listeners per document, gone with its last note):
 * on scroll, each note moves with its loose scroller and is cut away from what stays put over it;
 * once a scroll ends, the page is read again for parts that stay put (a header fixed once the page
 * scrolls); while a field has focus, its note's words show beside it.
 */
function watch(note: Watched): void {
  const doc = note.host.ownerDocument;
  // Made by place (pageOf) before the note was drawn.
  const p = PAGES.get(doc) as PageNotes;
  p.notes.push(note);
  if (p.listening) return;
  p.listening = true;
  const view = doc.defaultView;
  const live = (): Watched[] | null => {
    const kept = p.notes.filter((n) => n.host.isConnected);
    p.notes.splice(0, p.notes.length, ...kept);
    if (kept.length > 0) return kept;
    doc.removeEventListener('scroll', moved, true);
    doc.removeEventListener('scrollend', ended, true);
    doc.removeEventListener('focusin', focused, true);
    doc.removeEventListener('focusout', left, true);
    doc.removeEventListener('keydown', escaped, true);
    view?.removeEventListener('resize', resized);
    PAGES.delete(doc);
    return null;
  };
  const update = (notes: readonly Watched[]) => {
    const read = readAll(p, notes);
    for (const [i, n] of notes.entries()) render(n, read[i] as Drawn);
  };
  function moved() {
    const notes = live()?.filter((n) => n.scroller || n.covers.length > 0 || n.tip);
    if (notes?.length) update(notes);
  }
  function ended() {
    const notes = live();
    if (!notes) return;
    // A field moved sideways since its note was placed (one read per note: the reads of update follow).
    if (notes.some((n) => Math.abs(n.seen.getBoundingClientRect().left - n.fieldLeft) > 0.5))
      return placeAgain(p, p.notes.slice());
    const was = p.stuck;
    p.stuck = stuckIn(doc, NOTE_TAG);
    if (was.length === 0 && p.stuck.length === 0) return;
    for (const n of notes) n.covers = coversOf(n.host, p.stuck);
    update(notes);
  }
  // The note of the field that holds `target` (a radio group is one field) and draws no words of its own.
  const noteOf = (e: Event): [Watched, Element] | undefined => {
    const t = e.composedPath()[0] as Element;
    const n = live()?.find(
      (n) => n.shape !== 'text' && (n.seen.contains(t) || n.anchor.contains(t) || sameGroup(n.field, t)),
    );
    return n && [n, t];
  };
  function focused(e: Event) {
    const hit = noteOf(e);
    if (hit) tip(...hit, p);
  }
  function left(e: Event) {
    const n = noteOf(e)?.[0];
    if (n?.tip) {
      n.tip = null;
      update([n]);
    }
  }
  function escaped(e: Event) {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    const shown = p.notes.filter((n) => n.tip);
    for (const n of shown) n.tip = null;
    if (shown.length) update(shown);
  }
  doc.addEventListener('scroll', moved, { capture: true, passive: true });
  doc.addEventListener('scrollend', ended, { capture: true, passive: true });
  doc.addEventListener('focusin', focused, true);
  doc.addEventListener('focusout', left, true);
  doc.addEventListener('keydown', escaped, true);
  // While the window is resized (or the browser zoomed) the notes follow as on a scroll; once it
  // has been still for a moment, they are placed again for the new layout.
  let still = 0;
  function resized() {
    moved();
    clearTimeout(still);
    still = window.setTimeout(() => live() && placeAgain(p, p.notes.slice()), 150);
  }
  view?.addEventListener('resize', resized, { passive: true });
}

/** Whether `b` is another radio of `a`'s group (Tab reaches a group at its checked radio, not at the first). */
function sameGroup(a: Element, b: Element): boolean {
  const x = a as HTMLInputElement;
  const y = b as HTMLInputElement;
  return (
    a.localName === 'input' &&
    b.localName === 'input' &&
    x.type === 'radio' &&
    y.type === 'radio' &&
    x.name !== '' &&
    x.name === y.name &&
    x.form === y.form &&
    a.getRootNode() === b.getRootNode()
  );
}

/**
 * Shows the words of a note drawn as a marker or an outline while its field has focus (`focus`: the
 * field, or another radio of its group): just below both (above them where the window or a part
 * that stays put leaves no room below), inside the window; they take no focus and catch no click.
 */
function tip(n: Watched, focus: Element, p: PageNotes): void {
  const doc = n.host.ownerDocument;
  const [at] = readAll(p, [n]) as [Drawn];
  const f = union(at.field, focus.getBoundingClientRect());
  const { width, height } = n.size;
  const w = doc.documentElement.clientWidth;
  const h = doc.documentElement.clientHeight;
  const left = Math.max(0, Math.min(f.left, w - width));
  const below = { left, top: f.bottom + 4, right: left + width, bottom: f.bottom + 4 + height };
  const above = { left, top: f.top - 4 - height, right: left + width, bottom: f.top - 4 };
  // Inside the window and what the note's scroller (or its positioned scroll box) shows, clear of what stays put.
  const room = meet(meet({ left: 0, top: 0, right: w, bottom: h }, at.view), clipOf(n.host, EVERYWHERE));
  const clear = (b: Box) => b.top >= room.top && b.bottom <= room.bottom && !at.covers.some((c) => boxesMeet(c, b));
  const box = clear(below) || !clear(above) ? below : above;
  n.tip = shift(box, -at.host.left, -at.host.top);
  render(n, at);
}

/** Draws the note; returns what a person sees of it (the outline, then the marker or the words). */
function draw(f: Floating, spot: NotePlace, outline: Box, origin: Box, z: number): HTMLElement[] {
  const doc = f.host.ownerDocument;
  const frame = doc.createElement('span');
  frame.setAttribute(
    'style',
    `${position(outline, origin, z)};box-sizing:border-box;border:2px solid ${RED};border-radius:3px;pointer-events:none`,
  );
  f.text.before(frame);
  f.host.setAttribute('data-shape', spot.shape);
  if (spot.shape === 'text') {
    f.text.setAttribute('style', `${TEXT_STYLE};${position(spot.box, origin, z)}`);
    // Kept so that a note scrolled out of sight can be drawn again (see render).
    f.text.setAttribute('data-words', `${TEXT_STYLE};${position(spot.box, origin, z)}`);
    return [frame, f.text];
  }
  f.text.setAttribute('style', UNSEEN);
  if (spot.shape !== 'marker') return [frame];
  const marker = doc.createElement('span');
  marker.setAttribute('aria-hidden', 'true');
  marker.setAttribute('title', f.text.textContent ?? '');
  marker.setAttribute('style', `${position(spot.box, origin, z)};${MARKER_LOOK}`);
  f.text.before(marker);
  return [frame, marker];
}

/** CSS placing `b` (viewport pixels) inside a host whose corner is at `origin`, under CSS zoom `z`. */
const position = (b: Box, origin: Box, z: number) =>
  `position:absolute;left:${(b.left - origin.left) / z}px;top:${(b.top - origin.top) / z}px;width:${(b.right - b.left) / z}px;height:${(b.bottom - b.top) / z}px`;

const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** The page's whole scrolling area in viewport coordinates: a note outside it would grow the page. */
function pageBounds(doc: Document): Box {
  const root = doc.documentElement;
  const view = doc.defaultView;
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  return { left: -x, top: -y, right: root.scrollWidth - x, bottom: root.scrollHeight - y };
}

/**
 * The part of the page a floating note may use: inside the scrolling or clipping box that holds it
 * (a positioned one, such as DataTables' scroll body), as a note reaching past it would be cut or
 * would give that box a scroll bar, and the table inside would be laid out again.
 */
function clipOf(host: HTMLElement, page: Box): Box {
  const p = host.offsetParent;
  if (!p || p === host.ownerDocument.body || host.ownerDocument.defaultView?.getComputedStyle(p).overflow === 'visible')
    return page;
  const r = p.getBoundingClientRect();
  const left = r.left + p.clientLeft;
  const top = r.top + p.clientTop;
  return {
    left: Math.max(page.left, left),
    top: Math.max(page.top, top),
    right: Math.min(page.right, left + p.clientWidth),
    bottom: Math.min(page.bottom, top + p.clientHeight),
  };
}

let made = 0;
function freeId(doc: Document): string {
  let id: string;
  do id = `${ID_PREFIX}${++made}`;
  while (doc.getElementById(id));
  return id;
}

/** Adds the note to the field's description (each radio of a group: Tab reaches the checked one), keeping what the page gave it. */
function linkDescription(field: Element, id: string): void {
  const name = (field as HTMLInputElement).name;
  const group = sameGroup(field, field)
    ? [...(field.getRootNode() as Scope).querySelectorAll(`input[name="${CSS.escape(name)}"]`)].filter((r) =>
        sameGroup(field, r),
      )
    : [field];
  for (const el of group) {
    const was = el.getAttribute('aria-describedby')?.trim();
    el.setAttribute('aria-describedby', was ? `${was} ${id}` : id);
  }
}

/** `root` and every open shadow root inside it (a note beside a field there lives there too), ours aside. */
function* scopesOf(root: Scope): Generator<Scope> {
  yield root;
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot && el.localName !== NOTE_TAG) yield* scopesOf(el.shadowRoot);
}

/** Removes every note Tự Soi added, in `root` and the open shadow roots inside it, and each from its field's description (the page's own ids stay). */
export function clearAnnotations(root: Scope): void {
  for (const scope of [...scopesOf(root)]) clearScope(scope);
}

function clearScope(root: Scope): void {
  for (const note of root.querySelectorAll(NOTE_TAG)) {
    const id = note.id;
    if (id.startsWith(ID_PREFIX)) {
      for (const field of root.querySelectorAll(`[aria-describedby~="${id}"]`)) {
        const rest = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && t !== id);
        if (rest.length > 0) field.setAttribute('aria-describedby', rest.join(' '));
        else field.removeAttribute('aria-describedby');
      }
    }
    note.remove();
  }
}
