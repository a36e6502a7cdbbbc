import { fieldOf } from './enhanced';
import {
  CONTROL,
  cellAt,
  headerRow,
  type LabelCandidate,
  type LabelSource,
  labelsOf,
  ownLabelOf,
  rowText,
  shownText,
} from './labels';
import type { Locator, Scope } from './locator-types';
import { levelPills } from './pills';
import { isDangerous } from './press';
import { rowKit } from './row-kit';
import { forgetVisibility, isVisible, seenEpoch } from './state';
import { labelRank, leadWords, normLabel, stripped, typedPlain } from './text';

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

/** A control as collected: its element, every label candidate, whether a person sees it. */
export interface Control {
  readonly el: Element;
  readonly labels: readonly LabelCandidate[];
  readonly visible: boolean;
}

const BUTTON = 'button, [role=button], [role=radio], [role=switch], [aria-pressed]';

/** Buttons that together make one choice (pills, "Đạt / Không đạt"): their common parent, holding no other control. */
export function buttonGroups(scope: Scope): Element[] {
  const groups = new Set<Element>();
  for (const b of scope.querySelectorAll(BUTTON)) {
    const parent = b.parentElement;
    if (!parent || groups.has(parent)) continue;
    if (parent.querySelectorAll(`:scope > ${BUTTON.split(', ').join(', :scope > ')}`).length >= 2)
      if (!parent.querySelector(CONTROL)) groups.add(parent);
  }
  return [...groups];
}

// Labels are read once per element (a re-rendered field is a new element); the list of controls
// and what is visible are read afresh, since wizards and re-renders change both.
const labelCache = new WeakMap<Element, LabelCandidate[]>();
const labelsCached = (el: Element) => {
  let l = labelCache.get(el);
  if (!l) {
    l = labelsOf(el);
    labelCache.set(el, l);
  }
  return l;
};

/** Reads, in one layout pass, whether each control of every scope is visible (before writes make layout dirty). */
export function lookAt(root: Scope): void {
  forgetVisibility();
  for (const scope of eachScope(root)) for (const c of controlsOf(scope)) void c.visible;
}

/** The controls of a scope with their labels (kept while nothing was pressed; see {@link lookAt}). */
export function controlsOf(scope: Scope): Control[] {
  return session(scope).controls;
}

// The controls of a scope and an index of their labels by normalised text, kept while nothing was
// pressed or waited for (see forgetVisibility), so that 150 lookups do not read 150 × 150 labels.
interface Session {
  readonly epoch: number;
  readonly controls: Control[];
  readonly index: Map<string, Control[]>;
}
const sessions = new WeakMap<Scope, Session>();
function session(scope: Scope): Session {
  const had = sessions.get(scope);
  if (had && had.epoch === seenEpoch() && had.controls.every((c) => c.el.isConnected)) return had;
  // The parts of an enhanced select's box (its text box, its list) are the select, counted once.
  const els = new Set([
    ...[...scope.querySelectorAll(CONTROL)].map(fieldOf),
    ...scope.querySelectorAll('[data-dropdown]'),
    ...buttonGroups(scope),
    // Bare spans offering the level, their state shown only by a class (pills.ts).
    ...levelPills(scope),
  ]);
  const controls: Control[] = [...els].map((el) => ({
    el,
    labels: labelsCached(el),
    // A layout read: only when first asked, then remembered until forgotten.
    get visible() {
      return isVisible(el);
    },
  }));
  const index = new Map<string, Control[]>();
  for (const c of controls)
    for (const l of c.labels)
      for (const k of new Set([...normLabel(l.text), ...stripped(l.text)])) {
        const list = index.get(k);
        if (list) list.push(c);
        else index.set(k, [c]);
      }
  const s = { epoch: seenEpoch(), controls, index };
  sessions.set(scope, s);
  return s;
}

/**
 * The controls with a label equal to the wanted text or starting with it as whole words, read
 * from the index of normalised labels (each distinct label text once).
 */
export function candidates(scope: Scope, wanted: string): Set<Control> {
  const { index } = session(scope);
  const keys = typedPlain(normLabel(wanted)[0]) ? stripped(wanted) : normLabel(wanted);
  // Equal labels beat any prefix: looked up directly; the whole index is read only without one.
  const out = new Set(keys.flatMap((k) => index.get(k) ?? []));
  if (out.size > 0) return out;
  for (const [k, list] of index)
    for (const w of keys)
      if (
        w !== '' &&
        ((k.startsWith(w) && (k.length === w.length || /[\s,.:;(/–-]/.test(k.charAt(w.length)))) || leadWords(k, w))
      )
        for (const c of list) out.add(c);
  return out;
}

// Trust in a source when two controls match equally well.
const WEIGHT: Record<LabelSource, number> = {
  'label-for': 9,
  label: 9,
  'aria-labelledby': 8,
  'aria-label': 8,
  sibling: 7,
  cell: 7,
  dt: 7,
  'cell-above': 5,
  legend: 5,
  column: 4,
  row: 3,
  heading: 2,
  title: 2,
  placeholder: 1,
};

/** The best label of a control for a wanted text: its score (0 none) and the candidate. */
export function labelScore(c: Control, wanted: string): { score: number; label?: LabelCandidate } {
  let score = 0;
  let label: LabelCandidate | undefined;
  for (const l of c.labels) {
    const r = labelRank(l.text, wanted);
    const s = r === 0 ? 0 : r * 16 + WEIGHT[l.source];
    if (s > score) {
      score = s;
      label = l;
    }
  }
  return label ? { score, label } : { score };
}

// Radios of one group are one field.
const fieldId = (el: Element) =>
  el.localName === 'input' && (el as HTMLInputElement).type === 'radio' && (el as HTMLInputElement).name
    ? `radio:${(el as HTMLInputElement).form?.id ?? ''}:${(el as HTMLInputElement).name}`
    : el;

/** What a search found: the field, the other fields that matched as well (ambiguous), the label used. */
export interface Found {
  readonly el: Element | null;
  readonly others: readonly Element[];
  readonly label?: LabelCandidate;
}

function byLabel(scope: Scope, wanted: string): Found {
  let found = candidates(scope, wanted);
  // A field the page added since the controls were collected (no press, no wait): collect once more.
  if (found.size === 0 && sessions.get(scope)?.epoch === seenEpoch()) {
    forgetVisibility();
    found = candidates(scope, wanted);
  }
  let best: { c: Control; score: number; label?: LabelCandidate | undefined }[] = [];
  for (const c of found) {
    const { score, label } = labelScore(c, wanted);
    if (score === 0) continue;
    // What a person sees beats what is hidden; then the better label.
    const s = score + (c.visible ? 1000 : 0);
    const top = best[0]?.score ?? 0;
    if (s > top) best = [{ c, score: s, label }];
    else if (s === top) best.push({ c, score: s, label });
  }
  const first = best[0];
  if (!first) return { el: null, others: [] };
  const id = fieldId(first.c.el);
  const others = best.filter((b) => fieldId(b.c.el) !== id).map((b) => b.c.el);
  return { el: first.c.el, others, ...(first.label ? { label: first.label } : {}) };
}

// Among elements of the same name (a phone copy and a desktop copy), the one a person sees.
function firstVisible(els: Iterable<Element>): Element | null {
  let first: Element | null = null;
  for (const el of els) {
    if (isVisible(el)) return el;
    first ??= el;
  }
  return first;
}

function byTable(
  scope: Scope,
  locator: { table: string; row: string; column: string; choice?: string },
): Element | null {
  for (const table of scope.querySelectorAll('table')) {
    const head = headerRow(table);
    if (!head) continue;
    let col = -1;
    let at = 0;
    for (const h of head.children) {
      if (col < 0 && labelRank(shownText(h), locator.column) > 0) col = at;
      at += (h as HTMLTableCellElement).colSpan || 1;
    }
    if (col < 0) continue;
    const caption = table.closest('form, section, div')?.textContent ?? '';
    if (locator.table !== '' && table.id !== locator.table && !caption.includes(locator.table)) continue;
    // The row whose cell matches best: "1.1" is the row numbered 1.1, not 1.10.
    let best: Element | undefined;
    let bestRank = 0;
    for (const tr of table.querySelectorAll('tr')) {
      if (tr === head) continue;
      const target = cellAt(tr, col);
      // A cell of the row ("1.1", "Về chính trị") or the row's code and text together (as pick mode names it).
      for (const text of [rowText(tr), ...[...tr.children].map((c) => shownText(c))]) {
        const r = labelRank(text, locator.row);
        if (r > bestRank && target) {
          best = target;
          bestRank = r;
        }
      }
      if (bestRank >= 4) break;
    }
    // The button or pill of the cell with the locator's text ("Đạt", never "Không đạt").
    if (best && locator.choice !== undefined) {
      const choice = locator.choice;
      // A radio of the cell whose own words are the choice (a RadioButtonList, stacked radios).
      const radio = [...best.querySelectorAll('input[type=radio]')].find((r) => labelRank(ownLabelOf(r), choice) >= 4);
      if (radio) return radio;
      return (
        [...best.querySelectorAll('*')].find(
          (b) => b.children.length === 0 && labelRank(b.textContent ?? '', choice) >= 4,
        ) ?? null
      );
    }
    // A cell of two or more buttons ("Đạt / Không đạt") is one choice: the cell itself.
    if (best)
      return (
        best.querySelector(CONTROL) ??
        (best.querySelectorAll('button').length > 1 ? best : (best.querySelector('button') ?? best))
      );
  }
  return null;
}

/** Finds a field afresh, saying which others matched as well. */
export function find(root: Scope, locator: Locator): Found {
  for (const scope of eachScope(root)) {
    if ('label' in locator) {
      const f = byLabel(scope, locator.label);
      if (f.el) return { ...f, el: fieldOf(f.el) };
      continue;
    }
    let el: Element | null;
    if ('name' in locator) {
      el = firstVisible(scope.querySelectorAll(`[name="${CSS.escape(locator.name)}"]`));
      el ??= scope.querySelector(`#${CSS.escape(locator.name)}`);
    } else if ('css' in locator) el = firstVisible(scope.querySelectorAll(locator.css));
    else if ('rows' in locator) el = rowKit()?.cellOf(scope, locator) ?? null;
    else el = byTable(scope, locator);
    if (el) return { el: fieldOf(el), others: [] };
  }
  return { el: null, others: [] };
}

/** Finds a field afresh (pages re-render): the best match in the first scope that has one. */
export function locate(root: Scope, locator: Locator): Element | null {
  return find(root, locator).el;
}

/** Waits for a field that appears later (a wizard step, a reason after "Không đảm bảo"). */
export async function waitFor(root: Scope, locator: Locator, timeoutMs = 3000): Promise<Element | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    forgetVisibility();
    const el = locate(root, locator);
    if (el || Date.now() > deadline) return el;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A locator for a field the user clicked (pick mode): its name, else its id, else its table row ×
 * column (repeated controls told apart by row), else its label. A button of a choice names its
 * group; a button that submits, resets or deletes names nothing.
 */
export function locatorFor(el: Element): Locator | null {
  const button = el.closest('button, [role=button], [role=radio]');
  if (button && isDangerous(button)) return null;
  const field =
    el.closest(`${CONTROL}, [data-dropdown]`) ??
    (button?.parentElement && buttonGroups(button.getRootNode() as Scope).includes(button.parentElement)
      ? button.parentElement
      : null);
  if (!field) return null;
  const name = field.getAttribute('name');
  if (name) return { name };
  if (field.id) return { css: `#${CSS.escape(field.id)}` };
  const labels = labelsOf(field);
  const row = field.closest('tr');
  const column = labels.find((l) => l.source === 'column')?.text;
  const rowName = row ? rowText(row) : '';
  if (rowName && column) return { table: '', row: rowName, column };
  const label = labels[0]?.text;
  return label ? { label } : null;
}
