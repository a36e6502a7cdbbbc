import type { Lang } from '@tusoi/rubric-core';

/** A message said in both languages (bad input, a failed write: Vietnamese and English together). */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

// Vietnamese tone and vowel marks, once decomposed (grave, acute, circumflex, tilde, breve, hook,
// horn, dot below), and đ: an English half has none in its first word, and has English words.
const VI_MARK = /[\u0300-\u0303\u0306\u0309\u031B\u0323đ]/iu;
const hasVietnamese = (text: string) => VI_MARK.test(text.normalize('NFD'));

/** A pack's own text (a frame's, an axis's title) in the language of the interface: English when the pack gives it. */
export function inLang(text: { readonly vi: string; readonly en?: string | undefined }, lang: Lang): string {
  return lang === 'en' && text.en ? text.en : text.vi;
}

/**
 * Splits a message written "Tiếng Việt / English" (the form of the project's own error texts)
 * at the first " / " with Vietnamese before it and an English word after it; null for a text
 * that is not of that form (shown as it is).
 */
export function splitBilingual(text: string): Bilingual | null {
  for (let at = text.indexOf(' / '); at >= 0; at = text.indexOf(' / ', at + 1)) {
    const vi = text.slice(0, at);
    const en = text.slice(at + 3);
    const first = /^\S+/.exec(en)?.[0] ?? '';
    const english = /^[\p{L}\p{N}“"‘'(]/u.test(first) && !hasVietnamese(first) && /[A-Za-z]{2}/.test(en);
    if (hasVietnamese(vi) && english) return { vi, en };
  }
  return null;
}

/**
 * A bilingual message with each half marked in its language (`lang="vi"`, `lang="en"`), so a
 * screen reader reads each with its own voice. `first`: the language said first (Vietnamese
 * unless given); `sep`: what stands between the halves. A plain string that is not "vi / en"
 * is shown as it is.
 */
export function BilingualText({
  text,
  first = 'vi',
  sep = ' / ',
}: {
  text: string | Bilingual;
  first?: Lang;
  sep?: string;
}) {
  const both = typeof text === 'string' ? splitBilingual(text) : text;
  if (both === null) return <>{text as string}</>;
  const order: readonly Lang[] = first === 'en' ? ['en', 'vi'] : ['vi', 'en'];
  return (
    <>
      <span lang={order[0]}>{both[order[0] as Lang]}</span>
      {sep}
      <span lang={order[1]}>{both[order[1] as Lang]}</span>
    </>
  );
}

/**
 * rubric-core's messages about one field, each in both languages, Vietnamese first (as every bad
 * input is told), each half marked with its language; several are set one after another.
 */
export function BilingualMessages({ messages }: { messages: readonly Bilingual[] }) {
  return (
    <>
      {messages.map((m, i) => (
        <span key={i}>
          {i > 0 ? ' ' : ''}
          <BilingualText text={m} />
        </span>
      ))}
    </>
  );
}
