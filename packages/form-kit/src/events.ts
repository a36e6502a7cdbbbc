// The events a person's typing makes, in order, so that pages that total on keyup, jQuery
// handlers and frameworks' value trackers (React, Vue, Preact) all see the fill.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const view = (el: Element) => (el.ownerDocument.defaultView ?? window) as typeof window;

/** Sets a value through the prototype's setter, which frameworks' own value trackers cannot intercept. */
export function setNative(el: Field, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/** Dispatches a plain bubbling event. */
export function fire(el: Element, type: string): void {
  el.dispatchEvent(new (view(el).Event)(type, { bubbles: true }));
}

const key = (el: Element, type: string, k: string) =>
  el.dispatchEvent(
    // keyCode and which too: widgets written before `key` (AutoNumeric 4) read them.
    new (view(el).KeyboardEvent)(type, {
      bubbles: true,
      cancelable: true,
      key: k,
      ...(k.length === 1
        ? { charCode: k.charCodeAt(0), keyCode: k.charCodeAt(0), which: k.charCodeAt(0) }
        : k === 'Backspace'
          ? { keyCode: 8, which: 8 }
          : k === 'Escape'
            ? { keyCode: 27, which: 27 }
            : {}),
    } as KeyboardEventInit),
  );
/** A key pressed and let go on `el` (Backspace, Escape), as a widget's own key handlers hear it. */
export function pressKey(el: Element, k: string): void {
  key(el, 'keydown', k);
  key(el, 'keyup', k);
}

const input = (el: Element, data: string | null, inputType = 'insertText') =>
  el.dispatchEvent(new (view(el).InputEvent)('input', { bubbles: true, inputType, data }));

// Focus events are dispatched rather than caused: a real focus() forces a style and layout pass on
// every field (90 of the 120 ms a 150-field fill took) and would move the user's own focus.
// Frameworks hear the same events (React listens to focusin/focusout, Vue and Angular to focus/blur).
/** Focus then (after `body`) blur, as a person tabbing through. */
export function focused(el: Element, body: () => void): void {
  const F = view(el).FocusEvent;
  el.dispatchEvent(new F('focus'));
  el.dispatchEvent(new F('focusin', { bubbles: true }));
  body();
  fire(el, 'change');
  el.dispatchEvent(new F('blur'));
  el.dispatchEvent(new F('focusout', { bubbles: true }));
}

// Select all, then Backspace, as a person replaces what a field shows: a mask (Inputmask) that
// holds "27,00" takes a whole new value as an edit of the old one ("27,5" became "27,05"), so
// what it holds is deleted first, by the mask itself when it handles the key.
function clear(el: HTMLInputElement | HTMLTextAreaElement): void {
  try {
    el.setSelectionRange(0, el.value.length);
  } catch {
    // type=number and email have no selection: their value is replaced whole anyway.
  }
  if (key(el, 'keydown', 'Backspace') && el.value !== '') {
    setNative(el, '');
    input(el, null, 'deleteContentBackward');
  }
  key(el, 'keyup', 'Backspace');
}

/**
 * One write of a whole value: what the field holds is selected and deleted first (see `clear`),
 * then keydown, keypress, the value, input, keyup; then change and blur.
 */
export function typeInto(el: Field, value: string): void {
  focused(el, () => {
    if (el.localName !== 'select' && el.value !== '' && el.value !== value)
      clear(el as HTMLInputElement | HTMLTextAreaElement);
    key(el, 'keydown', 'Unidentified');
    key(el, 'keypress', 'Unidentified');
    setNative(el, value);
    input(el, value);
    key(el, 'keyup', 'Unidentified');
  });
}

/**
 * Types character by character for widgets that take only keys (AutoNumeric inserts each
 * keypress itself); a character the page does not take over is inserted as a browser would.
 */
export function typeKeys(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  focused(el, () => {
    for (const ch of value) {
      if (key(el, 'keydown', ch) && key(el, 'keypress', ch)) {
        setNative(el, el.value + ch);
        input(el, ch);
      }
      key(el, 'keyup', ch);
    }
  });
}
