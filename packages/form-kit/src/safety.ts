import type { Message } from '@tusoi/rubric-core';
import { levelOf } from './choices';

// What a click may never press. A form map is data anyone can write, so before any click the
// element is resolved to what the click would really activate (the element, the button or link
// around it, the control a label is for) and refused when that submits, resets, deletes, sends,
// completes, signs, confirms or navigates, read from type, role, form owner, href and the words
// a person reads on it (caption, value, title, aria-label, the label of a checkbox).

const HTML = 'http://www.w3.org/1999/xhtml';

/** Folds text for matching: NFC/NFD alike, tone marks and đ dropped, soft hyphens and zero-width characters removed. */
export function foldCaption(text: string): string {
  return ` ${text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

type Kind = 'postback' | 'submit' | 'reset' | 'delete' | 'send' | 'complete' | 'sign' | 'confirm' | 'navigate';

// Words (folded, matched as whole words) that name what a person presses only on purpose.
const WORDS: readonly (readonly [Kind, readonly string[]])[] = [
  ['send', ['gui', 'gui di', 'send', 'post', 'publish']],
  ['submit', ['nop', 'submit', 'trinh', 'luu', 'save', 'dang ky', 'register', 'apply']],
  ['delete', ['xoa', 'huy', 'go bo', 'loai bo', 'delete', 'remove', 'erase', 'discard', 'cancel', 'clear', 'trash']],
  ['reset', ['reset', 'lam lai', 'nhap lai', 'lam moi']],
  ['complete', ['hoan tat', 'hoan thanh', 'ket thuc', 'complete', 'finish', 'done']],
  ['sign', ['trinh ky', 'ky so', 'ky ten', 'ky duyet', 'sign', 'duyet', 'phe duyet', 'approve']],
  ['confirm', ['xac nhan', 'dong y', 'confirm', 'agree', 'accept']],
];
// Phrases that contain a word above but name something harmless a map may press.
const HARMLESS = [' luu y '];
// On a choice (a radio, a checkbox, an option), whose caption is an answer ("Hoàn thành tốt
// nhiệm vụ", "Đã duyệt", a person named Huy), only these words are refused.
const CHOICE_WORDS: readonly (readonly [Kind, readonly string[]])[] = [
  ['delete', ['xoa', 'go bo', 'loai bo', 'delete', 'remove', 'erase', 'trash']],
  ['sign', ['trinh ky', 'ky so', 'ky ten', 'sign']],
  ['confirm', ['xac nhan', 'confirm']],
];

const REASONS: Record<Kind, Message> = {
  postback: { vi: 'nút gửi trang về máy chủ (postback)', en: 'a button that posts the page back' },
  submit: { vi: 'nút gửi/nộp biểu mẫu', en: 'a submit button' },
  reset: { vi: 'nút xoá trắng biểu mẫu', en: 'a reset button' },
  delete: { vi: 'nút xoá hoặc huỷ', en: 'a delete or cancel control' },
  send: { vi: 'nút gửi', en: 'a send button' },
  complete: { vi: 'nút hoàn tất', en: 'a complete/finish button' },
  sign: { vi: 'nút ký hoặc duyệt', en: 'a sign or approve button' },
  confirm: { vi: 'nút xác nhận', en: 'a confirm button' },
  navigate: { vi: 'liên kết sang trang khác', en: 'a link to another page' },
};

function wordsKind(caption: string, list: typeof WORDS): Kind | null {
  let text = foldCaption(caption);
  for (const phrase of HARMLESS) text = text.replaceAll(phrase, ' ');
  for (const [kind, words] of list) if (words.some((w) => text.includes(` ${w} `))) return kind;
  return null;
}

const ACTIVATABLE =
  'a[href], area[href], button, input, select, textarea, summary, label, [role=button], [role=link], [role=menuitem], [role=checkbox], [role=radio], [role=option], [role=switch], [role=tab]';

/** The elements a click on `el` would activate: itself, the control or link around it, the control a label is for. */
export function activationTargets(el: Element): Element[] {
  const out: Element[] = [el];
  const add = (x: Element | null | undefined) => {
    if (x && !out.includes(x)) out.push(x);
  };
  const around = el.closest(ACTIVATABLE);
  add(around);
  const label = around?.localName === 'label' ? (around as HTMLLabelElement) : null;
  if (label) {
    add(label.control);
    // A label[for] whose target is not labelable (a div "button") still names it.
    const id = label.getAttribute('for');
    if (id) add(label.ownerDocument.getElementById(id));
  }
  // A control inside a link or button still activates that too.
  if (around) add(around.parentElement?.closest('a[href], button, [role=button], [role=link]'));
  return out;
}

function text(el: Element | null): string {
  return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** What a person reads on an element: its own text (when short), value, aria-label, labelledby, title, alt, labels. */
export function caption(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  const own = text(el);
  // A big container's text is its fields', not a caption.
  if (own.length <= 80) parts.push(own);
  for (const attr of ['aria-label', 'title', 'alt', 'data-tooltip', 'data-original-title']) {
    const v = el.getAttribute(attr);
    if (v) parts.push(v);
  }
  const by = el.getAttribute('aria-labelledby');
  if (by) for (const id of by.split(/\s+/)) parts.push(text(doc.getElementById(id)));
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (['button', 'submit', 'reset', 'image'].includes(input.type)) parts.push(input.value);
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const l of labels) parts.push(text(l));
  // Icon-only buttons: the title or label of the icon inside.
  for (const icon of el.querySelectorAll('[title], [aria-label], img[alt], svg title')) {
    parts.push(icon.getAttribute('title') ?? icon.getAttribute('aria-label') ?? icon.getAttribute('alt') ?? text(icon));
  }
  return parts.join(' | ');
}

// Inline code (an onclick attribute, a javascript: link) that posts the page back or submits its
// form: ASP.NET WebForms' `__doPostBack(…)` sets the hidden __EVENTTARGET and submits the page.
const POSTS_BACK = /__doPostBack\s*\(|WebForm_DoPostBackWithOptions\s*\(|\.submit\s*\(|requestSubmit\s*\(/;

/** Whether the element's inline handler (onclick, a javascript: href) posts the page back or submits a form. */
export function postsBack(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  return POSTS_BACK.test(el.getAttribute('onclick') ?? '') || (/^\s*javascript:/i.test(href) && POSTS_BACK.test(href));
}

function hrefNavigates(el: Element): boolean {
  const href = el.getAttribute('href');
  if (href === null) return false;
  const h = href.trim();
  // Same-page anchors and script-only links stay on the page (their caption is still read).
  if (h === '' || h.startsWith('#') || /^javascript:\s*(void\s*\(?\s*0?\s*\)?\s*;?|;)?$/i.test(h)) {
    return el.hasAttribute('download');
  }
  return true;
}

// A click here is a choice (a radio, a checkbox, an option, a toggle, a level among levels: "Hoàn
// thành" beside "Xuất sắc", "Tốt" and "Không hoàn thành" is an answer, not "finish").
function isChoice(el: Element): boolean {
  if (el.localName === 'input') return ['checkbox', 'radio'].includes((el as HTMLInputElement).type);
  const role = el.getAttribute('role');
  const row = [...(el.parentElement?.children ?? [])];
  return (
    (levelOf(text(el)) !== null && row.filter((b) => levelOf(text(b)) !== null).length > 2) ||
    el.localName === 'option' ||
    el.getAttribute('aria-pressed') !== null ||
    role === 'option' ||
    role === 'radio' ||
    role === 'checkbox' ||
    role === 'switch' ||
    role === 'tab'
  );
}

function kindOf(el: Element): Kind | null {
  const tag = el.localName;
  if (postsBack(el)) return 'postback';
  if (tag === 'button') {
    const type = el.getAttribute('type')?.toLowerCase();
    if (type === 'reset') return 'reset';
    if (type === 'submit') return 'submit';
    // A button without a valid type submits its form, if it has one (form owner, form= included).
    if (type !== 'button' && type !== 'menu' && (el as HTMLButtonElement).form !== null) return 'submit';
  }
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    if (type === 'submit' || type === 'image') return 'submit';
    if (type === 'reset') return 'reset';
  }
  if ((tag === 'a' || tag === 'area') && hrefNavigates(el)) return 'navigate';
  if (el.getAttribute('formaction') !== null) return 'submit';
  return wordsKind(caption(el), isChoice(el) ? CHOICE_WORDS : WORDS);
}

/** Why no press of a submit, delete or confirm happens: said after the refused control's name. */
export const NEVER_PRESS: Message = {
  vi: 'Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng.',
  en: 'Tự Soi never submits, deletes or confirms for the user.',
};

/**
 * Why a click on `el` must not happen (Vietnamese and English, naming what it would press), or
 * null when it may: a wizard's "Tiếp tục", a radio, a checkbox for "Đảm bảo".
 */
export function refusal(el: Element): Message | null {
  for (const target of activationTargets(el)) {
    const kind = kindOf(target);
    if (kind === null) continue;
    const what = REASONS[kind];
    const name =
      caption(target)
        .split(' | ')
        .find((p) => p !== '') ?? target.localName;
    return {
      vi: `Không bấm ${what.vi} «${name.slice(0, 40)}»: ${NEVER_PRESS.vi}`,
      en: `Not pressing ${what.en} “${name.slice(0, 40)}”: ${NEVER_PRESS.en}`,
    };
  }
  // An icon (SVG) has no click of its own to give; what it sits in was judged above.
  if (el.namespaceURI !== HTML) return { vi: 'không phải phần tử của biểu mẫu', en: 'not a form element' };
  return null;
}
