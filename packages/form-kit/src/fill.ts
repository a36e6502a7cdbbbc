import type { Message } from '@tusoi/rubric-core';
import { textMatches } from './locate';
import { refusal } from './safety';

/** A value to put in a field: text, a number, a checkbox state, or the text/value of a choice. */
export type FieldValue = string | number | boolean;

/** What happened to one field. */
export interface FillOutcome {
  readonly ok: boolean;
  /** The value the page holds after the fill (read back). */
  readonly readBack: string | boolean | null;
  /** Why it failed, if it did. */
  readonly error?: 'not-found' | 'refused' | 'did-not-hold' | 'no-such-choice';
  /** Why a click was refused (see safety.ts), to tell the user. */
  readonly reason?: Message;
}

const refused = (reason: Message): FillOutcome => ({ ok: false, readBack: null, error: 'refused', reason });

// Fields inside an iframe belong to another window, where `instanceof HTMLInputElement` is
// false: test tag names instead, and make events with the element's own window.
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const is = <K extends keyof HTMLElementTagNameMap>(el: Element, tag: K): el is HTMLElementTagNameMap[K] =>
  el.localName === tag;
const isHtml = (el: Element): el is HTMLElement => el.namespaceURI === 'http://www.w3.org/1999/xhtml';

/** Whether clicking an element could submit, reset, delete, send, complete, sign, confirm or navigate (see safety.ts). */
export function isDangerous(el: Element): boolean {
  return refusal(el) !== null;
}

/** Sets a value through the prototype's setter, which frameworks' own value trackers cannot intercept. */
function setNative(el: Field, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function fire(el: Element, type: string): void {
  const view = (el.ownerDocument.defaultView ?? window) as typeof window;
  el.dispatchEvent(new view.Event(type, { bubbles: true }));
}

function fireFocus(el: Element, type: 'focus' | 'focusin' | 'blur' | 'focusout'): void {
  const view = (el.ownerDocument.defaultView ?? window) as typeof window;
  el.dispatchEvent(new view.FocusEvent(type, { bubbles: type === 'focusin' || type === 'focusout' }));
}

// The focus events are dispatched rather than caused: a real focus() forces a style and layout
// pass on every field (90 of the 120 ms a 150-field fill took), and it would move the user's
// own focus around the page. Frameworks hear the same events (React listens to focusin/focusout,
// Vue and Angular to focus/blur).
function typeInto(el: Field, value: string): void {
  fireFocus(el, 'focus');
  fireFocus(el, 'focusin');
  setNative(el, value);
  fire(el, 'input');
  fire(el, 'change');
  fireFocus(el, 'blur');
  fireFocus(el, 'focusout');
}

/** Writes a number the way a field accepts it: number inputs take "2.5"; a text field whose pattern or placeholder shows a comma takes "2,5". */
export function formatNumber(el: Element, n: number): string[] {
  const point = String(n);
  const comma = point.replace('.', ',');
  if (is(el, 'input') && el.type === 'number') return [point];
  const hint = `${el.getAttribute('pattern') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
  return hint.includes(',') ? [comma, point] : [point, comma];
}

/** What a field holds now. */
export function readBack(el: Element): string | boolean | null {
  if (is(el, 'input') && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
  if (is(el, 'input') || is(el, 'textarea') || is(el, 'select')) return el.value;
  // innerText keeps the line breaks of a rich-text editor's paragraphs; textContent would join them.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the user wrote
  if (isHtml(el) && el.isContentEditable) return el.innerText ?? el.textContent;
  if (el.getAttribute('aria-pressed') !== null) return el.getAttribute('aria-pressed') === 'true';
  const hidden = el.querySelector('input[type=hidden]');
  if (hidden !== null && is(hidden, 'input')) return hidden.value;
  return el.textContent;
}

function fillChoice(container: Element, wanted: string): FillOutcome {
  const root = container.ownerDocument;
  // A radio group: the container is one of its radios.
  if (is(container, 'input') && container.type === 'radio') {
    const group = [
      ...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(container.name)}"]`),
    ];
    const label = (r: HTMLInputElement) => `${r.labels?.[0]?.textContent ?? ''} ${r.getAttribute('aria-label') ?? ''}`;
    const target =
      group.find((r) => r.value === wanted) ??
      group.find((r) => textMatches(label(r), wanted) === 'exact') ??
      group.find((r) => textMatches(label(r), wanted) !== null);
    if (!target) return { ok: false, readBack: null, error: 'no-such-choice' };
    const no = target.checked ? null : refusal(target);
    if (no) return refused(no);
    if (!target.checked) target.click();
    return {
      ok: target.checked,
      readBack: target.value,
      ...(target.checked ? {} : { error: 'did-not-hold' as const }),
    };
  }
  // A custom dropdown: a button opens a listbox of options.
  const options = () => [...(container.closest('[data-dropdown]') ?? container).querySelectorAll('[role=option]')];
  const trigger = container.querySelector('button, [aria-haspopup]');
  if (trigger !== null && isHtml(trigger) && refusal(trigger) === null) trigger.click();
  const option = options().find(
    (o) => (o as HTMLElement).dataset.value === wanted || textMatches(o.textContent ?? '', wanted) === 'exact',
  );
  if (!(option !== undefined && isHtml(option))) return { ok: false, readBack: null, error: 'no-such-choice' };
  const no = refusal(option);
  if (no) return refused(no);
  option.click();
  const value = readBack(container);
  return { ok: value === (option.dataset.value ?? option.textContent), readBack: value };
}

/**
 * Fills one field with the events frameworks listen to, then reads it back to confirm the
 * value held (pages clamp, round and reformat). Never clicks anything that submits, completes
 * or deletes.
 */
export function fillField(el: Element, value: FieldValue): FillOutcome {
  if (is(el, 'input') && el.type === 'checkbox') {
    const want = value === true || value === 'true';
    const no = el.checked !== want ? refusal(el) : null;
    if (no) return refused(no);
    if (el.checked !== want) el.click();
    return {
      ok: el.checked === want,
      readBack: el.checked,
      ...(el.checked === want ? {} : { error: 'did-not-hold' as const }),
    };
  }
  if (is(el, 'input') && el.type === 'radio' && typeof value === 'boolean') {
    // A radio found by itself (a table cell): true selects it.
    const no = value && !el.checked ? refusal(el) : null;
    if (no) return refused(no);
    if (value && !el.checked) el.click();
    return { ok: el.checked === value, readBack: el.checked };
  }
  if (
    (is(el, 'input') && el.type === 'radio') ||
    el.matches('[data-dropdown], [role=listbox], [aria-haspopup]') ||
    el.querySelector('[role=option]')
  ) {
    return fillChoice(el, String(value));
  }
  if (is(el, 'button') || el.getAttribute('aria-pressed') !== null) {
    // A choice rendered as a toggle button: press it once if it is not pressed.
    const no = refusal(el);
    if (no) return refused(no);
    if (readBack(el) !== true && value !== false) (el as HTMLElement).click();
    return { ok: true, readBack: true };
  }
  if (is(el, 'select')) {
    const text = String(value);
    const option =
      [...el.options].find((o) => o.value === text) ??
      [...el.options].find((o) => textMatches(o.text, text) === 'exact');
    if (!option) return { ok: false, readBack: el.value, error: 'no-such-choice' };
    typeInto(el, option.value);
    return { ok: el.value === option.value, readBack: el.value };
  }
  if (is(el, 'input') || is(el, 'textarea')) {
    const tries = typeof value === 'number' ? formatNumber(el, value) : [String(value)];
    for (const text of tries) {
      typeInto(el, text);
      if (el.value === text) return { ok: true, readBack: el.value };
    }
    return { ok: false, readBack: el.value, error: 'did-not-hold' };
  }
  if (isHtml(el) && el.isContentEditable) {
    el.focus();
    const doc = el.ownerDocument;
    doc.getSelection()?.selectAllChildren(el);
    // insertText goes through the editor's own input handling (CKEditor-like editors listen to it).
    const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, String(value));
    // biome-ignore lint/performance/useDomNodeTextContent: compare with what the editor renders
    if (!done || el.innerText.trim() !== String(value).trim()) {
      el.textContent = String(value);
      const view = (doc.defaultView ?? window) as typeof window;
      el.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(value) }));
    }
    el.blur();
    const back = readBack(el);
    return { ok: String(back).trim() === String(value).trim(), readBack: back };
  }
  return { ok: false, readBack: null, error: 'refused' };
}

/** What a set of fields held before a fill, so that it can be undone. */
export type Snapshot = readonly (readonly [Element, string | boolean | null])[];

/** Records what each field holds now. */
export function snapshot(elements: readonly Element[]): Snapshot {
  return elements.map((el) => [el, readBack(el)] as const);
}

/** Puts every field back as it was (through the same events, so frameworks follow). */
export function restore(snap: Snapshot): void {
  for (const [el, value] of snap) {
    if (value === null || !el.isConnected) continue;
    if (is(el, 'input') && el.type === 'radio') {
      if (value === true && !el.checked) el.click();
      else if (value === false && el.checked) {
        // No click unselects a radio; set it and tell the page, as a reset would.
        el.checked = false;
        fire(el, 'input');
        fire(el, 'change');
      }
      continue;
    }
    fillField(el, value);
  }
}

/** Outlines filled fields briefly, restoring their own style afterwards. */
export function highlight(elements: readonly Element[], ms = 1200): void {
  for (const el of elements) {
    if (!isHtml(el)) continue;
    const before = el.style.outline;
    el.style.outline = '3px solid #2e7d32';
    setTimeout(() => {
      el.style.outline = before;
    }, ms);
  }
}
