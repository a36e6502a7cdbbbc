import { foldText, hasDiacritics, stripDiacritics } from '@tusoi/rubric-core';

/** How to find a field: by its label text, name or id, a CSS selector, or a table's row × column. */
export type Locator =
  | { readonly label: string }
  | { readonly name: string }
  | { readonly css: string }
  | { readonly table: string; readonly row: string; readonly column: string };

/** A document or shadow root to search. */
export type Scope = Document | ShadowRoot;

// Folding is pure and label texts repeat across lookups: remember them (elements are still
// found afresh every time, only the text work is shared).
const folded = new Map<string, string>();
const bare = new Map<string, string>();
function memo(cache: Map<string, string>, text: string, f: (t: string) => string): string {
  let out = cache.get(text);
  if (out === undefined) {
    if (cache.size > 20_000) cache.clear();
    out = f(text);
    cache.set(text, out);
  }
  return out;
}
const foldLabel = (text: string) =>
  memo(folded, text, (t) =>
    foldText(t)
      .replace(/[:*]+$/, '')
      .trim(),
  );
const stripLabel = (text: string) => memo(bare, text, stripDiacritics);

/** Compares label texts the way people read them: case, tone-mark placement, NFC/NFD; diacritics only if the wanted text has them. */
export function textMatches(text: string, wanted: string): 'exact' | 'start' | 'contains' | null {
  const w = foldLabel(wanted);
  let t = foldLabel(text);
  let ww = w;
  if (!hasDiacritics(w)) {
    t = stripLabel(t);
    ww = stripLabel(w);
  }
  if (ww === '') return null;
  if (t === ww) return 'exact';
  if (t.startsWith(ww)) return 'start';
  return t.includes(ww) ? 'contains' : null;
}

/** Every scope reachable from a document: itself, open shadow roots, same-origin iframes. */
export function scopes(root: Scope): Scope[] {
  return [...eachScope(root)];
}

// Lazily, so that a field found in the document itself costs no walk of every element.
function* eachScope(root: Scope): Generator<Scope> {
  yield root;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) yield* eachScope(el.shadowRoot);
    if (el.localName === 'iframe') {
      let doc: Document | null = null;
      try {
        doc = (el as HTMLIFrameElement).contentDocument;
      } catch {
        // A cross-origin frame: not ours to fill.
      }
      if (doc) yield* eachScope(doc);
    }
  }
}

const CONTROL =
  'input:not([type=hidden]), textarea, select, [contenteditable=""], [contenteditable="true"], [role=textbox], [role=combobox], [role=listbox]';

/** The text a label shows, without the text of the control inside it. */
function ownText(label: Element): string {
  let text = '';
  for (const node of label.childNodes) {
    if (node.nodeType === 3) text += node.textContent;
    else if (node.nodeType === 1 && !(node as Element).matches(CONTROL) && !(node as Element).querySelector(CONTROL))
      text += node.textContent;
  }
  return text;
}

function labelled(scope: Scope, label: Element): Element | null {
  const id = label.getAttribute('for');
  if (id) return scope.querySelector(`#${CSS.escape(id)}`);
  return label.querySelector(CONTROL) ?? label.querySelector('input');
}

const RANK = { exact: 3, start: 2, contains: 1 } as const;

function byLabel(scope: Scope, wanted: string): Element | null {
  let best: Element | null = null;
  let bestRank = 0;
  // Match the text first; only a better match is worth resolving to its control.
  const consider = (text: string, control: () => Element | null) => {
    const m = textMatches(text, wanted);
    if (m === null || RANK[m] <= bestRank) return;
    const el = control();
    if (el) {
      best = el;
      bestRank = RANK[m];
    }
  };
  for (const label of scope.querySelectorAll('label')) consider(ownText(label), () => labelled(scope, label));
  for (const el of scope.querySelectorAll('[aria-label]')) {
    if (el.matches(CONTROL)) consider(el.getAttribute('aria-label') ?? '', () => el);
  }
  for (const el of scope.querySelectorAll('[aria-labelledby]')) {
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    const text = ids.map((id) => scope.querySelector(`#${CSS.escape(id)}`)?.textContent ?? '').join(' ');
    consider(text, () => el.closest('[data-dropdown]') ?? el);
  }
  return best;
}

function byTable(scope: Scope, locator: { table: string; row: string; column: string }): Element | null {
  for (const table of scope.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll('thead th, tr:first-child th')];
    const col = headers.findIndex((h) => textMatches(h.textContent ?? '', locator.column) !== null);
    if (col < 0) continue;
    const caption = table.closest('form, section, div')?.textContent ?? '';
    if (locator.table !== '' && textMatches(caption, locator.table) === null && table.id !== locator.table) continue;
    // The row whose cell matches best: "1.1" is the row numbered 1.1, not 1.10 that starts with it.
    let best: Element | undefined;
    let bestRank = 0;
    for (const tr of table.querySelectorAll('tbody tr')) {
      const cells = [...tr.children];
      for (const c of cells) {
        const m = textMatches(c.textContent ?? '', locator.row);
        const r = m === null ? 0 : RANK[m];
        if (r > bestRank && cells[col]) {
          best = cells[col];
          bestRank = r;
        }
      }
      if (bestRank === RANK.exact) break;
    }
    if (best) return best.querySelector(`${CONTROL}, button`) ?? best;
  }
  return null;
}

/** Finds a field afresh (pages re-render, so never cache elements): the first match in any scope. */
export function locate(root: Scope, locator: Locator): Element | null {
  for (const scope of eachScope(root)) {
    let el: Element | null = null;
    if ('label' in locator) el = byLabel(scope, locator.label);
    else if ('name' in locator)
      el =
        scope.querySelector(`[name="${CSS.escape(locator.name)}"]`) ??
        scope.querySelector(`#${CSS.escape(locator.name)}`);
    else if ('css' in locator) el = scope.querySelector(locator.css);
    else el = byTable(scope, locator);
    if (el) return el;
  }
  return null;
}

/** Waits for a field that appears later (a wizard step, a reason after "Không đảm bảo"). */
export async function waitFor(root: Scope, locator: Locator, timeoutMs = 3000): Promise<Element | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const el = locate(root, locator);
    if (el || Date.now() > deadline) return el;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A locator for a field the user clicked: its name, else its id, else its label text. */
export function locatorFor(el: Element): Locator | null {
  const field = el.closest('input, textarea, select, [contenteditable="true"], [role=textbox]');
  if (!field) return null;
  const name = field.getAttribute('name');
  if (name) return { name };
  if (field.id) return { css: `#${CSS.escape(field.id)}` };
  const label =
    field.closest('label') ??
    (field.id ? field.ownerDocument.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null);
  const text = label ? ownText(label).trim() : (field.getAttribute('aria-label') ?? '');
  return text ? { label: text } : null;
}
