// Printable ASCII with no space at either end is already NFC and trimmed: most ids, at no cost.
const PLAIN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * A text key as compared: NFC, trimmed. "Chi bộ" typed on Windows (NFC) and on a Mac (NFD) are
 * one chi bộ; a stray space after an id is not another person.
 */
export function textKey(text: string): string {
  return PLAIN.test(text) ? text : text.normalize('NFC').trim();
}
