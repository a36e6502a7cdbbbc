// The parts of a page that stay put while the page or a box scrolls under them (a sticky table
// header or first column, a fixed navbar, a fixed action bar, a modal's backdrop): a page draws them
// over its form, so a check note must not be drawn over them (see annotations.ts).

/** A part of the page that stays put, and whether it is fixed to the window (else sticky). */
export interface Stuck {
  readonly el: Element;
  readonly fixed: boolean;
}

/**
 * Every element of `doc` (and of the open shadow roots in it) whose position is fixed or sticky and
 * that shows (a layer the pointer passes through, `pointer-events: none`, is decoration and is left
 * out, as are elements named `skip`); of one that paints nothing itself (see paints), its children
 * instead. One computed style per element: O(elements).
 */
export function stuckIn(doc: Document, skip: string): Stuck[] {
  const out: Stuck[] = [];
  const view = doc.defaultView;
  if (!view) return out;
  const walk = (root: Document | ShadowRoot) => {
    const w = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = w.nextNode() as Element | null; el; el = w.nextNode() as Element | null) {
      if (el.localName === skip) continue;
      const s = view.getComputedStyle(el);
      if (
        (s.position === 'fixed' || s.position === 'sticky') &&
        s.pointerEvents !== 'none' &&
        el.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) !== false
      ) {
        const fixed = s.position === 'fixed';
        // A layer that paints nothing (a portal's leftover click catcher) hides nothing: only its children may.
        if (paints(s, el)) out.push({ el, fixed });
        else for (const c of el.children) if (c.localName !== skip) out.push({ el: c, fixed });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  return out;
}

/**
 * Which of `stuck` a note at `host` may go under: not those that hold it (a note inside a sticky
 * cell moves with it), and, when it is inside a fixed part (a dialog), only the ones inside that
 * part (the page behind is under the dialog, not over it). Returns `stuck` itself when none is left
 * out, so that notes with the same covers share one list. O(depth + stuck).
 */
export function coversOf(host: Element, stuck: readonly Stuck[]): readonly Stuck[] {
  if (stuck.length === 0) return stuck;
  const holding = new Set<Element>();
  for (let el: Node | null = host; el; el = el.parentNode ?? (el as ShadowRoot).host ?? null)
    if (el.nodeType === 1) holding.add(el as Element);
  const held = stuck.filter((s) => holding.has(s.el));
  if (held.length === 0) return stuck;
  const dialog = held.find((s) => s.fixed)?.el;
  return stuck.filter((s) => !holding.has(s.el) && (!dialog || dialog.contains(s.el)));
}

// A colour with no alpha: `transparent`, `rgba(…, 0)`, `color(… / 0)`.
const CLEAR = /^transparent$|^rgba\(.*, 0\)$|\/ 0\)$/;

/**
 * Whether an element paints anything of its own box: a background (colour or image), a border, an
 * outline, a shadow, a backdrop filter, or text of its own. A transparent layer taking clicks over
 * the whole page (left by some portals once a modal closes) hides no field from the eye. Sides
 * that differ read as painting (the computed shorthand is then empty). O(children's text nodes).
 */
export function paints(s: CSSStyleDeclaration, el: Element): boolean {
  return !(
    CLEAR.test(s.backgroundColor) &&
    s.backgroundImage === 'none' &&
    (s.borderStyle === 'none' || s.borderWidth === '0px' || CLEAR.test(s.borderColor)) &&
    s.outlineStyle === 'none' &&
    s.boxShadow === 'none' &&
    (s.backdropFilter ?? 'none') === 'none' &&
    ![...el.childNodes].some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))
  );
}
