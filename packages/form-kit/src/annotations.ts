// The notes Tự Soi puts beside a form's fields (in shadow roots), and their removal.

import type { FormProblem } from './form-problem';
import type { Scope } from './locator-types';

const NOTE_TAG = 'tusoi-note';
const COLOURS = 'border-left:3px solid #b00020;background:#fff3f3;color:#8a0015;font:13px/1.4 system-ui,sans-serif';
// A cell of the page's own table (or grid): a note there must not widen its column or row.
const CELL = 'td, th, [role=cell], [role=gridcell]';

/**
 * Shows each problem beside its field, in a shadow root; page text is only ever set as text.
 * Problems drawn from draft facts the page does not hold (`panelOnly`) are not placed on the page.
 * Outside tables a note follows its field in the flow; inside a table cell it takes no space (the
 * portal's columns keep their widths): the field is outlined and the note floats just below it.
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
    span.textContent = `Tự Soi: ${p.message[lang]}`;
    const anchor = p.element.closest('label') ?? p.element;
    const inCell = anchor.closest(CELL) !== null;
    if (!inCell) span.setAttribute('style', `display:inline-block;margin:2px 0 6px;padding:2px 6px;${COLOURS}`);
    shadow.append(span);
    anchor.insertAdjacentElement('afterend', host);
    if (inCell) float(host, p.element, span);
    notes.push(host);
  }
  return notes;
}

/**
 * Takes the note out of the page's flow: the host is positioned (zero size, where it stands), an
 * outline is drawn over the field and the note just below it, both placed from the field's box.
 * Neither catches the pointer, so the field and what the note covers stay usable.
 */
function float(host: HTMLElement, field: Element, span: HTMLElement): void {
  host.setAttribute(
    'style',
    'position:absolute;display:inline;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;z-index:2147483000',
  );
  const at = host.getBoundingClientRect();
  const box = field.getBoundingClientRect();
  const left = box.left - at.left;
  const frame = host.ownerDocument.createElement('span');
  frame.setAttribute(
    'style',
    `position:absolute;left:${left - 2}px;top:${box.top - at.top - 2}px;width:${box.width}px;height:${box.height}px;border:2px solid #b00020;border-radius:3px;pointer-events:none`,
  );
  span.setAttribute(
    'style',
    `position:absolute;left:${left}px;top:${box.bottom - at.top + 3}px;width:max-content;max-width:24em;white-space:normal;padding:2px 6px;box-shadow:0 1px 3px rgba(0,0,0,.3);pointer-events:none;${COLOURS}`,
  );
  span.before(frame);
}

/** Removes every note Tự Soi added. */
export function clearAnnotations(root: Scope): void {
  for (const note of root.querySelectorAll(NOTE_TAG)) note.remove();
}
