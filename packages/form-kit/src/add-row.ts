// A task table's own add-row control, found without a form map ("+ Thêm", "Thêm dòng", an icon
// button titled "Thêm"), strictly: one control a person sees and may press, in the table (its
// caption, header or footer, never a task row: a row's own "+" or "x" acts on that row) or in the
// nearest block before or after it within its section, whose name reads as adding a row and
// nothing else. Two such controls are never guessed between; one that would submit, delete or send
// (safety.ts) is named and never pressed.

import type { Message } from '@tusoi/rubric-core';
import { caption, foldCaption, refusal } from './safety';
import { isVisible } from './state';

/** What the search found: the one control to press, or why none will be pressed. */
export type AddRowFound =
  | { readonly el: Element; readonly name: string }
  | { readonly el: null; readonly why: 'none'; readonly seen?: Message }
  | { readonly el: null; readonly why: 'two-buttons'; readonly names: readonly string[]; readonly message: Message }
  | { readonly el: Element; readonly why: 'refused'; readonly name: string; readonly message: Message };

const PRESSABLE = 'button, a, input[type=button], input[type=submit], input[type=image], [role=button]';
// Where a table's section ends: the search never looks past these.
const SECTION =
  'body, form, fieldset, section, article, main, details, dialog, [role=tabpanel], [role=region], [role=dialog]';
// Words after "Thêm"/"Add" that still name a new row (folded: no tone marks, đ as d).
const ROW_WORDS = new Set(
  'dong moi san pham nhiem vu cong viec hang muc mot 1 row rows task tasks item line new product a another'.split(' '),
);
const PLUS = /^[+＋➕]\s*/u;

/** Whether one part of a control's name reads as adding a row: "+", "Thêm", "+ Thêm dòng", "Add row". */
export function readsAddRow(part: string): boolean {
  const t = part.trim();
  if (PLUS.test(t) && t.replace(PLUS, '') === '') return true;
  const [verb, ...rest] = foldCaption(t.replace(PLUS, '')).trim().split(' ');
  return (verb === 'them' || verb === 'add') && rest.every((w) => ROW_WORDS.has(w));
}

// The control's name as a person reads it: its first part that reads as adding a row.
const addName = (el: Element): string | null => {
  const parts = caption(el)
    .split(' | ')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const hit = parts.find(readsAddRow);
  // "+" alone says less than the button's title or label beside it.
  return hit === undefined ? null : hit.length > 1 ? hit : (parts.find((p) => p !== hit) ?? hit);
};

const usable = (el: Element) =>
  !el.matches(':disabled') && !el.closest('[aria-disabled="true"], fieldset[disabled]') && isVisible(el);

// The add-row controls inside `block`, outside the task rows; an element inside another is counted
// once. Controls seen but not used (a row's own "+", "Thêm và lưu", an icon with no name) go to `seen`.
function controlsIn(block: Element, rows: readonly Element[], seen: Message[]): { el: Element; name: string }[] {
  const all = [...(block.matches(PRESSABLE) ? [block] : []), ...block.querySelectorAll(PRESSABLE)];
  return all.flatMap((el) => {
    if (all.some((o) => o !== el && o.contains(el)) || !usable(el)) return [];
    const name = addName(el);
    const first = caption(el)
      .split(' | ')
      .find((p) => p.trim() !== '')
      ?.trim();
    if (rows.some((r) => r.contains(el))) {
      if (name !== null) add(seen, ROW_OWN);
      return [];
    }
    if (name !== null) return [{ el, name }];
    if (first === undefined) {
      if (el.querySelector('i, svg, img, span')) add(seen, NAMELESS);
    } else if (/^(them|add) /.test(foldCaption(first.replace(PLUS, '')).trim()) || PLUS.test(first)) {
      const n = first.slice(0, 40);
      add(seen, {
        vi: `nút «${n}» làm cả việc khác ngoài thêm dòng, Tự Soi không bấm`,
        en: `“${n}” does more than add a row; Tự Soi does not press it`,
      });
    }
    return [];
  });
}

const add = (seen: Message[], m: Message) => {
  if (!seen.some((x) => x.vi === m.vi)) seen.push(m);
};
const ROW_OWN: Message = {
  vi: 'mỗi dòng có nút thêm riêng, nút đó chỉ tác động lên dòng của nó, Tự Soi không bấm',
  en: 'each row has its own add button, which acts on its own row; Tự Soi does not press it',
};
const NAMELESS: Message = {
  vi: 'có nút chỉ có biểu tượng, không có tên, Tự Soi không đoán nút đó làm gì',
  en: 'a button shows only an icon, with no name; Tự Soi does not guess what it does',
};

// The nearest block beside `node` that a person sees (not a script, a hidden field or a hidden block).
function beside(node: Element, dir: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let s = node[dir];
  while (s && (s.matches('script, style, template, input[type=hidden]') || !isVisible(s))) s = s[dir];
  return s;
}

/**
 * The add-row control of `table` (see the top of this file): the table itself first, then, a level
 * out at a time (at most four, never past its section nor into a box holding another table), the
 * nearest block before and after it. `rows` are the table's task rows, whose own controls are not
 * the table's.
 */
export function findAddRow(table: Element, rows: readonly Element[]): AddRowFound {
  const seen: Message[] = [];
  let found = controlsIn(table, rows, seen);
  let node = table;
  for (let level = 0; found.length === 0 && level < 4; level++) {
    for (const dir of ['previousElementSibling', 'nextElementSibling'] as const) {
      const block = beside(node, dir);
      if (block && !block.matches('table') && !block.querySelector('table'))
        found.push(...controlsIn(block, rows, seen));
    }
    const up = node.parentElement;
    if (!up || up.matches(SECTION) || [...up.querySelectorAll('table')].some((t) => t !== table && !table.contains(t)))
      break;
    node = up;
  }
  found = found.filter((f, i) => found.findIndex((o) => o.el === f.el) === i);
  const [one, ...more] = found;
  if (!one)
    return seen.length > 0
      ? {
          el: null,
          why: 'none',
          seen: { vi: seen.map((m) => m.vi).join('; '), en: seen.map((m) => m.en).join('; ') },
        }
      : { el: null, why: 'none' };
  if (more.length > 0) {
    const names = found.map((f) => f.name);
    const list = (q: [string, string]) => names.map((n) => `${q[0]}${n.slice(0, 40)}${q[1]}`).join(', ');
    return {
      el: null,
      why: 'two-buttons',
      names,
      message: {
        vi: `bảng có ${names.length} nút thêm dòng (${list(['«', '»'])}), không rõ nút nào thêm dòng nhiệm vụ nên Tự Soi không bấm`,
        en: `the table has ${names.length} add-row buttons (${list(['“', '”'])}); which one adds a task row is unclear, so Tự Soi pressed none`,
      },
    };
  }
  const refused = refusal(one.el);
  return refused ? { el: one.el, why: 'refused', name: one.name, message: refused } : one;
}

/** The add-row control of the task table whose rows `rows` selects, in `root` (none when it has no row). */
export function addRowOf(root: ParentNode, rows: string): AddRowFound {
  let all: Element[] = [];
  try {
    all = [...root.querySelectorAll(rows)];
  } catch {
    // A selector the page cannot read finds no table.
  }
  const table = all[0]?.closest('table');
  return table ? findAddRow(table, all) : { el: null, why: 'none' };
}
