// A custom dropdown (a Telerik-like combo box, a hand-made list): a read-only text box or a button
// that opens a list of items, the chosen item's value kept in a hidden input that the form sends.

/** A custom dropdown: what opens it, its items, and the hidden input the form sends. */
export interface Combo {
  readonly trigger: HTMLElement;
  readonly items: HTMLElement[];
  readonly hidden: HTMLInputElement;
}

const TRIGGER = 'input[readonly], [role=combobox], [aria-haspopup]';

/** An item's value: its data-value or value attribute, else its text. */
export const itemValue = (i: Element): string =>
  i.getAttribute('data-value') ?? i.getAttribute('value') ?? (i.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The custom dropdown `el` opens or holds (within its cell), or null. */
export function comboOf(el: Element): Combo | null {
  const trigger = el.matches(TRIGGER) ? el : el.querySelector(TRIGGER);
  let box: Element | null = el;
  for (let i = 0; trigger && box && i < 3 && !box.matches('td, form, fieldset, body'); i++, box = box.parentElement) {
    const hidden = box.querySelector<HTMLInputElement>('input[type=hidden]');
    const items = [...box.querySelectorAll<HTMLElement>('[role=option], li')];
    if (hidden && items.length > 1) return { trigger: trigger as HTMLElement, items, hidden };
  }
  return null;
}

/** The item the hidden input names, if any. */
export const chosen = (c: Combo): HTMLElement | undefined => c.items.find((i) => itemValue(i) === c.hidden.value);
