// Enhanced selects (Select2, Chosen, Tom Select, Choices.js) show a box of their own and keep the
// real <select> beside it, hidden: the form sends the select, and the box follows it. A person
// sees and clicks the box; the field is the select. Known by each widget's documented structure.

// The box each widget draws: Select2 4 (span.select2-container), Select2 3 (div#s2id_<id>),
// Chosen (div#<id>_chosen.chosen-container), Tom Select (div.ts-wrapper), Choices.js (div.choices).
const BOX = '.select2-container, .select2, [id^="s2id_"], .chosen-container, .ts-wrapper, .choices';
// Ids the boxes' parts point at: Select2 4 "select2-<id>-container|results", Tom Select "<id>-ts-control|dropdown".
const POINTS = /^(?:select2-(.+)-(?:container|results)|(.+)-ts-(?:control|dropdown|label))$/;

const isSelect = (el: Element | null | undefined): el is HTMLSelectElement => el?.localName === 'select';

function byId(doc: Document | ShadowRoot, id: string | undefined): HTMLSelectElement | null {
  if (!id) return null;
  const el = doc.getElementById(id);
  return isSelect(el) ? el : null;
}

/**
 * The real `<select>` behind an enhanced select's box, for any element inside that box (its
 * shown text, arrow, search input), or null when `el` is not part of one.
 */
export function selectBehind(el: Element): HTMLSelectElement | null {
  const root = el.getRootNode() as Document | ShadowRoot;
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

/** The box an enhanced select shows in its place, or null for a plain select. */
export function boxOf(select: Element): Element | null {
  if (!isSelect(select)) return null;
  const root = select.getRootNode() as Document | ShadowRoot;
  const near = [select.nextElementSibling, select.previousElementSibling, select.closest('.choices')];
  if (select.id) near.push(root.getElementById(`s2id_${select.id}`), root.getElementById(`${select.id}_chosen`));
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
