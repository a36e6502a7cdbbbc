import {
  type AddRowNote,
  type FormMap,
  MAPPABLE_FIELDS,
  type MappableField,
  type NotOnPage,
  OFFICIAL_LABELS,
  type PlannedStep,
  type PreviewRow,
} from '@tusoi/form-kit';
import { missingRows, TASK_CELLS, type TaskCell, taskCellLabel, taskValue } from '@tusoi/form-kit/rows';
import { formatNumber, type Lang, type Pack, type Pack2 } from '@tusoi/rubric-core';
import { criterionName, fieldLabel as uiFieldLabel } from '@tusoi/ui';

// Words of the portal actions (pick, nothing recognised, frames), Vietnamese first.
const vi = {
  pickFor: 'Trường trong bản kiểm điểm',
  pickCancel: 'Huỷ chọn',
  pickCancelled: 'Đã thôi chọn trường; trang không bị thay đổi.',
  pickEndedByAction: 'Đã thôi chọn trường đang chờ (không gắn gì) trước khi làm việc bạn vừa bấm.',
  detectedUpdated: 'Đã cập nhật bản đồ biểu mẫu đã nhận diện trước đó trên trang này (bản cũ được thay).',
  pickedRow: 'Bạn đã chọn trên trang',
  colField: 'Trường',
  colOnPage: 'Ô trên trang',
  colNow: 'Trang đang có',
  colWill: 'Sẽ ghi (theo bản kiểm điểm)',
  empty: '(trống)',
  on: 'đã chọn',
  off: 'chưa chọn',
  draftHasNone: 'Bản kiểm điểm chưa có, không ghi',
  draftUnscored: 'Bản kiểm điểm còn lỗi nên chưa tính được điểm, không ghi',
  boxNotFound: 'Không thấy ô này trên trang, không ghi',
  noMatch: 'Trang không có lựa chọn nào khớp, không ghi',
  lockedReadonly: 'trang khoá, không điền',
  lockedComputed: 'trang tự tính, không điền',
  pickTimeout:
    'Hết thời gian chọn (không bấm vào ô nào); trang không bị thay đổi. Bấm “Chọn trường này trên trang” để chọn lại.',
  nothingToUndo: 'Không có gì để hoàn tác.',
  notRecognised: 'Tự Soi không nhận ra biểu mẫu kiểm điểm nào trên trang này, nên chưa ghi gì.',
  lookedFor: 'Đã tìm các nhãn chính thức',
  foundCount: 'Số trường tìm thấy theo nhãn chính thức',
  nextSteps:
    'Bạn có thể: (1) chọn một trường ở danh sách “Trường trong bản kiểm điểm”, bấm “Chọn trường này trên trang” rồi bấm vào ô tương ứng (lần sau Tự Soi nhớ); hoặc (2) nhập bản đồ biểu mẫu của cổng ở trang Cài đặt → Bản đồ biểu mẫu.',
  frameBlocked: 'Biểu mẫu nằm trong khung (iframe) của một trang khác',
  pickFrameBlocked: 'Không chọn được trong khung (iframe) của trang khác chưa được phép',
  frameWhy:
    'Tự Soi chưa được phép đọc trang đó nên không đọc và không điền được. Để cho phép: mở Cài đặt → Cổng kiểm điểm, nhập địa chỉ trên rồi bấm “Cho phép Tự Soi điền trên cổng này”.',
  inFrame: 'trong khung',
  notOnPage: 'Chưa tìm thấy trên trang',
  draftEmpty: 'Bản kiểm điểm chưa có nội dung cho',
  criteriaNotOnPage: 'các tiêu chí',
  criteriaHow: 'Tự Soi chưa nhận ra các hàng tiêu chí: hãy chọn từng trường trên trang hoặc nhập bản đồ biểu mẫu',
  tasksNotOnPage: 'nhiệm vụ (bản đồ biểu mẫu không có bảng nhiệm vụ)',
  tasksNotRecognised:
    'nhiệm vụ (Tự Soi chưa nhận ra bảng nhiệm vụ trên trang: hãy tự điền các dòng nhiệm vụ trên trang, hoặc nhập bản đồ biểu mẫu của cổng ở trang Cài đặt → Bản đồ biểu mẫu)',
  taskAddedRow: 'dòng sẽ thêm',
  taskRows: 'nhiệm vụ, mỗi nhiệm vụ một dòng',
  taskAdd: 'trang thiếu dòng thì bấm nút thêm dòng của trang',
  taskNone: 'Bản kiểm điểm không có nhiệm vụ nào: Tự Soi không ghi gì vào bảng này',
  unratedCheck:
    'Quý này chưa xếp loại (Q26-30): Tự Soi không hỏi mức đề xuất xếp loại; mức của quý để trang và cấp có thẩm quyền ghi.',
  checkIntro:
    'Biểu mẫu chưa có trong danh sách. Tự Soi nhận ra các trường như sau; bấm “Kiểm tra” để chỉ đọc và so với bản kiểm điểm, không ghi gì lên trang:',
  checkKnownIntro:
    'dùng lần đầu trên trang này. Bấm “Kiểm tra” để chỉ đọc và so với bản kiểm điểm, không ghi gì lên trang:',
  criteriaRows: 'Bảng tiêu chí: chọn Đảm bảo / Không đảm bảo (và ghi lý do) theo bản kiểm điểm ở các hàng',
  knownMapIntro: 'dùng lần đầu trên trang này. Tự Soi sẽ điền như sau; chưa có gì được ghi:',
  knownMap: 'Bản đồ biểu mẫu',
  met: 'Đảm bảo',
  notMet: 'Không đảm bảo',
  notApplicable: 'K/AD',
  points: 'điểm',
  reason: 'lý do',
  noControl: 'trang không có ô này, không chọn',
  unanswered: 'Bản kiểm điểm chưa trả lời, không chọn',
  notScored: 'Bản kiểm điểm chưa tính được điểm (còn thiếu hoặc sai dữ liệu), không ghi',
  taskTable: 'Bảng nhiệm vụ (sản phẩm)',
  taskWill: 'Bảng nhiệm vụ: Tự Soi sẽ ghi vào các dòng như sau',
  taskAddRows: 'dòng nhiệm vụ, Tự Soi sẽ bấm nút thêm dòng của trang để thêm',
  pageCode:
    'Bấm nút của trang là chạy mã của chính trang, Tự Soi không xem được bên trong; nếu trang định gửi biểu mẫu hoặc gửi dữ liệu đi, Tự Soi ngừng bấm và báo.',
  taskRowsOnPage: 'Trang có',
  taskDraftHas: 'bản kiểm điểm có',
  taskNoColumn: 'Bảng nhiệm vụ trên trang không có cột',
  taskNoColumnWhy: 'các giá trị này không ghi',
  pageKeeps: 'Giữ lựa chọn của trang, không ghi',
  periodDiffers: 'Kỳ đánh giá trên trang khác bản kiểm điểm',
  periodPage: 'trang đang chọn',
  periodPageTyped: 'trang đang ghi',
  periodDraft: 'bản kiểm điểm là',
  periodWhat:
    'Tự Soi không đổi kỳ đánh giá của trang; hãy chọn đúng kỳ trên trang, hoặc mở bản kiểm điểm của kỳ trang đang chọn.',
} as const;

const en: Record<keyof typeof vi, string> = {
  pickFor: 'Field of the self-review',
  pickCancel: 'Cancel picking',
  pickCancelled: 'Picking cancelled; the page was not changed.',
  pickEndedByAction: 'The pending pick was ended (nothing mapped) before doing what you pressed.',
  detectedUpdated: 'Updated the form map detected earlier on this page (the older one was replaced).',
  pickedRow: 'Picked by you on the page',
  colField: 'Field',
  colOnPage: 'Box on the page',
  colNow: 'The page holds',
  colWill: 'To be written (from the draft)',
  empty: '(empty)',
  on: 'selected',
  off: 'not selected',
  draftHasNone: 'The draft has none; nothing written',
  draftUnscored: 'The draft has errors, so no score could be worked out; nothing written',
  boxNotFound: 'This box is not on the page; nothing written',
  noMatch: 'No choice on the page matches; nothing written',
  lockedReadonly: 'locked by the page, not filled',
  lockedComputed: 'computed by the page, not filled',
  pickTimeout:
    'Picking timed out (no box was clicked); the page was not changed. Press “Pick this field on the page” again.',
  nothingToUndo: 'Nothing to undo.',
  notRecognised: 'Tự Soi found no review form it recognises on this page, so nothing was written.',
  lookedFor: 'Official labels looked for',
  foundCount: 'Fields found by their official labels',
  nextSteps:
    'You can (1) choose a field in “Field of the self-review”, press “Pick this field on the page” and click its box (remembered next time), or (2) import the portal’s form map on the Settings page → Form maps.',
  frameBlocked: 'The form is inside a frame of another site',
  pickFrameBlocked: 'Cannot pick inside a frame of another site not allowed yet',
  frameWhy:
    'Tự Soi has not been allowed to read that site, so it cannot read or fill it. To allow it: Settings → Review portals, enter that address and press “Allow Tự Soi to fill on this portal”.',
  inFrame: 'in the frame',
  notOnPage: 'Not found on the page',
  draftEmpty: 'The draft has nothing yet for',
  criteriaNotOnPage: 'criteria',
  criteriaHow: 'Tự Soi did not recognise the criteria rows: pick each field on the page or import a form map',
  tasksNotOnPage: 'tasks (the form map has no task table)',
  tasksNotRecognised:
    'tasks (Tự Soi did not recognise the task table on the page: fill the task rows on the page yourself, or import the portal’s form map on the Settings page → Form maps)',
  taskAddedRow: 'row to be added',
  taskRows: 'tasks, one row each',
  taskAdd: 'rows the page lacks are added with the page’s add-row button',
  taskNone: 'The draft has no tasks: Tự Soi writes nothing in this table',
  unratedCheck:
    'This quarter is not rated (Q26-30): Tự Soi does not ask for a proposed level; the quarter’s level is left to the page and the competent level.',
  checkIntro:
    'This form is not known yet. Tự Soi recognised these fields; press “Check” to only read them and compare with the draft, writing nothing on the page:',
  checkKnownIntro:
    'is used on this page for the first time. Press “Check” to only read it and compare with the draft, writing nothing on the page:',
  criteriaRows: 'Criteria table: met / not met (and the reason) chosen as the draft says, in rows',
  knownMapIntro: 'is used on this page for the first time. Tự Soi will fill as follows; nothing is written yet:',
  knownMap: 'Form map',
  met: 'Met (Đảm bảo)',
  notMet: 'Not met (Không đảm bảo)',
  notApplicable: 'Not applicable (K/AD)',
  points: 'points',
  reason: 'reason',
  noControl: 'the page has no box for it; nothing chosen',
  unanswered: 'The draft has no answer; nothing chosen',
  notScored: 'The draft cannot be scored yet (data missing or wrong); nothing written',
  taskTable: 'Task table',
  taskWill: 'Task table: Tự Soi will write these rows',
  taskAddRows: 'task rows; Tự Soi will press the page’s add-row button to add',
  pageCode:
    'Pressing the page’s button runs the page’s own code, which Tự Soi cannot see into; if the page tries to submit the form or sends data, Tự Soi stops pressing and says so.',
  taskRowsOnPage: 'The page has',
  taskDraftHas: 'the draft has',
  taskNoColumn: 'The task table on the page has no column for',
  taskNoColumnWhy: 'these values are not written',
  pageKeeps: 'The page’s choice is kept; nothing written',
  periodDiffers: 'The review period on the page differs from the draft',
  periodPage: 'the page has',
  periodPageTyped: 'the page has',
  periodDraft: 'the draft is',
  periodWhat:
    'Tự Soi does not change the page’s review period; choose the right period on the page, or open the draft of the period the page shows.',
};

/** The portal actions' words in a language. */
export function portalTexts(lang: Lang): Record<keyof typeof vi, string> {
  return lang === 'en' ? en : vi;
}

const stripNumber = (s: string) => s.replace(/^[IVX]+\.\s*/, '').replace(/\s*\(\/\d+\)$/, '');

/** A draft field by the words the form shows for it (never its internal key), without its section number. */
export function fieldLabel(field: MappableField, lang: Lang): string {
  return stripNumber(uiFieldLabel(field, lang));
}

/** The draft fields a pick can name, in the order of the forms. */
export const PICKABLE: readonly MappableField[] = MAPPABLE_FIELDS;

/** The official labels detection looks for, as one line of text. */
export function officialLabelList(): string {
  return OFFICIAL_LABELS.map(([, names]) => names[0]).join(', ');
}

/**
 * The draft's values the form has no field for, as one sentence ("" when none): said after
 * "Đã điền N/N" (which counts only the fields tried) and in the preview, never left unsaid.
 */
export function notOnPageText(n: NotOnPage, lang: Lang, mapHasCriteria = false, detected = false): string {
  const p = portalTexts(lang);
  const parts = n.fields.map((f) => fieldLabel(f, lang));
  if (n.criteria.length > 0) parts.push(`${p.criteriaNotOnPage} ${n.criteria.join(', ')}`);
  // A map detected on the page (no form map): the page's task table was not recognised, said with what to do.
  if (n.tasks > 0) parts.push(`${n.tasks} ${detected ? p.tasksNotRecognised : p.tasksNotOnPage}`);
  if (parts.length === 0) return '';
  const how = n.criteria.length > 0 && !mapHasCriteria ? ` (${p.criteriaHow})` : '';
  return `${p.notOnPage}: ${parts.join('; ')}${how}.`;
}

/** A map's task table in the preview: how many of the draft's tasks go to rows, and whether rows are added (`own`: the table's own button a detected map's fill presses). */
/**
 * A check's status: how many problems it found and how many of them got a note beside their field
 * (`noted`, read back from the page); the others (a missing task row, a fact the page does not
 * hold) are only in the panel's list.
 */
export function problemsText(found: number, noted: number, lang: Lang): string {
  const n = Math.max(0, Math.min(noted, found));
  const rest = found - n;
  if (lang === 'en')
    return rest === 0
      ? `${found} problem${found === 1 ? '' : 's'} on the form, ${found === 1 ? 'noted beside its field' : 'each noted beside its field'}.`
      : `${found} problem${found === 1 ? '' : 's'} on the form; ${n} noted beside ${n === 1 ? 'its field' : 'their fields'}, ${rest} with no field to note (see the list).`;
  return rest === 0
    ? `${found} vấn đề trên biểu mẫu, đều được ghi chú cạnh trường.`
    : `${found} vấn đề trên biểu mẫu; ${n} được ghi chú cạnh trường, ${rest} không có ô để ghi chú (xem danh sách).`;
}

export function taskTableText(table: { readonly add?: unknown }, tasks: number, lang: Lang, own?: string): string {
  const p = portalTexts(lang);
  // No tasks: nothing goes in the table (a quarter not rated has none), so no talk of rows.
  if (tasks === 0) return p.taskNone;
  return `${tasks} ${p.taskRows}${table.add ? `; ${p.taskAdd}` : own ? `; ${p.taskAdd} («${own}»)` : ''}`;
}

/** The planned step of a preview row's field (its first, when a map writes it twice). */
export function plannedFor(planned: readonly PlannedStep[] | undefined, field: string): PlannedStep | undefined {
  return planned?.find((s) => s.key === field || s.key.startsWith(`${field}#`) || s.key.startsWith(`${field}.`));
}

const clip = (t: string) => (t.length > 80 ? `${t.slice(0, 79)}…` : t);

/** What a field shows now, in words: its text, the chosen option, a checkbox's state; "(trống)" when empty. */
export function nowText(now: PlannedStep['now'], lang: Lang): string {
  const p = portalTexts(lang);
  if (typeof now === 'boolean') return now ? p.on : p.off;
  return now === null || now.trim() === '' ? p.empty : clip(now.trim());
}

/**
 * What a fill will write in a preview row's field, in the page's words (the option or button it
 * will choose, a number in the field's decimal style); else why nothing: the page locks it
 * ("trang khoá") or computes it ("trang tự tính"), the box is not on the page (`draftHas`: the draft
 * has a value for it), the draft has nothing for it or (`unscored`) its scores could not be worked out
 * because the draft has errors, no choice matches.
 */
export function willText(
  row: PreviewRow,
  planned: PlannedStep | undefined,
  lang: Lang,
  draftHas = false,
  unscored = false,
): string {
  const p = portalTexts(lang);
  if (row.ambiguous) return '—';
  if (planned?.locked || (!planned && row.locked))
    return planned?.locked === 'computed' ? p.lockedComputed : p.lockedReadonly;
  if (!planned)
    return row.field === ('click' as MappableField) || row.field === ('taskList' as MappableField)
      ? row.found
      : draftHas
        ? p.boxNotFound
        : // A score rubric-core could not work out (the draft has errors) is not "nothing in the draft".
          unscored && row.field.startsWith('scores.')
          ? p.draftUnscored
          : p.draftHasNone;
  // The page's own review period is kept (see form-kit's `keepChosen`): said with what it holds.
  if (planned.kept) return `${p.pageKeeps} (${nowText(planned.now, lang)})`;
  if (typeof planned.will === 'boolean') return planned.will ? p.on : p.off;
  if (planned.will === null) return p.noMatch;
  return planned.will.trim() === '' ? p.empty : clip(planned.will);
}

/**
 * A criterion row of a preview by the criterion's own code and words, as the pack's table shows
 * them ("Tiêu chí 1.3: …"); by its code alone when the draft's pack is not at hand.
 */
export function criterionRowLabel(id: string, pack: Pack | Pack2 | undefined, lang: Lang): string {
  const items =
    pack === undefined
      ? []
      : pack.format === 'tusoi.pack/2'
        ? pack.general.groups.flatMap((g) => g.items)
        : [...pack.general.sections, ...pack.results.sections].flatMap((s) => s.criteria);
  const found = items.find((c) => c.id === id);
  const code = /(\d+(?:\.\d+)*)$/.exec(id)?.[1] ?? id;
  return found ? criterionName(found, lang, 80) : `${lang === 'en' ? 'Criterion' : 'Tiêu chí'} ${code}`;
}

/**
 * The criterion a check problem concerns (`criteria.<id>`, its `.reason` or `.points`), in its
 * pack's words ("Tiêu chí 1.5: …"), shown under the problem: the page's row may hold only a number,
 * or no words at all. Null when the problem is not about a criterion the pack names.
 */
export function problemCriterion(field: string, pack: Pack | Pack2 | undefined, lang: Lang): string | null {
  const id = /^criteria\.(.+?)(?:\.reason|\.points)?$/.exec(field)?.[1];
  if (id === undefined || pack === undefined) return null;
  const items =
    pack.format === 'tusoi.pack/2'
      ? pack.general.groups.flatMap((g) => g.items)
      : [...pack.general.sections, ...pack.results.sections].flatMap((s) => s.criteria);
  return items.some((c) => c.id === id) ? criterionRowLabel(id, pack, lang) : null;
}

/** A draft's answer to a criterion (tusoi.assessment/1 true/false/points, or /2 `{ answer, points?, reason? }`). */
type CriterionValue = boolean | number | { answer?: string; points?: number; reason?: string } | null | undefined;

/**
 * What a fill will choose in a criterion row, in words: "Đảm bảo", "Không đảm bảo; lý do: “…”",
 * "K/AD; lý do: “…”", points; or why nothing (no answer, no box for it on the page). `reason` is
 * the text the fill writes in the row's reason box (none when the map has no reason box).
 */
export function criterionWillText(
  value: CriterionValue,
  reason: string | undefined,
  has: { met: boolean; notMet: boolean; notApplicable: boolean; points: boolean },
  lang: Lang,
): string {
  const p = portalTexts(lang);
  const answer =
    value === true
      ? 'met'
      : value === false
        ? 'notMet'
        : typeof value === 'number'
          ? 'points'
          : typeof value === 'object' && value !== null
            ? value.answer
            : undefined;
  if (answer === 'points') return has.points ? `${formatNumber(value as number, lang)} ${p.points}` : p.noControl;
  if (answer !== 'met' && answer !== 'notMet' && answer !== 'notApplicable') return p.unanswered;
  const word = p[answer];
  if (!has[answer]) return `${word}: ${p.noControl}`;
  const points =
    typeof value === 'object' && value?.points !== undefined && has.points
      ? `, ${formatNumber(value.points, lang)} ${p.points}`
      : '';
  const why = reason && answer !== 'met' ? `; ${p.reason}: “${clip(reason)}”` : '';
  return `${word}${points}${why}`;
}

/** A draft task as the preview reads it (tusoi.assessment/2 `taskList[]`). */
type DraftTask = Parameters<typeof taskValue>[0];

// The cells a draft's tasks give values for (a flag only when some task has it set): a task table
// without such a column leaves them unwritten, and the preview names them. A task's points are the
// page's own sum and its frame is the draft's: neither is asked of a table.
function cellsOf(tasks: readonly DraftTask[]): TaskCell[] {
  return TASK_CELLS.filter(
    (c) =>
      c !== 'points' && c !== 'frame' && tasks.some((t) => ((v) => v !== undefined && v !== false)(taskValue(t, c))),
  );
}

// A detected task table's own add-row button, in the preview: pressed (by its name), or why not and what to do.
const ownButton = (lang: Lang, have: number, button: string, n: number) =>
  lang === 'vi'
    ? `Trang có ${have} dòng nhiệm vụ, Tự Soi sẽ bấm nút «${button}» của trang để thêm ${n} dòng (từng dòng một, đọc lại sau mỗi lần bấm). Hoàn tác xoá nội dung đã điền nhưng giữ các dòng đã thêm (Tự Soi không bấm nút xoá).`
    : `The page has ${have} task row${have === 1 ? '' : 's'}; Tự Soi will press the page’s “${button}” button to add ${n} row${n === 1 ? '' : 's'} (one at a time, read back after each press). Undo clears what was filled but keeps the added rows (Tự Soi never presses delete).`;
const noPress = (lang: Lang, have: number, want: number, why: string, n: number) =>
  lang === 'vi'
    ? `Trang có ${have} dòng nhiệm vụ, bản kiểm điểm có ${want} nhiệm vụ: ${why}. Hãy tự thêm ${n} dòng trên trang rồi bấm “Điền biểu mẫu” lại.`
    : `The page has ${have} task row${have === 1 ? '' : 's'}, the draft has ${want} tasks: ${why}. Add ${n} row${n === 1 ? '' : 's'} on the page yourself, then press “Fill the form” again.`;

/**
 * What a fill will write into a map's task tables, before anything is written: one line per task
 * row the page has (each cell by its name and what it will hold, in the page's words), the rows
 * the page lacks (added with the page's button, or what the user can do: form-kit's words, as the
 * fill says them) and the columns the draft has values for that the table lacks. Empty when the map
 * has no task table. `adds` (a detected map's, see form-kit's `Detection.addRows`): the table's own
 * add-row button the fill will press, by its name, or why none will be pressed.
 */
export function taskPreview(
  steps: readonly FormMap['steps'][number][],
  planned: readonly PlannedStep[] | undefined,
  tasks: readonly DraftTask[],
  lang: Lang,
  adds: readonly AddRowNote[] = [],
): { lines: string[]; notes: string[] } {
  const p = portalTexts(lang);
  const tables = steps.flatMap((s) => ('tasks' in s ? [s.tasks] : []));
  if (tables.length === 0 || tasks.length === 0) return { lines: [], notes: [] };
  const lines: string[] = [];
  // Tasks without a row (none planned) and tasks in rows the fill adds (planned as `added`): both rows to make.
  const missing: number[] = [];
  const lacking: number[] = [];
  tasks.forEach((_, i) => {
    const mine = (planned ?? []).filter((s) => s.key.startsWith(`tasks.${i + 1}.`));
    if (mine.length === 0) {
      missing.push(i + 1);
      lacking.push(i + 1);
      return;
    }
    const added = mine.every((s) => s.added);
    if (added) lacking.push(i + 1);
    const cells = mine.map((s) => {
      const cell = s.key.split('.')[2] as TaskCell;
      const will = s.locked
        ? s.locked === 'computed'
          ? p.lockedComputed
          : p.lockedReadonly
        : typeof s.will === 'boolean'
          ? s.will
            ? p.on
            : p.off
          : s.will === null
            ? p.noMatch
            : `“${clip(s.will)}”`;
      return `${taskCellLabel(cell, lang)}: ${will}`;
    });
    lines.push(
      `${lang === 'vi' ? 'Nhiệm vụ' : 'Task'} ${i + 1}${added ? ` (${p.taskAddedRow})` : ''} — ${cells.join('; ')}`,
    );
  });
  const notes: string[] = [];
  if (lacking.length > 0) {
    const add = tables.some((t) => t.add !== undefined);
    const have = (lacking[0] as number) - 1;
    const own = adds.find((a) => tables.some((t) => t.rows === a.rows));
    notes.push(
      add
        ? `${p.taskRowsOnPage} ${have} ${p.taskAddRows} ${lacking.length}. ${p.pageCode}`
        : own?.button
          ? `${ownButton(lang, have, own.button, lacking.length)} ${p.pageCode}`
          : own?.why
            ? noPress(lang, have, tasks.length, own.why[lang].replace(/\.$/, ''), lacking.length)
            : missingRows(lacking, 'no-button')[lang],
    );
  }
  const columns = missingColumns(steps, tasks, lang);
  if (columns) notes.push(columns);
  return { lines, notes };
}

/**
 * The columns a map's task tables lack for values the draft's tasks have ("Bảng nhiệm vụ trên trang
 * không có cột: trục, vượt chuẩn (các giá trị này không ghi)."), said in the preview and after the
 * fill; "" when none, or when the map has no task table (then the tasks are not on the page at all).
 */
export function missingColumns(
  steps: readonly FormMap['steps'][number][],
  tasks: readonly DraftTask[],
  lang: Lang,
): string {
  const p = portalTexts(lang);
  const tables = steps.flatMap((s) => ('tasks' in s ? [s.tasks] : []));
  if (tables.length === 0) return '';
  const absent = cellsOf(tasks).filter((c) =>
    tables.every((t) => (t.cells as Partial<Record<TaskCell, string>>)[c] === undefined),
  );
  return absent.length > 0
    ? `${p.taskNoColumn}: ${absent.map((c) => taskCellLabel(c, lang)).join(', ')} (${p.taskNoColumnWhy}).`
    : '';
}

/**
 * The page's review period against the draft's, when the page has one chosen that the fill keeps
 * (see form-kit's `keepChosen`): one warning line, Vietnamese first; "" when they agree or the page
 * shows none.
 */
export function periodWarning(
  planned: readonly PlannedStep[] | undefined,
  period: { year?: number; quarter?: number } | undefined,
  lang: Lang,
): string {
  const p = portalTexts(lang);
  const kept = (key: string) => planned?.find((s) => s.key === key && s.kept && typeof s.now === 'string');
  const quarter = kept('period.quarter');
  const year = kept('period.year');
  if (!quarter && !year) return '';
  // The page's quarter and its year field, as it shows them ("Quý II, 2025").
  const page = [quarter?.now, year?.now].filter(Boolean).join(', ');
  // The draft's period as forms print it: "Quý III/2026", its year once (an option may name it already).
  const q = quarter
    ? typeof quarter.will === 'string'
      ? quarter.will
      : `${lang === 'vi' ? 'Quý' : 'Quarter'} ${period?.quarter ?? ''}`
    : '';
  const draft = !q
    ? String(period?.year ?? year?.will ?? '')
    : period?.year && !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(q)
      ? `${q}/${period.year}`
      : q;
  // A box the page writes in (a year typed) is "đang ghi"; a choice is "đang chọn".
  const said = [quarter, year].every((s) => !s || s.typed) ? p.periodPageTyped : p.periodPage;
  return `${p.periodDiffers}: ${said} “${page}”, ${p.periodDraft} “${draft}”. ${p.periodWhat}`;
}
