import type { Message, Task } from '@tusoi/rubric-core';
import { type FieldValue, type FillOutcome, readBack } from './fill';
import { CONTROL } from './labels';
import type { DecimalMark } from './numbers';
import { forgetVisibility } from './state';

// Rows of a table or list on the page (criterion rows, task rows, rows the page's "+" adds), told
// apart by their position among the rows a selector names, by the code a cell shows exactly
// ("1.1", never inside "1.10"), or by the task name written in them: never by a bare substring.

/**
 * A cell of a row: `rows` selects the rows in page order; `row` is a 1-based position among them
 * or the code a cell of the row shows; `cell` selects the control inside the row ('' the row
 * itself). `named` (from a plan, not a map) knows a task's row by the name its name cell holds, so
 * that a row the page removed or moved is not mistaken for another: `by: 'name'` only so (undo),
 * `by: 'any'` that or the position (check); by default that, or the position when the row there
 * holds no other name (fill).
 */
export interface RowLocator {
  readonly rows: string;
  readonly row: number | string;
  readonly cell: string;
  readonly named?: { readonly cell: string; readonly text: string };
  readonly by?: 'name' | 'any';
}

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The rows a selector names, in page order ([] for a selector the page cannot read). */
export function rowsOf(scope: ParentNode, css: string): Element[] {
  try {
    return [...scope.querySelectorAll(css)];
  } catch {
    return [];
  }
}

// A control inside a row, or the cell's own control.
function inRow(row: Element, css: string): Element | null {
  if (css === '') return row;
  let c: Element | null = null;
  try {
    c = row.querySelector(css);
  } catch {
    return null;
  }
  return c && !c.matches(CONTROL) ? (c.querySelector(CONTROL) ?? c) : c;
}

const valueIn = (row: Element, css: string) => {
  const el = inRow(row, css);
  return el ? norm(String(readBack(el) ?? '')) : '';
};

// "1.1" is the row whose cell reads "1.1", "1.1 Chính trị…" or "1.1. …"; never "1.10" or "11.1".
const codeIn = (row: Element, code: string) => {
  const at = new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.?\\s|[):]|\\.?$)`);
  return [...row.children].some((c) => at.test(norm(c.textContent ?? '')));
};

/** The row a locator names, or null (none, or a code two rows show). */
export function rowOf(scope: ParentNode, l: RowLocator): Element | null {
  const rows = rowsOf(scope, l.rows);
  if (typeof l.row === 'string') {
    const hits = rows.filter((r) => codeIn(r, l.row as string));
    return hits.length === 1 ? (hits[0] as Element) : null;
  }
  const at = rows[l.row - 1] ?? null;
  if (l.named) {
    const text = norm(l.named.text);
    const hits = rows.filter((r) => valueIn(r, (l.named as { cell: string }).cell) === text);
    if (hits.length > 0) return at && hits.includes(at) ? at : (hits[0] as Element);
    if (l.by === 'name') return null;
    // Another task's row is not this one's: written over only by the name itself.
    if (at && l.by !== 'any' && l.cell !== l.named.cell && valueIn(at, l.named.cell) !== '') return null;
  }
  return at;
}

/** The control a row locator names, or null. */
export function cellOf(scope: ParentNode, l: RowLocator): Element | null {
  const row = rowOf(scope, l);
  return row ? inRow(row, l.cell) : null;
}

/** The row a locator names now, by position (so that clearing its name does not lose it), or null. */
export function positionOf(scope: ParentNode, l: RowLocator): RowLocator | null {
  const row = rowOf(scope, l);
  return row ? { rows: l.rows, row: rowsOf(scope, l.rows).indexOf(row) + 1, cell: l.cell } : null;
}

/** What making room for a row did: it was there, the page added it, or why not. */
export type RowRoom =
  | 'there'
  | 'added'
  | 'no-button'
  | 'not-found'
  | 'refused'
  | 'no-new-row'
  | 'two-buttons'
  | 'stopped'
  | 'sent';

/**
 * Makes sure the page has the row `l.row` (a position): when it has fewer rows, presses the page's
 * add-row control once (through `press`, which refuses anything that submits, sends or deletes) and
 * waits up to `waitMs` for the row to appear. Rows are added one per call, in order. `add` is the
 * control (a map's, or the table's own found without one), null when a map's is not on the page,
 * undefined when none is known, 'two-buttons' when the table has two or more and none is pressed.
 */
export async function ensureRow(
  scope: ParentNode,
  l: RowLocator,
  add: Element | null | undefined | 'two-buttons',
  press: (el: Element) => boolean,
  waitMs = 3000,
): Promise<RowRoom> {
  const want = typeof l.row === 'number' ? l.row : 0;
  const count = () => rowsOf(scope, l.rows).length;
  if (count() >= want) return 'there';
  // An earlier row is missing too: pressing now would put this task in that row's place.
  if (add === undefined) return 'no-button';
  if (add === null || add === 'two-buttons') return add ?? 'not-found';
  if (count() < want - 1) return 'no-new-row';
  if (!press(add)) return 'refused';
  const deadline = Date.now() + waitMs;
  while (count() < want && Date.now() <= deadline) await new Promise((r) => setTimeout(r, 25));
  forgetVisibility();
  return count() >= want ? 'added' : 'no-new-row';
}

const GAP: Record<Exclude<RowRoom, 'there' | 'added'>, Message> = {
  'no-button': { vi: 'bản đồ biểu mẫu không chỉ nút thêm dòng', en: 'the form map names no add-row button' },
  'not-found': { vi: 'không thấy nút thêm dòng trên trang', en: 'the add-row button is not on the page' },
  refused: {
    vi: 'nút thêm dòng có thể gửi hoặc xoá, không bấm',
    en: 'the add-row button may submit or delete; not pressed',
  },
  'no-new-row': { vi: 'đã bấm nút thêm dòng nhưng trang không thêm', en: 'the add-row button added no row' },
  stopped: {
    vi: 'bấm nút thêm dòng làm trang định gửi biểu mẫu; Tự Soi đã chặn và ngừng bấm',
    en: 'pressing the add-row button made the page try to send the form; Tự Soi stopped it and pressed no more',
  },
  sent: {
    vi: 'bấm nút thêm dòng làm trang gửi dữ liệu đi; Tự Soi ngừng bấm',
    en: 'pressing the add-row button made the page send data; Tự Soi pressed no more',
  },
  'two-buttons': {
    vi: 'bảng có từ hai nút thêm dòng trở lên, không rõ nút nào nên không bấm',
    en: 'the table has more than one add-row button; which one is unclear, so none was pressed',
  },
};

/**
 * "Trang thiếu N dòng nhiệm vụ (4, 5): why", Vietnamese first. `rows` are the draft's tasks (from 1,
 * in order) the page has no row for; the page's rows are the ones before the first of them. With no
 * add-row button known (a form found by its labels has none), it says what the user can do: add the
 * rows on the page and fill again, or give Tự Soi a form map that names the page's add-row button.
 */
export function missingRows(
  rows: readonly number[],
  why: Exclude<RowRoom, 'there' | 'added'>,
  note?: Message,
): Message {
  const list = rows.join(', ');
  if (why === 'no-button') {
    const have = Math.min(...rows) - 1;
    const want = Math.max(...rows);
    const n = rows.length;
    const seen = note ? { vi: ` (${note.vi})`, en: ` (${note.en})` } : { vi: '', en: '' };
    return {
      vi: `Trang có ${have} dòng nhiệm vụ, bản kiểm điểm có ${want} nhiệm vụ (chưa ghi nhiệm vụ ${list}): hãy thêm ${n} dòng trên trang (nút thêm dòng của trang)${seen.vi} rồi bấm “Điền biểu mẫu” lại, hoặc nhập bản đồ biểu mẫu có nút thêm dòng của trang để Tự Soi tự thêm.`,
      en: `The page has ${have} task row${have === 1 ? '' : 's'}, the draft has ${want} tasks (task ${list} not written): add ${n} row${n > 1 ? 's' : ''} on the page (its add-row button)${seen.en} and press “Fill the form” again, or import a form map naming the page's add-row button so that Tự Soi adds them.`,
    };
  }
  // A button Tự Soi will not press: the user adds the rows.
  const self = why === 'refused' || why === 'two-buttons' || why === 'stopped' || why === 'sent';
  // A note names the button and what it did (safety.ts, press.ts); it reads on after the colon.
  const gap = note ? { vi: clause(note.vi), en: clause(note.en) } : GAP[why];
  return {
    vi: `Trang thiếu ${rows.length} dòng nhiệm vụ (nhiệm vụ ${list}): ${gap.vi}.${self ? ' Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.' : ''}`,
    en: `The page lacks ${rows.length} task row${rows.length > 1 ? 's' : ''} (task ${list}): ${gap.en}.${self ? ' Add the rows on the page yourself, then press “Fill the form” again.' : ''}`,
  };
}

const clause = (t: string) => t.charAt(0).toLowerCase() + t.slice(1).replace(/\.\s*$/, '');

/**
 * The cells of rows the page could not give (`gaps`: a row's plan key `tasks.N` → why) are not
 * found: each then says, in one shared message, which rows are missing and why.
 */
export function markMissing(
  results: Record<string, FillOutcome>,
  gaps: ReadonlyMap<string, Exclude<RowRoom, 'there' | 'added'>>,
  notes?: ReadonlyMap<string, Message>,
): void {
  const byWhy = new Map<Exclude<RowRoom, 'there' | 'added'>, string[]>();
  for (const [key, why] of gaps) byWhy.set(why, [...(byWhy.get(why) ?? []), key]);
  for (const [why, keys] of byWhy) {
    const message = missingRows(
      keys.map((k) => Number(k.split('.').pop())),
      why,
      notes?.get(why),
    );
    for (const [k, r] of Object.entries(results))
      if (r.status === 'not-found' && keys.some((row) => k.startsWith(`${row}.`))) results[k] = { ...r, message };
  }
}

/** Names each task cell's message by its task ("Nhiệm vụ 3, C (tiến độ)"), not by its column header alone. */
export function nameCells(results: Record<string, FillOutcome>): void {
  for (const [k, r] of Object.entries(results)) {
    const vi = taskCellName(k);
    const m = r.message;
    if (vi && m)
      results[k] = {
        ...r,
        message: {
          vi: m.vi.replace(/^"[^"]*"/, `"${vi}"`),
          en: m.en.replace(/^"[^"]*"/, `"${taskCellName(k, 'en')}"`),
        },
      };
  }
}

/** Undo never removes a row it added (a remove is a delete): it says the rows stay. */
export function addedRowsStay(n: number): Message {
  return {
    vi: `Trang vẫn giữ ${n} dòng Tự Soi đã thêm (đã xoá nội dung đã điền; Tự Soi không bấm nút xoá, hãy tự xoá nếu không cần).`,
    en: `The page keeps the ${n} row${n > 1 ? 's' : ''} Tự Soi added (their filled values are cleared; Tự Soi never presses delete, remove ${n > 1 ? 'them' : 'it'} yourself if unwanted).`,
  };
}

/** The cells of a task row a form map can fill, in the order they are filled (the name first). */
export const TASK_CELLS = [
  'name',
  'axis',
  'weight',
  'frame',
  'A',
  'B',
  'C',
  'D',
  'exceeded',
  'key',
  'keyLevel',
  'completed',
  'late',
  'points',
] as const;
/** A cell of a task row. */
export type TaskCell = (typeof TASK_CELLS)[number];

const CELL_NAMES: Record<TaskCell, readonly [string, string]> = {
  name: ['tên', 'name'],
  axis: ['trục', 'axis'],
  weight: ['trọng số', 'weight'],
  frame: ['khung', 'frame'],
  A: ['A (khối lượng)', 'A (volume)'],
  B: ['B (chất lượng)', 'B (quality)'],
  C: ['C (tiến độ)', 'C (timeliness)'],
  D: ['D (tổ chức thực hiện)', 'D (leadership)'],
  exceeded: ['vượt chuẩn', 'exceeded'],
  key: ['trọng tâm', 'key task'],
  keyLevel: ['mức', 'level'],
  completed: ['hoàn thành', 'completed'],
  late: ['chậm tiến độ', 'late'],
  points: ['điểm', 'points'],
};

/** A cell of a task row in words ("B (chất lượng)", "hoàn thành"). */
export const taskCellLabel = (cell: TaskCell, lang: 'vi' | 'en' = 'vi'): string =>
  CELL_NAMES[cell][lang === 'vi' ? 0 : 1];

/** "Nhiệm vụ 2, B (chất lượng)" for a plan key `tasks.2.B`; undefined for other keys. */
export function taskCellName(key: string, lang: 'vi' | 'en' = 'vi'): string | undefined {
  const m = /^tasks\.(\d+)\.(\w+)$/.exec(key);
  const names = m ? CELL_NAMES[m[2] as TaskCell] : undefined;
  if (!(m && names)) return undefined;
  return `${lang === 'vi' ? 'Nhiệm vụ' : 'Task'} ${m[1]}, ${names[lang === 'vi' ? 0 : 1]}`;
}

/**
 * The value a task gives for a cell (flags as true/false; Mức as "1"–"3"), or undefined. A task's
 * points are not the task's own: they are rubric-core's classification's (see {@link taskSteps}).
 */
export function taskValue(t: Task, cell: TaskCell): FieldValue | undefined {
  switch (cell) {
    case 'points':
      return undefined;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
      return t.components?.[cell];
    case 'exceeded':
    case 'key':
    case 'late':
      return t[cell] === true;
    case 'keyLevel':
      return t.keyLevel === undefined ? undefined : String(t.keyLevel);
    default:
      return t[cell];
  }
}

/** A task-table step of a form map (see formmap.ts). */
export interface TaskRowsStep {
  readonly rows: string;
  readonly cells: Partial<Record<TaskCell, string>>;
  readonly add?: object;
  readonly values?: Partial<Record<TaskCell, Record<string, string>>>;
  readonly decimal?: DecimalMark;
  readonly waitMs?: number;
}

/** One planned cell write (shaped as a fill plan step). */
export interface TaskCellStep {
  readonly key: string;
  readonly locator: RowLocator;
  readonly value?: FieldValue;
  readonly addRow?: { readonly press?: object; readonly own?: true };
  readonly waitMs?: number;
  readonly decimal?: DecimalMark;
  readonly aliases?: readonly string[];
}

/**
 * An axis's title in the pack ("Trục 1: Thực hiện mục tiêu…") as a choice may offer it: the title,
 * its head before the colon ("Trục 1"), its number ("1", an option's value only, see pickOption).
 */
export function axisAliases(title: string): string[] {
  const head = /^([^:]*?(\d+))\s*:/.exec(title);
  return head?.[1] && head[2] ? [title, head[1].trim(), head[2]] : [title];
}

/**
 * The steps of a task table for a draft's task list: per task, make room for its row (press the
 * page's add-row button when the page has fewer rows), then each mapped cell the task has a value
 * for; the `points` cell takes `points[N-1]`, the task's points as rubric-core classified the
 * draft (`breakdown.tasks`). `axes`: the pack's result axes; a choice of a task's axis then also
 * takes its title there ("Trục 1: …", "Trục 1", "1", see axisAliases), unless the map's `values.axis`
 * words it; a text cell still gets the id. Keys: `tasks.N` (the row) and `tasks.N.cell`, N from 1.
 * `own` (a map detected on the page, which names no button): rows are added with the table's own
 * add-row button when the fill finds one (add-row.ts); a map's step without `add` adds none.
 */
export function taskSteps(
  step: TaskRowsStep,
  tasks: readonly Task[],
  points: readonly number[] = [],
  axes: readonly { readonly id: string; readonly vi: string }[] = [],
  own = false,
): TaskCellStep[] {
  const out: TaskCellStep[] = [];
  tasks.forEach((t, i) => {
    const row = i + 1;
    const nameCell = step.cells.name;
    const named = nameCell && t.name ? { named: { cell: nameCell, text: t.name } } : {};
    out.push({
      key: `tasks.${row}`,
      locator: { rows: step.rows, row, cell: '' },
      addRow: step.add ? { press: step.add } : own ? { own: true } : {},
      ...(step.waitMs === undefined ? {} : { waitMs: step.waitMs }),
    });
    for (const cell of TASK_CELLS) {
      const css = step.cells[cell];
      let value = css ? (cell === 'points' ? points[i] : taskValue(t, cell)) : undefined;
      if (css === undefined || value === undefined) continue;
      const mapped = step.values?.[cell]?.[String(value)];
      value = mapped ?? value;
      // An axis the map does not word itself is also chosen by its title in the pack (see axisAliases).
      const axis = cell === 'axis' && mapped === undefined ? axes.find((a) => a.id === value) : undefined;
      const number = typeof value === 'number' && step.decimal ? { decimal: step.decimal } : {};
      out.push({
        key: `tasks.${row}.${cell}`,
        locator: { rows: step.rows, row, cell: css, ...named },
        value,
        ...number,
        ...(axis ? { aliases: axisAliases(axis.vi) } : {}),
      });
    }
  });
  return out;
}
