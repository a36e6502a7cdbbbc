import {
  type Assessment,
  classifyWith,
  formatNumber,
  fromMicro,
  GROUP_TOTALS,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  type Message,
  priorShortcomingChecks,
  QD366_RULESET,
  TOTAL_MAX,
  TusoiInputError,
  toMicro,
} from '@tusoi/rubric-core';
import { OFFICIAL_LABELS } from './detect';
import { readBack } from './fill';
import { type FormMap, type MappableField, statusInText } from './formmap';
import { locate, type Scope, textMatches } from './locate';

/** A problem found on the form, beside the field it concerns. */
export interface FormProblem {
  readonly code:
    | 'EMPTY_REQUIRED'
    | 'NOT_A_NUMBER'
    | 'OUT_OF_RANGE'
    | 'TOTAL_MISMATCH'
    | 'NO_PROPOSED_LEVEL'
    | 'PROPOSED_ABOVE_RULES'
    | 'PRIOR_NO_STATUS';
  readonly field: MappableField;
  readonly message: Message;
  /** The field on the page, when found. */
  readonly element: Element | null;
}

const REQUIRED_TEXT: readonly MappableField[] = [
  'subject.name',
  'review.strengths',
  'review.shortcomings',
  'review.direction',
];
const MAX: Partial<Record<MappableField, number>> = {
  'scores.general': GROUP_TOTALS.general,
  'scores.results': GROUP_TOTALS.results,
  'scores.total': TOTAL_MAX,
};
// A field is named in a message by the form's own official label.
const NAMES: Partial<Record<MappableField, string>> = Object.fromEntries(
  OFFICIAL_LABELS.map(([field, labels]) => [field, labels[0]]),
);

function number(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

function selectedLevel(el: Element | null, values: Partial<Record<Level, string>> | undefined): Level | null {
  if (el === null) return null;
  const doc = el.ownerDocument;
  const checked =
    el.localName === 'input' && (el as HTMLInputElement).type === 'radio'
      ? doc.querySelector<HTMLInputElement>(
          `input[type=radio][name="${CSS.escape((el as HTMLInputElement).name)}"]:checked`,
        )
      : null;
  const raw = checked ? checked.value : String(readBack(el) ?? '');
  if (raw === '') return null;
  return (
    LEVELS.find((l) => values?.[l] === raw || l === raw || textMatches(raw, LEVEL_NAMES[l].vi) === 'exact') ?? null
  );
}

/**
 * Reads the form as it stands and finds what a reviewer would send back: required sections
 * left empty, numbers that are not numbers or out of range, totals that do not add up, no
 * proposed level or one the rules do not give (with the draft's task counts and findings),
 * prior shortcomings without a status.
 */
export function checkForm(root: Scope, map: FormMap, draft?: Partial<Assessment>): FormProblem[] {
  const problems: FormProblem[] = [];
  const read: Partial<Record<MappableField, { el: Element | null; text: string }>> = {};
  let levelValues: Partial<Record<Level, string>> | undefined;
  for (const step of map.steps) {
    if (!('field' in step)) continue;
    const el = locate(root, step.locator as never);
    if (step.field === 'proposedLevel') levelValues = step.values;
    read[step.field] = { el, text: el ? String(readBack(el) ?? '') : '' };
  }
  const add = (code: FormProblem['code'], field: MappableField, message: Message) =>
    problems.push({ code, field, message, element: read[field]?.el ?? null });
  for (const field of REQUIRED_TEXT) {
    const r = read[field];
    if (r && r.text.trim() === '')
      add('EMPTY_REQUIRED', field, { vi: `Chưa nhập "${NAMES[field]}".`, en: `"${NAMES[field]}" is empty.` });
  }
  const nums: Partial<Record<MappableField, number>> = {};
  for (const field of ['scores.general', 'scores.results', 'scores.total'] as const) {
    const r = read[field];
    if (!r) continue;
    const n = number(r.text);
    if (n === null)
      add('NOT_A_NUMBER', field, {
        vi: `"${NAMES[field]}": "${r.text}" không phải là số điểm.`,
        en: `"${NAMES[field]}": "${r.text}" is not a score.`,
      });
    else if (n > (MAX[field] ?? 100))
      add('OUT_OF_RANGE', field, {
        vi: `"${NAMES[field]}" tối đa ${MAX[field]} điểm (đang ghi ${formatNumber(n, 'vi')}).`,
        en: `"${NAMES[field]}" is at most ${MAX[field]} (got ${n}).`,
      });
    else nums[field] = n;
  }
  const { 'scores.general': g, 'scores.results': res, 'scores.total': total } = nums;
  if (g !== undefined && res !== undefined && total !== undefined && toMicro(g) + toMicro(res) !== toMicro(total)) {
    const sum = fromMicro(toMicro(g) + toMicro(res));
    add('TOTAL_MISMATCH', 'scores.total', {
      vi: `Tổng điểm ghi ${formatNumber(total, 'vi')} nhưng hai nhóm cộng lại là ${formatNumber(sum, 'vi')}.`,
      en: `Total says ${total} but the groups add up to ${sum}.`,
    });
  }
  if (read.proposedLevel) {
    const level = selectedLevel(read.proposedLevel.el, levelValues);
    if (level === null)
      add('NO_PROPOSED_LEVEL', 'proposedLevel', {
        vi: 'Chưa chọn mức đề xuất xếp loại.',
        en: 'No proposed level is chosen.',
      });
    else if (draft && g !== undefined && res !== undefined) {
      try {
        const { criteria: _c, ...rest } = draft as Assessment;
        // rubric-core decides whether the proposal is above the rules (its PROPOSED_ABOVE_RESULT warning).
        // The annual rule set only: the content script must not carry every rule set (size budget).
        const result = classifyWith(QD366_RULESET, {
          ...rest,
          scores: { general: g, results: res },
          proposedLevel: level,
        });
        const above = result.warnings.find((w) => w.code === 'PROPOSED_ABOVE_RESULT');
        if (above) add('PROPOSED_ABOVE_RULES', 'proposedLevel', above.message);
      } catch (e) {
        if (!(e instanceof TusoiInputError)) throw e;
      }
    }
  }
  const prior = read.priorShortcomings;
  if (prior && prior.text.trim() !== '') {
    // One line per shortcoming, as the form holds it; rubric-core's review check decides what lacks a status.
    const priorShortcomings = prior.text
      .split(/\n+/)
      .filter((l) => l.trim() !== '')
      .map((text) => {
        const status = statusInText(text);
        return status ? { text, status } : { text };
      });
    const missing = priorShortcomingChecks(priorShortcomings).find((c) => c.code === 'PRIOR_NO_STATUS');
    if (missing) add('PRIOR_NO_STATUS', 'priorShortcomings', missing.message);
  }
  return problems;
}

const NOTE_TAG = 'tusoi-note';

/** Shows each problem beside its field, in a shadow root; page text is only ever set as text. */
export function annotate(problems: readonly FormProblem[], lang: 'vi' | 'en' = 'vi'): Element[] {
  const notes: Element[] = [];
  for (const p of problems) {
    if (!p.element) continue;
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
