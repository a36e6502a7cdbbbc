// Built-in quarterly packs (tusoi.pack/2), each graded C: the 2026 quarterly tables as the
// organisations implementing Hướng dẫn 02-HD/BTCTW publish them (shared reference quarterly-2026.md;
// HD 02's own text was not found). The general criteria reuse the wording of the annual example
// packs (one home per text); what differs between organisations is a pack setting here.

import { deepFreeze } from '../internal/frozen.js';
import { SUBJECT_KINDS } from '../subject-kinds.js';
import { PL1_PACK, PL2_PACK, PL4_PACK } from './builtin.js';
import type { Pack } from './pack.js';
import type { GeneralGroup, Pack2 } from './quarterly-pack.js';

function groupsOf(pack: Pack, mode: GeneralGroup['mode'], kinds?: GeneralGroup['kinds']): GeneralGroup[] {
  return pack.general.sections.map((s) => ({
    id: s.id,
    vi: s.vi,
    ...(s.en ? { en: s.en } : {}),
    mode,
    ...(kinds ? { kinds } : {}),
    items: s.criteria.map((c) => ({
      id: c.id,
      vi: c.vi,
      ...(c.en ? { en: c.en } : {}),
      max: c.max,
      ...(c.verified !== undefined ? { verified: c.verified } : {}),
    })),
  }));
}

/** Groups by role: leaders 18/4/8 (17 items), staff 20/8/2, collectives 6 × 5 — all đảm bảo / không đảm bảo. */
function partyGroups(mode: GeneralGroup['mode']): GeneralGroup[] {
  return [
    ...groupsOf(PL2_PACK, mode, ['leader', 'leader-central']),
    ...groupsOf(PL4_PACK, mode, ['staff', 'member-outside']),
    ...groupsOf(PL1_PACK, mode, ['collective', 'leadership-collective']),
  ];
}

const ALL_KINDS: Pack2['kinds'] = [...SUBJECT_KINDS];

/** The six result axes (trục kết quả trọng tâm) as the HCM Mẫu 01 words them (likely HD 02; C). */
const AXES_VI = [
  'Trục 1: Thực hiện mục tiêu phát triển kinh tế - xã hội và nhiệm vụ chính trị được giao',
  'Trục 2: Hoàn thiện thể chế, đẩy mạnh phân cấp, phân quyền gắn với kiểm tra, giám sát',
  'Trục 3: Thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
  'Trục 4: Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; giữ gìn đoàn kết, thống nhất nội bộ; phòng, chống tham nhũng, lãng phí, tiêu cực',
  'Trục 5: Phát triển văn hóa, con người, bảo đảm an sinh xã hội, nâng cao đời sống nhân dân',
  'Trục 6: Củng cố quốc phòng, an ninh, giữ vững ổn định chính trị - xã hội, nâng cao hiệu quả đối ngoại và hội nhập quốc tế',
];

/** English glosses of the six axes, for the English interface (the Vietnamese is the wording). */
const AXES_EN = [
  'Axis 1: Socio-economic development goals and assigned political tasks',
  'Axis 2: Institutions, decentralisation and delegation, with inspection and supervision',
  'Axis 3: Science, technology, innovation and digital transformation',
  'Axis 4: A clean and strong Party and political system; internal unity; preventing corruption, waste and negative practices',
  'Axis 5: Culture, people, social security and living standards',
  'Axis 6: Defence, security, socio-political stability, foreign relations and international integration',
];

function axes(maxima?: readonly number[]): NonNullable<Pack2['results']['axes']> {
  return AXES_VI.map((vi, i) => ({
    id: `T${i + 1}`,
    vi,
    en: AXES_EN[i] as string,
    ...(maxima ? { max: maxima[i] as number } : {}),
  }));
}

const VATM = 'HD 03-HD/TVĐU (Đảng ủy Tổng công ty Quản lý bay Việt Nam, 10/9/2026)';
const ONE_DECIMAL = { decimals: 1, mode: 'half-up' } as const;

/** VATM frames K1–K4 (HD 03-HD/TVĐU tr.12), adjustable ±10 pp (tr.13); default K2 as the VATM app does (the text sets none). */
const VATM_FRAMES: NonNullable<Pack2['results']['frames']> = [
  {
    id: 'K1',
    vi: 'Khung 1 - Quản lý, tham mưu, công tác Đảng, Đoàn thể',
    en: 'Frame 1 - Management, advisory, Party and mass-organisation work',
    A: 25,
    B: 35,
    C: 20,
    D: 20,
  },
  {
    id: 'K2',
    vi: 'Khung 2 - An toàn/tuân thủ/khai thác/kỹ thuật',
    en: 'Frame 2 - Safety/compliance/operations/engineering',
    A: 15,
    B: 50,
    C: 15,
    D: 20,
  },
  {
    id: 'K3',
    vi: 'Khung 3 - Dự án/đầu tư/xây dựng/tài chính dự án',
    en: 'Frame 3 - Projects/investment/construction/project finance',
    A: 20,
    B: 30,
    C: 35,
    D: 15,
  },
  {
    id: 'K4',
    vi: 'Khung 4 - KHCN/đổi mới/chuyển đổi số/cải tiến',
    en: 'Frame 4 - Science and technology/innovation/digital transformation/improvement',
    A: 15,
    B: 30,
    C: 20,
    D: 35,
  },
];

/** Mẫu 09A (VATM, from 2027): tasks × A/B/C/D by frame, K/AD rescaled, one decimal half-up at every level. */
export const Q2026_VATM_09A: Pack2 = {
  format: 'tusoi.pack/2',
  id: 'q2026-vatm-09a',
  title: {
    vi: 'Quý: sản phẩm × A/B/C/D theo khung tỷ trọng (Mẫu 09A, Quản lý bay)',
    en: 'Quarter: tasks × A/B/C/D by weight frame (VATM form 09A)',
  },
  kinds: ALL_KINDS,
  source: {
    citation: `${VATM}, tr.7–14 (khung tỷ trọng, công thức sản phẩm, K/AD, làm tròn); tiêu chí chung theo QĐ 366-QĐ/TW Phụ lục 1, 2, 4 với điểm 18/4/8, 20/8/2, 6 × 5 theo HD 03 và HD 20-HD/ĐUCA`,
    grade: 'C',
    note: 'Bản trích xuất của đơn vị ghi "chưa xác nhận". K/AD: tính lại theo tỷ lệ (cách của ứng dụng, văn bản chỉ nói "không mặc nhiên chấm tối đa hoặc bằng không"). Khung mặc định K2 là lựa chọn của ứng dụng.',
  },
  general: {
    groups: partyGroups('binary'),
    notApplicable: { allowed: true, rule: 'exclude-rescale' },
    deductionReasonMin: 1,
  },
  results: {
    mode: 'task-weights',
    axes: axes(),
    frames: VATM_FRAMES,
    defaultFrame: 'K2',
    frameAdjustPp: 10,
    weightTolerance: 0.05,
    exceed: 'flag',
  },
  rounding: { taskScore: ONE_DECIMAL, tasksTotal: ONE_DECIMAL, generalTotal: ONE_DECIMAL, total: ONE_DECIMAL },
};

/** The same with K/AD counted as full marks (the VATM app's GrantFull option). */
export const Q2026_VATM_09A_GRANT_FULL: Pack2 = {
  ...Q2026_VATM_09A,
  id: 'q2026-vatm-09a-grant-full',
  title: { vi: 'Quý: Mẫu 09A, K/AD tính đủ điểm', en: 'Quarter: form 09A, K/AD counted as full marks' },
  general: { ...Q2026_VATM_09A.general, notApplicable: { allowed: true, rule: 'grant-full' } },
};

/** Mẫu 09B (VATM, Q3/2026 only): direct points per axis, maxima 15/10/10/15/10/10. */
export const Q2026_VATM_09B: Pack2 = {
  format: 'tusoi.pack/2',
  id: 'q2026-vatm-09b',
  title: {
    vi: 'Quý III/2026: điểm trực tiếp theo 6 trục (Mẫu 09B, Quản lý bay)',
    en: 'Q3/2026: direct axis points (VATM form 09B)',
  },
  kinds: ALL_KINDS,
  source: {
    citation: `${VATM}, Mẫu 09B (điểm tối đa các trục 15/10/10/15/10/10, chỉ quý III/2026)`,
    grade: 'C',
    note: 'Văn bản không hướng dẫn chấm trong từng trục; trục không có nhiệm vụ phải ghi 0 rõ ràng.',
  },
  general: {
    groups: partyGroups('binary'),
    notApplicable: { allowed: true, rule: 'exclude-rescale' },
    deductionReasonMin: 1,
  },
  results: { mode: 'direct-axis', axes: axes([15, 10, 10, 15, 10, 10]), exceed: 'flag' },
  rounding: { generalTotal: ONE_DECIMAL, total: ONE_DECIMAL },
};

/** Axis caps × axis % (KTC Q3/2026 template for heads and deputies of offices: 40/7/8/5/5/5); the excess is recorded, not scored. */
export const Q2026_KTC_AXIS_CAPS: Pack2 = {
  format: 'tusoi.pack/2',
  id: 'q2026-ktc-axis-caps',
  title: {
    vi: 'Quý: điểm trần theo trục × % hoàn thành (Trường CĐ Kon Tum, Trưởng/Phó phòng)',
    en: 'Quarter: axis caps × completion % (Kon Tum college, heads of office)',
  },
  kinds: ['leader', 'staff'],
  source: {
    citation:
      'QĐ 1923/QĐ-CĐKT (30/8/2026) Đ10–12, Đ11.6 ("vượt 100% chỉ tính trần"); TB 817/TB-CĐKT (14/7/2026) 6 trục',
    grade: 'C',
    note: 'Đơn vị sự nghiệp (viên chức). Nhóm chung 13/12/5 chấm theo mức; tên tiêu chí là tên nhóm (chưa có nguyên văn).',
  },
  general: {
    groups: [
      {
        id: 'ktc-g1',
        vi: 'Nhóm 1: Chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật',
        mode: 'range',
        items: [{ id: 'ktc-1', vi: 'Nhóm tiêu chí 1', max: 13, verified: false }],
      },
      {
        id: 'ktc-g2',
        vi: 'Nhóm 2: Năng lực, thái độ, đổi mới sáng tạo',
        mode: 'range',
        items: [{ id: 'ktc-2', vi: 'Nhóm tiêu chí 2', max: 12, verified: false }],
      },
      {
        id: 'ktc-g3',
        vi: 'Nhóm 3: Tự phê bình và phê bình, khắc phục hạn chế',
        mode: 'range',
        items: [{ id: 'ktc-3', vi: 'Nhóm tiêu chí 3', max: 5, verified: false }],
      },
    ],
    deductionReasonMin: 1,
  },
  results: { mode: 'axis-caps', axes: axes([40, 7, 8, 5, 5, 5]), exceed: 'cap' },
  rounding: {
    taskScore: { decimals: 2, mode: 'half-up' },
    tasksTotal: { decimals: 2, mode: 'half-up' },
    total: { decimals: 2, mode: 'half-up' },
  },
};

/** CAND KPI: (A + B + C [+ D]) / n × 100, × 0,7; A, B, C at 3 decimals, KPI at 2; B, C up to 120%. */
export const Q2026_CAND_KPI: Pack2 = {
  format: 'tusoi.pack/2',
  id: 'q2026-cand-kpi',
  title: {
    vi: 'KPI × 0,7 (Công an nhân dân, HD 20-HD/ĐUCA)',
    en: 'KPI × 0.7 (People’s Public Security, HD 20-HD/ĐUCA)',
  },
  kinds: ALL_KINDS,
  source: {
    citation:
      'HD 20-HD/ĐUCA (Đảng ủy Công an Trung ương, 08/6/2026), Mục 3.a–d (A, B, C, D; vượt mức không quá 120%), Mục 5.3 (KPI × 0,7); phụ lục ví dụ (A, B, C 3 chữ số, KPI 2 chữ số)',
    grade: 'C',
    note: 'Trích từ một ứng dụng dẫn nguyên văn HD 20. D chỉ cho cán bộ lãnh đạo, chỉ huy. Tổng điểm không làm tròn.',
  },
  general: { groups: partyGroups('binary') },
  results: { mode: 'kpi-scaled', kpiFactor: 0.7, dLeadersOnly: true, exceed: 'score120' },
  rounding: { taskScore: { decimals: 3, mode: 'half-up' }, kpi: { decimals: 2, mode: 'half-up' } },
};

/**
 * Every built-in quarterly pack, deep-frozen: read-only data (what scoring derives from a pack is
 * then kept without checking it again on each call).
 */
export const BUILTIN_PACKS_2: readonly Pack2[] = deepFreeze([
  Q2026_VATM_09A,
  Q2026_VATM_09A_GRANT_FULL,
  Q2026_VATM_09B,
  Q2026_KTC_AXIS_CAPS,
  Q2026_CAND_KPI,
]);

/** A built-in quarterly pack by id. */
export function builtinPack2(id: string): Pack2 | undefined {
  // An indexed loop, not find() or for-of (the array is frozen): read on every quarter.
  for (let i = 0; i < BUILTIN_PACKS_2.length; i++) if (BUILTIN_PACKS_2[i]?.id === id) return BUILTIN_PACKS_2[i];
  return undefined;
}

/** Q26-09, CAND (HD 20-HD/ĐUCA Mục 3.a): B by revisions — 0: up to 120 (exceeding), 1: 75, 2–4: 50, 5–6: 25, 7+: 0. */
export const CAND_REVISION_CAPS = /* @__PURE__ */ deepFreeze({
  component: 'B',
  by: 'revisions',
  tiers: [
    { from: 0, cap: 120 },
    { from: 1, cap: 75 },
    { from: 2, cap: 50 },
    { from: 5, cap: 25 },
    { from: 7, cap: 0 },
  ],
  source: 'HD 20-HD/ĐUCA (Đảng ủy Công an Trung ương, 08/6/2026), Mục 3.a',
} as const satisfies NonNullable<Pack2['results']['componentCaps']>[number]);

/** Q26-09, CAND (HD 20-HD/ĐUCA Mục 3.a): C by reminders — 0: up to 120 (exceeding), 1: 75, 2: 50, 3: 25, 4+: 0. */
export const CAND_REMINDER_CAPS = /* @__PURE__ */ deepFreeze({
  component: 'C',
  by: 'reminders',
  tiers: [
    { from: 0, cap: 120 },
    { from: 1, cap: 75 },
    { from: 2, cap: 50 },
    { from: 3, cap: 25 },
    { from: 4, cap: 0 },
  ],
  source: 'HD 20-HD/ĐUCA (Đảng ủy Công an Trung ương, 08/6/2026), Mục 3.a',
} as const satisfies NonNullable<Pack2['results']['componentCaps']>[number]);

/** Q26-11, HCM (HD 06-HD/BTCTU through the unit's app, grade C): C by working days late — 0: 100, 1–3: 80, 4–5: 60, over 5: 0. */
export const HCM_LATE_DAY_CAPS = /* @__PURE__ */ deepFreeze({
  component: 'C',
  by: 'daysLate',
  tiers: [
    { from: 0, cap: 100 },
    { from: 1, cap: 80 },
    { from: 4, cap: 60 },
    { from: 6, cap: 0 },
  ],
  source: 'Hướng dẫn 06-HD/BTCTU (TP. Hồ Chí Minh) qua ứng dụng của đơn vị (calculateProgressPct)',
} as const satisfies NonNullable<Pack2['results']['componentCaps']>[number]);
