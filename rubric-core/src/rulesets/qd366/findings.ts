import { deepFreeze } from '../../internal/frozen.js';
import type { Message } from '../../message.js';
import { type Findings, SUBJECT_KINDS, type SubjectKind } from '../../schemas/assessment.js';
import type { Warning } from '../../schemas/result.js';
import { CONDITION_READS, type GradedLevel, levelConditions } from './conditions.js';
import { type FindingName, kindGroup } from './facts.js';
import { kindTriggers } from './triggers.js';

// Which findings of the competent level each subject kind weighs is read from the rules themselves
// (each khoản 4 trigger and Điều 11 condition names the findings it reads), never listed by hand:
// a finding a kind does not weigh gets a FINDING_NOT_FOR_KIND warning, never a level change.

/** Each finding in the words of Điều 11 (QĐ 366-QĐ/TW), and in English; in the schema's order. */
export const FINDING_NAMES: Readonly<Record<FindingName, Message>> = /* @__PURE__ */ deepFreeze({
  degradationConcluded: {
    vi: 'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái',
    en: 'concluded to show degradation',
  },
  prohibitedActsViolated: {
    vi: 'vi phạm những điều đảng viên không được làm',
    en: 'violated what party members must not do',
  },
  exampleDutyViolated: {
    vi: 'vi phạm quy định về trách nhiệm nêu gương',
    en: 'violated the duty to set an example',
  },
  discipline: { vi: 'quyết định kỷ luật', en: 'disciplinary decisions' },
  corruptionInScopeDisciplined: {
    vi: 'tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý trực tiếp bị xử lý kỷ luật',
    en: 'corruption, waste or wrongdoing in the direct scope, disciplined',
  },
  personnelViolationOrDisunity: {
    vi: 'sai phạm trong công tác cán bộ, mất đoàn kết nội bộ',
    en: 'personnel-work violations or internal disunity',
  },
  memberDegradationConcluded: {
    vi: 'thành viên bị kết luận có biểu hiện suy thoái',
    en: 'a member concluded to show degradation',
  },
  subordinateOrMemberDisciplined: {
    vi: 'đơn vị trực thuộc hoặc thành viên bị kỷ luật',
    en: 'a subordinate unit or member disciplined',
  },
  forceMajeure: { vi: 'lý do bất khả kháng', en: 'force majeure' },
  selfDetectedAndRemedied: {
    vi: 'đã chủ động phát hiện, khắc phục kịp thời',
    en: 'self-detected and remedied',
  },
});

const ORDER = Object.keys(FINDING_NAMES) as FindingName[];

/** The subject kinds as docs/glossary.md names them. */
const KIND_NAMES: Readonly<Record<SubjectKind, Message>> = {
  collective: { vi: 'tập thể', en: 'a collective' },
  'leadership-collective': { vi: 'tập thể lãnh đạo, quản lý', en: 'a leadership collective' },
  'leader-central': { vi: 'cán bộ diện BCH TW, BCT, BBT quản lý', en: 'a centrally managed leader' },
  leader: { vi: 'cá nhân giữ chức vụ lãnh đạo, quản lý', en: 'a leader' },
  staff: { vi: 'cá nhân không giữ chức vụ lãnh đạo, quản lý', en: 'staff' },
  'member-outside': {
    vi: 'đảng viên không làm việc trong hệ thống chính trị',
    en: 'a member outside the political system',
  },
};

const GRADED: readonly GradedLevel[] = ['HTXSNV', 'HTTNV', 'HTNV'];

function readsOf(kind: SubjectKind): readonly FindingName[] {
  const read = new Set<FindingName>();
  for (const t of kindTriggers(kind)) for (const k of t.reads) read.add(k);
  for (const nested of [false, true]) {
    const lists = levelConditions(kindGroup(kind), nested);
    for (const level of GRADED)
      for (const [key] of lists[level]) for (const k of CONDITION_READS[key] ?? []) read.add(k);
  }
  return Object.freeze(ORDER.filter((k) => read.has(k)));
}

// Built once (six kinds): the warning reads it only when an assessment gives findings.
const READS = Object.fromEntries(SUBJECT_KINDS.map((k) => [k, readsOf(k)])) as Record<
  SubjectKind,
  readonly FindingName[]
>;

/**
 * The findings Điều 11 weighs for a subject kind, `discipline` included, in the schema's order:
 * those its khoản 4 triggers (with their mitigations) and its level conditions read (QĐ 366-QĐ/TW
 * Điều 11 khoản 1.1 and khoản 4). A plain collective: only `subordinateOrMemberDisciplined`.
 * Frozen; the same array on every call.
 */
export function findingsRead(kind: SubjectKind): readonly FindingName[] {
  return READS[kind];
}

/** Whether a finding is given: a flag set to true, or at least one disciplinary decision (false and [] state nothing). */
function given(findings: Findings, key: FindingName): boolean {
  const value = findings[key];
  return key === 'discipline' ? Array.isArray(value) && value.length > 0 : value === true;
}

const NO_WARNINGS: readonly Warning[] = Object.freeze([]);

const names = (keys: readonly FindingName[], lang: 'vi' | 'en'): string =>
  keys.map((k) => `"${FINDING_NAMES[k][lang]}" (${k})`).join('; ');

/** What a rule set reads besides Điều 11 for one input, for {@link findingWarnings}. */
export interface FindingsAlso {
  /** A finding it reads for this input (q2026: force majeure behind unfinished tasks given as counts alone, Q26-17). */
  readonly read?: FindingName;
  /** A sentence added to the warning about a finding (where else the rule set would read it). */
  readonly notes?: Partial<Readonly<Record<FindingName, Message>>>;
}

/**
 * FINDING_NOT_FOR_KIND warnings: each finding given (a flag set, a disciplinary decision) that no
 * rule of the subject's kind reads, at `findings.<name>`, naming the findings that kind weighs and
 * the kinds that weigh this one. Never a level change (Điều 11 khoản 1–4 list each kind's cases).
 */
export function findingWarnings(findings: Findings, kind: SubjectKind, also?: FindingsAlso): readonly Warning[] {
  const read = READS[kind];
  const extra = also?.read;
  // Only the keys given are looked at (usually one or two), and nothing is built unless one is unread.
  let unread: FindingName[] | undefined;
  for (const k in findings) {
    const key = k as FindingName;
    if (key === extra || read.includes(key) || !given(findings, key)) continue;
    unread ??= [];
    unread.push(key);
  }
  if (unread === undefined) return NO_WARNINGS;
  const weighed =
    extra !== undefined && !read.includes(extra) ? ORDER.filter((k) => k === extra || read.includes(k)) : read;
  const who = KIND_NAMES[kind];
  // In the schema's order, whatever the input's.
  return ORDER.filter((k) => unread.includes(k)).map((key) => {
    const by = SUBJECT_KINDS.filter((k) => READS[k].includes(key));
    const name = FINDING_NAMES[key];
    const note = also?.notes?.[key];
    return {
      code: 'FINDING_NOT_FOR_KIND',
      path: `findings.${key}`,
      message: {
        vi: `Kết luận "${name.vi}" (${key}) không được quy tắc nào xét khi xếp loại ${who.vi} (Điều 11 QĐ 366-QĐ/TW): mức xếp loại không tính đến nó. Với ${who.vi}, các kết luận được xét là: ${names(weighed, 'vi')}. Kết luận này được xét với: ${by.map((k) => KIND_NAMES[k].vi).join('; ')}.${note ? ` ${note.vi}` : ''}`,
        en: `The finding "${name.en}" (${key}) is read by no rule when rating ${who.en} (QĐ 366-QĐ/TW Điều 11): the level does not take it into account. For ${who.en} the findings weighed are: ${names(weighed, 'en')}. This finding is weighed for: ${by.map((k) => KIND_NAMES[k].en).join('; ')}.${note ? ` ${note.en}` : ''}`,
      },
    };
  });
}
