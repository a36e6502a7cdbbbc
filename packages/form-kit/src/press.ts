// Every click form-kit makes goes through press(): one place that decides what may be pressed.
import type { Message } from '@tusoi/rubric-core';
import { refusal } from './safety';
import { forgetVisibility } from './state';

/**
 * Whether clicking an element could submit, reset, delete, send, complete, sign, confirm or
 * navigate: what the click would activate is resolved and judged by safety.ts (`refusal`).
 */
export function isDangerous(el: Element): boolean {
  return refusal(el) !== null;
}

// What the page tried to do when an innocent-looking control was pressed: a click handler may call
// `form.requestSubmit()` or set `location`, which no caption or type reveals beforehand.
const stopped = new WeakMap<Element, Message>();
const STOPPED: Message = {
  vi: 'trang định gửi biểu mẫu hoặc rời trang khi bấm; Tự Soi đã chặn',
  en: 'the page tried to submit the form or leave; Tự Soi stopped it',
};

/** Why a press of this element was stopped after the fact (the page tried to submit or leave), or null. */
export function stoppedPress(el: Element): Message | null {
  return stopped.get(el) ?? null;
}

/** Records that the page tried to submit or leave after this element was pressed. */
export function markStopped(el: Element): void {
  stopped.set(el, STOPPED);
}

type Nav = EventTarget & { readonly currentEntry?: unknown };

/**
 * Cancels, until the returned function is called, every form submission (the `submit` event, also
 * sent by `requestSubmit()`) and every navigation the Navigation API lets a page cancel (a handler
 * setting `location`, `form.submit()`), calling `onStop` for each. Where the browser has no
 * Navigation API (Firefox before 147), navigations started by a handler are not caught.
 */
export function holdSubmits(onStop: () => void = () => {}): () => void {
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    onStop();
  };
  const navigate = (e: Event) => {
    if (!e.cancelable) return;
    e.preventDefault();
    onStop();
  };
  const nav = (globalThis as { navigation?: Nav }).navigation;
  addEventListener('submit', stop, true);
  nav?.addEventListener('navigate', navigate);
  return () => {
    removeEventListener('submit', stop, true);
    nav?.removeEventListener('navigate', navigate);
  };
}

/**
 * Clicks an element as a person would, unless it is dangerous; returns whether it was pressed and
 * the page did nothing it must not (a submission or navigation the click started is cancelled, and
 * the press counts as refused, its reason in `stoppedPress`).
 */
export function press(el: Element): boolean {
  if (isDangerous(el) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  stopped.delete(el);
  let caught = false;
  const release = holdSubmits(() => {
    caught = true;
  });
  const postback = postbackFields(el.ownerDocument);
  try {
    (el as HTMLElement).click();
  } finally {
    release();
  }
  // A press may show or hide parts of the page.
  forgetVisibility();
  // A postback the press started (and that was stopped) leaves its target in the page's hidden
  // fields, where the user's own later "Lưu" would send it: they are put back.
  const reset = postback.filter(([f, was]) => f.value !== was);
  for (const [f, was] of reset) f.value = was;
  if (reset.length > 0) stopped.set(el, POSTBACK_RESET);
  else if (caught) markStopped(el);
  return !caught && reset.length === 0;
}

const POSTBACK_RESET: Message = {
  vi: 'trang định gửi trang về máy chủ (postback) khi bấm; Tự Soi đã chặn và trả lại __EVENTTARGET/__EVENTARGUMENT như trước',
  en: 'the page tried to post back when pressed; Tự Soi stopped it and put __EVENTTARGET/__EVENTARGUMENT back as they were',
};

// ASP.NET WebForms' hidden postback fields and their values.
function postbackFields(doc: Document): [HTMLInputElement, string][] {
  return [...doc.querySelectorAll<HTMLInputElement>('input[name=__EVENTTARGET], input[name=__EVENTARGUMENT]')].map(
    (f) => [f, f.value],
  );
}
