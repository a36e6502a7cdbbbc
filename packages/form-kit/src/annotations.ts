// The notes Tự Soi puts beside a form's fields (in shadow roots), and their removal.

import type { FormProblem } from './form-problem';
import type { Scope } from './locator-types';

const NOTE_TAG = 'tusoi-note';

/**
 * Shows each problem beside its field, in a shadow root; page text is only ever set as text.
 * Problems drawn from draft facts the page does not hold (`panelOnly`) are not placed on the page.
 */
export function annotate(problems: readonly FormProblem[], lang: 'vi' | 'en' = 'vi'): Element[] {
  const notes: Element[] = [];
  for (const p of problems) {
    if (!p.element || p.panelOnly) continue;
    const doc = p.element.ownerDocument;
    const host = doc.createElement(NOTE_TAG);
    host.setAttribute('data-code', p.code);
    const shadow = host.attachShadow({ mode: 'open' });
    const span = doc.createElement('span');
    span.setAttribute(
      'style',
      'display:inline-block;margin:2px 0 6px;padding:2px 6px;border-left:3px solid #b00020;background:#fff3f3;color:#8a0015;font:13px/1.4 system-ui,sans-serif',
    );
    span.textContent = `Tự Soi: ${p.message[lang]}`;
    shadow.append(span);
    (p.element.closest('label') ?? p.element).insertAdjacentElement('afterend', host);
    notes.push(host);
  }
  return notes;
}

/** Removes every note Tự Soi added. */
export function clearAnnotations(root: Scope): void {
  for (const note of root.querySelectorAll(NOTE_TAG)) note.remove();
}
