import { cssPath, type Locator, locatorFor, pillItems, selectBehind } from '@tusoi/form-kit';
import { findsOnly, rowLocatorOf } from './pick-rows';

// What a click in pick mode names: a field, a choice (a button group, a radio) or a criteria
// row; never a button that submits, resets or deletes. Pure DOM reading, no writes.

/** Why a clicked element cannot be picked. */
export type PickRefusal = 'submit' | 'reset' | 'delete' | 'not-a-field';

/** What a click picked: the element and how a map finds it again. */
export interface Picked {
  readonly kind: 'field' | 'choice' | 'row';
  readonly element: Element;
  readonly locator: Locator;
  /** A short description in words (never page HTML), shown in the panel. */
  readonly found: string;
}

const FIELD =
  'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=hidden]), textarea, select, [contenteditable="true"], [contenteditable=""], [role=textbox], [role=combobox]';
const CHOICE = 'button, [role=button], [role=radio], [role=checkbox], [role=option], [role=switch], [role=tab]';
// Captions of buttons that send, save or finish a record, and of those that delete one. A choice
// such as "Hoàn thành" (a level's short name) is not among them: only the start of a caption
// that acts counts, and delete words anywhere.
const SENDS =
  /^\s*(gửi|gui|nộp|nop|lưu|luu|hoàn tất|hoan tat|xác nhận|xac nhan|đồng ý|dong y|submit|send|save|finish|confirm)\b/i;
const DELETES = /(xoá|xóa|\bxoa\b|delete|remove|huỷ bỏ|hủy bỏ|làm lại|reset)/i;

const caption = (el: Element) =>
  `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('value') ?? ''}`.trim();

/**
 * Why an element must not be picked, or null. A `<button>` without a `type` submits only when it
 * belongs to a form (HTML: its default type is submit, and outside a form it does nothing).
 */
export function pickRefusal(el: Element): PickRefusal | null {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'input' && (type === 'submit' || type === 'image')) return 'submit';
  if (el.localName === 'input' && type === 'reset') return 'reset';
  const isButton = el.localName === 'button' || el.getAttribute('role') === 'button' || el.localName === 'a';
  if (!isButton && !(el.localName === 'input' && type === 'button')) return null;
  if (el.localName === 'button') {
    if (type === 'reset') return 'reset';
    const submits = type === 'submit' || (type !== 'button' && (el as HTMLButtonElement).form !== null);
    if (submits) return 'submit';
  }
  const text = caption(el);
  if (DELETES.test(text)) return 'delete';
  if (SENDS.test(text)) return 'submit';
  return null;
}

const wordsOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);

/** The group a choice button belongs to: the nearest ancestor holding two or more choices. */
function choiceGroup(el: Element): Element {
  for (let node = el.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
    if (node.getAttribute('role') === 'group' || node.getAttribute('role') === 'radiogroup') return node;
    if (node.querySelectorAll(CHOICE).length >= 2) return node;
  }
  return el;
}

/**
 * How a map finds a picked field again: its name, id or label when that finds it alone; in one
 * of several rows alike, its row (by code or position) and its box in the row, which form-kit
 * matches exactly where a row-and-column locator compares texts; else its path on the page.
 */
function locatorOf(field: Element): { locator: Locator; row?: string | number } {
  const own = locatorFor(field);
  if (own && !('table' in own) && findsOnly(field, own)) return { locator: own };
  const inRow = rowLocatorOf(field, cssPath);
  if (inRow) return { locator: inRow, row: inRow.row };
  return { locator: own && findsOnly(field, own) ? own : { css: cssPath(field) } };
}

const rowWords = (row: string | number | undefined) => (row === undefined ? '' : `, hàng / row ${row}`);

/**
 * What a click on `start` picks: the field it is (or that its label names; the real select behind
 * an enhanced select's box), a choice group, or a table row of criteria; or why nothing can be
 * picked there.
 */
export function pickTarget(start: Element): Picked | { readonly refused: PickRefusal } {
  const label = start.closest('label');
  // Select2, Chosen, Tom Select, Choices.js: the box a person sees stands for the select the form sends.
  const field = selectBehind(start) ?? start.closest(FIELD) ?? (label as HTMLLabelElement | null)?.control ?? null;
  if (field) {
    const refused = pickRefusal(field);
    if (refused) return { refused };
    const { locator, row } = locatorOf(field);
    const type = field.getAttribute('type');
    if (type === 'radio' || type === 'checkbox')
      return { kind: 'choice', element: field, locator, found: `${field.localName}[type=${type}]${rowWords(row)}` };
    const name = field.getAttribute('name');
    return {
      kind: 'field',
      element: field,
      locator,
      found: `${field.localName}${name ? `[name=${name}]` : ''}${rowWords(row)}`,
    };
  }
  const choice = start.closest(
    `${CHOICE}, a[href], input[type=button], input[type=submit], input[type=reset], input[type=image]`,
  );
  if (choice) {
    const refused = pickRefusal(choice);
    if (refused) return { refused };
    const group = choiceGroup(choice);
    const count = group.querySelectorAll(CHOICE).length;
    // A group in a table row is named by that row (its code), so the map finds it after a re-render.
    const inRow = group.closest('tr') ? rowLocatorOf(group, cssPath) : null;
    const words = count > 1 ? `${count} nút / buttons: ${wordsOf(group)}` : `nút / button: ${wordsOf(choice)}`;
    return {
      kind: 'choice',
      element: group,
      locator: inRow ?? { css: cssPath(group) },
      found: `${words}${rowWords(inRow?.row)}`,
    };
  }
  // Bare pills (spans whose parent handles the click, the choice shown by a class): the group is picked.
  for (let item: Element | null = start; item?.parentElement && item.localName !== 'body'; item = item.parentElement) {
    const pills = pillItems(item.parentElement);
    if (!pills.includes(item as HTMLElement)) continue;
    const group = item.parentElement;
    const inRow = group.closest('tr') ? rowLocatorOf(group, cssPath) : null;
    return {
      kind: 'choice',
      element: group,
      locator: inRow ?? { css: cssPath(group) },
      found: `${pills.length} nút / buttons: ${wordsOf(group)}${rowWords(inRow?.row)}`,
    };
  }
  const row = start.closest('tr');
  if (row?.querySelector(`${FIELD}, ${CHOICE}`)) {
    return { kind: 'row', element: row, locator: { css: cssPath(row) }, found: `hàng / row: ${wordsOf(row)}` };
  }
  return { refused: 'not-a-field' };
}
