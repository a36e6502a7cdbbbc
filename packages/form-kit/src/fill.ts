import type { Message } from '@tusoi/rubric-core';
import { type Option, pickChoice, quarterOf, quarterText, wantedYear } from './choices';
import { type Combo, chosen, comboOf, itemValue } from './combo';
import { boxAgrees, boxShows, redrawBox } from './enhanced';
import { fire, focused, setNative, typeInto, typeKeys } from './events';
import { labelsOf, ownLabelOf } from './labels';
import { type DecimalMark, decimalOf, readNumber, writeNumber } from './numbers';
import { chosenOf, gainedMark, looksDisabled, marksOf, type PillState, pillItems } from './pills';
import { isDangerous, press, stoppedPress } from './press';
import { refusal } from './safety';
import { isVisible, lockOf } from './state';

export { isDangerous } from './press';

/** A value to put in a field: text, a number, a checkbox state, or the text/value of a choice. */
export type FieldValue = string | number | boolean;

/**
 * What happened to one field, read back from the page: `held` (it shows the value),
 * `held-reformatted` (it shows the same value its own way, "27,50" for 27.5), `changed-by-page`,
 * `rejected-by-page` (it holds the value but the page marks it invalid),
 * `not-held`, `locked` (read-only, disabled or computed by the page), `hidden`, `too-long`
 * (longer than its maxlength), `out-of-range` (min/max/step), `no-such-choice`, `ambiguous`,
 * `not-found`, `refused` (a dangerous button), `skipped` (already filled, with onlyEmpty),
 * `box-differs` (an enhanced select holds the value, but the box a person sees shows another),
 * `page-choice-kept` (the page already chose another value a step keeps, e.g. its review period),
 * `error` (an unexpected error of the page or of Tự Soi stopped this one step; the others went on).
 */
export type FillStatus =
  | 'held'
  | 'held-reformatted'
  | 'changed-by-page'
  | 'rejected-by-page'
  | 'not-held'
  | 'locked'
  | 'hidden'
  | 'too-long'
  | 'out-of-range'
  | 'no-such-choice'
  | 'ambiguous'
  | 'not-found'
  | 'refused'
  | 'skipped'
  | 'box-differs'
  | 'page-choice-kept'
  | 'error';

/** What happened to one field. */
export interface FillOutcome {
  /** True only when the page holds the wanted value (read back). */
  readonly ok: boolean;
  readonly status: FillStatus;
  /** The value the page holds after the fill (read back). */
  readonly readBack: string | boolean | null;
  /** Why it failed, if it did (same as `status`). */
  readonly error?: FillStatus;
  /** The text written, in the field's own format ("27,5"). */
  readonly written?: string;
  /** Why, in words (Vietnamese first), when not simply held. */
  readonly message?: Message;
  /** What a refused press would have activated (see safety.ts). */
  readonly reason?: Message;
  /** The option the page keeps from being chosen (a disabled option), when that is why it is `locked`. */
  readonly choice?: string;
}

/** What a field should show after a fill, compared by meaning. */
export type Expect =
  | { readonly k: 'text'; readonly text: string; readonly n?: number; readonly mark: DecimalMark }
  | { readonly k: 'check'; readonly on: boolean }
  /** `values`: every option value a multiple select should hold (`text` then names them all). */
  | { readonly k: 'choice'; readonly text: string; readonly value: string; readonly values?: readonly string[] }
  /**
   * A button or pill chosen by its text; without aria state, it is selected when it gained a mark
   * (a class, a data-state, an inline style) by the press that no other item of its group carries
   * (`group`: each item's marks before the press), or is styled as the chosen one (see `chosenOf`).
   */
  | { readonly k: 'button'; readonly text: string; readonly before: string; readonly group?: readonly PillState[] };

const is = <K extends keyof HTMLElementTagNameMap>(el: Element, tag: K): el is HTMLElementTagNameMap[K] =>
  el.localName === tag;
const isHtml = (el: Element): el is HTMLElement => el.namespaceURI === 'http://www.w3.org/1999/xhtml';
const isToggle = (el: Element, type: string): el is HTMLInputElement => is(el, 'input') && el.type === type;
const BUTTON = 'button, [role=button], [role=radio], [role=switch], [aria-pressed]';
const isRich = (el: Element) => (isHtml(el) && el.isContentEditable) || el.getAttribute('role') === 'textbox';
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
const buttonText = (b: Element) => norm(b.textContent || b.getAttribute('aria-label') || '');

// The draft field a fill step writes into an element, for an element the page gives no label
// (a picked button group, a bare <p>): named by the draft's words, never by its tag or name attribute.
const hints = new WeakMap<Element, string>();
/** Names an element by the draft field written into it, when the page gives it no label. */
export function hintName(el: Element, name: string): void {
  hints.set(el, name);
}

/** The field's name as a person reads it, for messages. */
export function nameOf(el: Element): string {
  if (el.matches('button, a, [role=button]')) return buttonText(el);
  // A radio's own label is one choice ("Hoàn thành tốt nhiệm vụ"), not the field.
  const hint = hints.get(el);
  if (isToggle(el, 'radio')) {
    // The group's name: its row (a criterion's code and text), its legend, its heading.
    const labels = labelsOf(el);
    const group = ['row', 'legend', 'dt', 'aria-labelledby', 'heading']
      .map((source) => labels.find((l) => l.source === source)?.text)
      .find(Boolean);
    return hint ?? group ?? el.getAttribute('name') ?? el.localName;
  }
  return labelsOf(el)[0]?.text ?? hint ?? el.getAttribute('name') ?? el.localName;
}

/** What a field holds now. */
export function readBack(el: Element): string | boolean | null {
  if (isToggle(el, 'checkbox') || isToggle(el, 'radio')) return el.checked;
  // A custom dropdown shows the chosen item's text: read it by the value the form sends.
  const combo = mayBeCombo(el);
  if (combo) return norm(chosen(combo)?.textContent ?? '');
  if (is(el, 'select') && el.multiple) return valuesOf(el).join('\n');
  if (is(el, 'input') || is(el, 'textarea') || is(el, 'select')) return el.value;
  // innerText keeps the line breaks of a rich-text editor's paragraphs; textContent would join them.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the user wrote
  if (isRich(el)) return (el as HTMLElement).innerText ?? el.textContent;
  if (el.getAttribute('aria-pressed') !== null) return el.getAttribute('aria-pressed') === 'true';
  const hidden = el.querySelector('input[type=hidden]');
  if (hidden !== null && is(hidden, 'input')) return hidden.value;
  const group = buttonsOf(el);
  if (group.length > 1) {
    const on = group.find((b) => selected(b, group));
    return on ? buttonText(on) : '';
  }
  return el.textContent;
}

// Read from the options, not `selectedOptions` (a test DOM keeps that collection from before a write).
/** The values of a select's chosen options. */
export const valuesOf = (s: HTMLSelectElement): string[] =>
  [...s.options].filter((o) => o.selected).map((o) => o.value);
const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join('\n') === [...b].sort().join('\n');

/** The radios of a radio's group (same name, same form); a radio with no name is a group of its own (HTML). */
export function radioGroup(r: HTMLInputElement): HTMLInputElement[] {
  if (!r.name) return [r];
  const root = r.form ?? (r.getRootNode() as Document);
  return [...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(r.name)}"]`)].filter(
    (x) => x.form === r.form,
  );
}
const ownLabel = ownLabelOf;

const mayBeCombo = (el: Element) => !el.matches('input:not([readonly]), textarea, select') && comboOf(el);

// The choices of a group: its buttons, else its bare pills (spans a person clicks, see pills.ts).
function buttonsOf(el: Element): HTMLElement[] {
  const buttons = [...el.children].filter((c) => c.matches(BUTTON)) as HTMLElement[];
  return buttons.length > 0 ? buttons : pillItems(el);
}
// Selected: aria says so; else its look does (a class or data-state of the usual names, or the one
// item styled as the others plus a class).
function selected(b: Element, group: readonly Element[]): boolean {
  const aria = b.getAttribute('aria-pressed') ?? b.getAttribute('aria-checked') ?? b.getAttribute('aria-selected');
  if (aria !== null) return aria === 'true';
  return chosenOf(group.includes(b) ? group : [b]) === b;
}
/** Whether a choice control is on: checked, pressed, or styled as the chosen one of its group. */
export function isOn(el: Element): boolean {
  const r = readBack(el);
  if (r === true) return true;
  const group = el.parentElement ? buttonsOf(el.parentElement) : [];
  return (el.matches(BUTTON) || group.includes(el as HTMLElement)) && selected(el, group.length > 0 ? group : [el]);
}
const stateOf = (b: Element) => `${b.getAttribute('aria-pressed')}|${b.getAttribute('aria-checked')}|${b.className}`;

/** Compares what a field shows with what the fill wanted, by meaning. */
export function verify(
  el: Element,
  want: Expect,
): 'held' | 'held-reformatted' | 'changed-by-page' | 'not-held' | 'box-differs' {
  if (want.k === 'check') return (el as HTMLInputElement).checked === want.on ? 'held' : 'not-held';
  if (want.k === 'choice') {
    if (isToggle(el, 'radio')) {
      const on = radioGroup(el).find((r) => r.checked);
      return on && on.value === want.value && norm(ownLabel(on)) === want.text
        ? 'held'
        : on
          ? 'changed-by-page'
          : 'not-held';
    }
    if (is(el, 'select')) {
      const have = valuesOf(el);
      // Held only when the box a person sees (Tom Select, Choices.js, Select2…) shows it too.
      if (sameSet(have, want.values ?? [want.value])) return boxAgrees(el) ? 'held' : 'box-differs';
      return have.every((v) => v === '') ? 'not-held' : 'changed-by-page';
    }
    const combo = comboOf(el);
    const on = combo && chosen(combo);
    return on ? (itemValue(on) === want.value ? 'held' : 'changed-by-page') : 'not-held';
  }
  if (want.k === 'button') {
    const group = isHtml(el) && el.matches(BUTTON) ? [el] : buttonsOf(el);
    const b = group.find((x) => buttonText(x) === want.text);
    if (!b) return 'not-held';
    const aria = b.getAttribute('aria-pressed') ?? b.getAttribute('aria-checked');
    if (aria !== null) return aria === 'true' ? 'held' : 'not-held';
    const was = want.group?.find((g) => g.text === want.text)?.marks;
    const others = group.filter((x) => x !== b);
    // The mark the press moved onto it (and off the others), else its look as the chosen one.
    const moved = was ? gainedMark(b, others, was) : stateOf(b) !== want.before;
    return moved || selected(b, group) ? 'held' : 'not-held';
  }
  const shown = String(readBack(el) ?? '');
  if (want.n !== undefined) {
    const n = readNumber(shown, want.mark);
    if (n === want.n) return shown === want.text ? 'held' : 'held-reformatted';
    return shown.trim() === '' ? 'not-held' : 'changed-by-page';
  }
  if (shown === want.text) return 'held';
  if (norm(shown) === norm(want.text)) return 'held-reformatted';
  return shown.trim() === '' ? 'not-held' : 'changed-by-page';
}

const MSG: Partial<Record<FillStatus, (name: string, extra: string) => Message>> = {
  locked: (n, x) =>
    x === 'computed'
      ? { vi: `"${n}": trang tự tính, không điền.`, en: `"${n}": computed by the page; left alone.` }
      : {
          vi: `"${n}": trang khoá (${x === 'readonly' ? 'chỉ đọc' : 'vô hiệu'}), không điền.`,
          en: `"${n}": locked by the page (${x}); left alone.`,
        },
  'too-long': (n, x) => ({
    vi: `"${n}": dài hơn trang cho phép (${x}), chưa điền.`,
    en: `"${n}": longer than the page allows (${x}); not filled.`,
  }),
  'out-of-range': (n, x) => ({
    vi: `"${n}": trang không nhận giá trị này (${x}), chưa điền.`,
    en: `"${n}": the page does not take this value (${x}); not filled.`,
  }),
  'no-such-choice': (n, x) => ({ vi: `"${n}": không có lựa chọn "${x}".`, en: `"${n}": no choice "${x}".` }),
  ambiguous: (n, x) => ({
    vi: `"${n}": nhiều lựa chọn cùng khớp "${x}", chưa chọn.`,
    en: `"${n}": several choices match "${x}"; none chosen.`,
  }),
  'changed-by-page': (n, x) => ({
    vi: `"${n}": trang đã đổi thành "${x}".`,
    en: `"${n}": the page changed it to "${x}".`,
  }),
  'rejected-by-page': (n, x) => ({
    vi: `"${n}": trang không nhận giá trị này ("${x}").`,
    en: `"${n}": the page does not accept this value ("${x}").`,
  }),
  'not-held': (n) => ({
    vi: `"${n}": trang không giữ giá trị đã điền.`,
    en: `"${n}": the page did not keep the value.`,
  }),
  refused: (n) => ({
    vi: `"${n}": nút này có thể gửi hoặc xoá, không bấm.`,
    en: `"${n}": this button may submit or delete; not pressed.`,
  }),
  hidden: (n) => ({ vi: `"${n}": ô đang ẩn, không điền.`, en: `"${n}": the field is hidden; not filled.` }),
  'box-differs': (n, x) => ({
    vi: `"${n}": ô chọn trên trang vẫn hiện "${x}", khác giá trị biểu mẫu sẽ gửi; chưa điền.`,
    en: `"${n}": the box on the page still shows "${x}", not what the form will send; not filled.`,
  }),
};
// What an enhanced select's box shows, for messages ("trống" when nothing).
const shownWords = (el: Element) => boxShows(el)?.join('; ') || 'trống';
// A box that never took the choice (its list refused the click): said as such, not as a page change.
const BOX_REFUSED = (n: string, x: string): Message => ({
  vi: `"${n}": ô chọn của trang không nhận lựa chọn, vẫn hiện "${x}"; chưa điền.`,
  en: `"${n}": the page's choice box did not take the choice; it still shows "${x}"; not filled.`,
});

/** An outcome with its message (ok only for held values). */
export function outcome(
  el: Element | null,
  status: FillStatus,
  readBackValue: string | boolean | null,
  extra = '',
  written?: string,
): FillOutcome {
  const ok = status === 'held' || status === 'held-reformatted' || status === 'skipped';
  const box = el && boxShows(el) !== null && (status === 'box-differs' || status === 'not-held');
  if (box) extra = shownWords(el);
  const msg = box && status === 'not-held' ? BOX_REFUSED : MSG[status];
  // A refused press says what it would have pressed (safety.ts), so the user knows why.
  const reason = status === 'refused' && el ? refusal(el) : null;
  // Or a press let through whose handler then tried to submit or leave: named, its caption looked harmless.
  const caught = status === 'refused' && el && !reason ? stoppedPress(el) : null;
  if ((reason || caught) && el) {
    const n = nameOf(el);
    return {
      ok,
      status,
      readBack: readBackValue,
      error: status,
      reason: (reason ?? caught) as Message,
      // The reason names the control in its own words («Gửi đánh giá»).
      message: reason ?? { vi: `"${n}": ${caught?.vi}.`, en: `"${n}": ${caught?.en}.` },
    };
  }
  return {
    ok,
    status,
    readBack: readBackValue,
    ...(ok ? {} : { error: status }),
    ...(written === undefined ? {} : { written }),
    ...(msg ? { message: msg(el ? nameOf(el) : '', extra) } : {}),
  };
}

// An option the page keeps from being chosen, named with the page's own hint beside the field (its
// aria-describedby, a <small> or help text), so the person learns why; the panel adds the rules' reason.
export function lockedChoice(el: Element, choice: string): Written {
  const id = el.getAttribute('aria-describedby');
  const help =
    (id && el.ownerDocument.getElementById(id)) ||
    el.closest('label, p, td, div')?.querySelector('small, .form-text, .help-block, .hint');
  const said = help ? `: "${norm(help.textContent ?? '')}"` : '';
  const n = nameOf(el);
  return {
    outcome: {
      ...outcome(el, 'locked', readBack(el)),
      choice,
      message: {
        vi: `"${n}": trang khoá lựa chọn "${choice}"${said ? ` (trang ghi${said})` : ''}, chưa chọn.`,
        en: `"${n}": the page locks the choice "${choice}"${said ? ` (the page says${said})` : ''}; not chosen.`,
      },
    },
  };
}

/** Options for one write. */
export interface WriteOptions {
  /** The field of the draft (chooses the value list of a choice: levels, quarters). */
  readonly key?: string;
  /** The decimal mark a form map states for this field. */
  readonly decimal?: DecimalMark;
  /**
   * More words a choice may be offered in, after the value's own (a task's axis by its title in the
   * pack: "Trục 1: …", "Trục 1", "1"); the first names the value in messages.
   */
  readonly aliases?: readonly string[];
}

/** A write and what it should leave. */
export interface Written {
  readonly outcome: FillOutcome;
  readonly expect?: Expect;
}

// The parts of a value for a multiple select: "Ban Tổ chức; Ủy ban Kiểm tra" (or one a line).
const partsOf = (value: FieldValue) =>
  String(value)
    .split(/\s*[;\n]\s*/)
    .filter((p) => p !== '');

/**
 * The options of a select that a value names (each part of it, for a multiple select), or why
 * none can be chosen: no such option, several alike, or one the page locks.
 */
export function wantedOptions(
  el: HTMLSelectElement,
  value: FieldValue,
  key: string,
  aliases: readonly string[] = [],
): HTMLOptionElement[] | Written {
  const options = [...el.options];
  const all = options.map((op) => ({ text: op.text, value: op.value }));
  const picked: HTMLOptionElement[] = [];
  for (const part of el.multiple ? partsOf(value) : [value]) {
    const i = choose(el, all, part, key, aliases);
    if (typeof i !== 'number') return { outcome: i };
    const option = options[i] as HTMLOptionElement;
    if (option.disabled) return lockedChoice(el, norm(option.text));
    picked.push(option);
  }
  return picked;
}

/** What a select should hold after choosing `options`. */
export const choiceExpect = (options: readonly HTMLOptionElement[]): Expect => ({
  k: 'choice',
  text: options.map((o) => norm(o.text)).join('; '),
  value: options[0]?.value ?? '',
  values: options.map((o) => o.value),
});

function choose(
  el: Element,
  options: readonly Option[],
  value: FieldValue,
  key: string,
  aliases: readonly string[] = [],
): number | FillOutcome {
  const i = pickChoice(options, key, String(value), aliases);
  // Named in the words a person knows it by (an axis by its title), not its id.
  const named = aliases[0] ?? String(value);
  if (i === -1) return outcome(el, 'no-such-choice', readBack(el), named);
  if (i === -2) return outcome(el, 'ambiguous', readBack(el), named);
  return i;
}

/**
 * The words a text box gets for a value: the draft's quarter ("3") in the form the box asks for,
 * by its type, pattern, length and placeholder: "3" (a number box, a placeholder "1-4"), "III"
 * (a placeholder "I–IV"), "Quý III" (a placeholder "Quý I"), else "Quý III/2026" as quarterly forms
 * print it (with the draft's year, see `planFromMap`). Any other value as itself.
 */
function textFor(el: HTMLInputElement | HTMLTextAreaElement, value: FieldValue, o: WriteOptions): string {
  const q = /quarter/i.test(o.key ?? '') ? quarterOf(String(value)) : null;
  if (!q) return String(value);
  const year = wantedYear([String(value), ...(o.aliases ?? [])]);
  const forms = [
    quarterText(q.quarter, year),
    quarterText(q.quarter),
    quarterText(q.quarter).slice(4),
    String(q.quarter),
  ];
  const hint = (el.getAttribute('placeholder') ?? '').trim();
  const shown = quarterOf(hint);
  const numeric = (is(el, 'input') && el.type === 'number') || el.inputMode === 'numeric';
  const start =
    numeric || (shown && /^\d/.test(hint)) ? 3 : shown && /^[iv]/i.test(hint) ? 2 : shown && !shown.year ? 1 : 0;
  const pattern = el.getAttribute('pattern');
  const fits = (t: string) => {
    if (el.maxLength > 0 && t.length > el.maxLength) return false;
    try {
      return !pattern || new RegExp(`^(?:${pattern})$`, 'u').test(t);
    } catch {
      return true;
    }
  };
  return forms.slice(start).find(fits) ?? String(q.quarter);
}

function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: FieldValue, o: WriteOptions): Written {
  const num = typeof value === 'number' ? value : undefined;
  const mark = decimalOf(el, o.decimal);
  const text = num === undefined ? textFor(el, value, o) : writeNumber(num, mark);
  if (el.maxLength > 0 && text.length > el.maxLength)
    return { outcome: outcome(el, 'too-long', el.value, `${text.length}/${el.maxLength} ký tự`) };
  if (num !== undefined) {
    const bound = (a: string | null) => (a === null || a === '' ? null : Number(a));
    const min = bound(el.getAttribute('min'));
    const max = bound(el.getAttribute('max'));
    const step = is(el, 'input') && el.type === 'number' ? el.getAttribute('step') : null;
    const off = step && step !== 'any' && Number(step) > 0 ? Math.abs(((num - (min ?? 0)) / Number(step)) % 1) : 0;
    if ((min !== null && num < min) || (max !== null && num > max) || (off > 1e-9 && off < 1 - 1e-9))
      return {
        outcome: outcome(el, 'out-of-range', el.value, `${min ?? ''}–${max ?? ''}${step ? `, bước ${step}` : ''}`),
      };
  }
  const expect: Expect = { k: 'text', text, mark, ...(num === undefined ? {} : { n: num }) };
  typeText(el, text, mark);
  const status = verify(el, expect);
  return { outcome: outcome(el, status, el.value, el.value, text), expect };
}

// A number as a person types it into a mask: the whole value replaces what was there (typeInto).
// Inputmask's decimal takes a typed leading "0" as the whole part and moves past the comma, so
// "0,5" shows "0,05": where the field then shows another number, ",5" is typed instead, as a
// person would after seeing it (each write replaces the last, so nothing is appended).
function typeText(el: HTMLInputElement | HTMLTextAreaElement, text: string, mark: DecimalMark): void {
  typeInto(el, text);
  const want = readNumber(text, mark);
  if (want !== null && text.startsWith(`0${mark}`) && readNumber(el.value, mark) !== want) typeInto(el, text.slice(1));
  // A widget that took none of it (AutoNumeric takes keys, not values) is typed into, key by key.
  if (el.value === '' && text !== '') typeKeys(el, text);
}

function writeRich(el: HTMLElement, value: string): Written {
  const doc = el.ownerDocument;
  el.focus();
  doc.getSelection()?.selectAllChildren(el);
  // insertText goes through the editor's own input handling (Quill, CKEditor listen to it).
  const exec = typeof doc.execCommand === 'function';
  const done = exec && (value === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, value));
  // biome-ignore lint/performance/useDomNodeTextContent: compare with what the editor renders
  if (!done || norm(el.innerText) !== norm(value)) {
    el.textContent = value;
    el.dispatchEvent(
      new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }),
    );
  }
  el.blur();
  const expect: Expect = { k: 'text', text: value, mark: '.' };
  return { outcome: outcome(el, verify(el, expect), readBack(el), '', value), expect };
}

/**
 * Writes one field as a person would (the event sequence of typing; a click for choices) and reads
 * it back at once. Never writes a read-only or disabled field or a disabled option, never beyond
 * maxlength/min/max/step, never presses what submits, completes or deletes.
 */
export function writeField(el: Element, value: FieldValue, o: WriteOptions = {}): Written {
  const key = o.key ?? '';
  const lock = lockOf(el);
  const combo = lock === null && mayBeCombo(el);
  if (combo) return writeCombo(el, combo, value, key, o.aliases);
  if (lock && !is(el, 'input') && !is(el, 'textarea') && !is(el, 'select') && !isRich(el) && !el.matches(BUTTON)) {
    // A container (a button group) locked as a whole.
    return { outcome: outcome(el, 'locked', readBack(el), lock) };
  }
  if (lock) return { outcome: outcome(el, 'locked', readBack(el), lock) };
  if (isToggle(el, 'checkbox') || (isToggle(el, 'radio') && typeof value === 'boolean')) {
    const on = value === true || value === 'true';
    const expect: Expect = { k: 'check', on };
    if (el.checked !== on) {
      if (isToggle(el, 'radio') && !on) return { outcome: outcome(el, 'no-such-choice', el.checked, 'false') };
      if (!press(el)) return { outcome: outcome(el, 'refused', el.checked) };
    }
    return { outcome: outcome(el, verify(el, expect), el.checked), expect };
  }
  if (isToggle(el, 'radio')) {
    const group = radioGroup(el);
    const i = choose(
      el,
      group.map((r) => ({ text: ownLabel(r), value: r.value })),
      value,
      key,
      o.aliases,
    );
    if (typeof i !== 'number') return { outcome: i };
    const target = group[i] as HTMLInputElement;
    if (target.disabled) return lockedChoice(el, norm(ownLabel(target)));
    const expect: Expect = { k: 'choice', text: norm(ownLabel(target)), value: target.value };
    if (!target.checked && !press(target)) return { outcome: outcome(target, 'refused', null) };
    return { outcome: outcome(el, verify(target, expect), target.checked ? target.value : null), expect };
  }
  if (is(el, 'select')) {
    const picked = wantedOptions(el, value, key, o.aliases);
    if (!Array.isArray(picked)) return picked;
    const expect = choiceExpect(picked);
    setSelect(
      el,
      picked.map((o) => o.value),
    );
    return { outcome: outcome(el, verify(el, expect), readBack(el), String(readBack(el))), expect };
  }
  if (is(el, 'input') || is(el, 'textarea')) return writeText(el, value, o);
  if (isRich(el)) return writeRich(el as HTMLElement, String(value));
  if (el.matches(BUTTON) || buttonsOf(el).length > 1) {
    const single = el.matches(BUTTON);
    const group = single ? [el as HTMLElement] : buttonsOf(el);
    const i = single
      ? value === false
        ? -1
        : 0
      : choose(
          el,
          group.map((b) => ({
            text: buttonText(b),
            value: b.getAttribute('value') ?? '',
          })),
          value,
          key,
          o.aliases,
        );
    if (typeof i !== 'number') return { outcome: i };
    const b = group[i];
    if (!b) return { outcome: outcome(el, 'skipped', readBack(el)) };
    if (lockOf(b) || looksDisabled(b)) return lockedChoice(el, buttonText(b));
    const before = stateOf(b);
    const marks = single ? [] : group.map((x) => ({ text: buttonText(x), marks: marksOf(x) }));
    if (!selected(b, group)) {
      if (!press(b)) return { outcome: outcome(b, 'refused', null) };
    }
    const expect: Expect = { k: 'button', text: buttonText(b), before, ...(single ? {} : { group: marks }) };
    // A page that re-renders on click has replaced the buttons: the read-back after settling finds them again.
    const status = b.isConnected ? verify(el, expect) : 'not-held';
    return { outcome: outcome(el, status, status === 'held'), expect };
  }
  return { outcome: outcome(el, 'not-found', readBack(el)) };
}

// A select set as its own list is used: one option chosen through the typing events; the options
// of a multiple select each chosen (as a person ctrl-clicks them), then input and change once.
function setSelect(el: HTMLSelectElement, values: readonly string[]): void {
  if (sameSet(valuesOf(el), values)) return;
  if (!el.multiple) typeInto(el, values[0] ?? '');
  else
    focused(el, () => {
      for (const o of el.options) o.selected = values.includes(o.value);
      fire(el, 'input');
    });
  redrawBox(el);
}

function writeCombo(el: Element, combo: Combo, value: FieldValue, key: string, aliases?: readonly string[]): Written {
  const i = choose(
    el,
    combo.items.map((op) => ({ text: norm(op.textContent ?? ''), value: itemValue(op) })),
    value,
    key,
    aliases,
  );
  if (typeof i !== 'number') return { outcome: i };
  const item = combo.items[i] as HTMLElement;
  const text = norm(item.textContent ?? '');
  if (lockOf(item)) return lockedChoice(el, text);
  const expect: Expect = { k: 'choice', text, value: itemValue(item) };
  if (!pickItem(combo, item)) return { outcome: outcome(item, 'refused', readBack(el)) };
  return { outcome: outcome(el, verify(el, expect), readBack(el), String(readBack(el))), expect };
}

// As a person does: open the list, click the item.
function pickItem(combo: Combo, item: HTMLElement): boolean {
  if (chosen(combo) === item) return true;
  if (!isVisible(item)) press(combo.trigger);
  return press(item);
}

/** Fills one field and reads it back at once (see {@link writeField}). */
export function fillField(el: Element, value: FieldValue, o: WriteOptions = {}): FillOutcome {
  return writeField(el, value, o).outcome;
}

/** Writes a number the way a field accepts it: its decimal mark (see {@link decimalOf}). */
export function formatNumber(el: Element, n: number, stated?: DecimalMark): string {
  return writeNumber(n, decimalOf(el, stated));
}

/**
 * What a field shows now, as what a fill wrote (null when it shows no choice): for a write the page
 * interrupted (an error after the write's events), so undo knows the value it may take back.
 */
export function shownExpect(el: Element): Expect | null {
  if (isToggle(el, 'checkbox')) return { k: 'check', on: el.checked };
  if (isToggle(el, 'radio')) {
    const on = radioGroup(el).find((r) => r.checked);
    return on ? { k: 'choice', text: norm(ownLabel(on)), value: on.value } : null;
  }
  if (is(el, 'select')) {
    const values = valuesOf(el);
    const text = [...el.options].filter((o) => o.selected).map((o) => norm(o.text));
    return values.length > 0 ? { k: 'choice', text: text.join('\n'), value: values[0] ?? '', values } : null;
  }
  if (is(el, 'input') || is(el, 'textarea')) return { k: 'text', text: el.value, mark: decimalOf(el) };
  return null;
}

/** What a field held before a fill, to put back: a text, a checked state, or the chosen radio's value ('' none). */
export type Before = string | boolean;

/** Records what a field holds now, as undo will put it back. */
export function before(el: Element): Before {
  if (isToggle(el, 'radio')) return radioGroup(el).find((r) => r.checked)?.value ?? '';
  if (isToggle(el, 'checkbox')) return el.checked;
  const combo = mayBeCombo(el);
  if (combo) return combo.hidden.value;
  return String(readBack(el) ?? '');
}

/**
 * Puts a field back as it was, through the same events as a fill, so frameworks follow. False when
 * no event a person makes can do it (unselecting every radio of a group): the field is left as is.
 */
export function putBack(el: Element, was: Before): boolean {
  if (isToggle(el, 'radio')) {
    const group = radioGroup(el);
    const target = group.find((r) => r.value === was);
    if (target && !target.checked) press(target);
    // No click unselects a radio, and clearing it in the DOM alone would leave React's or Vue's
    // state holding the choice while the page shows none: leave it, and say so.
    return target !== undefined;
  }
  if (isToggle(el, 'checkbox')) {
    if (el.checked !== was) press(el);
    return true;
  }
  const combo = mayBeCombo(el);
  if (combo) {
    const item = combo.items.find((i) => itemValue(i) === was);
    return item !== undefined && pickItem(combo, item);
  }
  const group = buttonsOf(el);
  if (group.length > 1) {
    // The choice there was before is pressed again; with none before, the chosen one is pressed
    // again, which many groups take as "unselect" (the caller reads back whether it did).
    const b = group.find((x) => (was === '' ? selected(x, group) : buttonText(x) === was));
    return b !== undefined && press(b);
  }
  if (is(el, 'select')) {
    setSelect(el, el.multiple ? partsOf(String(was)) : [String(was)]);
    return true;
  }
  if (is(el, 'input') || is(el, 'textarea')) {
    typeText(el, String(was), decimalOf(el));
    return true;
  }
  if (isRich(el)) {
    // An editor's empty line is not a line of text.
    writeRich(el as HTMLElement, String(was).replace(/\n$/, ''));
    return true;
  }
  // A toggle button pressed by the fill is pressed again.
  if (el.matches(BUTTON) && (was === false || was === 'false') && selected(el, [el])) press(el);
  return el.matches(BUTTON);
}

/**
 * Empties the radio group of `r` (undo of a criterion row's answer where the row had none): no click
 * unselects a radio, so its chosen one is unchecked through the prototype's setter (past a
 * framework's own tracker, which then sees the change as a click's) and the page hears what a click
 * tells it: click (a plain event, which checks nothing), input, change. False when that radio may
 * not be touched (safety.ts); the caller reads back whether the page keeps a choice.
 */
export function unchoose(r: HTMLInputElement): boolean {
  const on = radioGroup(r).find((x) => x.checked);
  if (!on) return true;
  if (isDangerous(on)) return false;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set?.call(on, false);
  for (const type of ['click', 'input', 'change']) fire(on, type);
  return true;
}

/** Outlines filled fields briefly, restoring their own style afterwards. */
export function highlight(elements: readonly Element[], ms = 1200): void {
  for (const el of elements) {
    if (!isHtml(el)) continue;
    const was = el.style.outline;
    el.style.outline = '3px solid #2e7d32';
    setTimeout(() => {
      el.style.outline = was;
    }, ms);
  }
}

export { setNative };

/** What a field shows now and what a fill of `value` would leave in it, in the page's words. */
export interface Planned {
  /** What the field shows now: its text, the chosen option's or button's words ('' none), or a checkbox's state. */
  readonly now: string | boolean | null;
  /** What the fill would write or choose, as the page words it; null when it would choose nothing. */
  readonly will: string | boolean | null;
}

/**
 * What {@link writeField} would do with `value`, without writing: the option, radio or button it
 * would choose (by the same aliases), or the text it would type (a number in the field's decimal
 * style). Reads only.
 */
export function plannedWrite(el: Element, value: FieldValue, o: WriteOptions = {}): Planned {
  const key = o.key ?? '';
  const at = (texts: readonly string[], values: readonly string[]) => {
    const i = pickChoice(
      texts.map((text, n) => ({ text, value: values[n] ?? '' })),
      key,
      String(value),
      o.aliases,
    );
    return i >= 0 ? (texts[i] ?? null) : null;
  };
  const combo = mayBeCombo(el);
  if (combo) {
    const texts = combo.items.map((op) => norm(op.textContent ?? ''));
    return { now: readBack(el), will: at(texts, combo.items.map(itemValue)) };
  }
  if (isToggle(el, 'checkbox') || (isToggle(el, 'radio') && typeof value === 'boolean'))
    return { now: el.checked, will: value === true || value === 'true' };
  if (isToggle(el, 'radio')) {
    const group = radioGroup(el);
    const texts = group.map((r) => norm(ownLabel(r)));
    return {
      now: ((on) => (on ? norm(ownLabel(on)) : ''))(group.find((r) => r.checked)),
      will: at(
        texts,
        group.map((r) => r.value),
      ),
    };
  }
  if (is(el, 'select')) {
    const options = [...el.options];
    return {
      now: norm(el.selectedOptions[0]?.text ?? ''),
      will: at(
        options.map((op) => norm(op.text)),
        options.map((op) => op.value),
      ),
    };
  }
  if (is(el, 'input') || is(el, 'textarea'))
    return {
      now: el.value,
      will: typeof value === 'number' ? formatNumber(el, value, o.decimal) : textFor(el, value, o),
    };
  if (isRich(el)) return { now: norm(el.textContent ?? ''), will: String(value) };
  const group = el.matches(BUTTON) ? [el as HTMLElement] : buttonsOf(el);
  if (group.length > 1) {
    const on = group.find((b) => selected(b, group));
    return {
      now: on ? buttonText(on) : '',
      will: at(
        group.map(buttonText),
        group.map((b) => b.getAttribute('value') ?? ''),
      ),
    };
  }
  return { now: readBack(el), will: group.length === 1 && value !== false ? buttonText(el) : null };
}
