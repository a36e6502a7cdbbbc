/**
 * Printable ASCII (0x20–0x7e) with no space at either end, not empty: already NFC and trimmed, as
 * most ids are. A loop rather than a regular expression: V8 inlines it where a regex test is a call
 * (keys are compared several times per classify).
 */
function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * A text key as compared: NFC, trimmed. "Chi bộ" typed on Windows (NFC) and on a Mac (NFD) are
 * one chi bộ; a stray space after an id is not another person.
 */
export function textKey(text: string): string {
  return isPlain(text) ? text : text.normalize('NFC').trim();
}
