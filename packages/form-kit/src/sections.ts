// The parts of a form a person sees as parts: tabs (each perhaps its own <form>) and criteria
// tables, a row per criterion answered in columns "Đảm bảo / Không đảm bảo / K/AD" with a reason.

import { CONTROL, cellAt, headerRow, ownLabelOf, rowText, shownText } from './labels';
import type { Locator, Scope } from './locator-types';
import { labelRank } from './text';

const PANE = '[role=tabpanel], .tab-pane';

/**
 * Whether a control is hidden only because its tab is not the open one: a person sees the tab
 * and can open it, so the control belongs to the form (a copy hidden for phones does not).
 */
export function inClosedTab(el: Element): boolean {
  const pane = el.closest(PANE);
  // A closed pane may itself be inert or aria-hidden; anything else so marked hides the control.
  const hider = el.closest('[inert], [aria-hidden="true"]');
  if (!pane?.parentElement || (hider && hider !== pane)) return false;
  // Nothing else between the control and its pane hides it, and the tab set itself is shown.
  for (let a: Element | null = el; a && a !== pane; a = a.parentElement) {
    const style = getComputedStyle(a);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return pane.parentElement.getClientRects().length > 0;
}

/** A criteria table's row: its code and text, and where each answer goes (table row × column locators). */
export interface CriterionRow {
  /** The criterion's number as the page writes it ("1.1", "3"). */
  readonly code: string;
  /** The row's code and wording, as pick mode names a row. */
  readonly text: string;
  readonly met: Locator;
  readonly notMet: Locator;
  /** The "K/AD" (không áp dụng) answer, when the row's cell of radios offers one. */
  readonly notApplicable?: Locator;
  /** Where the reason goes when not met (it may appear only after "Không đảm bảo"). */
  readonly reason?: Locator;
}

// The official answers (QĐ 366: đảm bảo / không đảm bảo) and the pair some forms use; whole
// phrase only, so that "Không đảm bảo" is never read as "Đảm bảo".
const MET = ['Đảm bảo', 'Đạt'];
const NOT_MET = ['Không đảm bảo', 'Không đạt'];
const CODE = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?(?:\s|$)/;

// The one column headed by one of `words` (exactly, or with `start` beginning with it): its text
// and index (colspans counted); none when no column or several are.
function column(head: Element, words: readonly string[], start = false): readonly [string, number] | undefined {
  const hits: [string, number][] = [];
  let at = 0;
  for (const h of head.children) {
    const t = shownText(h).replace(/\s+/g, ' ').trim();
    if (words.some((w) => labelRank(t, w) >= (start ? 2 : 3))) hits.push([t, at]);
    at += (h as HTMLTableCellElement).colSpan || 1;
  }
  return hits.length === 1 ? hits[0] : undefined;
}

// A cell's text, spaces folded.
const flat = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

// A cell answered by a pair of buttons or pills ("Đạt" | "Không đạt"): the two texts, met first.
function pairIn(cell: Element): readonly [string, string, string?] | undefined {
  const items = cell.querySelectorAll('button, [role=button], [role=radio], span, a, div, li');
  let met: string | undefined;
  let notMet: string | undefined;
  for (const b of items) {
    if (b.children.length > 0) continue;
    const t = flat(b);
    if (MET.some((w) => labelRank(t, w) >= 4)) met = met === undefined ? t : '';
    else if (NOT_MET.some((w) => labelRank(t, w) >= 4)) notMet = notMet === undefined ? t : '';
  }
  return met && notMet ? [met, notMet] : undefined;
}

// A cell holding the row's radios, each known by its own words (a GridView RadioButtonList's
// <label for>, a .form-check label, the text after a bare radio): met, not met, and K/AD if offered.
function radiosIn(cell: Element): readonly [string, string, string?] | undefined {
  const words: (string | undefined)[] = [];
  for (const r of cell.querySelectorAll('input[type=radio]')) {
    const t = ownLabelOf(r);
    const i = NOT_MET.some((w) => labelRank(t, w) >= 4)
      ? 1
      : MET.some((w) => labelRank(t, w) >= 4)
        ? 0
        : labelRank(t, 'K/AD') >= 3 || labelRank(t, 'Không áp dụng') >= 3
          ? 2
          : -1;
    // Two radios with one answer's words: not a row of answers a person can tell apart.
    if (i >= 0) words[i] = words[i] === undefined ? t : '';
  }
  const [met, notMet, na] = words;
  return met && notMet ? (na ? [met, notMet, na] : [met, notMet]) : undefined;
}

// A cell's column (colspans counted).
const columnOf = (tr: Element, cell: Element) => {
  let at = 0;
  for (const c of tr.children) {
    if (c === cell) return at;
    at += (c as HTMLTableCellElement).colSpan || 1;
  }
  return -1;
};

/**
 * The criteria rows of every table whose header has one "Đảm bảo" (or "Đạt") column and one
 * "Không đảm bảo" (or "Không đạt") column (and, if offered, one "K/AD" or "Không áp dụng" column):
 * each row numbered like a criterion ("1.1", "3") with a control under the first. Without such columns, a row numbered so whose cell holds its answers
 * is one too, each answer a `choice` of that cell's column (the column "Tự đánh giá"): radios
 * known by their own words "Đảm bảo" / "Không đảm bảo" and, if offered, "K/AD" or "Không áp dụng"
 * (a GridView RadioButtonList, stacked .form-check radios, bare radios with text), else a pair of
 * buttons or pills "Đạt" / "Không đạt". A reason column is one headed "Lý do…".
 */
export function criteriaRows(scope: Scope): CriterionRow[] {
  const out: CriterionRow[] = [];
  for (const table of scope.querySelectorAll('table')) {
    const head = headerRow(table);
    if (!head) continue;
    const met = column(head, MET);
    const notMet = column(head, NOT_MET);
    // A third column for "does not apply", beside the two (a K/AD criterion has a place to go).
    const notApplicable = column(head, ['K/AD', 'Không áp dụng']);
    const reason = column(head, ['Lý do'], true);
    for (const tr of table.querySelectorAll('tr')) {
      if (tr === head) continue;
      const text = rowText(tr);
      const code = CODE.exec(text)?.[1];
      if (!code) continue;
      // The code alone finds the row when a cell holds just it; else the row's whole text does.
      const row = [...tr.children].some((c) => shownText(c).trim() === code) ? code : text;
      const at = (c: readonly [string, number], choice?: string) => ({
        table: '',
        row,
        column: c[0],
        ...(choice ? { choice } : {}),
      });
      const end = reason ? { reason: at(reason) } : {};
      if (met && notMet) {
        const na =
          notApplicable && cellAt(tr, notApplicable[1])?.querySelector(`${CONTROL}, button`)
            ? { notApplicable: at(notApplicable) }
            : {};
        if (cellAt(tr, met[1])?.querySelector(`${CONTROL}, button`))
          out.push({ code, text, met: at(met), notMet: at(notMet), ...na, ...end });
        continue;
      }
      for (const cell of tr.children) {
        // Only a cell that says "Đạt" or "Đảm bảo" at all is looked into.
        const pair = /đạt|đảm bảo/i.test((cell.textContent ?? '').normalize('NFC'))
          ? (radiosIn(cell) ?? pairIn(cell))
          : undefined;
        const name = pair && cellAt(head, columnOf(tr, cell));
        if (!pair || !name) continue;
        const col = [flat(name), columnOf(tr, cell)] as const;
        const na = pair[2] ? { notApplicable: at(col, pair[2]) } : {};
        out.push({ code, text, met: at(col, pair[0]), notMet: at(col, pair[1]), ...na, ...end });
        break;
      }
    }
  }
  return out;
}

/** A criterion of the draft's pack: its id (the key of `criteria.items`) and wording. */
export interface PackCriterion {
  readonly id: string;
  readonly vi: string;
}

/**
 * The pack criterion a row is: the one whose id is the row's code or ends in "-" and the code
 * ("pl4-1.1" for "1.1"), else the one whose wording the row's text is; undefined when none or
 * several fit (never guessed).
 */
export function criterionOf(row: CriterionRow, criteria: readonly PackCriterion[]): string | undefined {
  const one = (list: PackCriterion[]) => (list.length === 1 ? list[0]?.id : undefined);
  const text = row.text.replace(CODE, '');
  const byText = criteria.filter((c) => labelRank(text, c.vi) >= 3);
  const byCode = criteria.filter((c) => c.id === row.code || c.id.endsWith(`-${row.code}`));
  // The code, unless the row's wording is another criterion's (the text contradicts the code).
  if (byCode.length > 0) return byText.some((c) => !byCode.includes(c)) ? undefined : one(byCode);
  return one(byText);
}
