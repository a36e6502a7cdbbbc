// A control's label, read from every place a person would look (Chromium's order of sources),
// each candidate kept with where it came from so that matching can decide later.

/** Where a label text was read. */
export type LabelSource =
  | 'label-for'
  | 'label'
  | 'aria-labelledby'
  | 'aria-label'
  | 'sibling'
  | 'cell'
  | 'cell-above'
  | 'column'
  | 'row'
  | 'dt'
  | 'legend'
  | 'heading'
  | 'title'
  | 'placeholder';

/** One label candidate. */
export interface LabelCandidate {
  readonly text: string;
  readonly source: LabelSource;
}

/** The controls a person fills (hidden inputs and buttons excluded). */
export const CONTROL =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=file]), textarea, select, [contenteditable=""], [contenteditable="true"], [role=textbox], [role=combobox], [role=listbox]';
const NOT_TEXT = 'script, style, template, option, select, textarea, input, button, tusoi-note';

/** The text an element shows, without the text of controls, options or scripts inside it. */
export function shownText(node: Node, depth = 0): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || depth > 8 || (node as Element).matches(NOT_TEXT)) return '';
  let text = '';
  for (const child of node.childNodes) text += shownText(child, depth + 1);
  return text;
}
const clean = (t: string) => t.replace(/\s+/g, ' ').trim();

const STOP = /^(form|fieldset|table|tbody|thead|tr|td|th|body|li|dd|ul|ol)$/;
const SEPARATOR = /^(br|wbr)$/;
const INLINE = /^(i|em|small|img|svg|abbr|sup|sub|u|font|a)$/;
// An old layout's <font> wraps its label words as a span does (Chromium's InferLabelFromPrevious takes FONT too).
const LABELISH =
  'label, .control-label, .form-label, span, font, div, p, strong, b, h1, h2, h3, h4, h5, h6, legend, dt';

// Text beside the control, before it (or after a radio or checkbox): its siblings, then its
// container's, stopping at anything that holds another control.
function siblingText(el: Element): string {
  const toggle = el.localName === 'input' && /^(radio|checkbox)$/.test((el as HTMLInputElement).type);
  if (toggle) {
    const next = el.nextSibling;
    const t = next ? clean(shownText(next)) : '';
    if (t) return t;
  }
  let node: Element | null = el;
  for (let level = 0; node && level < 4; level++) {
    for (let prev = node.previousSibling, n = 0; prev && n < 4; prev = prev.previousSibling, n++) {
      if (prev.nodeType === 1) {
        const p = prev as Element;
        // A line break or an empty inline separator between the label and its field is layout, not a boundary.
        if (SEPARATOR.test(p.localName)) continue;
        if (p.matches(CONTROL) || p.querySelector(CONTROL)) return '';
        if (!p.matches(LABELISH)) {
          if (clean(shownText(p)) === '' && INLINE.test(p.localName)) continue;
          return '';
        }
      }
      const t = clean(shownText(prev));
      if (t) return t;
    }
    const parent: Element | null = node.parentElement;
    if (!parent || STOP.test(parent.localName) || parent.matches(CONTROL)) return '';
    node = parent;
  }
  return '';
}

const cellText = (cell: Element | undefined) => (cell && !cell.querySelector(CONTROL) ? clean(shownText(cell)) : '');

/** The column index of a cell, counting colspans. */
function columnOf(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling)
    col += (c as HTMLTableCellElement).colSpan || 1;
  return col;
}
/** The cell of a row covering a column, counting colspans. */
export function cellAt(row: Element, col: number): Element | undefined {
  let at = 0;
  for (const c of row.children) {
    at += (c as HTMLTableCellElement).colSpan || 1;
    if (at > col) return c;
  }
  return undefined;
}

/** The header row of a table: its last thead row, else its first row made of th. */
export function headerRow(table: Element): Element | undefined {
  const head = table.querySelector(':scope > thead > tr:last-child');
  if (head) return head;
  const first = table.querySelector('tr');
  return first?.querySelector('th') && !first.querySelector('td') ? first : undefined;
}

/** A choice control's own words (its label, aria name, or the text right after a radio): one choice, not its group. */
export const ownLabelOf = (el: Element): string =>
  labelsOf(el).find((l) => /^(label|label-for|aria-label|aria-labelledby|sibling)$/.test(l.source))?.text ?? '';

/** Row context: a criterion's code and text, the cells of its row that hold no control. */
export function rowText(row: Element): string {
  const parts: string[] = [];
  for (const c of row.children) {
    if (c.querySelector(CONTROL) || c.querySelector('button')) break;
    const t = cellText(c);
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

const heads = new WeakMap<Element, Element | null>();

function tableLabels(el: Element, add: (text: string, source: LabelSource) => void): void {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || row?.localName !== 'tr') return;
  // The nearest earlier cell with words: a cell of a bare number between it and the control
  // ("30", the maximum) is a value a person reads past; it names the field only when no cell has words.
  let text = '';
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    const t = cellText(c);
    if (/\p{L}/u.test(t)) {
      text = t;
      break;
    }
    text ||= t;
    if (c.querySelector(CONTROL)) break;
  }
  // An earlier cell's words and the row's name the first control of a cell: a later one ("Kỳ đánh giá: [ ] Năm: [ ]")
  // has its own words before it (its sibling label), never the first one's.
  const later =
    !el.matches('[type=radio], [type=checkbox]') &&
    [...cell.querySelectorAll(CONTROL)].some(
      (c) => c !== el && c.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  if (!later) add(text, 'cell');
  const col = columnOf(cell);
  const above = row.previousElementSibling;
  if (above && !cell.previousElementSibling) add(cellText(cellAt(above, col)), 'cell-above');
  const table = row.closest('table');
  // Every control of a table asks for the same header row.
  let head = table ? heads.get(table) : undefined;
  if (table && head === undefined) {
    head = headerRow(table) ?? null;
    heads.set(table, head);
  }
  if (head && head !== row) add(cellText(cellAt(head, col)), 'column');
  if (!later) add(rowText(row), 'row');
}

function headingText(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; node && level < 5; level++) {
    for (let prev = node.previousElementSibling, n = 0; prev && n < 6; prev = prev.previousElementSibling, n++) {
      if (prev.matches(CONTROL) || prev.querySelector(CONTROL)) return '';
      const h = prev.matches('h1,h2,h3,h4,h5,h6,strong,b,[role=heading]')
        ? prev
        : [...prev.querySelectorAll('h1,h2,h3,h4,h5,h6,strong,b,[role=heading]')].pop();
      if (h) return clean(shownText(h));
    }
    node = node.parentElement;
    if (node?.localName === 'form' || node?.localName === 'body') return '';
  }
  return '';
}

/** Every label candidate of a control, in the order a person would trust them. */
export function labelsOf(el: Element): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const add = (text: string | null | undefined, source: LabelSource) => {
    const t = clean(text ?? '');
    if (t && !/^[\s*:]*$/.test(t)) out.push({ text: t, source });
  };
  for (const label of (el as HTMLInputElement).labels ?? []) {
    add(shownText(label), label.contains(el) ? 'label' : 'label-for');
  }
  // A custom dropdown is named by its trigger button.
  const ids =
    el.getAttribute('aria-labelledby') ??
    el.querySelector(':scope > [aria-labelledby]')?.getAttribute('aria-labelledby');
  if (ids) {
    const root = el.getRootNode() as Document | ShadowRoot;
    add(
      ids
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
      'aria-labelledby',
    );
  }
  add(el.getAttribute('aria-label'), 'aria-label');
  if (!out.some((l) => l.source === 'label' || l.source === 'label-for')) add(siblingText(el), 'sibling');
  tableLabels(el, add);
  const dd = el.closest('dd');
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
    add(dt?.textContent, 'dt');
  }
  const legend = el.closest('fieldset')?.querySelector(':scope > legend');
  add(legend?.textContent, 'legend');
  if (out.length === 0) add(headingText(el), 'heading');
  add(el.getAttribute('title'), 'title');
  add(el.getAttribute('placeholder'), 'placeholder');
  return out;
}
