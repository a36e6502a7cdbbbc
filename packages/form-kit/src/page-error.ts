// The page's own verdict on a field (constraint validation, error text beside it), read by check and fill.

import { isVisible } from './state';

/** The page's own verdict on a field: its constraint validation message, or error text shown beside it; null when none. */
export function pageError(el: Element): string | null {
  const f = el as HTMLInputElement;
  if (f.validity && !f.validity.valid && !f.validity.valueMissing) return f.validationMessage || 'không hợp lệ';
  const box = el.closest('td, .form-group, .field, label, div');
  // Words, not a required-field star in red; and only what a person sees.
  for (const err of box?.querySelectorAll(
    '.error, .err, .errors, .invalid-feedback, .field-validation-error, .text-danger, .validation-message, [role=alert]',
  ) ?? []) {
    const text = err.textContent?.trim() ?? '';
    if (/\p{L}{2}/u.test(text) && isVisible(err)) return text;
  }
  return null;
}
