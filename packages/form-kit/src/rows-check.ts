import { type Assessment, formatNumber, type Message } from '@tusoi/rubric-core';
import { type FieldValue, readBack } from './fill';
import type { FormProblem } from './form-problem';
import type { FormMap } from './formmap';
import { find } from './locate';
import type { Scope } from './locator-types';
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

// Compared by meaning: a number in the cell's decimal mark, a flag by its state, a choice by value or text.
function same(el: Element, want: FieldValue, decimal: ',' | '.' | undefined): boolean {
  const now = readBack(el);
  if (typeof want === 'boolean') return now === want;
  const text = String(now ?? '');
  if (typeof want === 'number') return readNumber(text, decimalOf(el, decimal, false)) === want;
  if (el.localName === 'select') {
    const o = (el as HTMLSelectElement).selectedOptions[0];
    return o !== undefined && (o.value === want || norm(o.text) === norm(want));
  }
  return norm(text) === norm(want);
}

/**
 * Each cell of each task row a map names, compared with the draft's task list: a row the page
 * lacks is one `ROW_MISSING`; a cell showing another value (or nothing) is `DIFFERS_FROM_DRAFT`.
 * A task's row is found by its name when the map names the name cell, else by position. `points`:
 * each task's points as classified (compared where the map names a points cell).
 */
export function checkTaskRows(
  root: Scope,
  map: FormMap,
  draft: Partial<Assessment>,
  points?: readonly number[],
): FormProblem[] {
  const out: FormProblem[] = [];
  for (const step of map.steps) {
    if (!('tasks' in step)) continue;
    const missing = new Set<string>();
    for (const s of taskSteps(step.tasks as TaskRowsStep, draft.taskList ?? [], points)) {
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
      if (same(el, s.value, s.decimal)) continue;
      const say = (lang: 'vi' | 'en'): string => {
        const now = shown(el, lang);
        const page =
          now === '' ? (lang === 'vi' ? 'để trống' : 'is empty') : lang === 'vi' ? `ghi "${now}"` : `shows "${now}"`;
        return lang === 'vi'
          ? `"${name.vi}": trang ${page}, bản nháp là "${wanted(s.value as FieldValue, 'vi')}".`
          : `"${name.en}": the page ${page}, the draft says "${wanted(s.value as FieldValue, 'en')}".`;
      };
      const message: Message = { vi: say('vi'), en: say('en') };
      out.push({ code: 'DIFFERS_FROM_DRAFT', field: s.key as `tasks.${string}`, message, element: el });
    }
  }
  return out;
}
