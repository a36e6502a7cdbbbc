// Every click form-kit makes goes through press(): one place that decides what may be pressed.
import { forgetVisibility } from './state';

const is = <K extends keyof HTMLElementTagNameMap>(el: Element, tag: K): el is HTMLElementTagNameMap[K] =>
  el.localName === tag;

/** Buttons and links whose words submit, complete or delete: never clicked. */
const DANGER =
  /(gửi|gui|nộp|nop|hoàn thành|hoan thanh|lưu và gửi|xoá|xóa|xoa|huỷ|hủy|submit|send|finish|complete|delete|remove|reset)/i;

/**
 * Whether clicking an element could submit, complete or delete something. A `<button>` without
 * `type` submits only inside a form (its `form` owner); outside one it is a plain button.
 */
export function isDangerous(el: Element): boolean {
  if (is(el, 'button')) {
    if (el.type === 'reset' || (el.type === 'submit' && (el.form !== null || el.getAttribute('type') !== null)))
      return true;
  }
  if (is(el, 'input') && (el.type === 'submit' || el.type === 'reset' || el.type === 'image')) return true;
  const text = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('value') ?? ''}`;
  return (is(el, 'button') || is(el, 'a') || el.getAttribute('role') === 'button') && DANGER.test(text);
}

/** Clicks an element as a person would, unless it is dangerous; returns whether it was pressed. */
export function press(el: Element): boolean {
  if (isDangerous(el) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  (el as HTMLElement).click();
  // A press may show or hide parts of the page.
  forgetVisibility();
  return true;
}
