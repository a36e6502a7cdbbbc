// Tom Select and Choices.js boxes follow a person's clicks, not their select: a value set on the
// hidden select reaches the form while the box keeps showing the old one. So they are used as a
// person uses them: open the box, click the option in its list; to take an option away, click its
// tag and press Backspace (never a "Remove" button). Read back: the select and the box must agree.
import { boxAgrees, boxOf } from './enhanced';
import { fire, pressKey, setNative } from './events';
import {
  type Before,
  choiceExpect,
  type FieldValue,
  outcome,
  readBack,
  valuesOf,
  verify,
  type Written,
  wantedOptions,
} from './fill';
import { isDangerous, press } from './press';
import { lockOf } from './state';

const CLICKED = '.ts-wrapper, .choices[data-type]';

/** Whether a select is drawn by a box that follows only clicks (Tom Select, Choices.js). */
export const takesClicks = (el: Element): el is HTMLSelectElement =>
  el.localName === 'select' && boxOf(el)?.matches(CLICKED) === true;

const tick = () => new Promise((r) => setTimeout(r, 0));

// A person's click: the button goes down and up over it, then the click (Choices.js chooses on
// mousedown, Tom Select on click). What may not be pressed gets no event at all.
function click(el: Element | null): boolean {
  if (!el || isDangerous(el)) return false;
  const M = (el.ownerDocument.defaultView ?? window).MouseEvent;
  for (const type of ['mousedown', 'mouseup']) el.dispatchEvent(new M(type, { bubbles: true, cancelable: true }));
  return press(el);
}

// Where the box draws its list: inside it, or (Tom Select's dropdownParent) under the select's id.
const lists = (select: HTMLSelectElement, box: Element) =>
  [box, select.id ? select.ownerDocument.getElementById(`${select.id}-ts-dropdown`) : null].filter(
    (l): l is Element => l !== null,
  );
const opener = (box: Element) => box.querySelector('.ts-control, .choices__inner');
const typing = (box: Element) => box.querySelector<HTMLInputElement>('.ts-control input, input.choices__input');

// The list item that chooses `value`, once the box has drawn it (Tom Select draws its list only
// when opened, a moment after the click, and only its first 50 options: the option's words are then
// typed into the box's search, as a person looks for it); null when the box never offers it.
async function itemFor(
  select: HTMLSelectElement,
  box: Element,
  value: string,
  words = '',
): Promise<HTMLElement | null> {
  const css = `[data-selectable][data-value="${CSS.escape(value)}"], [data-choice][data-value="${CSS.escape(value)}"]`;
  const until = Date.now() + 1500;
  for (let i = 0; ; i++) {
    for (const list of lists(select, box)) {
      const item = list.querySelector<HTMLElement>(css);
      if (item) return item;
    }
    if (i === 0) click(opener(box));
    // Tom Select searches 300 ms after the last keystroke.
    const field = i === 5 && words ? typing(box) : null;
    if (field) {
      setNative(field, words);
      fire(field, 'input');
    }
    if (Date.now() > until) return null;
    await new Promise((r) => setTimeout(r, i < 5 ? 0 : 25));
  }
}

// Takes one chosen option away as a person does: its tag clicked (selected), then Backspace in
// the box's text field; a single Choices.js box is emptied by choosing its placeholder instead.
async function drop(select: HTMLSelectElement, box: Element, value: string): Promise<void> {
  const v = CSS.escape(value);
  if (box.matches('.choices') && !select.multiple) {
    const none = await itemFor(select, box, '');
    click(none);
    return;
  }
  if (!select.multiple) click(opener(box));
  else
    click(box.querySelector(`.ts-control > .item[data-value="${v}"], .choices__inner [data-item][data-value="${v}"]`));
  await tick();
  const field = typing(box);
  field?.focus();
  if (field) pressKey(field, 'Backspace');
}

/**
 * Makes a Tom Select or Choices.js box hold exactly `values` (option values; none for empty), by
 * its own clicks and keys, then closes it; true when the select then holds them.
 */
export async function setBox(select: HTMLSelectElement, values: readonly string[]): Promise<boolean> {
  const box = boxOf(select) as Element;
  const want = values.filter((v) => v !== '');
  const have = () => valuesOf(select).filter((v) => v !== '');
  // A single box replaces its choice when another is clicked; it is emptied only when asked to be.
  for (const v of have()) if ((select.multiple || want.length === 0) && !want.includes(v)) await drop(select, box, v);
  for (const v of want) {
    // Held by the select but not shown (set behind the box's back): clicked, so the box shows it.
    if (have().includes(v) && boxAgrees(select)) continue;
    const item = await itemFor(select, box, v, [...select.options].find((o) => o.value === v)?.text);
    if (!item || !click(item)) break;
    await tick();
  }
  // Closed as a person leaves it: Escape, then away from the box.
  const active = select.ownerDocument.activeElement as HTMLElement | null;
  if (active && box.contains(active)) {
    pressKey(active, 'Escape');
    active.blur();
  }
  await tick();
  const now = have();
  return now.length === want.length && want.every((v) => now.includes(v));
}

/**
 * Fills a Tom Select or Choices.js select (see {@link setBox}) and reads back both the select and
 * the box: `held` only when both show the chosen options.
 */
export async function writeBox(
  el: HTMLSelectElement,
  value: FieldValue,
  key: string,
  aliases?: readonly string[],
): Promise<Written> {
  const lock = lockOf(el);
  if (lock) return { outcome: outcome(el, 'locked', readBack(el), lock) };
  const picked = wantedOptions(el, value, key, aliases);
  if (!Array.isArray(picked)) return picked;
  const expect = choiceExpect(picked);
  await setBox(
    el,
    picked.map((o) => o.value),
  );
  return { outcome: outcome(el, verify(el, expect), readBack(el), String(readBack(el))), expect };
}

/** Puts a box back to what it held before a fill; false when nothing a person does can empty it. */
export async function putBackBox(el: HTMLSelectElement, was: Before): Promise<boolean> {
  const values = String(was)
    .split('\n')
    .filter((v) => v !== '');
  return (await setBox(el, values)) || values.length > 0;
}
