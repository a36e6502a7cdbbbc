import { isVietnamese } from './text';

/** The decimal mark a field takes. */
export type DecimalMark = ',' | '.';

const SHOWS = /\d([.,])\d/;

/**
 * The decimal mark a field takes: a `type=number` takes a dot; otherwise what its placeholder,
 * pattern, current value or a neighbouring field shows (a neighbouring `type=number` box that
 * takes decimals shows a dot); otherwise a comma on a Vietnamese page and a dot elsewhere. A form map may state it (`stated`).
 */
export function decimalOf(el: Element, stated?: DecimalMark, values = true): DecimalMark {
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'number') return '.';
  if (stated) return stated;
  const pattern = el.getAttribute('pattern') ?? '';
  // A pattern such as \d+(,\d+)? names its mark; "\." is a dot.
  if (/,/.test(pattern)) return ',';
  if (/\\\./.test(pattern)) return '.';
  // A check judges the values themselves: it reads only hints (`values` false).
  const value = (e: Element) => (values ? ((e as HTMLInputElement).value ?? '') : '');
  const own = SHOWS.exec(`${el.getAttribute('placeholder') ?? ''} ${value(el)}`);
  if (own?.[1]) return own[1] as DecimalMark;
  const form = (el as HTMLInputElement).form ?? el.parentElement?.parentElement;
  let numbers = false;
  for (const other of form?.querySelectorAll('input') ?? []) {
    if (other === el || other.type === 'hidden') continue;
    // A number box taking halves ("step=0.5", "any") is the page's own decimal entry: a dot.
    if (other.type === 'number') numbers ||= /^(any|\d*\.\d+)$/.test(other.step);
    else {
      const m = SHOWS.exec(`${other.placeholder} ${value(other)}`);
      if (m?.[1]) return m[1] as DecimalMark;
    }
  }
  return numbers || !isVietnamese(el.ownerDocument) ? '.' : ',';
}

/** A number written with a decimal mark, shortest form (2.5 → "2,5"). */
export function writeNumber(n: number, mark: DecimalMark): string {
  return mark === ',' ? String(n).replace('.', ',') : String(n);
}

/**
 * Reads a number as a field shows it: in its own decimal mark, with the other mark read as
 * grouping ("1.234,5" in vi-VN); null when it is not a number.
 */
export function readNumber(text: string, mark: DecimalMark): number | null {
  let t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  const group = mark === ',' ? '.' : ',';
  // A lone other mark with one or two digits after it is the page's decimal, not grouping.
  if (!t.includes(mark) && new RegExp(`^-?\\d+\\${group}\\d{1,2}$`).test(t)) t = t.replace(group, mark);
  else t = t.split(group).join('');
  t = t.replace(mark, '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}
