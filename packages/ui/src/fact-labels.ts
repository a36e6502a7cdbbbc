import { GROUP_TOTALS, type Lang } from '@tusoi/rubric-core';

const { general: G, results: R } = GROUP_TOTALS;

// Words of the facts editor (part B of the forms), shared by the extension and the playground.
const vi = {
  partB: 'B. Tự đánh giá, xếp loại',
  kind: 'Đối tượng',
  pack: 'Bảng thang điểm',
  noPack: `Chỉ ghi tổng hai nhóm (${G} + ${R})`,
  general: `Nhóm tiêu chí chung (/${G})`,
  results: `Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (/${R})`,
  tasks: 'Nhiệm vụ được giao',
  ledUnits: 'Nhiệm vụ của các đơn vị trực tiếp lãnh đạo, quản lý',
  assigned: 'Được giao',
  completed: 'Hoàn thành',
  onTimeWithQuality: 'Đúng hạn, bảo đảm chất lượng',
  exceeded: 'Vượt mức yêu cầu',
  late: 'Chưa bảo đảm tiến độ',
  unitsResponsible: 'Số đơn vị phụ trách',
  unitsRatedNotCompleted: 'Số đơn vị bị xếp loại KHTNV',
  voteHeld: 'Có lấy phiếu tín nhiệm',
  lowShare: 'Tỉ lệ phiếu tín nhiệm thấp (%)',
  targetsApplicable: 'Được giao 5 chỉ tiêu KT-XH cơ bản',
  targetsMissed: 'Số chỉ tiêu không đạt',
  findings: 'Kết luận của cấp có thẩm quyền',
  discipline: 'Hình thức kỷ luật',
  addDiscipline: 'Thêm quyết định kỷ luật',
  remove: 'Xoá',
  proposed: 'II. Đề xuất xếp loại',
  none: '—',
  prior: 'Hạn chế, khuyết điểm kỳ trước',
  shortcoming: 'Hạn chế, khuyết điểm',
  newShortcoming: 'Hạn chế, khuyết điểm được chỉ ra ở kỳ trước',
  status: 'Kết quả khắc phục',
  fixed: 'Đã khắc phục',
  inProgress: 'Đang khắc phục',
  notFixed: 'Chưa khắc phục',
  progress: 'Mức độ khắc phục (%)',
  addPrior: 'Thêm hạn chế kỳ trước',
  notApplicable: 'không áp dụng cho đối tượng này',
  clear: 'Bỏ dữ kiện này',
  vote: 'Phiếu tín nhiệm',
  targets: '5 chỉ tiêu kinh tế - xã hội cơ bản',
  noDiscipline: 'Quyết định kỷ luật',
} as const;

const en: Record<keyof typeof vi, string> = {
  partB: 'B. Self-rating',
  kind: 'Subject kind',
  pack: 'Scoring pack',
  noPack: `Group totals only (${G} + ${R})`,
  general: `General criteria (/${G})`,
  results: `Task results (/${R})`,
  tasks: 'Assigned tasks',
  ledUnits: 'Tasks of the units directly led',
  assigned: 'Assigned',
  completed: 'Completed',
  onTimeWithQuality: 'On time with quality',
  exceeded: 'Exceeded requirements',
  late: 'Late',
  unitsResponsible: 'Units responsible for',
  unitsRatedNotCompleted: 'Units rated KHTNV',
  voteHeld: 'Confidence vote held',
  lowShare: 'Low-confidence share (%)',
  targetsApplicable: 'Has the 5 basic socio-economic targets',
  targetsMissed: 'Targets missed',
  findings: 'Conclusions of the competent level',
  discipline: 'Disciplinary form',
  addDiscipline: 'Add a disciplinary decision',
  remove: 'Remove',
  proposed: 'II. Proposed level',
  none: '—',
  prior: 'Shortcomings of the previous review',
  shortcoming: 'Shortcoming',
  newShortcoming: 'A shortcoming named at the previous review',
  status: 'Remedy status',
  fixed: 'Fixed',
  inProgress: 'Being fixed',
  notFixed: 'Not fixed',
  progress: 'Progress (%)',
  addPrior: 'Add a previous shortcoming',
  notApplicable: 'does not apply to this kind',
  clear: 'Remove this fact',
  vote: 'Confidence vote',
  targets: 'The 5 basic socio-economic targets',
  noDiscipline: 'Disciplinary decisions',
};

/** Words of the facts editor in a language. */
export function factLabels(lang: Lang): Record<keyof typeof vi, string> {
  return lang === 'en' ? en : vi;
}

/**
 * Subject kinds with their form (HD 43-HD/BTCTW) and names. `short` is what fits a select in a
 * 320 px side panel (about 270 px of text); the full name is shown beside it.
 */
export const KINDS = [
  {
    kind: 'staff',
    form: 'Mẫu 2B',
    vi: 'Cá nhân không giữ chức vụ lãnh đạo, quản lý',
    en: 'Staff (no leadership post)',
    short: { vi: 'Không giữ chức vụ lãnh đạo, quản lý', en: 'Staff (no leadership post)' },
  },
  {
    kind: 'leader',
    form: 'Mẫu 2A',
    vi: 'Cá nhân giữ chức vụ lãnh đạo, quản lý',
    en: 'Leader',
    short: { vi: 'Giữ chức vụ lãnh đạo, quản lý', en: 'Leader' },
  },
  {
    kind: 'leader-central',
    form: 'Mẫu 2A',
    vi: 'Cán bộ diện BCH TW, BCT, BBT quản lý',
    en: 'Centrally managed leader',
    short: { vi: 'Cán bộ diện Trung ương quản lý', en: 'Centrally managed leader' },
  },
  {
    kind: 'member-outside',
    form: 'Mẫu 2C',
    vi: 'Đảng viên không làm việc trong hệ thống chính trị',
    en: 'Member outside the political system',
    short: { vi: 'Đảng viên ngoài hệ thống chính trị', en: 'Member outside the political system' },
  },
  { kind: 'collective', form: 'Mẫu 01', vi: 'Tập thể', en: 'Collective', short: { vi: 'Tập thể', en: 'Collective' } },
  {
    kind: 'leadership-collective',
    form: 'Mẫu 01',
    vi: 'Tập thể lãnh đạo, quản lý',
    en: 'Leadership collective',
    short: { vi: 'Tập thể lãnh đạo, quản lý', en: 'Leadership collective' },
  },
] as const;

/** Findings of the competent level (assessment `findings`), as the forms name them. */
export const FINDINGS = [
  [
    'degradationConcluded',
    'Bị kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"',
    'Concluded to show degradation',
  ],
  ['prohibitedActsViolated', 'Vi phạm những điều đảng viên không được làm', 'Violated what members must not do'],
  ['exampleDutyViolated', 'Vi phạm trách nhiệm nêu gương', 'Violated the duty to set an example'],
  [
    'corruptionInScopeDisciplined',
    'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý bị kỷ luật',
    'Corruption in direct scope disciplined',
  ],
  ['personnelViolationOrDisunity', 'Sai phạm công tác cán bộ, mất đoàn kết', 'Personnel violation or disunity'],
  ['memberDegradationConcluded', 'Thành viên bị kết luận suy thoái', 'A member concluded degraded'],
  [
    'subordinateOrMemberDisciplined',
    'Đơn vị trực thuộc / thành viên bị kỷ luật',
    'A subordinate unit or member disciplined',
  ],
  ['forceMajeure', 'Có lý do bất khả kháng', 'Force majeure'],
  ['selfDetectedAndRemedied', 'Tự phát hiện, khắc phục kịp thời', 'Self-detected and remedied'],
] as const;

/** Disciplinary forms (assessment `findings.discipline[].form`). */
export const DISCIPLINE_FORM_NAMES = [
  ['khien-trach', 'Khiển trách'],
  ['canh-cao', 'Cảnh cáo'],
  ['ha-bac-luong', 'Hạ bậc lương'],
  ['giang-chuc', 'Giáng chức'],
  ['cach-chuc', 'Cách chức'],
  ['buoc-thoi-viec', 'Buộc thôi việc'],
  ['khai-tru', 'Khai trừ'],
] as const;

/** The flags of a disciplinary decision that Điều 11 khoản 4 weighs. */
export const DISCIPLINE_FLAGS = [
  ['dutyRelated', 'Liên quan chức trách, công vụ', 'Duty-related'],
  ['selfReportedAndRemedied', 'Tự giác nhận lỗi, khắc phục xong', 'Self-reported and remedied'],
  ['violationAtPreviousUnit', 'Vi phạm ở đơn vị cũ', 'Violation at a previous unit'],
  ['unrelatedToCollective', 'Không liên quan tập thể hiện tại', 'Unrelated to this collective'],
] as const;

/** "giữa HTNV và KHTNV", or for a single level "mức có thể xếp: HTNV" (never "giữa HTNV"). */
export function candidatesText(candidates: readonly string[], lang: Lang): string {
  if (candidates.length === 1)
    return lang === 'en' ? `the only level that holds: ${candidates[0]}` : `mức đủ điều kiện: ${candidates[0]}`;
  return lang === 'en' ? `among ${candidates.join(' / ')}` : `giữa ${candidates.join(' / ')}`;
}
