// The notes Tự Soi puts beside a form's fields (in shadow roots), and their removal.

import { boxOf } from './enhanced';
import type { FormProblem } from './form-problem';
import { CONTROL } from './labels';
import type { Scope } from './locator-types';
import { type Box, boxesMeet, grow, type NotePlace, outlineOf, placeNote, TEXT_REACH } from './note-place';

const NOTE_TAG = 'tusoi-note';
const ID_PREFIX = 'tusoi-note-';
const RED = '#b00020';
const COLOURS = `border-left:3px solid ${RED};background:#fff3f3;color:#8a0015;font:13px/1.4 system-ui,sans-serif`;
// A cell of the page's own table (or grid): a note there must not widen its column or row.
const CELL = 'td, th, [role=cell], [role=gridcell]';
// What a person clicks or types in (a label clicks its control): a note over one would hide it.
const CONTROLS = `${CONTROL},input:not([type=hidden]),button,label,[role=button],[role=radio],[role=checkbox]`;
const TEXT_STYLE = `box-sizing:border-box;width:max-content;max-width:24em;padding:2px 6px;pointer-events:none;${COLOURS}`;
// Read by assistive technology (the field's description), not drawn.
const UNSEEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)';
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
 * on hover; where not even that fits, the outline alone, the text still read as the description.
 * The page is measured once for all notes, so a long form costs one layout, not one per note.
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
      // Measured where it cannot move the page or add to its scrolling area, then placed.
      text.setAttribute('style', `position:fixed;left:0;top:0;visibility:hidden;${TEXT_STYLE}`);
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
function place(floating: readonly Floating[]): void {
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
  // The notes placed so far: later ones keep clear of them. (Notes in the flow push the page
  // apart themselves, and sit outside the tables.)
  const taken: Box[] = [];
  const measured = floating.map((f) => {
    const r = f.text.getBoundingClientRect();
    const scroller = looseScroller(f.host);
    const page = clipOf(f.host, bounds.get(f.field.ownerDocument) as Box);
    return {
      f,
      scroller,
      bounds: scroller ? meet(page, viewOf(scroller)) : page,
      origin: f.host.getBoundingClientRect() as Box,
      home: union(f.seen.getBoundingClientRect(), f.anchor.getBoundingClientRect()),
      fieldBox: f.seen.getBoundingClientRect() as Box,
      valueRight: /^(right|end)$/.test(f.field.ownerDocument.defaultView?.getComputedStyle(f.seen).textAlign ?? ''),
      size: { width: r.width, height: r.height },
    };
  });
  // All reads are done: from here on only writes, so the browser lays the page out once more.
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
    const obstacles = [...others, ...read, ...taken];
    const spot = placeNote(m.home, m.size, obstacles, m.bounds, m.valueRight);
    const parts = draw(m.f, spot, outlineOf(m.fieldBox, [...others, ...read]), m.origin);
    if (spot.shape !== 'outline') taken.push(spot.box);
    if (m.scroller) {
      const note: Following = {
        host: m.f.host,
        seen: m.f.seen,
        scroller: m.scroller,
        left: m.scroller.scrollLeft,
        top: m.scroller.scrollTop,
        parts,
        dx: 0,
        dy: 0,
      };
      // A field scrolled out of its box shows no note (the words stay its description); one partly out, a cut one.
      const view = viewOf(m.scroller);
      show(note, boxesMeet(m.fieldBox, view));
      clipTo(note, m.origin, view);
      follow(note);
    }
  }
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

/** A note in a loose scroller, moved with it. */
interface Following {
  readonly host: HTMLElement;
  readonly seen: Element;
  readonly scroller: Element;
  /** The scroller's offsets when the note was placed. */
  readonly left: number;
  readonly top: number;
  /** What a person sees of the note (outline, marker or words). */
  readonly parts: readonly HTMLElement[];
  /** The host's translation now (it moves with the scroller). */
  dx: number;
  dy: number;
}

/** Cuts what the note draws to what the scroller shows (a field partly scrolled out keeps its note inside). */
function clipTo(n: Following, host: Box, view: Box): void {
  const z = (n.host as { currentCSSZoom?: number }).currentCSSZoom || 1;
  const px = (v: number) => `${v / z}px`;
  n.host.style.clipPath = `inset(${px(view.top - host.top)} ${px(host.left - view.right)} ${px(host.top - view.bottom)} ${px(view.left - host.left)})`;
}

const FOLLOWING = new WeakMap<Document, Following[]>();

function show(note: Following, shown: boolean): void {
  for (const part of note.parts) {
    // The words stay the field's description: never hidden from assistive technology, only drawn unseen.
    if (part.hasAttribute('data-words')) {
      const drawn = part.getAttribute('data-words') as string;
      if (part.getAttribute('style') !== (shown ? drawn : UNSEEN)) part.setAttribute('style', shown ? drawn : UNSEEN);
    } else part.style.display = shown ? '' : 'none';
  }
}

/** Keeps the note beside its field as the scroller scrolls (one listener per document, gone with the last note). */
function follow(note: Following): void {
  const doc = note.host.ownerDocument;
  const list = FOLLOWING.get(doc);
  if (list) {
    list.push(note);
    return;
  }
  const notes = [note];
  FOLLOWING.set(doc, notes);
  const moved = () => {
    const live = notes.filter((n) => n.host.isConnected);
    notes.splice(0, notes.length, ...live);
    if (live.length === 0) {
      doc.removeEventListener('scroll', moved, true);
      FOLLOWING.delete(doc);
      return;
    }
    // Every box read first, then every note written: one layout.
    const read = live.map((n) => {
      const view = viewOf(n.scroller);
      const at = n.host.getBoundingClientRect();
      const dx = n.left - n.scroller.scrollLeft;
      const dy = n.top - n.scroller.scrollTop;
      // Where the host will be once moved: where it is, less its old move, plus the new one.
      const host = { left: at.left - n.dx + dx, top: at.top - n.dy + dy, right: 0, bottom: 0 };
      return { view, host, dx, dy, shown: boxesMeet(n.seen.getBoundingClientRect(), view) };
    });
    live.forEach((n, i) => {
      const r = read[i] as (typeof read)[number];
      n.dx = r.dx;
      n.dy = r.dy;
      n.host.style.transform = `translate(${r.dx}px,${r.dy}px)`;
      show(n, r.shown);
      clipTo(n, r.host, r.view);
    });
  };
  doc.addEventListener('scroll', moved, { capture: true, passive: true });
}

/** Draws the note; returns what a person sees of it (the outline, then the marker or the words). */
function draw(f: Floating, spot: NotePlace, outline: Box, origin: Box): HTMLElement[] {
  const doc = f.host.ownerDocument;
  // Boxes are read in the viewport's pixels; under CSS zoom the note's own pixels are scaled by it.
  const z = (f.host as { currentCSSZoom?: number }).currentCSSZoom || 1;
  const pos = (b: Box) =>
    `position:absolute;left:${(b.left - origin.left) / z}px;top:${(b.top - origin.top) / z}px;width:${(b.right - b.left) / z}px;height:${(b.bottom - b.top) / z}px`;
  const frame = doc.createElement('span');
  frame.setAttribute(
    'style',
    `${pos(outline)};box-sizing:border-box;border:2px solid ${RED};border-radius:3px;pointer-events:none`,
  );
  f.text.before(frame);
  f.host.setAttribute('data-shape', spot.shape);
  if (spot.shape === 'text') {
    f.text.setAttribute('style', `${TEXT_STYLE};${pos(spot.box)}`);
    // Kept so that a note scrolled out of sight can be drawn again (see show).
    f.text.setAttribute('data-words', `${TEXT_STYLE};${pos(spot.box)}`);
    return [frame, f.text];
  }
  f.text.setAttribute('style', UNSEEN);
  if (spot.shape !== 'marker') return [frame];
  const marker = doc.createElement('span');
  marker.setAttribute('aria-hidden', 'true');
  marker.setAttribute('title', f.text.textContent ?? '');
  marker.setAttribute('style', `${pos(spot.box)};${MARKER_LOOK}`);
  f.text.before(marker);
  return [frame, marker];
}

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

/** Adds the note to the field's description, keeping what the page gave it. */
function linkDescription(field: Element, id: string): void {
  const was = field.getAttribute('aria-describedby')?.trim();
  field.setAttribute('aria-describedby', was ? `${was} ${id}` : id);
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
