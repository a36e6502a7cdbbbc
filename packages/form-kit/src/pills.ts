// Choices a page draws from bare elements (spans, divs, list items) with no role and no aria
// state, the click handled by their parent: which one is chosen shows only in how it looks, a
// class ("pill sel", "is-selected", "chosen") or a data attribute (data-state="on"). A person sees
// the highlighted one; form-kit reads the same marks, and learns which mark a click moves.
import { levelOf } from './choices';
import { CONTROL } from './labels';

const ARIA_BUTTON = 'button, [role=button], [role=radio], [role=switch], [aria-pressed]';
const ITEM_TAGS = /^(span|div|li|a|label|b|strong)$/;
// Marks that name the chosen one wherever they are seen.
const ON_CLASS = /^(?:is-|js-)?(?:active|selected|sel|chosen|checked|pressed|on|current)$/i;
const ON_VALUE = /^(?:on|true|active|checked|selected|chosen|pressed)$/i;
const STATE_ATTRS = ['data-state', 'data-status', 'data-selected', 'data-active', 'data-checked', 'aria-current'];

const looksClickable = (el: Element) => {
  if (el.hasAttribute('tabindex') || el.hasAttribute('onclick')) return true;
  const view = el.ownerDocument.defaultView;
  return view !== null && view.getComputedStyle(el).cursor === 'pointer';
};

/**
 * The items of a group of bare pills: two or more children of one tag, none a control, button or
 * container of one, each with a short text, that look clickable (a pointer cursor, a tabindex, an
 * onclick on them or their parent). Empty when `group` is not such a group.
 */
export function pillItems(group: Element): HTMLElement[] {
  const items = [...group.children];
  const tag = items[0]?.localName ?? '';
  if (items.length < 2 || !ITEM_TAGS.test(tag)) return [];
  for (const item of items) {
    if (item.localName !== tag || item.matches(`${CONTROL}, ${ARIA_BUTTON}`)) return [];
    if (item.querySelector(`${CONTROL}, ${ARIA_BUTTON}`)) return [];
    // Links to other pages (a filter bar "Xuất sắc | Tốt | …" on a list) are not a choice of this form.
    const href = item.getAttribute('href')?.trim();
    if (href && !/^(#|javascript:)/i.test(href)) return [];
    const t = item.textContent?.trim() ?? '';
    if (t === '' || t.length > 60) return [];
  }
  if (!group.hasAttribute('onclick') && !items.every(looksClickable)) return [];
  return items as HTMLElement[];
}

// The look an inline style gives, as the page set it (a page may mark the chosen one by a colour alone).
const styleOf = (el: Element) => (el.getAttribute('style') ?? '').replace(/\s+/g, '');

/** What may say an item is chosen: its class names (".sel"), state attributes ("[data-state=on]"), inline style. */
export function marksOf(el: Element): string[] {
  const out = [...el.classList].map((c) => `.${c}`);
  for (const name of STATE_ATTRS) {
    const v = el.getAttribute(name);
    if (v !== null) out.push(`[${name}=${v}]`);
  }
  const style = styleOf(el);
  if (style !== '') out.push(`[style=${style}]`);
  return out;
}

const namedOn = (el: Element) =>
  [...el.classList].some((c) => ON_CLASS.test(c)) ||
  STATE_ATTRS.some((a) => {
    const v = el.getAttribute(a);
    return (
      v !== null && (ON_VALUE.test(v) || (v === '' && a !== 'aria-current') || (a === 'aria-current' && v !== 'false'))
    );
  });

/**
 * The chosen item of a group as a person sees it, without having seen a click: the one item with a
 * mark that names a choice (a class "active", "selected", "sel", "chosen"…, data-state="on"), else
 * the one item whose classes are the others' plus some (the others all alike), else, among three or
 * more alike, the one styled otherwise ("btn-success" among "btn-outline-success"); null when none or unsure.
 */
export function chosenOf(items: readonly Element[]): Element | null {
  const named = items.filter(namedOn);
  if (named.length === 1) return named[0] as Element;
  if (named.length > 1 || items.length < 2) return null;
  const sets = items.map((i) => [...i.classList].sort().join(' '));
  const looks = items.map((i, n) => `${sets[n]}|${styleOf(i)}`);
  for (let i = 0; i < items.length; i++) {
    const others = sets.filter((_, j) => j !== i);
    const rest = others[0] as string;
    if (!others.every((o) => o === rest)) continue;
    const mine = items[i] as Element;
    const base = rest === '' ? [] : rest.split(' ');
    if (sets[i] !== rest && (items.length > 2 || base.every((c) => mine.classList.contains(c)))) return mine;
  }
  // Among three or more alike in class, the one whose inline style alone differs.
  if (items.length > 2 && sets.every((c) => c === sets[0]))
    for (let i = 0; i < items.length; i++) {
      const others = looks.filter((_, j) => j !== i);
      if (looks[i] !== others[0] && others.every((o) => o === others[0])) return items[i] as Element;
    }
  return null;
}

/** Whether a pill is shown as one a person cannot choose: a class "disabled" / "is-disabled", or data-disabled. */
export function looksDisabled(el: Element): boolean {
  const d = el.getAttribute('data-disabled');
  return [...el.classList].some((c) => /^(?:is-)?disabled$/i.test(c)) || (d !== null && d !== 'false');
}

/** An item's marks before a click, by its text, so that the mark the click moves can be found afterwards. */
export interface PillState {
  readonly text: string;
  readonly marks: readonly string[];
}

/**
 * Whether the item now carries a mark it did not have before the click (`was`) that no other item
 * carries: the class that appeared on the clicked pill and left the others.
 */
export function gainedMark(item: Element, others: readonly Element[], was: readonly string[]): boolean {
  return marksOf(item).some((m) => !was.includes(m) && !others.some((o) => marksOf(o).includes(m)));
}

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * The groups of bare pills that offer the level (each item names a level exactly, by code, name or
 * short name, and at least three levels are offered): a span that merely says "Tốt" is not one.
 */
export function levelPills(scope: Document | ShadowRoot): Element[] {
  const doc = 'body' in scope ? scope : scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  const parents = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeValue?.trim() ?? '';
    if (t.length < 3 || t.length > 40 || levelOf(t) === null) continue;
    // The item is the outermost element around the text alone ("<span class=pill><b>Tốt</b></span>").
    let item = n.parentElement;
    while (item?.parentElement && item.parentElement.children.length === 1) item = item.parentElement;
    if (item?.parentElement) parents.add(item.parentElement);
  }
  const out: Element[] = [];
  for (const group of parents) {
    const items = pillItems(group);
    const levels = new Set(items.map((i) => levelOf(norm(i.textContent ?? ''))));
    if (items.length > 0 && !levels.has(null) && levels.size === items.length && levels.size >= 3) out.push(group);
  }
  return out;
}
