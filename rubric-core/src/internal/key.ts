/**
 * A text key as compared: NFC, trimmed. "Chi bộ" typed on Windows (NFC) and on a Mac (NFD) are
 * one chi bộ; a stray space after an id is not another person.
 */
export function textKey(text: string): string {
  return text.normalize('NFC').trim();
}
