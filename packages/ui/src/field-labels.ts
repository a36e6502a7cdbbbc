import { criterionNumber, type Lang, type Message, type Pack, type Pack2, unverifiedNumber } from '@tusoi/rubric-core';
import { DISCIPLINE_FLAGS, FINDINGS, factLabels } from './fact-labels';
import { labels } from './labels';

// The one table from an assessment path ("scores.general", "priorShortcomings[1].status") to the
// label the user sees on the form: messages name fields by it, never by their key.

const f = { vi: factLabels('vi'), en: factLabels('en') };
const l = { vi: labels('vi'), en: labels('en') };
const both = (key: keyof typeof f.vi): Message => ({ vi: f.vi[key], en: f.en[key] });

/** Labels of the self-review's own fields (header and part A), as the forms (Mẫu 2A/2B/2C/01/05) name them. */
const FORM_FIELDS = {
  subject: { vi: 'Thông tin chung', en: 'Header' },
  'subject.name': { vi: 'Họ và tên / tên tập thể', en: 'Name (person or collective)' },
  'subject.birthDate': { vi: 'Ngày sinh', en: 'Date of birth' },
  'subject.unit': { vi: 'Đơn vị công tác', en: 'Work unit' },
  'subject.cell': { vi: 'Chi bộ', en: 'Party cell' },
  period: { vi: 'Kỳ kiểm điểm', en: 'Review period' },
  'period.year': { vi: 'Năm', en: 'Year' },
  'period.quarter': { vi: 'Quý', en: 'Quarter' },
  review: { vi: 'A. Kiểm điểm', en: 'A. Self-review' },
  'review.strengths': { vi: 'I. Ưu điểm, kết quả đạt được', en: 'I. Strengths and results' },
  'review.shortcomings': { vi: 'II. Hạn chế, khuyết điểm và nguyên nhân', en: 'II. Shortcomings and causes' },
  'review.shortcomings[].text': { vi: 'Hạn chế, khuyết điểm', en: 'Shortcoming' },
  'review.shortcomings[].cause': { vi: 'Nguyên nhân', en: 'Cause' },
  'review.shortcomings[].responsibility': { vi: 'Trách nhiệm', en: 'Responsibility' },
  'review.shortcomings[].remedy': { vi: 'Biện pháp khắc phục', en: 'Remedy' },
  priorShortcomings: {
    vi: 'III. Kết quả khắc phục hạn chế, khuyết điểm kỳ trước',
    en: 'III. Fixing the previous review’s shortcomings',
  },
  'priorShortcomings[].text': { vi: 'Hạn chế, khuyết điểm', en: 'Shortcoming' },
  'priorShortcomings[].status': { vi: 'Kết quả khắc phục', en: 'Status' },
  'priorShortcomings[].progress': { vi: 'Mức độ (%)', en: 'Progress (%)' },
  'priorShortcomings[].responsibility': { vi: 'Trách nhiệm', en: 'Responsibility' },
  'review.suggestedIssues': { vi: 'IV. Giải trình vấn đề được gợi ý kiểm điểm', en: 'IV. Issues suggested for review' },
  'review.suggestedIssues[].issue': { vi: 'Vấn đề', en: 'Issue' },
  'review.suggestedIssues[].explanation': { vi: 'Giải trình', en: 'Explanation' },
  'review.collectiveResponsibility': {
    vi: 'V. Trách nhiệm đối với hạn chế của tập thể',
    en: 'V. Responsibility for the collective’s shortcomings',
  },
  'review.direction': { vi: 'VI. Phương hướng, biện pháp khắc phục', en: 'VI. Direction and remedies' },
  selfCheck: { vi: 'Tự soi 27 biểu hiện', en: 'Self-check of the 27 indicators' },
} as const satisfies Record<string, Message>;

/**
 * Labels of the quarterly review's fields (tusoi.assessment/2), as the 2026 quarterly forms name them
 * (sản phẩm, trục, trọng số, thành phần A/B/C/D, khung K1–K4, vượt chuẩn, Mức 1/2/3).
 */
const QUARTER_FIELDS = {
  'criteria.items[].answer': { vi: 'Kết quả tự đánh giá tiêu chí', en: 'Criterion answer' },
  'criteria.items[].points': { vi: 'Điểm tự chấm', en: 'Points' },
  'criteria.items[].reason': { vi: 'Lý do', en: 'Reason' },
  frame: { vi: 'Khung tỷ trọng', en: 'Weight frame' },
  'frame.id': { vi: 'Khung tỷ trọng', en: 'Weight frame' },
  'frame.A': { vi: 'Tỷ trọng A điều chỉnh (%)', en: 'Adjusted weight A (%)' },
  'frame.B': { vi: 'Tỷ trọng B điều chỉnh (%)', en: 'Adjusted weight B (%)' },
  'frame.C': { vi: 'Tỷ trọng C điều chỉnh (%)', en: 'Adjusted weight C (%)' },
  'frame.D': { vi: 'Tỷ trọng D điều chỉnh (%)', en: 'Adjusted weight D (%)' },
  taskList: { vi: 'Nhiệm vụ, sản phẩm trong quý', en: 'Tasks (products) of the quarter' },
  'taskList[].name': { vi: 'Tên nhiệm vụ, sản phẩm', en: 'Task (product)' },
  'taskList[].axis': { vi: 'Trục kết quả', en: 'Result axis' },
  'taskList[].weight': { vi: 'Trọng số (điểm trên 70)', en: 'Weight (points of 70)' },
  'taskList[].components': { vi: 'Thành phần A, B, C, D (%)', en: 'Components A, B, C, D (%)' },
  'taskList[].components.A': { vi: 'A. Khối lượng (%)', en: 'A. Volume (%)' },
  'taskList[].components.B': { vi: 'B. Chất lượng (%)', en: 'B. Quality (%)' },
  'taskList[].components.C': { vi: 'C. Tiến độ (%)', en: 'C. Timeliness (%)' },
  'taskList[].components.D': { vi: 'D. Lãnh đạo, tổ chức thực hiện (%)', en: 'D. Leadership (%)' },
  'taskList[].frame': { vi: 'Khung tỷ trọng của nhiệm vụ', en: 'Frame of this task' },
  'taskList[].exceeded': { vi: 'Vượt chuẩn', en: 'Exceeded the standard' },
  'taskList[].key': { vi: 'Nhiệm vụ trọng tâm, then chốt', en: 'Key task' },
  'taskList[].keyLevel': { vi: 'Mức hoàn thành nhiệm vụ trọng tâm', en: 'Key task level' },
  'taskList[].completed': { vi: 'Đã hoàn thành', en: 'Completed' },
  'taskList[].late': { vi: 'Chưa bảo đảm tiến độ', en: 'Late' },
  'taskList[].objectiveReason': {
    vi: 'Lý do khách quan chưa hoàn thành (được xác nhận)',
    en: 'Confirmed objective reason for not finishing',
  },
  'taskList[].note': { vi: 'Ghi chú', en: 'Note' },
  kpi: { vi: 'Chỉ số KPI', en: 'KPI ratios' },
  'kpi.A': { vi: 'A. Khối lượng (tỉ lệ 0–1,2)', en: 'A. Volume (ratio 0–1.2)' },
  'kpi.B': { vi: 'B. Chất lượng (tỉ lệ 0–1,2)', en: 'B. Quality (ratio 0–1.2)' },
  'kpi.C': { vi: 'C. Tiến độ (tỉ lệ 0–1,2)', en: 'C. Timeliness (ratio 0–1.2)' },
  'kpi.D': { vi: 'D. Lãnh đạo, chỉ huy (tỉ lệ 0–1,2)', en: 'D. Leadership (ratio 0–1.2)' },
  axisPoints: { vi: 'Điểm theo trục', en: 'Points by axis' },
  axisPercent: { vi: 'Mức hoàn thành theo trục (%)', en: 'Completion by axis (%)' },
  unrated: { vi: 'Trường hợp chưa xếp loại', en: 'Not-rated cases' },
  // Worded as HD 03-HD/TVĐU III.9 names the four cases (reference quarterly-2026.md §4.3).
  'unrated.trainingMonths': {
    vi: 'Số tháng đào tạo, bồi dưỡng tập trung trong quý',
    en: 'Months of full-time training in the quarter',
  },
  'unrated.sickOrMaternityMonths': {
    vi: 'Số tháng nghỉ ốm hoặc nghỉ thai sản trong quý',
    en: 'Months of sick or maternity leave in the quarter',
  },
  'unrated.firstAppointedMonths': {
    vi: 'Lần đầu bổ nhiệm chức danh lãnh đạo, quản lý trong quý: số tháng giữ chức vụ',
    en: 'First appointed to a leading post in the quarter: months in the post',
  },
  'unrated.underInvestigation': {
    vi: 'Đang bị kiểm tra dấu hiệu vi phạm',
    en: 'Under check for signs of a violation',
  },
  quarters: { vi: 'Kết quả các quý', en: 'The quarters' },
} as const satisfies Record<string, Message>;

/** Words for the values of the quarterly fields (answers, key-task levels), as the forms write them. */
export const VALUE_LABELS = {
  vi: {
    met: 'Đảm bảo',
    notMet: 'Không đảm bảo',
    notApplicable: 'K/AD',
    notApplicableLong: 'K/AD (không áp dụng)',
    keyLevel1: 'Mức 1',
    keyLevel2: 'Mức 2',
    keyLevel3: 'Mức 3',
  },
  en: {
    met: 'Met',
    notMet: 'Not met',
    notApplicable: 'N/A',
    notApplicableLong: 'N/A (not applicable)',
    keyLevel1: 'Level 1',
    keyLevel2: 'Level 2',
    keyLevel3: 'Level 3',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const TABLE: Readonly<Record<string, Message>> = {
  ...FORM_FIELDS,
  format: { vi: 'Loại dữ liệu', en: 'Data type' },
  'subject.kind': both('kind'),
  scores: { vi: 'Điểm tự chấm (hai nhóm tiêu chí)', en: 'Self-scores (both groups)' },
  'scores.general': { vi: l.vi.general, en: l.en.general },
  'scores.results': { vi: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', en: l.en.results },
  'scores.total': { vi: l.vi.total, en: l.en.total },
  criteria: both('pack'),
  'criteria.pack': both('pack'),
  'criteria.items': both('pack'),
  tasks: both('tasks'),
  ledUnits: both('ledUnits'),
  ...Object.fromEntries(
    (['assigned', 'completed', 'onTimeWithQuality', 'exceeded', 'late'] as const).flatMap((k) => [
      [`tasks.${k}`, { vi: `${f.vi.tasks}: ${f.vi[k]}`, en: `${f.en.tasks}: ${f.en[k]}` }],
      [`ledUnits.${k}`, { vi: `${f.vi.ledUnits}: ${f.vi[k]}`, en: `${f.en.ledUnits}: ${f.en[k]}` }],
    ]),
  ),
  'ledUnits.unitsResponsible': both('unitsResponsible'),
  'ledUnits.unitsRatedNotCompleted': both('unitsRatedNotCompleted'),
  confidenceVote: both('voteHeld'),
  'confidenceVote.held': both('voteHeld'),
  'confidenceVote.lowShare': both('lowShare'),
  socioEconomicTargets: both('targetsApplicable'),
  'socioEconomicTargets.applicable': both('targetsApplicable'),
  'socioEconomicTargets.missed': both('targetsMissed'),
  findings: both('findings'),
  'findings.discipline': both('discipline'),
  'findings.discipline[].form': both('discipline'),
  ...Object.fromEntries(FINDINGS.map(([k, vi, en]) => [`findings.${k}`, { vi, en }])),
  ...Object.fromEntries(DISCIPLINE_FLAGS.map(([k, vi, en]) => [`findings.discipline[].${k}`, { vi, en }])),
  proposedLevel: { vi: 'Đề xuất xếp loại', en: 'Proposed level' },
  ...QUARTER_FIELDS,
};

/**
 * The form label of an assessment path, in a language. Array indices are read as "mục N"; a path
 * the table does not know is named by its nearest known parent, so no key ever reaches the user.
 * Accepts `a.b[2].c` (rubric-core issue paths) and `a.b.2.c` (editor paths). With the scoring
 * `pack` the draft names, a criterion is named as its table shows it ("Tiêu chí 1.1: Có quan điểm…").
 */
export function fieldLabel(path: string | readonly (string | number)[], lang: Lang, pack?: Pack | Pack2): string {
  const joined = typeof path === 'string' ? path : path.join('.');
  // Criterion ids carry dots of their own ("pl4-2.3"): name the pack's table and the criterion.
  const criterion = /^criteria\.items\.(.+?)(?:\.(answer|points|reason))?$/.exec(joined);
  if (criterion) {
    const field = criterion[2] ? ` (${TABLE[`criteria.items[].${criterion[2]}`]?.[lang]})` : '';
    return `${TABLE['criteria.items']?.[lang]}: ${criterionLabel(criterion[1] as string, lang, pack)}${field}`;
  }
  const parts = typeof path === 'string' ? path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '') : path;
  const keys: string[] = [];
  const items: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number' || /^\d+$/.test(part)) {
      keys.push('[]');
      items.push(Number(part) + 1);
    } else keys.push(part);
  }
  for (let n = keys.length; n > 0; n--) {
    const key = keys.slice(0, n).join('.').replaceAll('.[]', '[]');
    const found = TABLE[key];
    if (found) {
      const item =
        items.length > 0 && keys.slice(0, n).includes('[]')
          ? ` (${lang === 'en' ? 'item' : 'mục'} ${items.join('.')})`
          : '';
      return `${found[lang]}${item}`;
    }
  }
  return lang === 'en' ? 'This self-review' : 'Bản kiểm điểm';
}

/** The labels of a path in both languages (criteria named as the `pack`'s table shows them). */
export function fieldLabels(path: string | readonly (string | number)[], pack?: Pack | Pack2): Message {
  return { vi: fieldLabel(path, 'vi', pack), en: fieldLabel(path, 'en', pack) };
}

const MAX_TEXT = 80;

/**
 * A criterion as the score table shows it: its number in the appendix ("1.1", from the id's tail)
 * and its text; a criterion without a number (the frame's two groups) by its text alone. The id
 * itself never shows: without the pack, only the number is named.
 */
function criterionLabel(id: string, lang: Lang, pack: Pack | Pack2 | undefined): string {
  const c = pack ? criteriaOf(pack).find((x) => x.id === id) : undefined;
  if (c === undefined) {
    const code = criterionNumber(id);
    const word = lang === 'en' ? 'Criterion' : 'Tiêu chí';
    return code ? `${word} ${code}` : word.toLowerCase();
  }
  return criterionName(c, lang, MAX_TEXT);
}

/**
 * The number of a criterion the pack has no verified wording for ("Tiêu chí 1.2 (nguyên văn chưa được
 * xác minh)" gives "1.2"): a placeholder, not legal text, so its words follow the UI language. The
 * placeholder's form has one home, rubric-core's packs (`unverifiedNumber`).
 */
export const placeholderNumber: (vi: string) => string | undefined = unverifiedNumber;

/**
 * A criterion as its table shows it: "Tiêu chí 1.1: text" (the number from the id's tail), its
 * text alone when it has no number or already starts with it; cut to `maxText` characters if given.
 */
export function criterionName(
  c: { readonly id: string; readonly vi: string; readonly en?: string | undefined },
  lang: Lang,
  maxText?: number,
): string {
  const word = lang === 'en' ? 'Criterion' : 'Tiêu chí';
  const code = criterionNumber(c.id);
  const placeholder = unverifiedNumber(c.vi);
  if (placeholder !== undefined && lang === 'en' && !c.en) return `${word} ${placeholder} (${l.en.unverified})`;
  const full = lang === 'en' && c.en ? c.en : c.vi;
  const text = maxText !== undefined && full.length > maxText ? `${full.slice(0, maxText - 1).trimEnd()}…` : full;
  // "Tiêu chí 1.2 (nguyên văn …)" already starts with its number.
  if (code === undefined || text.startsWith(`${word} ${code}`) || text.startsWith(`Tiêu chí ${code}`)) return text;
  return `${word} ${code}: ${text}`;
}

/** The label of one quarterly field, by its key in the table (`taskList[].weight`). */
export function quarterLabel(key: keyof typeof QUARTER_FIELDS, lang: Lang): string {
  return QUARTER_FIELDS[key][lang];
}

/** The criteria of a pack of either version (tusoi.pack/1 sections, tusoi.pack/2 general groups). */
function criteriaOf(pack: Pack | Pack2): readonly { id: string; vi: string; en?: string | undefined }[] {
  if (pack.format === 'tusoi.pack/2') return pack.general.groups.flatMap((g) => g.items);
  return [...pack.general.sections, ...pack.results.sections].flatMap((s) => s.criteria);
}
