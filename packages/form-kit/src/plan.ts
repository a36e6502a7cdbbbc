import type { Message } from '@tusoi/rubric-core';
import { addRowOf } from './add-row';
import { clearAnnotations } from './annotations';
import { putBackBox, takesClicks, writeBox } from './box-pick';
import { samePeriod } from './choices';
import { boxAgrees } from './enhanced';
import {
  type Before,
  before,
  type Expect,
  type FillOutcome,
  highlight,
  hintName,
  nameOf,
  outcome,
  plannedWrite,
  putBack,
  readBack,
  shownExpect,
  unchoose,
  verify,
  writeField,
} from './fill';
import type { FillPlan } from './fill-plan';
import { find, lookAt, waitFor } from './locate';
import type { Locator, Scope } from './locator-types';
import { readNumber } from './numbers';
import { OFFICIAL_LABELS } from './official-labels';
import { pageError } from './page-error';
import { chosenText } from './planned';
import { holdSubmits, markStopped, press, stoppedPress } from './press';
import { type RowKit, rowKit } from './row-kit';
import type { RowLocator, RowRoom } from './rows';
import { caption, NEVER_PRESS, refusal } from './safety';
import { isVisible, lockOf } from './state';

/** What undo did: fields put back, and each one it left and why. */
export interface UndoReport {
  readonly restored: readonly string[];
  /** Left as they are: changed by the user since (`user-changed`), gone (`not-found`), an unexpected error of the page while putting it back (`error`), the page kept the fill (`kept-by-page`), a choice that no click can empty (`cannot-unselect`), a criterion row the page answers again after undo emptied it (`page-keeps-choice`). */
  readonly left: readonly {
    readonly key: string;
    /** The field as the page names it (its label), else the draft field's official label. */
    readonly name?: string;
    readonly why: 'user-changed' | 'not-found' | 'kept-by-page' | 'cannot-unselect' | 'page-keeps-choice' | 'error';
  }[];
  /** One line for the user, Vietnamese first. */
  readonly message: Message;
}

/** What a fill did (read back after the page settled), a one-line summary, and how to undo it. */
export interface FillReport {
  readonly results: Readonly<Record<string, FillOutcome>>;
  /** "Đã điền N/N" only when all N read back right; otherwise how many held, and why the others did not. */
  readonly summary: Message;
  /** Rows the page's add-row button added, and rows the draft has that the page could not give. */
  readonly rows?: { readonly added: number; readonly missing: number };
  /** Fields of the form the draft has nothing for (plan steps marked `absent`), by key, with why. */
  readonly absent?: Readonly<Record<string, Message>>;
  /** Those fields in one line, to show after the summary (see {@link absentNote}). */
  readonly absentNote?: Message;
  readonly undo: () => Promise<UndoReport>;
}

interface Logged {
  readonly key: string;
  readonly locator: Locator;
  readonly was: Before;
  readonly expect: Expect;
}

/**
 * What undo takes back on a page: every field written by fills not undone yet (merged, see
 * {@link fillForm}'s `previousUndo`), and the rows they added. `done` once undone or taken over by a
 * later fill's record.
 */
interface UndoRecord {
  readonly log: readonly Logged[];
  readonly added: number;
  done: boolean;
}
// Each report's undo, to its record: a later fill given it merges that record into its own.
const records = new WeakMap<FillReport['undo'], UndoRecord>();

/**
 * What undo puts back in a field a fill writes again: what it held before the earlier fill when it
 * still shows what that fill wrote, else what it holds now (the user typed it between the fills:
 * theirs, not the earlier before-value).
 */
function firstWas(el: Element, now: Before, earlier: Logged | undefined): Before {
  return earlier && verify(el, earlier.expect).startsWith('held') ? earlier.was : now;
}

/** Lets the page run what the fill set off (framework renders, re-rendered sections, timers of 0 ms). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((r) => setTimeout(r, 0));
}

const FAILED: Message = { vi: 'chưa điền được', en: 'not filled' };
// Every other status carries its own message (fill.ts); a step not found has no element to name.
const NOT_FOUND: Message = { vi: 'không thấy trên trang', en: 'not found on the page' };

/** A step's key in words: its field's label on official forms, a criterion, or a map's button step. */
function stepName(key: string, lang: 'vi' | 'en'): string {
  const click = /^click-(\d+)$/.exec(key);
  // The key counts the map's steps from 0; people count from 1.
  const n = Number(click?.[1]) + 1;
  if (click) return lang === 'vi' ? `nút ở bước ${n} của bản đồ biểu mẫu` : `the button in step ${n} of the form map`;
  return keyName(key) ?? (lang === 'vi' ? 'một ô của bản đồ biểu mẫu' : 'a form-map field');
}

/** Where a step is, in words: a map's press by its step number ("Bước 3"), a field by its name. */
function stepPlace(key: string, lang: 'vi' | 'en'): string | null {
  const click = /^click-(\d+)$/.exec(key);
  if (click) return `${lang === 'vi' ? 'Bước' : 'Step'} ${Number(click[1]) + 1}`;
  const name = keyName(key);
  return name === undefined ? null : `"${name}"`;
}

/** The summary line of a fill: "Đã điền N/N", or how many held and each field that did not. */
export function summarize(results: Readonly<Record<string, FillOutcome>>): Message {
  const all = Object.entries(results);
  const bad = all.filter(([, r]) => !r.ok);
  // Each step by its name, never its key; the cells of a missing row share one message: said once.
  // A refused press is said with its own step: two controls captioned alike ("Gửi" on a <div> and
  // on a button) are two refusals, never merged into one line.
  // Two or more refusals say why (never submits, deletes or confirms) once, after the last one.
  const refusals = bad.filter(([, r]) => r.status === 'refused').length;
  const once = (lang: 'vi' | 'en') => {
    const why = `: ${NEVER_PRESS[lang]}`;
    const lines = [
      ...new Set(
        bad.map(([k, r]) => {
          let text =
            r.message?.[lang] ?? `"${stepName(k, lang)}": ${(r.status === 'not-found' ? NOT_FOUND : FAILED)[lang]}.`;
          const place = r.status === 'refused' ? stepPlace(k, lang) : null;
          if (refusals > 1 && r.status === 'refused' && text.endsWith(why)) text = `${text.slice(0, -why.length)}.`;
          return place === null ? text : `${place}: ${text}`;
        }),
      ),
    ];
    return refusals > 1 ? [...lines, NEVER_PRESS[lang]] : lines;
  };
  const head = {
    vi: `Đã điền ${all.length - bad.length}/${all.length}`,
    en: `Filled ${all.length - bad.length}/${all.length}`,
  };
  if (bad.length === 0) return head;
  const why = (lang: 'vi' | 'en') => once(lang).join(' ');
  return { vi: `${head.vi}; ${FAILED.vi}: ${why('vi')}`, en: `${head.en}; ${FAILED.en}: ${why('en')}` };
}

/**
 * The fields of the form a fill wrote nothing to because the draft has nothing for them, each by
 * its name and why: "Không ghi: "Quý": bản kiểm điểm là cả năm, không có quý." (to follow the summary,
 * so that no previewed field is left out silently); undefined when there are none.
 */
export function absentNote(absent: Readonly<Record<string, Message>>): Message | undefined {
  const all = Object.entries(absent);
  if (all.length === 0) return undefined;
  const list = (lang: 'vi' | 'en') => all.map(([k, m]) => `"${stepName(k, lang)}": ${m[lang]}`).join('; ');
  return { vi: `Không ghi: ${list('vi')}.`, en: `Nothing written to: ${list('en')}.` };
}

/**
 * Fills a plan in order, finding each field when its step runs (the page may have re-rendered
 * after the previous one). Only fields a person sees and may edit are written. After the whole
 * fill the page is let settle, then every field is found again and read back: a result is `ok`
 * only when the page holds the wanted value. With `onlyEmpty`, fields that already hold a value
 * are left alone. With `previousUndo` (the undo of an earlier fill on the same page, not yet
 * undone), this fill's undo record is merged into that one's, which it takes over: its undo then
 * puts the page back as it was before the earlier fill. A field both wrote goes back to what it
 * held before the earlier fill, unless the user changed it between the fills (it then gets the
 * user's value back); fields only one of them wrote, to their own before-values; rows either added
 * stay, and are said.
 */
export async function fillForm(
  root: Scope,
  plan: FillPlan,
  options: { onlyEmpty?: boolean; highlightMs?: number; previousUndo?: FillReport['undo'] } = {},
): Promise<FillReport> {
  const results: Record<string, FillOutcome> = {};
  const absent: Record<string, Message> = {};
  const log: Logged[] = [];
  // Rows made by the page's add-row button; rows it could not give, by reason.
  const rows: FillState['rows'] = { added: 0, gaps: new Map(), notes: new Map() };
  // The record of the fills before this one not undone yet: merged into this one's (see below).
  const prior = options.previousUndo ? records.get(options.previousUndo) : undefined;
  const earlier = prior && !prior.done ? prior : undefined;
  const merge = { earlier: new Map(earlier?.log.map((e) => [e.key, e])), taken: new Set<Logged>() };
  let broke: string | null = null;
  try {
    await fillSteps(root, plan, options, { results, absent, log, rows, merge });
  } catch (e) {
    // An error outside any one step (the page's settling, the rows' code): what was written stays
    // in the log, so the report says what was done and undo can take it back.
    broke = unexpected(e);
  }
  const { added, gaps, sent } = rows;
  let summary = summarize(results);
  // Sent by the last press (no row left missing to say it): said after the count.
  if (sent && ![...gaps.values()].includes('sent'))
    summary = { vi: `${summary.vi}. ${sent.vi}.`, en: `${summary.en}. ${sent.en}.` };
  // One record for the page: the earlier fills' fields this one did not write again come first (undone
  // last), then this fill's, each with what undo puts back (firstWas); rows added by any of them stay.
  const record: UndoRecord = {
    log: [...(earlier?.log.filter((e) => !merge.taken.has(e)) ?? []), ...log],
    added: (earlier?.added ?? 0) + added,
    done: false,
  };
  if (earlier) earlier.done = true;
  const undo = async () => {
    if (record.done || (record.log.length === 0 && record.added === 0)) return undoReport([], []);
    record.done = true;
    const r = await undoLog(root, record.log);
    if (record.added === 0) return r;
    const stay = (rowKit() as RowKit).addedRowsStay(record.added);
    return { ...r, message: { vi: `${r.message.vi} ${stay.vi}`, en: `${r.message.en} ${stay.en}` } };
  };
  records.set(undo, record);
  return {
    results,
    summary: broke ? brokeSummary(summary, broke) : summary,
    ...(Object.keys(absent).length > 0 ? { absent, absentNote: absentNote(absent) as Message } : {}),
    ...(added + gaps.size > 0 ? { rows: { added, missing: gaps.size } } : {}),
    undo,
  };
}

/** An unexpected error in words: its own message, never its stack. */
const unexpected = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 160);

// A step that broke, by its draft field's name (its element may be gone), with the error's words.
function stepError(key: string, why: string): FillOutcome {
  return {
    ok: false,
    status: 'error',
    readBack: null,
    error: 'error',
    message: {
      vi: `"${stepName(key, 'vi')}": lỗi bất ngờ (${why}).`,
      en: `"${stepName(key, 'en')}": unexpected error (${why}).`,
    },
  };
}
const brokeSummary = (summary: Message, why: string): Message => ({
  vi: `${summary.vi}. Sau đó gặp lỗi bất ngờ (${why}) nên dừng; "Hoàn tác" vẫn dùng được.`,
  en: `${summary.en}. Then an unexpected error (${why}) stopped it; Undo still works.`,
});

// Without a map's add-row control, on a detected map, the table's own (add-row.ts): found again before each row (a page
// may draw its table and button anew), undefined when none is found, or why none is pressed (two of
// them; one that submits is handed over and refused by press, said as refused).
function pageAddRow(root: Scope, rows: string, notes: Map<string, Message>): Element | 'two-buttons' | undefined {
  const f = addRowOf(root, rows);
  // Buttons seen but not used are named in what the fill says of the rows missing.
  if (f.el === null && f.why === 'none' && f.seen) notes.set('no-button', f.seen);
  return f.el ?? (f.why === 'two-buttons' ? f.why : undefined);
}

// Why an add-row button was refused or stopped, naming it: what the page tried (press.ts), or what
// it is (safety.ts).
function pressNote(el: Element, why: Message | null): Message | null {
  if (!why) return refusal(el);
  const name =
    caption(el)
      .split(' | ')
      .find((p) => p !== '') ?? el.localName;
  return {
    vi: `Nút «${name.slice(0, 40)}»: ${why.vi}; Tự Soi ngừng bấm`,
    en: `“${name.slice(0, 40)}”: ${why.en}; Tự Soi pressed no more`,
  };
}

// An add-row press: the button and when (performance.now()) its handler ran.
interface Press {
  readonly el: Element;
  readonly from: number;
  to: number;
}
const SENDS = ['fetch', 'xmlhttprequest', 'beacon'];

/**
 * Whether a press made the page send data in the background (a fetch, an XMLHttpRequest or a beacon
 * started while its handler ran), as the page's resource timing shows it once the request has
 * ended (a request still pending, or past a full timing buffer, is not seen); said in `rows.sent`.
 */
function sentBy(rows: FillState['rows'], sends: readonly Press[]): boolean {
  if (rows.sent) return true;
  const all = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  for (const p of sends) {
    const n = all.filter((e) => SENDS.includes(e.initiatorType) && e.startTime >= p.from && e.startTime <= p.to).length;
    if (n === 0) continue;
    const name = (
      caption(p.el)
        .split(' | ')
        .find((x) => x !== '') ?? p.el.localName
    ).slice(0, 40);
    rows.sent = {
      vi: `Bấm nút «${name}» làm trang gửi dữ liệu đi (${n} yêu cầu); Tự Soi ngừng bấm. Hãy kiểm tra trên cổng xem trang đã lưu hay gửi gì`,
      en: `Pressing “${name}” made the page send data (${n} request${n > 1 ? 's' : ''}); Tự Soi pressed no more. Check on the portal what the page saved or sent`,
    };
    rows.notes.set('sent', rows.sent);
    return true;
  }
  return false;
}

interface FillState {
  readonly results: Record<string, FillOutcome>;
  readonly absent: Record<string, Message>;
  readonly log: Logged[];
  readonly rows: {
    added: number;
    gaps: Map<string, Exclude<RowRoom, 'there' | 'added'>>;
    notes: Map<string, Message>;
    sent?: Message;
  };
  /** The earlier fills' logged fields by key, and those this fill wrote again (its entry replaces theirs). */
  readonly merge: { readonly earlier: ReadonlyMap<string, Logged>; readonly taken: Set<Logged> };
}

// A field found again by its step's locator when the page replaced the one in hand (a re-render
// after the write's events): the live element, or null when the page no longer has it.
const live = (root: Scope, el: Element, locator: Locator): Element | null =>
  el.isConnected ? el : find(root, locator).el;

async function fillSteps(
  root: Scope,
  plan: FillPlan,
  options: { onlyEmpty?: boolean; highlightMs?: number },
  { results, absent, log, rows, merge }: FillState,
): Promise<void> {
  const filled: Element[] = [];
  lookAt(root);
  // A handler may submit later (a timer after the click): submissions stay cancelled until the page
  // has settled, and are charged to the last button pressed.
  let lastPress: { key: string; el: Element } | null = null;
  let lateStop = false;
  // Set when an add-row press made the page try to send, or send: no more rows are pressed for.
  let stopAt: 'stopped' | 'sent' | null = null;
  const sends: Press[] = [];
  const release = holdSubmits(() => {
    lateStop = true;
  });
  try {
    for (const step of plan) {
      if (step.absent) {
        absent[step.key] = step.absent;
        continue;
      }
      if (step.addRow) {
        const add = step.addRow.press;
        const kit = rowKit();
        // A row after one the page could not give is missing for the same reason (nothing more is pressed).
        if (!stopAt && sentBy(rows, sends)) stopAt = 'sent';
        const earlier = stopAt ?? rows.gaps.get(step.key.replace(/\d+$/, (n) => String(Number(n) - 1)));
        const el = add
          ? find(root, add).el
          : step.addRow.own
            ? pageAddRow(root, (step.locator as RowLocator).rows, rows.notes)
            : undefined;
        let pressed: Element | null = null;
        lateStop = false;
        let room = earlier
          ? earlier
          : kit
            ? await kit.ensureRow(
                root,
                step.locator as RowLocator,
                el,
                (b) => {
                  pressed = b;
                  sends.push({ el: b, from: performance.now(), to: Number.POSITIVE_INFINITY });
                  return press(b);
                },
                step.waitMs,
              )
            : 'no-button';
        if (pressed) {
          // A handler may submit after the row is drawn (the held submissions swallow it): charged here.
          await settle();
          const b: Element = pressed;
          if (lateStop && !stoppedPress(b)) markStopped(b);
          // What the handler sent in the background (fetch, XHR, beacon) is seen once it ends: a moment (250 ms) is
          // given; a slower request is seen before the next press, so at most one more row is pressed for.
          (sends.at(-1) as Press).to = performance.now();
          for (let i = 0; i < 10 && !sentBy(rows, sends); i++) await new Promise((r) => setTimeout(r, 25));
          if (!stopAt && rows.sent) stopAt = 'sent';
          const why = stoppedPress(b);
          if (why) {
            // The row it drew stays (and is filled); no later row is pressed for.
            stopAt = 'stopped';
            const l = step.locator as RowLocator;
            room = kit?.cellOf(root, { rows: l.rows, row: l.row, cell: '' }) ? 'added' : 'stopped';
          }
          const note = pressNote(b, why);
          if (note) rows.notes.set(why ? 'stopped' : room, note);
        }
        if (room === 'added') rows.added++;
        else if (room !== 'there') rows.gaps.set(step.key, room);
        continue;
      }
      // What the step's field held before it wrote, and the field, kept outside the step's own
      // error handling: a step the page broke after writing is still undone.
      let at: { el: Element; was: Before; from: Before; earlier: Logged | undefined } | null = null;
      // Logs a write; the earlier fills' entry for the same field, if any, is replaced by it.
      const logged = (entry: Logged, earlier: Logged | undefined) => {
        log.push(entry);
        if (earlier) merge.taken.add(earlier);
      };
      try {
        if (step.waitMs) await waitFor(root, step.locator, step.waitMs);
        const found = find(root, step.locator);
        const el = found.el;
        if (!el) {
          results[step.key] = outcome(null, 'not-found', null);
          continue;
        }
        hint(el, step.key);
        if (step.click) {
          lateStop = false;
          let pressed = press(el);
          // A submission its handler set off on a timer is charged to this press, not to a later one.
          if (pressed) await settle();
          if (pressed && lateStop) {
            markStopped(el);
            pressed = false;
          }
          lastPress = pressed ? { key: step.key, el } : null;
          results[step.key] = outcome(el, pressed ? 'held' : 'refused', null);
          continue;
        }
        if (found.others.length > 0) {
          results[step.key] = outcome(el, 'ambiguous', null, 'label' in step.locator ? step.locator.label : '');
          continue;
        }
        if (!isVisible(el)) {
          results[step.key] = outcome(el, 'hidden', readBack(el));
          continue;
        }
        const now = readBack(el);
        // The page's own choice (its review period) is not written over: said, with what the draft has.
        const value = String(step.value ?? '');
        const p = step.keepChosen
          ? plannedWrite(el, value, { key: step.key, ...(step.aliases ? { aliases: step.aliases } : {}) })
          : null;
        const shown = p ? chosenText(el, step.key, p) : '';
        if (p && shown !== '') {
          // Read by meaning: "III" in a box is the draft's "3"; "Quý III/2025" is not its 2026.
          const same = samePeriod(step.key, shown, value, step.aliases);
          if (same === true) {
            results[step.key] = outcome(el, 'held', now);
            continue;
          }
          // (No option for the draft's value on a page with nothing to read: written, and said as any choice the page lacks.)
          if (same === false || (p.will !== null && p.will !== p.now)) {
            const n = nameOf(el);
            const draft = p.will ?? step.aliases?.[0] ?? value;
            const typed = typeof p.will === 'string' && el.matches('input:not([type=radio]), textarea');
            results[step.key] = {
              ...outcome(el, 'page-choice-kept', now),
              message: {
                vi: `"${n}": trang đang ${typed ? 'ghi' : 'chọn'} "${shown}", bản kiểm điểm là "${draft}"; Tự Soi không đổi ${typed ? 'nội dung' : 'lựa chọn'} này của trang, hãy xem lại trước khi lưu.`,
                en: `"${n}": the page has "${shown}" ${typed ? 'written' : 'chosen'}, the draft has "${draft}"; Tự Soi left the page's ${typed ? 'entry' : 'choice'} as it is, check it before saving.`,
              },
            };
            continue;
          }
        }
        if (options.onlyEmpty && now !== '' && now !== false && now !== null) {
          results[step.key] = outcome(el, 'skipped', now);
          continue;
        }
        const was = before(el);
        // The earlier fill's entry for this very field (its key found the same element), if any.
        const prev = merge.earlier.get(step.key);
        const earlier = prev && find(root, prev.locator).el === el ? prev : undefined;
        const from = firstWas(el, was, earlier);
        at = { el, was, from, earlier };
        // A Tom Select or Choices.js box is clicked as a person does, which takes a moment.
        const w = takesClicks(el)
          ? await writeBox(el, step.value ?? '', step.key, step.aliases)
          : writeField(el, step.value ?? '', {
              key: step.key,
              ...(step.decimal ? { decimal: step.decimal } : {}),
              ...(step.aliases ? { aliases: step.aliases } : {}),
            });
        results[step.key] = w.outcome;
        if (w.expect) logged({ key: step.key, locator: step.locator, was: from, expect: w.expect }, earlier);
        at = null;
      } catch (e) {
        // One step broken (by the page, or by a field Tự Soi did not expect) never ends the fill:
        // it is said with its reason, and what it wrote before breaking is kept for undo.
        results[step.key] = stepError(step.key, unexpected(e));
        const shown = at && live(root, at.el, step.locator);
        const expect = shown && !same(before(shown), at?.was ?? '') ? shownExpect(shown) : null;
        if (at && expect) logged({ key: step.key, locator: step.locator, was: at.from, expect }, at.earlier);
      }
    }
    if (rows.gaps.size > 0) rowKit()?.markMissing(results, rows.gaps, rows.notes);
    await settle();
    for (let i = 0; i < 12 && sends.length > 0 && !sentBy(rows, sends); i++)
      await new Promise((r) => setTimeout(r, 25));
  } finally {
    release();
  }
  if (lateStop && lastPress) {
    markStopped(lastPress.el);
    results[lastPress.key] = outcome(lastPress.el, 'refused', null);
  }
  // Read back after the page settled: found again, compared by meaning. (Visibility read before the
  // writes still holds unless something was pressed; re-rendered fields are new and read afresh.)
  for (const entry of log) {
    const r = results[entry.key];
    if (!r || r.status === 'locked' || r.status === 'too-long' || r.status === 'error') continue;
    // Found again: a page that drew the field anew while it was written is read from the one it shows now.
    const el = find(root, entry.locator).el;
    if (el) {
      hint(el, entry.key);
      filled.push(el);
    }
    const status = el ? verify(el, entry.expect) : 'not-held';
    // A value the page marks invalid (its validation, its error text) is not filled.
    const refused = el && status.startsWith('held') ? pageError(el) : null;
    results[entry.key] =
      el && refused
        ? outcome(el, 'rejected-by-page', readBack(el), refused, r.written)
        : outcome(el, status, el ? readBack(el) : null, el ? String(readBack(el) ?? '') : '', r.written);
  }
  rowKit()?.nameCells(results);
  highlight(filled, options.highlightMs);
}

// A fill step's key in the form's words: the official label of its draft field, "Tiêu chí 1.2" for a
// criterion, never the internal key path.
const NAMES = new Map<string, string>(OFFICIAL_LABELS.map(([field, labels]) => [field, labels[0] as string]));
function keyName(key: string): string | undefined {
  const field = key.split('#')[0] ?? key;
  const task = rowKit()?.taskCellName(field);
  if (task) return task;
  // Named by its number in the table ("1.1", the id's tail), never the pack's id ("pl4-1.1").
  const criterion = /^criteria\.(.+?)(\.reason|\.points)?$/.exec(field);
  if (criterion) {
    const id = criterion[1] as string;
    const code = /\d+(?:\.\d+)*$/.exec(id)?.[0] ?? id;
    return `${criterion[2] === '.reason' ? 'Lý do, tiêu chí' : criterion[2] ? 'Điểm, tiêu chí' : 'Tiêu chí'} ${code}`;
  }
  return NAMES.get(field);
}
// Names an element by its step's draft field, when the step names one.
const hint = (el: Element, key: string) => {
  const name = keyName(key);
  if (name) hintName(el, name);
};

function undoReport(restored: string[], left: UndoReport['left'][number][]): UndoReport {
  if (restored.length === 0 && left.length === 0)
    return { restored, left, message: { vi: 'Không có gì để hoàn tác.', en: 'Nothing to undo.' } };
  const why = {
    'user-changed': 'đã được sửa sau khi điền, giữ nguyên',
    'not-found': 'không còn trên trang',
    'kept-by-page': 'trang vẫn giữ giá trị đã điền',
    'cannot-unselect': 'không bỏ chọn được (hãy tự chọn lại)',
    error: 'lỗi bất ngờ, hãy tự sửa',
  };
  const whyEn = {
    'user-changed': 'changed since the fill; kept',
    'not-found': 'no longer on the page',
    'kept-by-page': 'the page kept the filled value',
    'cannot-unselect': 'a radio choice cannot be unselected (choose again yourself)',
    error: 'unexpected error; set it yourself',
  };
  const named = (l: UndoReport['left'][number]) => `"${l.name ?? keyName(l.key) ?? l.key}"`;
  const each = left.filter((l) => l.why !== 'page-keeps-choice');
  // Rows the page answered again are said once, together: which, that the page keeps a choice, what to do.
  const kept = left
    .filter((l) => l.why === 'page-keeps-choice')
    .map(named)
    .join(', ');
  const tail = kept
    ? {
        vi: ` Tự Soi đã bỏ chọn nhưng trang tự chọn lại, không cho để trống: ${kept}; hãy tự chọn câu trả lời đúng (hoặc tải lại trang) trước khi lưu.`,
        en: ` Tự Soi unselected them but the page chose an answer again and keeps them answered: ${kept}; choose the right answers yourself (or reload the page) before saving.`,
      }
    : { vi: '', en: '' };
  const vi = `Đã hoàn tác ${restored.length}/${restored.length + left.length}.${each.map((l) => ` ${named(l)}: ${why[l.why as keyof typeof why]}.`).join('')}${tail.vi}`;
  const en = `Undone ${restored.length}/${restored.length + left.length}.${each.map((l) => ` ${named(l)}: ${whyEn[l.why as keyof typeof why]}.`).join('')}${tail.en}`;
  return { restored, left, message: { vi, en } };
}

// A cell of a task row is named by its task ("Nhiệm vụ 3, C (tiến độ)"): its column header alone names no row.
const nameIn = (el: Element | null, key: string) =>
  rowKit()?.taskCellName(key) ?? (el ? nameOf(el) : (keyName(key) ?? key));

// A task's row is known by its name at undo: a row the page removed is not taken for the next one.
const byName = (l: Locator): Locator => ('named' in l ? { ...l, by: 'name' } : l);

// An editor's trailing empty line is not text.
const same = (a: Before, b: Before) =>
  typeof a === 'string' && typeof b === 'string' ? a.replace(/\n$/, '') === b.replace(/\n$/, '') : a === b;

// A text field shows what undo put back by meaning: an empty mask ("__,__") is empty, and a number
// the page formats its own way ("27,00" for "27") is that number.
const blank = (s: string) => !/[\p{L}\p{N}]/u.test(s);
function sameMeaning(now: Before, was: Before, want: Expect): boolean {
  if (same(now, was)) return true;
  if (want.k !== 'text' || typeof now !== 'string' || typeof was !== 'string') return false;
  if (blank(now) && blank(was)) return true;
  const n = want.n === undefined ? null : readNumber(now, want.mark);
  return n !== null && n === readNumber(was, want.mark);
}

const RETOLD_VI = {
  computed: 'trang tự tính lại thành',
  mask: 'trống như trước, mặt nạ của trang hiện',
  shown: 'trang hiện',
} as const;
const RETOLD_EN = {
  computed: 'the page computed it again as',
  mask: "empty as before; the page's mask shows",
  shown: 'the page shows',
} as const;

// Each field is found again by its locator; only a field that still shows what the fill wrote
// is put back (a later change by the user is theirs), then read back once the page settled.
async function undoLog(root: Scope, log: readonly Logged[]): Promise<UndoReport> {
  // What undo sets off (a row's change handler posting back) never submits or leaves.
  const release = holdSubmits();
  try {
    return await undoSteps(root, log);
  } finally {
    release();
  }
}

async function undoSteps(root: Scope, log: readonly Logged[]): Promise<UndoReport> {
  const rootDoc = 'body' in root ? root : root.ownerDocument;
  clearAnnotations(rootDoc);
  lookAt(root);
  const left: UndoReport['left'][number][] = [];
  const tried: (Logged & { formats?: boolean })[] = [];
  for (const entry of [...log].reverse()) {
    try {
      await undoOne(root, entry, left, tried);
    } catch {
      // One field the page breaks on never ends the undo of the others: it is named as left.
      left.push({ key: entry.key, name: keyName(entry.key) ?? entry.key, why: 'error' });
    }
  }
  await settle();
  return readUndone(root, tried, left);
}

// Puts one logged field back when it still shows what the fill wrote (see undoSteps).
async function undoOne(
  root: Scope,
  entry: Logged,
  left: UndoReport['left'][number][],
  tried: (Logged & { formats?: boolean })[],
): Promise<void> {
  const el = find(root, byName(entry.locator)).el;
  // Read back at the row's position (taken before): putting back a task's name loses a row known by it.
  const at = ('named' in entry.locator && rowKit()?.positionOf(root, byName(entry.locator) as RowLocator)) || null;
  if (el) hint(el, entry.key);
  const name = nameIn(el, entry.key);
  if (!el) left.push({ key: entry.key, name, why: 'not-found' });
  else if (!verify(el, entry.expect).startsWith('held')) left.push({ key: entry.key, name, why: 'user-changed' });
  else {
    // A field showing the fill's value in its own format ("27,50" for "27,5") has a mask or formatter.
    const shown = before(el);
    const formats = entry.expect.k === 'text' && typeof shown === 'string' && shown !== entry.expect.text;
    // A criterion row with no answer before is emptied again (a radio row; read back below).
    const empty = entry.was === '' && entry.key.startsWith('criteria.') && el.matches('input[type=radio]');
    if (
      empty
        ? unchoose(el as HTMLInputElement)
        : takesClicks(el)
          ? await putBackBox(el, entry.was)
          : putBack(el, entry.was)
    )
      tried.push({ ...entry, ...(at ? { locator: at } : {}), formats });
    else left.push({ key: entry.key, name, why: 'cannot-unselect' });
  }
}

// Reads back, once the page settled, each field undo put back (found again: the page may have drawn it anew).
function readUndone(
  root: Scope,
  tried: readonly (Logged & { formats?: boolean })[],
  left: UndoReport['left'][number][],
): UndoReport {
  const restored: string[] = [];
  // What the page shows after undo when it is not the value put back: why, as it happened.
  const retold: { name: string; now: string; how: 'computed' | 'mask' | 'shown' }[] = [];
  for (const entry of tried) {
    const el = find(root, entry.locator).el;
    const now = el ? before(el) : '';
    // Put back only when the box a person sees shows it too.
    if (el && sameMeaning(now, entry.was, entry.expect) && boxAgrees(el)) restored.push(entry.key);
    else if (el && entry.expect.k === 'text' && !verify(el, entry.expect).startsWith('held')) {
      // The fill's value is gone and the page wrote its own (a total it sums again on keyup): undone,
      // and what the page shows now is told.
      // A box the page keeps, or a plain one it wrote into, is the page's sum; a formatted field
      // (a mask) empty before that now draws zero ("0,00") is empty as its mask draws it.
      const text = String(now);
      const empty = entry.expect.k === 'text' && blank(String(entry.was)) && readNumber(text, entry.expect.mark) === 0;
      const how = lockOf(el) || !entry.formats ? 'computed' : empty ? 'mask' : 'shown';
      restored.push(entry.key);
      retold.push({ name: nameIn(el, entry.key), now: text, how });
    } else
      left.push({
        key: entry.key,
        // A row the page drew again is named by the step ("Tiêu chí 1.1"), as before it was redrawn.
        name: (entry.key.startsWith('criteria.') && keyName(entry.key)) || nameIn(el, entry.key),
        // A choice with none before that the page keeps chosen: no click of a person empties it.
        why: el
          ? entry.was === '' && el.matches('input[type=radio]') && entry.key.startsWith('criteria.')
            ? 'page-keeps-choice'
            : entry.was === '' && /button|choice/.test(entry.expect.k)
              ? 'cannot-unselect'
              : 'kept-by-page'
          : 'not-found',
      });
  }
  const report = undoReport(restored.reverse(), left);
  const vi = retold.map((r) => ` "${r.name}": ${RETOLD_VI[r.how]} "${r.now}".`).join('');
  const en = retold.map((r) => ` "${r.name}": ${RETOLD_EN[r.how]} "${r.now}".`).join('');
  return { ...report, message: { vi: report.message.vi + vi, en: report.message.en + en } };
}

/** What a map step's locator points at on the page, as a person reads it, for a preview. */
export interface Target {
  /** The control's caption or label on the page (text), or null when not found. */
  readonly shown: string | null;
  /** Why a press of it would be refused (safety.ts), or null. */
  readonly refused: Message | null;
}

/** Finds each locator on the page and names what it points at, without touching anything. */
export function describeTargets(root: Scope, locators: readonly Locator[]): Target[] {
  return locators.map((locator) => {
    const el = find(root, locator).el;
    return el ? { shown: nameOf(el), refused: refusal(el) } : { shown: null, refused: null };
  });
}
