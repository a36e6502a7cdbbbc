import { type Lang, LEVELS } from '@tusoi/rubric-core';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import { badgeWords, UNRATED } from '@/lib/level-badge';
import type { DraftSummary } from '@/lib/store';

/** Height of one row (px): the list is virtualised, so every row has the same height. */
export const ROW_HEIGHT = 52;
const OVERSCAN = 6;

/** Folds case and tone marks, so "nguyen van a" finds "Nguyễn Văn A". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** "2025-Q2" as the forms write it: "Quý II/2025"; "2025" as "Năm 2025". */
export function periodLabel(key: string, lang: Lang): string {
  const t = texts(lang);
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(key);
  if (!m) return '—';
  return m[2] ? `${t.quarterly} ${['I', 'II', 'III', 'IV'][Number(m[2]) - 1]}/${m[1]}` : `${t.yearly} ${m[1]}`;
}

// A quarter's roman numeral is a whole token: "II" must not find "III" (nor "I" find "IV").
const ROMAN = /^(?:i|ii|iii|iv)$/;
const ALNUM = '[\\p{L}\\p{N}]';

/** A test for one folded query word: a prefix anywhere, but a roman numeral only as a whole token. */
function wordTest(word: string): (text: string) => boolean {
  const tokens = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const first = ROMAN.test(tokens[0] ?? '') && /^[\p{L}\p{N}]/u.test(word);
  const last = ROMAN.test(tokens.at(-1) ?? '') && /[\p{L}\p{N}]$/u.test(word);
  if (!first && !last) return (text) => text.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${first ? `(?<!${ALNUM})` : ''}${escaped}${last ? `(?!${ALNUM})` : ''}`, 'u');
  return (text) => re.test(text);
}

/**
 * Drafts whose name or period holds every word of the query (tone marks and case ignored; a word
 * matches anywhere in the text, a quarter's roman numeral only as a whole token).
 */
export function searchDrafts(rows: readonly { summary: DraftSummary; text: string }[], query: string): DraftSummary[] {
  const tests = fold(query).split(/\s+/).filter(Boolean).map(wordTest);
  if (tests.length === 0) return rows.map((r) => r.summary);
  const out: DraftSummary[] = [];
  for (const r of rows) if (tests.every((test) => test(r.text))) out.push(r.summary);
  return out;
}

/**
 * The history: every draft of this computer, searchable by name and period, newest change first.
 * Only the rows in view are rendered (10,000 drafts open as fast as 10); a row's level is read
 * when it comes into view.
 */
export function DraftHistory({
  summaries,
  partial = false,
  currentId,
  lang,
  levelOf,
  onSelect,
  actions,
}: {
  summaries: readonly DraftSummary[];
  /**
   * `summaries` is only the start of the list (the rest is being read): no count is said and a
   * search waits for the whole list (it would say "none match" of a draft not read yet).
   */
  partial?: boolean;
  currentId: string | null;
  lang: Lang;
  /** The level of a draft as last saved, the levels the competent level decides between ("HTNV/KHTNV") or `unrated` (see lib/level-badge.ts); undefined while it is being read; null when it has no result (data missing). */
  levelOf: (summary: DraftSummary) => string | null | undefined;
  onSelect: (id: string) => void;
  /** New draft, next period, back: shown under the heading. */
  actions?: ComponentChildren;
}) {
  const t = texts(lang);
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(8 * ROW_HEIGHT);
  const listRef = useRef<HTMLDivElement>(null);
  const focusIndex = useRef<number | null>(null);
  // Folding 10,000 names takes longer than showing the list: done on the first search.
  const indexed = useMemo(() => {
    let rows: { summary: DraftSummary; text: string }[] | null = null;
    return () =>
      (rows ??= summaries.map((summary) => ({
        summary,
        text: fold(`${summary.person} ${summary.periodKey} ${periodLabel(summary.periodKey, lang)}`),
      })));
  }, [summaries, lang]);
  const searching = query.trim() !== '';
  const found = useMemo(
    () => (!searching ? summaries : partial ? [] : searchDrafts(indexed(), query)),
    [indexed, query, partial],
  );
  // The last change: the date first, then the time, so a narrow row that cuts the end keeps the date.
  const time = useMemo(
    () => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' }),
    [lang],
  );
  const day = useMemo(
    () =>
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }),
    [lang],
  );

  useEffect(() => {
    const el = listRef.current;
    if (el) setViewport(el.clientHeight || 8 * ROW_HEIGHT);
  }, [found.length]);
  // After arrow keys moved past the rendered rows, focus the row once it is rendered.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const row = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${focusIndex.current}"]`);
    if (row) {
      row.focus();
      focusIndex.current = null;
    }
  });

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(found.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const move = (index: number) => {
    const el = listRef.current;
    if (!el || index < 0 || index >= found.length) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
    focusIndex.current = index;
    el.querySelector<HTMLButtonElement>(`[data-index="${index}"]`)?.focus();
  };

  return (
    <section class="history" data-testid="history" aria-labelledby="history-title">
      <h2 id="history-title">{t.history}</h2>
      {actions}
      <div class="field">
        <label for="history-search">{t.search}</label>
        <input
          id="history-search"
          name="historySearch"
          type="search"
          autocomplete="off"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setScrollTop(0);
            if (listRef.current) listRef.current.scrollTop = 0;
          }}
        />
      </div>
      <p class="muted" role="status" data-testid="history-count">
        {partial ? t.readingList : found.length === 0 ? t.noneFound : `${found.length} ${t.shown}`}
      </p>
      <div
        class="history-list"
        ref={listRef}
        aria-busy={partial ? 'true' : undefined}
        style={{ height: `${Math.min(found.length, 9) * ROW_HEIGHT + 2}px` }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <ul aria-label={t.history} style={{ height: `${found.length * ROW_HEIGHT}px` }}>
          {found.slice(first, last).map((d, i) => {
            const index = first + i;
            const level = levelOf(d);
            return (
              <li
                key={d.id}
                // While the rest is being read the list's length is not known yet (ARIA: -1).
                aria-setsize={partial ? -1 : found.length}
                aria-posinset={index + 1}
                class="history-item"
                style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
              >
                <button
                  type="button"
                  class="history-row"
                  data-index={index}
                  data-id={d.id}
                  aria-current={d.id === currentId ? 'true' : undefined}
                  onClick={() => onSelect(d.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                      e.preventDefault();
                      move(index + (e.key === 'ArrowDown' ? 1 : -1));
                    }
                  }}
                >
                  <span class="history-name">
                    <span class="history-person">{d.person || t.untitled}</span>
                    {/* A copy kept by "Giữ cả hai" beside the draft it came in for: the day it came in. */}
                    {d.importedAt !== undefined && (
                      <span class="history-note" data-testid="history-copy">
                        {' '}
                        ({t.importedCopy} {day.format(d.importedAt)})
                      </span>
                    )}
                    {d.unreadable && (
                      <span class="history-note" data-testid="history-unreadable">
                        {' '}
                        ({t.unreadableRow})
                      </span>
                    )}
                  </span>
                  <span
                    class="history-meta"
                    title={`${t.lastChange} ${day.format(d.updatedAt)} ${time.format(d.updatedAt)}`}
                  >
                    {periodLabel(d.periodKey, lang)} · {t.changedShort}{' '}
                    <span class="history-date">{day.format(d.updatedAt)}</span> {time.format(d.updatedAt)}
                  </span>
                  <span class="level-badge" data-level={level ?? ''}>
                    {level === undefined
                      ? '…'
                      : badgeWords(
                          level?.split('/').every((l) => (LEVELS as readonly string[]).includes(l)) || level === UNRATED
                            ? level
                            : null,
                          t,
                        )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
