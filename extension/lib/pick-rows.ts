import { find, type Locator } from '@tusoi/form-kit';
import { cellOf, type RowLocator, rowsOf } from '@tusoi/form-kit/rows';

// A field picked in one of several rows alike (criteria rows, task rows whose boxes share a name
// or an aria-label) is named by its row: the code the row shows ("1.3"), else its position among
// the rows, and the box inside the row. Each locator is tried on the page before it is kept, with
// form-kit's own row code, so the map fills that row again and never its first twin.

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
// A row's code as the first cells show it: "1.3", "II", "a)"; a cell holding a control is no code.
const CODE = /^(\d+(?:\.\d+)*|[IVXLCDM]+|[a-zđ])(?=[.):]?(?:\s|$))/i;
const kindOf = (el: Element) => `${el.localName}${el.classList[0] ? `.${CSS.escape(el.classList[0])}` : ''}`;

/** Whether `locator` finds `el` again (a radio: its group), and no other field as well. */
export function findsOnly(el: Element, locator: Locator): boolean {
  const f = find(el.getRootNode() as Document | ShadowRoot, locator);
  if (f.others.length > 0 || !f.el) return false;
  if (f.el === el) return true;
  const a = f.el as HTMLInputElement;
  const b = el as HTMLInputElement;
  return a.type === 'radio' && b.type === 'radio' && a.name === b.name && a.form === b.form;
}

const top = (el: Element) => el.getBoundingClientRect().top;

/** The row `el` sits in: a table row, or the nearest ancestor repeated below or above its twins. */
function rowOfPick(el: Element): { row: Element; twins: Element[] } | null {
  const tr = el.closest('tr, [role=row]');
  for (let node = tr ?? el.parentElement; node?.parentElement; node = node.parentElement) {
    if (node.matches('body, form, table')) return null;
    const kind = kindOf(node);
    const twins = [...node.parentElement.children].filter((c) => kindOf(c) === kind);
    // Rows stand one under another; cells or columns side by side are not rows.
    if (twins.length >= 2 && (tr === node || twins.some((t) => t !== node && top(t) !== top(node))))
      return { row: node, twins };
    if (tr === node) return null;
  }
  return null;
}

// The box inside its row: by name, by aria-label, else by its path from the row.
function cellsFor(el: Element, row: Element): string[] {
  const out: string[] = [];
  for (const attr of ['name', 'aria-label']) {
    const v = el.getAttribute(attr);
    // Inside quotes only a quote and a backslash need escaping: the map stays readable.
    if (v) out.push(`[${attr}="${v.replace(/["\\]/g, '\\$&')}"]`);
  }
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== row; node = node.parentElement) {
    const same = [...(node.parentElement?.children ?? [])].filter((c) => c.localName === node?.localName);
    steps.unshift(same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName);
  }
  out.push(`:scope > ${steps.join(' > ')}`);
  return out;
}

/**
 * A row locator for a field picked in one of several rows alike, checked to find that very field
 * (by the row's code, else its position); null when `el` is in no repeated row or none is found.
 * `pathOf` gives a CSS path to an element (the rows are its children of one kind).
 */
export function rowLocatorOf(el: Element, pathOf: (el: Element) => string): RowLocator | null {
  const at = rowOfPick(el);
  if (!at?.row.parentElement) return null;
  const scope = el.getRootNode() as ParentNode;
  const rows = `${pathOf(at.row.parentElement)} > ${kindOf(at.row)}`;
  const position = rowsOf(scope, rows).indexOf(at.row) + 1;
  if (position === 0) return null;
  const codes = [...at.row.children].flatMap((c) =>
    c.querySelector('input, select, textarea, button') ? [] : [CODE.exec(norm(c.textContent ?? ''))?.[1] ?? ''],
  );
  const keys: (string | number)[] = [...codes.filter((c) => c !== '').slice(0, 2), position];
  for (const row of keys)
    for (const cell of cellsFor(el, at.row)) {
      const locator: RowLocator = { rows, row, cell };
      if (cellOf(scope, locator) === el) return locator;
    }
  return null;
}
