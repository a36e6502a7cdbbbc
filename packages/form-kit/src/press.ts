// Every click form-kit makes goes through press(): one place that decides what may be pressed.
import { refusal } from './safety';
import { forgetVisibility } from './state';

/**
 * Whether clicking an element could submit, reset, delete, send, complete, sign, confirm or
 * navigate: what the click would activate is resolved and judged by safety.ts (`refusal`).
 */
export function isDangerous(el: Element): boolean {
  return refusal(el) !== null;
}

/** Clicks an element as a person would, unless it is dangerous; returns whether it was pressed. */
export function press(el: Element): boolean {
  if (isDangerous(el) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  (el as HTMLElement).click();
  // A press may show or hide parts of the page.
  forgetVisibility();
  return true;
}
