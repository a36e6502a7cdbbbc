// What a person can see and use (Bitwarden's and Firefox's fillable-field tests, read simply).
import { comboOf } from './combo';
import { boxOf } from './enhanced';
import { labelsOf } from './labels';

/** Whether the document has been laid out (a DOM without layout, such as a test DOM, shows everything). */
function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

// Reading visibility forces a layout; after a write each read would force another (a 150-field
// fill took over a second). So it is read once per element until forgotten: at the start of
// each fill, detection or check, and after every press (a wizard step, a reason that appears).
let seen = new WeakMap<Element, boolean>();
let clips = new WeakMap<Element, boolean>();
let epoch = 0;

/** Forgets what was seen (the page may have shown or hidden parts since). */
export function forgetVisibility(): void {
  seen = new WeakMap();
  clips = new WeakMap();
  epoch++;
}

/** Changes each time what was seen is forgotten: what is derived from the page's controls is kept only that long. */
export function seenEpoch(): number {
  return epoch;
}

/** Whether a person can see the control: not display:none or hidden (itself or an ancestor), not zero-size, not inert or aria-hidden. */
export function isVisible(el: Element): boolean {
  let v = seen.get(el);
  if (v === undefined) {
    v = visibleNow(el);
    seen.set(el, v);
  }
  return v;
}

function visibleNow(el: Element): boolean {
  // An enhanced select (Select2, Chosen…) is seen as the box it draws in its place.
  const box = el.localName === 'select' ? boxOf(el) : null;
  if (box) return isVisible(box);
  // aria-hidden on the control itself is how widgets (Select2) hide the select they drive: the
  // select still counts while it has a box; on an ancestor it hides the whole part.
  const hiddenBy = el.closest('[inert], [aria-hidden="true"], [hidden]');
  if (hiddenBy && !(hiddenBy === el && el.getAttribute('aria-hidden') === 'true' && !el.hasAttribute('hidden')))
    return labelVisible(el);
  const h = el as HTMLElement;
  if (!hasLayout(el.ownerDocument)) return true;
  const shown =
    typeof h.checkVisibility === 'function'
      ? h.checkVisibility({ visibilityProperty: true })
      : h.getClientRects().length > 0;
  if (shown) {
    const r = h.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && !clipsAway(el.parentElement)) return true;
  }
  return labelVisible(el);
}

// Whether a box or one around it cuts its content off to nothing (overflow hidden on a box of
// width or height 1 px or less, the "zero-size copy" or screen-reader-only trick): a person sees
// none of it. Each box is read once per pass; the style only of boxes that small.
function clipsAway(a: Element | null): boolean {
  if (!a || a.localName === 'body') return false;
  let v = clips.get(a);
  if (v === undefined) {
    const r = a.getBoundingClientRect();
    const view = a.ownerDocument.defaultView;
    const style = (r.width <= 1 || r.height <= 1) && view ? view.getComputedStyle(a) : null;
    v = (style !== null && style.display !== 'contents' && style.overflow !== 'visible') || clipsAway(a.parentElement);
    clips.set(a, v);
  }
  return v;
}

// A styled radio or checkbox hides its box and shows its label.
function labelVisible(el: Element): boolean {
  const input = el as HTMLInputElement;
  if (!(el.localName === 'input' && (input.type === 'radio' || input.type === 'checkbox'))) return false;
  return [...(input.labels ?? [])].some((l) => !l.closest('[inert], [aria-hidden="true"], [hidden]') && isVisible(l));
}

/**
 * Why the page keeps a control from being written: disabled (itself, a fieldset, aria), read-only,
 * or computed (its label says the page computes it: "(tự tính)", "tự động tính"); null when editable.
 */
export function lockOf(el: Element): 'disabled' | 'readonly' | 'computed' | null {
  if (el.matches(':disabled') || el.closest('fieldset[disabled], [aria-disabled="true"]')) return 'disabled';
  // A combo box's text box is read-only because its value is chosen from its list.
  const readonly =
    ((el as HTMLInputElement).readOnly === true && !comboOf(el)) ||
    el.getAttribute('aria-readonly') === 'true' ||
    el.getAttribute('contenteditable') === 'false';
  // A box the page labels as its own sum ("Tổng điểm (tự tính)") is the page's, locked or not:
  // said as computed, the truer reason.
  if (el.matches('input, textarea') && labelsOf(el).some((l) => COMPUTED.test(l.text.normalize('NFC'))))
    return 'computed';
  return readonly ? 'readonly' : null;
}

// "(tự tính)", "tự động tính": the page's own words for a value it computes.
const COMPUTED = /\(\s*tự tính\s*\)|tự động tính/iu;
