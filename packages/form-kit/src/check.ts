import {
  type Assessment,
  formatNumber,
  fromMicro,
  GROUP_TOTALS,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  type Message,
  priorShortcomingChecks,
  TOTAL_MAX,
  toMicro,
} from '@tusoi/rubric-core';
import { levelOf, quarterOf, quarterText, samePeriod } from './choices';
import { boxAgrees, boxShows, chosenWords } from './enhanced';
import { isOn, nameOf, radioGroup, readBack } from './fill';
import type { FormProblem } from './form-problem';
import { DETECTED_ID, type DraftContext, draftValue, type FormMap, type MappableField, statusInText } from './formmap';
import { CONTROL, labelsOf, rowText } from './labels';
import { candidates, labelScore, locate, lookAt, scopes } from './locate';
import type { Scope } from './locator-types';
import { type DecimalMark, decimalOf, readNumber } from './numbers';
import { OFFICIAL_LABELS } from './official-labels';
import { pageError } from './page-error';
import type { ProposalJudge } from './proposal';
import { rowKit } from './row-kit';
import { isVisible, lockOf } from './state';

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

// The level a field shows, read by the option's text (its value only through the map's list).
function selectedLevel(el: Element | null, values: Partial<Record<string, string>> | undefined): Level | null {
  if (el === null) return null;
  let raw = String(readBack(el) ?? '');
  let text = raw;
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'radio') {
    const on = radioGroup(el as HTMLInputElement).find((r) => r.checked);
    raw = on?.value ?? '';
    text = on ? (labelsOf(on)[0]?.text ?? '') : '';
  } else if (el.localName === 'select') text = (el as HTMLSelectElement).selectedOptions[0]?.text ?? '';
  if (raw === '' && text === '') return null;
  return LEVELS.find((l) => values?.[l] === raw) ?? levelOf(text) ?? levelOf(raw);
}

/** A field as check read it. */
interface Read {
  readonly el: Element | null;
  readonly text: string;
  /** A select's chosen option value, beside its text. */
  readonly value?: string;
  readonly mark: DecimalMark;
}

/**
 * What a field shows, as a person reads it: a `<select>` by its chosen option's text (its value, a
 * code such as "3" for "Chi bộ 3", kept beside it for drafts and lists that name the code); an
 * option with no value ("-- Chọn --") is nothing chosen.
 */
function shownIn(el: Element | null, field: MappableField): { text: string; value?: string } {
  if (el === null) return { text: '' };
  // A period offered as radios ("Quý I" … "Quý IV"): the chosen one's words and value.
  if (field.startsWith('period.') && el.matches('input[type=radio]')) {
    const on = radioGroup(el as HTMLInputElement).find((r) => r.checked);
    return on ? { text: labelsOf(on)[0]?.text ?? '', value: on.value } : { text: '', value: '' };
  }
  if (el.localName !== 'select') return { text: String(readBack(el) ?? '') };
  const s = el as HTMLSelectElement;
  return s.value === '' ? { text: '', value: '' } : { text: s.selectedOptions[0]?.text ?? '', value: s.value };
}

/**
 * Reads the form as it stands and finds what a reviewer would send back: required sections
 * left empty, numbers that are not numbers or out of range, totals that do not add up, no
 * proposed level or one the rules do not give (with the draft's task counts and findings, when
 * a `judge` is given: see {@link judgeProposal}), prior shortcomings without a status, fields and
 * criterion answers (Đảm bảo / Không đảm bảo) that differ from the draft's. The draft is compared by
 * its own values; its scores are the `scores` it carries, else `context.score`, rubric-core's
 * classification of it (a quarterly draft's totals and task points: never added up here).
 */
export function checkForm(
  root: Scope,
  map: FormMap,
  draft?: Partial<Assessment>,
  context: DraftContext = {},
  judge?: ProposalJudge,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const read: Partial<Record<MappableField, Read>> = {};
  let levelValues: Partial<Record<string, string>> | undefined;
  lookAt(root);
  for (const step of map.steps) {
    if (!('field' in step) || read[step.field]) continue;
    const el = locate(root, step.locator as never);
    if (step.field === 'proposedLevel') levelValues = step.values;
    read[step.field] = {
      el,
      ...shownIn(el, step.field),
      mark: el ? decimalOf(el, step.decimal, false) : '.',
    };
  }
  const score = context.score;
  const flagged = new Set<MappableField>();
  const add = (code: FormProblem['code'], field: MappableField, message: Message, panelOnly = false) => {
    flagged.add(field);
    problems.push({ code, field, message, element: read[field]?.el ?? null, ...(panelOnly ? { panelOnly } : {}) });
  };
  for (const [field, r] of Object.entries(read) as [MappableField, { el: Element | null; text: string }][]) {
    // An enhanced select whose box shows another choice than the one the form will send.
    if (r.el && !boxAgrees(r.el)) {
      const shown = boxShows(r.el)?.join('; ') || 'trống';
      const sent = chosenWords(r.el as HTMLSelectElement).join('; ') || 'trống';
      add('BOX_DIFFERS', field, {
        vi: `"${nameOf(r.el)}": ô chọn trên trang hiện "${shown}", nhưng biểu mẫu sẽ gửi "${sent}".`,
        en: `"${nameOf(r.el)}": the box on the page shows "${shown}", but the form will send "${sent}".`,
      });
    }
    const error = r.el ? pageError(r.el) : null;
    if (error && r.el)
      add('PAGE_INVALID', field, {
        vi: `"${nameOf(r.el)}": trang báo "${error}".`,
        en: `"${nameOf(r.el)}": the page says "${error}".`,
      });
  }
  for (const field of REQUIRED_TEXT) {
    const r = read[field];
    if (r?.text.trim() !== '') continue;
    // Empty in the draft too: a fill cannot help, the draft needs it first (said plainly).
    const want = draft ? draftValue(draft, field, score) : undefined;
    add(
      'EMPTY_REQUIRED',
      field,
      draft && (want === undefined || String(want).trim() === '')
        ? {
            vi: `Chưa nhập "${NAMES[field]}"; bản kiểm điểm cũng chưa có: hãy viết trong bản kiểm điểm rồi điền lại.`,
            en: `"${NAMES[field]}" is empty, and so is the draft: write it in the draft, then fill again.`,
          }
        : { vi: `Chưa nhập "${NAMES[field]}".`, en: `"${NAMES[field]}" is empty.` },
    );
  }
  const nums: Partial<Record<MappableField, number>> = {};
  for (const field of ['scores.general', 'scores.results', 'scores.total'] as const) {
    const r = read[field];
    if (!r) continue;
    const n = readNumber(r.text, r.mark);
    const other = r.mark === ',' ? '.' : ',';
    // A box the page locks or computes holds what the page wrote: never its decimal mark's fault.
    if (n !== null && new RegExp(`\\d\\${other}\\d{1,2}$`).test(r.text.trim()) && !(r.el && lockOf(r.el)))
      add('DECIMAL_REFUSED', field, {
        vi: `"${NAMES[field]}": ô này dùng dấu "${r.mark}" thập phân, đang ghi "${r.text}".`,
        en: `"${NAMES[field]}": this field takes "${r.mark}" as the decimal mark, got "${r.text}".`,
      });
    if (r.text.trim() === '') {
      // The draft has the number: a fill writes it (a box the page computes fills itself).
      const want = draft ? draftValue(draft, field, score) : undefined;
      const lock = r.el ? lockOf(r.el) : null;
      add(
        'EMPTY_REQUIRED',
        field,
        typeof want !== 'number'
          ? { vi: `Chưa nhập "${NAMES[field]}".`, en: `"${NAMES[field]}" is empty.` }
          : lock
            ? {
                vi: `"${NAMES[field]}" còn trống (trang tự tính ô này; bản kiểm điểm: ${formatNumber(want, 'vi')}).`,
                en: `"${NAMES[field]}" is empty (the page computes it; the draft says ${formatNumber(want, 'en')}).`,
              }
            : {
                vi: `Chưa nhập "${NAMES[field]}" (bản kiểm điểm: ${formatNumber(want, 'vi')}; bấm "Điền biểu mẫu" để điền).`,
                en: `"${NAMES[field]}" is empty (the draft says ${formatNumber(want, 'en')}; press "Fill the form" to fill it).`,
              },
      );
      continue;
    }
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
  // A pack may round the total on its own (tusoi.pack/2): the page showing the draft's three scores adds up.
  const asDraft =
    score !== undefined &&
    [g, res, total].every(
      (n, i) => n !== undefined && toMicro(n) === toMicro([score.general, score.results, score.total][i] ?? 0),
    );
  if (
    g !== undefined &&
    res !== undefined &&
    total !== undefined &&
    !asDraft &&
    toMicro(g) + toMicro(res) !== toMicro(total)
  ) {
    const sum = fromMicro(toMicro(g) + toMicro(res));
    add('TOTAL_MISMATCH', 'scores.total', {
      vi: `Tổng điểm ghi ${formatNumber(total, 'vi')} nhưng hai nhóm cộng lại là ${formatNumber(sum, 'vi')}.`,
      en: `Total says ${total} but the groups add up to ${sum}.`,
    });
  }
  if (read.proposedLevel) {
    const level = selectedLevel(read.proposedLevel.el, levelValues);
    if (level === null) {
      // A quarter not rated (Q26-30) has no level to propose: none is asked for.
      if (!context.unrated)
        add('NO_PROPOSED_LEVEL', 'proposedLevel', {
          vi: 'Chưa chọn mức đề xuất xếp loại.',
          en: 'No proposed level is chosen.',
        });
    } else if (!context.unrated && draft && judge && g !== undefined && res !== undefined) {
      // Whether the proposal is above the rules is drawn from draft facts the page does not hold
      // (task counts, findings): the judge (see proposal.ts) runs where the rules are loaded.
      const above = judge(draft, { general: g, results: res, level });
      if (above) add('PROPOSED_ABOVE_RULES', 'proposedLevel', above, true);
    }
  }
  const locked = draft?.subject?.name ? lockedName(root, read['subject.name']?.el, draft.subject.name) : null;
  if (locked) {
    flagged.add('subject.name');
    problems.push(locked);
  }
  if (draft) differences(read, draft, score, flagged, add, levelValues);
  const quarter = draft ? quarterNotCompared(root, map, draft, read) : null;
  if (quarter) problems.push(quarter);
  if (draft) problems.push(...answers(root, map, draft));
  // Reasons are judged by rubric-core's pack rules, which only the row code (rows-check.ts) carries.
  if (draft) problems.push(...(rowKit()?.checkReasons(root, map, draft, context.ownPack) ?? []));
  if (draft?.taskList)
    problems.push(...(rowKit()?.checkTaskRows(root, map, draft, score?.tasks, context.ownPack) ?? []));
  problems.push(...unmapped(root, read, problems));
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

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
// A person's name as people compare it: composed, case and spacing aside.
const person = (t: string) => norm(t.normalize('NFC').toLocaleLowerCase('vi'));
// The name's official labels ("Họ và tên", "Họ tên": official-labels.ts), then a colon or nothing.
const NAME_LABEL = new RegExp(
  `^(${(OFFICIAL_LABELS.find(([f]) => f === 'subject.name')?.[1] ?? []).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(:\\s*|$)`,
  'iu',
);

/**
 * A name the page shows as plain text beside the label "Họ và tên" (from the login): the cell or
 * element after the label's, the text right after it, or the label's own text after the colon.
 */
function nameCell(root: Scope): [Element, string] | null {
  const said = (n: Node | null) => norm((n?.textContent ?? '').normalize('NFC'));
  for (const el of root.querySelectorAll('td, th, dt, dd, label, span, div, p, b, strong, li')) {
    if (el.querySelector(CONTROL) || !isVisible(el)) continue;
    const own = said(el);
    const rest = own.replace(NAME_LABEL, '');
    if (rest === own) continue;
    if (rest && !el.querySelector('div, p, td, li, br, table') && own.length < 120) return [el, rest];
    if (rest) continue;
    const next = el.nextSibling?.nodeType === 3 && said(el.nextSibling) ? el.nextSibling : el.nextElementSibling;
    if (next && !(next as Element).querySelector?.(CONTROL) && !(next as Element).matches?.(CONTROL) && said(next))
      return [next.nodeType === 3 ? el : (next as Element), said(next)];
  }
  return null;
}

/**
 * The name the page holds read-only (a readonly or disabled box, or plain text: from the login),
 * unlike the draft's `subject.name` by people's reading of it: told beside it, since Tự Soi never
 * writes there. A box the page leaves editable is compared as any field is.
 */
function lockedName(root: Scope, mapped: Element | null | undefined, want: string): FormProblem | null {
  if (mapped?.matches(CONTROL) && !lockOf(mapped)) return null;
  const found: [Element, string] | null = mapped
    ? [mapped, norm(String((mapped.matches(CONTROL) ? readBack(mapped) : mapped.textContent) ?? ''))]
    : nameCell(root);
  // Dots or dashes left to write by hand are no name.
  if (!found || !/\p{L}/u.test(found[1]) || person(found[1]) === person(want)) return null;
  const [el, text] = found;
  return {
    code: 'READONLY_DIFFERS',
    field: 'subject.name',
    message: {
      vi: `"Họ và tên" trên trang là "${text}" (trang khoá, thường theo tài khoản đăng nhập), bản kiểm điểm ghi "${want}". Tự Soi không sửa ô này: nếu trang sai, hãy báo người quản trị cổng; nếu bản kiểm điểm sai, sửa tên trong đó.`,
      en: `"Họ và tên" (name) on the page is "${text}" (locked by the page, usually from the login); the draft says "${want}". Tự Soi does not change it: if the page is wrong, tell the portal's administrator; if the draft is, correct the name there.`,
    },
    element: el,
  };
}

// The rest of the form region (the forms that hold the mapped fields, else the whole page): what
// the page itself marks as missing or wrong is reported too, so that a field no map names (a reason
// shown after "Không đảm bảo", a criterion the page validates) never gives a false all-clear.
function unmapped(
  root: Scope,
  read: Partial<Record<MappableField, { el: Element | null }>>,
  found: readonly FormProblem[],
): FormProblem[] {
  const mapped = new Set<Element>();
  for (const r of Object.values(read)) if (r?.el) mapped.add(r.el);
  const forms = new Set<Element | null>([...mapped].map((el) => el.closest('form')));
  const regions: readonly ParentNode[] = forms.has(null) || forms.size === 0 ? [root] : ([...forms] as Element[]);
  const out: FormProblem[] = [];
  const errors = new Set(found.map((p) => p.message.vi));
  const groups = new Set<string>();
  for (const region of regions)
    for (const el of region.querySelectorAll(CONTROL)) {
      if (mapped.has(el) || !isVisible(el)) continue;
      const f = el as HTMLInputElement;
      const radio = f.localName === 'input' && f.type === 'radio';
      if (radio && radioGroup(f).some((r) => mapped.has(r))) continue;
      if (radio && groups.has(f.name)) continue;
      if (radio) groups.add(f.name);
      const name = radio
        ? (labelsOf(f.closest('fieldset, [role=radiogroup]') ?? f).find((l) => l.source === 'legend')?.text ?? f.name)
        : nameOf(el);
      const field = `page:${name}` as const;
      const required = f.required || el.getAttribute('aria-required') === 'true';
      const empty = radio ? !radioGroup(f).some((r) => r.checked) : String(readBack(el) ?? '').trim() === '';
      if (required && empty) {
        out.push({
          code: 'EMPTY_REQUIRED',
          field,
          message: { vi: `Chưa nhập "${name}" (trang bắt buộc).`, en: `"${name}" is empty (the page requires it).` },
          element: el,
        });
        continue;
      }
      const error = pageError(el);
      if (!error) continue;
      const message = { vi: `"${name}": trang báo "${error}".`, en: `"${name}": the page says "${error}".` };
      // One error text shown for a whole block is told once.
      if (errors.has(message.vi) || [...errors].some((m) => m.endsWith(`trang báo "${error}".`))) continue;
      errors.add(message.vi);
      out.push({ code: 'PAGE_INVALID', field, message, element: el });
    }
  return out;
}

/**
 * Whether a fill would put a draft value into this element: a box one types in or picks from (for
 * the level, also a group of choices). A map may point a field at a button or a bare element; a
 * difference found there quotes the draft, so it is told in the panel only, never beside it.
 */
function takesValue(el: Element, field: MappableField): boolean {
  if (el.matches(CONTROL))
    // A level or a period offered as radios is one choice, noted beside its group as a select is.
    return (
      !el.matches('[type=checkbox]') &&
      (field === 'proposedLevel' || field.startsWith('period.') || !el.matches('[type=radio]'))
    );
  return (
    field === 'proposedLevel' &&
    !el.matches('button, a, [role=button]') &&
    el.querySelector('button, [role=button], [role=radio], input[type=radio]') !== null
  );
}

// Each field the draft has a value for, compared by meaning with what the page shows (3 is not 30).
function differences(
  read: Partial<Record<MappableField, Read>>,
  draft: Partial<Assessment>,
  score: DraftContext['score'],
  flagged: Set<MappableField>,
  add: (code: FormProblem['code'], field: MappableField, message: Message, panelOnly?: boolean) => void,
  levelValues: Partial<Record<string, string>> | undefined,
): void {
  for (const [field, r] of Object.entries(read) as [MappableField, Read][]) {
    if (flagged.has(field) || !r.el || field === 'priorShortcomings') continue;
    const want = draftValue(draft, field, score);
    if (want === undefined || r.text.trim() === '') continue;
    // A text the page locks is its own record (a name, a unit): never filled, so no mistake on the
    // form; a locked number or level is the page's own sum, and a difference there is one.
    // The period is no such record: a page locked on another quarter or year is on another period.
    if (typeof want === 'string' && field !== 'proposedLevel' && !field.startsWith('period.') && lockOf(r.el)) continue;
    let same: boolean;
    let shown = r.text;
    if (field === 'proposedLevel') {
      const level = selectedLevel(r.el, levelValues);
      same = level === want;
      shown = level ? LEVEL_NAMES[level].vi : r.text;
    } else {
      // A select is the draft's choice when its option's text or its value names it.
      const shownAs = r.value === undefined ? [r.text] : [r.text, r.value];
      // "III", "Quý 3" and "3" are one quarter; "Quý III/2025" and "Năm 2025" are not the 2026 draft's.
      const year = field === 'period.quarter' && draft.period?.year ? [`Quý ${want}/${draft.period.year}`] : [];
      // By the words the page shows; its value only where they name no period (a value "2" may be an id).
      const period = field.startsWith('period.')
        ? shownAs.map((t) => samePeriod(field, t, String(want), year)).find((p) => p !== null)
        : undefined;
      same =
        period ??
        shownAs.some((t) =>
          typeof want === 'number'
            ? readNumber(t, r.mark) === want
            : t.replace(/\s+/g, ' ').trim() === String(want).replace(/\s+/g, ' ').trim(),
        );
    }
    if (!same) {
      // A quarter as the forms print it ("Quý III/2026"), never the bare number.
      const q = field === 'period.quarter' ? quarterOf(String(want)) : null;
      const quarter = q ? quarterText(q.quarter, draft.period?.year) : undefined;
      const wanted =
        field === 'proposedLevel'
          ? LEVEL_NAMES[want as Level].vi
          : typeof want === 'number'
            ? formatNumber(want, 'vi')
            : (quarter ?? String(want));
      add(
        'DIFFERS_FROM_DRAFT',
        field,
        {
          vi: `"${NAMES[field] ?? field}": trang ghi "${shown}", bản kiểm điểm là "${wanted}".`,
          en: `"${NAMES[field] ?? field}": the page shows "${shown}", the draft says "${wanted}".`,
        },
        !takesValue(r.el, field),
      );
    }
  }
}

// A draft's quarter the page's could not be read against: the map's quarter field is not on the page, or (a
// detected map without one) a field carries a quarter's whole label that detection could not take (several
// fields match equally, see detectForm). Never a silent pass: said in the panel, with what the user can do.
function quarterNotCompared(
  root: Scope,
  map: FormMap,
  draft: Partial<Assessment>,
  read: Partial<Record<MappableField, Read>>,
): FormProblem | null {
  const want = draftValue(draft, 'period.quarter');
  const r = read['period.quarter'];
  if (want === undefined || r?.el) return null;
  if (!r) {
    const labels = OFFICIAL_LABELS.find(([f]) => f === 'period.quarter')?.[1] ?? [];
    const onPage = (label: string) =>
      scopes(root).some((s) =>
        [...candidates(s, label)].some((c) => {
          const l = labelScore(c, label);
          return l.score >= 3 * 16 && !/^(heading|title|placeholder)$/.test(l.label?.source ?? '');
        }),
      );
    if (!map.id.startsWith(DETECTED_ID) || !labels.some(onPage)) return null;
  }
  const q = quarterOf(String(want));
  const wanted = q ? quarterText(q.quarter, draft.period?.year) : String(want);
  return {
    code: 'NOT_COMPARED',
    field: 'period.quarter',
    message: {
      vi: `"${NAMES['period.quarter']}": chưa so được với bản kiểm điểm ("${wanted}"): Tự Soi không xác định được ô kỳ đánh giá trên trang (không tìm thấy, hoặc nhiều ô cùng khớp). Hãy tự xem kỳ đánh giá trên trang trước khi lưu.`,
      en: `"${NAMES['period.quarter']}": not compared with the draft ("${wanted}"): Tự Soi could not tell which field on the page is the review period (none found, or several match). Check the period on the page yourself before saving.`,
    },
    element: null,
    panelOnly: true,
  };
}

// As criterion-answer.ts names them (a copy: importing it costs the portal script's budget bytes).
const ANSWER: Partial<Record<string, string>> = {
  met: 'Đảm bảo',
  notMet: 'Không đảm bảo',
  notApplicable: 'K/AD',
};

// Each criterion row a map names: the answer the page shows (its "Đảm bảo", "Không đảm bảo" or
// "K/AD" chosen) against the draft's (true/false, or { answer }). Without a K/AD control in the
// map, a row with nothing chosen is K/AD's or unanswered: only a chosen answer can differ from K/AD.
function answers(root: Scope, map: FormMap, draft: Partial<Assessment>): FormProblem[] {
  const out: FormProblem[] = [];
  for (const step of map.steps) {
    if (!('criterion' in step)) continue;
    const v = draft.criteria?.items[step.criterion];
    const want = v === true ? 'met' : v === false ? 'notMet' : (v as { answer?: string } | undefined)?.answer;
    let shown = '';
    let element: Element | null = null;
    for (const k of ['met', 'notMet', 'notApplicable'] as const) {
      const el = step[k] ? locate(root, step[k] as never) : null;
      element ??= el;
      if (el && !shown && isOn(el)) shown = k;
    }
    if (!want || !element || shown === want || (want === 'notApplicable' && !shown && !step.notApplicable)) continue;
    const row = element.closest('tr');
    // Never the pack's id ("pl4-1.1"): its number in the table ("1.1"), as the fill report names it.
    const name = (row && rowText(row)) || `Tiêu chí ${/\d+(?:\.\d+)*$/.exec(step.criterion)?.[0] ?? step.criterion}`;
    out.push({
      code: 'DIFFERS_FROM_DRAFT',
      field: `criteria.${step.criterion}`,
      message: {
        vi: `"${name}": trang ghi "${ANSWER[shown] ?? 'chưa chọn'}", bản kiểm điểm là "${ANSWER[want]}".`,
        en: `"${name}": the page shows "${ANSWER[shown] ?? 'none'}", the draft says "${ANSWER[want]}".`,
      },
      element,
    });
  }
  return out;
}
