// Enhanced selects (Select2, Chosen, Tom Select, Choices.js) show a box of their own and keep the
// real <select> beside it, hidden: the form sends the select, and the box follows it. A person
// sees and clicks the box; the field is the select. Known by each widget's documented structure.

// The box each widget draws: Select2 4 (span.select2-container), Select2 3 (div#s2id_<id>),
// Chosen (div#<id>_chosen.chosen-container), Tom Select (div.ts-wrapper), Choices.js
// (div.choices[data-type]; a bare "choices" class may be any page's own).
const BOX = '.select2-container, .select2, [id^="s2id_"], .chosen-container, .ts-wrapper, .choices[data-type]';
// Ids the boxes' parts point at: Select2 4 "select2-<id>-container|results", Tom Select "<id>-ts-control|dropdown".
const POINTS = /^(?:select2-(.+)-(?:container|results)|(.+)-ts-(?:control|dropdown|label))$/;

const isSelect = (el: Element | null | undefined): el is HTMLSelectElement => el?.localName === 'select';

function byId(doc: Node, id: string | undefined): HTMLSelectElement | null {
  if (!id) return null;
  const el = idIn(doc, id);
  return isSelect(el) ? el : null;
}

// An element the page replaced (a re-render) hangs in no document: its root is an element, with no ids to look up.
const idIn = (root: Node, id: string): Element | null =>
  'getElementById' in root ? (root as Document).getElementById(id) : null;

/**
 * The real `<select>` behind an enhanced select's box, for any element inside that box (its
 * shown text, arrow, search input), or null when `el` is not part of one.
 */
export function selectBehind(el: Element): HTMLSelectElement | null {
  const root = el.getRootNode();
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (const attr of ['aria-labelledby', 'aria-controls', 'aria-owns', 'id']) {
      const m = POINTS.exec(node.getAttribute(attr) ?? '');
      const found = byId(root, m?.[1] ?? m?.[2]);
      if (found) return found;
    }
  }
  const box = el.closest(BOX);
  if (!box) return null;
  const inside = box.querySelector('select');
  if (inside) return inside;
  if (isSelect(box.previousElementSibling)) return box.previousElementSibling;
  // Select2 3 puts its box before the select.
  if (isSelect(box.nextElementSibling) && box.id.startsWith('s2id_')) return box.nextElementSibling;
  return byId(root, /^s2id_(.+)$/.exec(box.id)?.[1]) ?? byId(root, /^(.+)_chosen$/.exec(box.id)?.[1]);
}

/**
 * The field a part of an enhanced select's box stands for: its select (Tom Select points its label
 * at its own text box; Choices.js wraps the select in a combobox; a list drawn on the body names
 * it by id); any other element is itself.
 */
export const fieldOf = (el: Element): Element =>
  el.localName !== 'select' && (el.closest(BOX) || POINTS.test(el.id)) ? (selectBehind(el) ?? el) : el;

/** The box an enhanced select shows in its place, or null for a plain select. */
export function boxOf(select: Element): Element | null {
  if (!isSelect(select)) return null;
  const root = select.getRootNode();
  const near = [select.nextElementSibling, select.previousElementSibling, select.closest('.choices')];
  if (select.id) near.push(idIn(root, `s2id_${select.id}`), idIn(root, `${select.id}_chosen`));
  return near.find((b): b is Element => b?.matches(BOX) === true && selectBehind(b) === select) ?? null;
}

/**
 * Tells a widget that redraws only when told (Chosen: "chosen:updated") that its select changed.
 * A jQuery handler runs for a DOM event of its name, so the page's own widget redraws its box.
 */
export function redrawBox(select: Element): void {
  const box = boxOf(select);
  if (box?.classList.contains('chosen-container')) select.dispatchEvent(new Event('chosen:updated'));
}

// What each box shows for the chosen options: Tom Select's items, Choices.js's items (not its
// placeholder), Select2 4's shown text or tags, Select2 3's, Chosen's (not its "Select…" default).
const SHOWN =
  '.ts-control > .item, .choices__inner [data-item]:not(.choices__placeholder), .select2-selection__rendered:not(ul), .select2-selection__choice, .select2-chosen, .chosen-single:not(.chosen-default) > span, .search-choice';
// The part of a box that holds them: a box without one is drawn some other way and is not read.
const FRAME =
  '.ts-control, .choices__inner, .select2-selection, .select2-choice, .select2-choices, .chosen-single, .chosen-choices';
// A tag's remove cross, a clear cross, a placeholder: not a chosen option's words.
const NOT_WORDS =
  'a, button, [role=button], .remove, .select2-selection__choice__remove, .select2-selection__clear, .select2-selection__placeholder';
const words = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
const partWords = (part: Element) =>
  words(
    [...part.childNodes]
      .filter((n) => !(n.nodeType === 1 && (n as Element).matches(NOT_WORDS)))
      .map((n) => n.textContent)
      .join(''),
  );

// The parts a box shows for the chosen options, or null (see boxShows).
function shownParts(select: Element): Element[] | null {
  const box = boxOf(select);
  if (!box?.querySelector(FRAME)) return null;
  return [...box.querySelectorAll(SHOWN)].filter((p) => partWords(p) !== '');
}

/**
 * The words an enhanced select's box shows for its chosen options, as a person reads them (none
 * when it shows only a placeholder or an option without value, "-- Chọn --"); null for a plain
 * select or a box drawn in a way not known here.
 */
export function boxShows(select: Element): string[] | null {
  const parts = shownParts(select);
  return parts?.filter((p) => partValue(p, optionsOf(select)) !== '').map(partWords) ?? null;
}
const optionsOf = (select: Element) => [...(select as HTMLSelectElement).options];

// The option a shown part stands for: its data-value (Tom Select, Choices.js), else the option
// whose words it holds, the longest ("Không hoàn thành nhiệm vụ" is not "Hoàn thành nhiệm vụ"),
// so that a template adding words around the option's own still counts; '?' when none.
function partValue(part: Element, options: readonly HTMLOptionElement[]): string {
  const v = part.getAttribute('data-value');
  if (v !== null) return v;
  const t = partWords(part).toLowerCase();
  let best: HTMLOptionElement | undefined;
  for (const o of options) {
    const w = words(o.text).toLowerCase();
    if (w !== '' && t.includes(w) && w.length > words(best?.text ?? '').length) best = o;
  }
  return best ? best.value : '?';
}

/** The words of a select's chosen options that carry a value, as its box should show them. */
export const chosenWords = (select: HTMLSelectElement): string[] =>
  [...select.options].filter((o) => o.selected && o.value !== '').map((o) => words(o.text));

/**
 * Whether the box a person sees shows the options the select holds (true for a plain select or an
 * unread box). A placeholder or an option without value ("-- Chọn --") shown is nothing chosen.
 */
export function boxAgrees(select: Element): boolean {
  const parts = shownParts(select);
  if (parts === null) return true;
  const options = optionsOf(select);
  const key = (values: string[]) =>
    values
      .filter((v) => v !== '')
      .sort()
      .join('\n');
  return key(parts.map((p) => partValue(p, options))) === key(options.filter((o) => o.selected).map((o) => o.value));
}
