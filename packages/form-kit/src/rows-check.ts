import {
  type Assessment,
  builtinPack2,
  formatNumber,
  type InputIssue,
  type Message,
  type Pack2,
  parsePack2,
  scoreQuarter,
  TusoiInputError,
} from '@tusoi/rubric-core';
import { choiceAliases, pickOption } from './choices';
import { ANSWER, criterionRows } from './criterion-answer';
import { type FieldValue, readBack } from './fill';
import type { FormProblem } from './form-problem';
import type { FormMap } from './formmap';
import { find, locate } from './locate';
import type { Locator, Scope } from './locator-types';
import { decimalOf, readNumber } from './numbers';
import { type RowLocator, type TaskRowsStep, taskCellName, taskSteps } from './rows';

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

// What a cell shows, in words: a flag as có/không, a choice by the text of its option.
function shown(el: Element, lang: 'vi' | 'en'): string {
  const now = readBack(el);
  if (typeof now === 'boolean') return now ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no';
  if (el.localName === 'select') return norm((el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  return norm(String(now ?? ''));
}
const wanted = (want: FieldValue, lang: 'vi' | 'en') =>
  typeof want === 'boolean'
    ? want
      ? lang === 'vi'
        ? 'có'
        : 'yes'
      : lang === 'vi'
        ? 'không'
        : 'no'
    : typeof want === 'number'
      ? formatNumber(want, lang)
      : String(want);

// Compared by meaning: a number in the cell's decimal mark, a flag by its state, a choice by value or
// text, or as the fill chooses it (an axis also by its title in the pack, see axisAliases).
function same(el: Element, want: FieldValue, decimal: ',' | '.' | undefined, aliases: readonly string[] = []): boolean {
  const now = readBack(el);
  if (typeof want === 'boolean') return now === want;
  const text = String(now ?? '');
  if (typeof want === 'number') return readNumber(text, decimalOf(el, decimal, false)) === want;
  if (el.localName === 'select') {
    const o = (el as HTMLSelectElement).selectedOptions[0];
    if (o === undefined) return false;
    if (o.value === want || norm(o.text) === norm(want)) return true;
    const options = [...(el as HTMLSelectElement).options];
    const i = pickOption(
      options.map((x) => ({ text: norm(x.text), value: x.value })),
      [...choiceAliases('', want), ...aliases],
    );
    return i >= 0 && options[i] === o;
  }
  return norm(text) === norm(want);
}

// The pack a draft is scored by: the user's own one the panel sent (once checked), else the built-in one it names.
const packOf = (draft: Partial<Assessment>, own: Pack2 | undefined): Pack2 | undefined =>
  own ?? (draft.criteria ? builtinPack2(draft.criteria.pack) : undefined);

/**
 * The draft's value of a task cell in the words a person reads: a choice by the page's own option
 * text for it ("Trục 1", not the code "1"), an axis by its name in the pack ("Trục 3 …", never its
 * id "T3"), else the value itself.
 */
function wantedIn(
  el: Element,
  want: FieldValue,
  axis: string | undefined,
  pack: Pack2 | undefined,
  lang: 'vi' | 'en',
  aliases: readonly string[] = [],
) {
  if (el.localName === 'select') {
    const options = [...(el as HTMLSelectElement).options];
    const o = options.find((x) => x.value !== '' && x.value === String(want));
    if (o) return norm(o.text);
    // The option the fill would choose for it (an axis by its title's head, "Trục 1").
    const i =
      aliases.length > 0
        ? pickOption(
            options.map((x) => ({ text: norm(x.text), value: x.value })),
            aliases,
          )
        : -1;
    if (i >= 0) return norm(options[i]?.text ?? '');
  }
  const a = axis === undefined ? undefined : pack?.results.axes?.find((x) => x.id === axis);
  if (a) return `${lang === 'en' && a.en ? a.en : a.vi} (${a.id})`;
  return wanted(want, lang);
}

/**
 * Each cell of each task row a map names, compared with the draft's task list: a row the page
 * lacks is one `ROW_MISSING`; a cell showing another value (or nothing) is `DIFFERS_FROM_DRAFT`,
 * the draft's value told as a person reads it (see wantedIn). A task's row is found by its name
 * when the map names the name cell, else by position. `points`: each task's points as classified
 * (compared where the map names a points cell). `ownPack`: the user's own tusoi.pack/2 (see
 * checkReasons), for the names of its axes.
 */
export function checkTaskRows(
  root: Scope,
  map: FormMap,
  draft: Partial<Assessment>,
  points?: readonly number[],
  ownPack?: unknown,
): FormProblem[] {
  const out: FormProblem[] = [];
  const checked = ownPack === undefined ? undefined : ownPackOf(ownPack, draft);
  const pack = packOf(draft, checked && !('code' in checked) ? checked : undefined);
  for (const step of map.steps) {
    if (!('tasks' in step)) continue;
    const missing = new Set<string>();
    for (const s of taskSteps(step.tasks as TaskRowsStep, draft.taskList ?? [], points, pack?.results.axes)) {
      const row = s.key.split('.').slice(0, 2).join('.');
      if (s.addRow || s.value === undefined || missing.has(row)) continue;
      const el = find(root, { ...s.locator, by: 'any' } as RowLocator).el;
      const name = { vi: taskCellName(s.key, 'vi') ?? s.key, en: taskCellName(s.key, 'en') ?? s.key };
      if (!el) {
        missing.add(row);
        const n = row.split('.')[1];
        out.push({
          code: 'ROW_MISSING',
          field: s.key as `tasks.${string}`,
          message: { vi: `Trang thiếu dòng nhiệm vụ ${n}.`, en: `The page lacks the row of task ${n}.` },
          element: null,
        });
        continue;
      }
      if (same(el, s.value, s.decimal, s.aliases)) continue;
      const [, n, cell] = s.key.split('.');
      const axis = cell === 'axis' ? draft.taskList?.[Number(n) - 1]?.axis : undefined;
      const say = (lang: 'vi' | 'en'): string => {
        const now = shown(el, lang);
        const want = wantedIn(el, s.value as FieldValue, axis, pack, lang, s.aliases);
        const page =
          now === '' ? (lang === 'vi' ? 'để trống' : 'is empty') : lang === 'vi' ? `ghi "${now}"` : `shows "${now}"`;
        return lang === 'vi'
          ? `"${name.vi}": trang ${page}, bản kiểm điểm là "${want}".`
          : `"${name.en}": the page ${page}, the draft says "${want}".`;
      };
      const message: Message = { vi: say('vi'), en: say('en') };
      out.push({ code: 'DIFFERS_FROM_DRAFT', field: s.key as `tasks.${string}`, message, element: el });
    }
  }
  return out;
}

// What rubric-core says of the answers as the page shows them: a K/AD or a deduction the pack
// asks to justify, without a reason (one home for that rule: the pack's scoring). The pack is the
// user's own one the panel sent (checked already), else the built-in one the draft names.
function reasonIssues(
  draft: Partial<Assessment>,
  items: Record<string, unknown>,
  own: Pack2 | undefined,
): readonly InputIssue[] {
  const pack = own ?? (draft.criteria && builtinPack2(draft.criteria.pack));
  if (!pack || !draft.criteria) return [];
  try {
    scoreQuarter(pack, { ...draft, criteria: { ...draft.criteria, items } } as Assessment, false);
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues;
  }
  return [];
}

/** A criterion in its pack's words, "Tiêu chí 1.5: <wording>" (the number its table shows), when the pack has it. */
function criterionWords(pack: Pack2 | undefined, id: string): string | undefined {
  for (const g of pack?.general.groups ?? []) {
    const c = g.items.find((x) => x.id === id);
    if (!c) continue;
    const code = /\d+(?:\.\d+)*$/.exec(id)?.[0];
    // Wording that already starts with its number ("Tiêu chí 1.4 (nguyên văn …)") is not numbered twice.
    return code === undefined || c.vi.startsWith(`Tiêu chí ${code}`) ? c.vi : `Tiêu chí ${code}: ${c.vi}`;
  }
  return undefined;
}

/**
 * The user's own tusoi.pack/2 as the panel sent it, checked by rubric-core's parsePack2 and by the
 * draft's `criteria.pack` (the same id): the pack, or the problem that keeps it from judging
 * (`PACK_REFUSED` on `criteria.pack`, its first issue named, Vietnamese then English).
 */
export function ownPackOf(given: unknown, draft: Partial<Assessment>): Pack2 | FormProblem {
  const refused = (vi: string, en: string): FormProblem => ({
    code: 'PACK_REFUSED',
    field: 'criteria.pack',
    message: {
      vi: `Không dùng được bảng thang điểm của bạn để xét lý do các tiêu chí (${vi}); chỉ so câu trả lời với bản kiểm điểm.`,
      en: `Your scoring pack could not be used to judge the criteria's reasons (${en}); only the answers were compared with the draft.`,
    },
    element: null,
  });
  try {
    const pack = parsePack2(given);
    if (pack.id === draft.criteria?.pack) return pack;
    return refused(
      `bảng "${pack.id}", bản kiểm điểm dùng "${draft.criteria?.pack ?? ''}"`,
      `pack "${pack.id}", the draft uses "${draft.criteria?.pack ?? ''}"`,
    );
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    const [i] = e.issues;
    return refused(`${i?.path || 'pack'}: ${i?.message.vi ?? ''}`, `${i?.path || 'pack'}: ${i?.message.en ?? ''}`);
  }
}

/**
 * The reason of each criterion row a map names a reason box for: a reason on the page other than
 * the draft's (or none where the draft has one) is `DIFFERS_FROM_DRAFT` on `criteria.<id>.reason`;
 * a "Không đảm bảo" or "K/AD" on the page with no reason where rubric-core's pack asks for one (a
 * K/AD; a deduction from the pack's `deductionReasonMin`) is `EMPTY_REQUIRED` there. The pack is
 * `ownPack`, the user's own tusoi.pack/2 the draft is scored by (as the panel sent it: checked by
 * rubric-core's parsePack2, else `PACK_REFUSED` and the reasons compared only), or the built-in
 * one the draft names; with neither, reasons are compared, not judged.
 */
export function checkReasons(root: Scope, map: FormMap, draft: Partial<Assessment>, ownPack?: unknown): FormProblem[] {
  const out: FormProblem[] = [];
  let own: Pack2 | undefined;
  if (ownPack !== undefined) {
    const checked = ownPackOf(ownPack, draft);
    if ('code' in checked) out.push(checked);
    else own = checked;
  }
  const items: Record<string, unknown> = { ...draft.criteria?.items };
  // Rows showing an answer without a reason, by the path rubric-core names: the box, the row, the answer, the id.
  const blank = new Map<string, [Element, string, string, string]>();
  const pack = packOf(draft, own);
  for (const { step, want, answer, shown, name } of criterionRows(root, map, draft, (id) => criterionWords(pack, id))) {
    const box = step.reason ? locate(root, step.reason as Locator) : null;
    if (!box) continue;
    const id = step.criterion;
    const now = norm(String(readBack(box) ?? ''));
    const said = norm(answer?.reason ?? '');
    if (said && now !== said)
      out.push({
        code: 'DIFFERS_FROM_DRAFT',
        field: `criteria.${id}.reason`,
        message: {
          vi: `"${name}" (lý do): trang ${now ? `ghi "${now}"` : 'để trống'}, bản kiểm điểm là "${said}".`,
          en: `"${name}" (reason): the page ${now ? `shows "${now}"` : 'is empty'}, the draft says "${said}".`,
        },
        element: box,
      });
    else if (!now && shown && shown !== 'met') {
      // The page's answer, with the draft's points where the two answers agree.
      items[id] =
        shown === want && answer?.points !== undefined ? { answer: shown, points: answer.points } : { answer: shown };
      blank.set(`criteria.items.${id}.reason`, [box, name, ANSWER[shown] as string, id]);
    }
  }
  if (blank.size > 0)
    for (const issue of reasonIssues(draft, items, own)) {
      const hit = issue.code === 'reason-missing' && blank.get(issue.path);
      if (!hit) continue;
      const [element, name, shown, id] = hit;
      out.push({
        code: 'EMPTY_REQUIRED',
        field: `criteria.${id}.reason`,
        message: {
          vi: `"${name}": trang ghi "${shown}" mà chưa có lý do (${issue.message.vi}).`,
          en: `"${name}": the page shows "${shown}" with no reason (${issue.message.en}).`,
        },
        element,
      });
    }
  return out;
}
