import { type Level, type Message, type Q26RuleId, Q2026_RULES, type RuleId } from '@tusoi/rubric-core';
import ex01 from '@tusoi/rubric-core/examples/01-staff-htxsnv-boundary.json';
import ex02 from '@tusoi/rubric-core/examples/02-staff-httnv-cascade.json';
import ex04 from '@tusoi/rubric-core/examples/04-staff-gap-unfinished.json';
import ex05 from '@tusoi/rubric-core/examples/05-staff-score-49-9.json';
import ex06 from '@tusoi/rubric-core/examples/06-staff-degradation.json';
import ex07 from '@tusoi/rubric-core/examples/07-staff-prohibited-acts.json';
import ex08 from '@tusoi/rubric-core/examples/08-staff-example-duty-mitigated.json';
import ex09 from '@tusoi/rubric-core/examples/09-staff-discipline-duty.json';
import ex10 from '@tusoi/rubric-core/examples/10-staff-not-completed-over-50.json';
import ex11 from '@tusoi/rubric-core/examples/11-member-outside-prior-unfixed.json';
import ex12 from '@tusoi/rubric-core/examples/12-collective-subordinate-disciplined.json';
import ex13 from '@tusoi/rubric-core/examples/13-leadership-collective-personnel.json';
import ex14 from '@tusoi/rubric-core/examples/14-leadership-collective-member-degradation.json';
import ex15 from '@tusoi/rubric-core/examples/15-leadership-collective-discipline-previous-unit.json';
import ex16 from '@tusoi/rubric-core/examples/16-leadership-collective-under-70-force-majeure.json';
import ex17 from '@tusoi/rubric-core/examples/17-leadership-collective-targets.json';
import ex18 from '@tusoi/rubric-core/examples/18-leader-htxsnv.json';
import ex19 from '@tusoi/rubric-core/examples/19-leader-units-under-70.json';
import ex20 from '@tusoi/rubric-core/examples/20-leader-targets.json';
import ex21 from '@tusoi/rubric-core/examples/21-leader-units-rated-over-50.json';
import ex22 from '@tusoi/rubric-core/examples/22-leader-low-confidence.json';
import ex23 from '@tusoi/rubric-core/examples/23-leader-central-discipline-self-reported.json';
import ex24 from '@tusoi/rubric-core/examples/24-leader-central-corruption.json';
import ex25 from '@tusoi/rubric-core/examples/25-leader-degradation.json';
import ex26 from '@tusoi/rubric-core/examples/26-collective-htnv.json';
import ex27 from '@tusoi/rubric-core/examples/27-leadership-collective-member-discipline.json';
import q01 from '@tusoi/rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json';
import q02 from '@tusoi/rubric-core/examples/q02-staff-cand-kpi.json';
import q03 from '@tusoi/rubric-core/examples/q03-leader-kad-rescale.json';
import type { PolicyOptions } from './state';

/** A teaching case: the facts, the expected result, and the article that decides it. */
export interface Scenario {
  /** Stable id, used in shared links. */
  readonly id: string;
  readonly title: Message;
  /** What the case teaches. */
  readonly lesson: Message;
  readonly assessment: Record<string, unknown>;
  readonly options?: PolicyOptions;
  readonly expected: {
    readonly level: Level | null;
    readonly decision: 'rule' | 'discretion';
    readonly candidates: readonly Level[];
    /** The reason that decides the case: its rule, outcome and citation. */
    readonly rule: RuleId | Q26RuleId;
    readonly outcome: 'passed' | 'failed' | 'triggered' | 'mitigated' | 'applied';
    readonly cite: string;
  };
}

const QD = 'QĐ 366-QĐ/TW, Điều 11';
const K1 = `${QD}, khoản 1`;
const K2 = `${QD}, khoản 2`;
const K3 = `${QD}, khoản 3`;
const K4 = `${QD}, khoản 4`;
const K4_MITIGATED = `${K4} (đoạn "cấp có thẩm quyền ... xem xét, đánh giá, xếp loại")`;

const rule = (level: Level, id: Scenario['expected']['rule'], outcome: Scenario['expected']['outcome'], cite: string) =>
  ({ level, decision: 'rule', candidates: [], rule: id, outcome, cite }) as const;
const discretion = (candidates: readonly Level[], id: RuleId, outcome: Scenario['expected']['outcome'], cite: string) =>
  ({ level: null, decision: 'discretion', candidates, rule: id, outcome, cite }) as const;

// A staff member with every task on time: the base of the score-band boundaries.
const staff = (general: number, results: number, exceeded = 0, extra: Record<string, unknown> = {}) => ({
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  scores: { general, results },
  tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded, late: 0 },
  ...extra,
});

/** The scenario library: every khoản 4 trigger, every discretion case, the boundaries. */
export const SCENARIOS: readonly Scenario[] = [
  // Score bands and their boundaries.
  {
    id: 'diem-90',
    title: { vi: 'Đúng 90 điểm (29,9 + 60,1), 30% vượt mức', en: 'Exactly 90 (29.9 + 60.1), 30% exceeded' },
    lesson: {
      vi: 'Cộng điểm chính xác: 29,9 + 60,1 là đúng 90, và 3/10 là đúng 30%; đủ điều kiện xuất sắc.',
      en: 'Exact sums: 29.9 + 60.1 is exactly 90 and 3/10 exactly 30%, so HTXSNV holds.',
    },
    assessment: ex01,
    expected: rule('HTXSNV', 'R366-11', 'passed', `${K1}, điểm 1.3`),
  },
  {
    id: 'diem-89-9',
    title: { vi: '89,9 điểm: thiếu 0,1 cho xuất sắc', en: '89.9: 0.1 short of HTXSNV' },
    lesson: { vi: 'Dưới 90 thì không thể HTXSNV, dù mọi điều kiện khác đều đạt.', en: 'Below 90 there is no HTXSNV.' },
    assessment: staff(29.9, 60, 3),
    expected: rule('HTTNV', 'R366-05', 'failed', K1),
  },
  {
    id: 'diem-70',
    title: { vi: 'Đúng 70 điểm', en: 'Exactly 70' },
    lesson: { vi: '70 điểm, nhiệm vụ đúng hạn: Hoàn thành tốt nhiệm vụ.', en: '70 with every task on time: HTTNV.' },
    assessment: staff(30, 40),
    expected: rule('HTTNV', 'R366-06', 'passed', K2),
  },
  {
    id: 'diem-69-9',
    title: { vi: '69,9 điểm', en: '69.9' },
    lesson: { vi: 'Thiếu 0,1 điểm cho HTTNV: xuống HTNV.', en: '0.1 short of HTTNV: HTNV.' },
    assessment: staff(29.9, 40),
    expected: rule('HTNV', 'R366-06', 'failed', K2),
  },
  {
    id: 'diem-50',
    title: { vi: 'Đúng 50 điểm', en: 'Exactly 50' },
    lesson: { vi: '50 điểm là mức thấp nhất của HTNV.', en: '50 is the lowest HTNV score.' },
    assessment: staff(20, 30),
    expected: rule('HTNV', 'R366-07', 'passed', K3),
  },
  {
    id: 'diem-49-9',
    title: { vi: '49,9 điểm', en: '49.9' },
    lesson: {
      vi: 'Dưới 50 điểm là Không hoàn thành nhiệm vụ; trường hợp này không được xem xét giảm nhẹ.',
      en: 'Below 50 is KHTNV, with no mitigation.',
    },
    assessment: ex05,
    expected: rule('KHTNV', 'R366-08', 'triggered', K4),
  },
  {
    id: 'vuot-muc-20',
    title: { vi: '95 điểm nhưng chỉ 20% vượt mức', en: '95 points, only 20% exceeded' },
    lesson: {
      vi: 'Điểm cao chưa đủ: HTXSNV cần ít nhất 30% nhiệm vụ vượt mức; theo mặc định xuống HTTNV.',
      en: 'A high score is not enough: HTXSNV needs 30% exceeded; by default the case falls to HTTNV.',
    },
    assessment: ex02,
    expected: rule('HTTNV', 'R366-11', 'failed', `${K1}, điểm 1.3`),
  },
  {
    id: 'cham-20',
    title: { vi: 'Chậm tiến độ đúng 20%', en: 'Exactly 20% late' },
    lesson: {
      vi: '2/10 nhiệm vụ chậm tiến độ vẫn là HTNV (tối đa 20%).',
      en: '2 of 10 late is still HTNV (20% at most).',
    },
    // 2 of 10 late (the example file has 1 of 12, which does not show the boundary).
    assessment: staff(27.5, 64, 4, {
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 8, exceeded: 4, late: 2 },
    }),
    expected: rule('HTNV', 'R366-17', 'passed', K3),
  },
  {
    id: 'cham-30',
    title: { vi: 'Chậm tiến độ 30%', en: '30% late' },
    lesson: {
      vi: 'Quá 20% chậm tiến độ thì không mức nào đủ điều kiện, mà khoản 4 cũng không áp dụng: văn bản im lặng, cấp có thẩm quyền quyết định.',
      en: 'Over 20% late: no level holds and no trigger fires; the text is silent, so the competent level decides.',
    },
    assessment: staff(28, 55, 0, {
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 7, exceeded: 0, late: 3 },
    }),
    expected: discretion(['HTNV', 'KHTNV'], 'R366-17', 'failed', K3),
  },
  {
    id: 'khoang-trong',
    title: { vi: '85 điểm, một việc chưa xong', en: '85 points, one task unfinished' },
    lesson: {
      vi: 'Khoảng trống của văn bản: Tự Soi không đoán mà nêu hai khả năng cho cấp có thẩm quyền.',
      en: 'A gap in the text: Tự Soi does not guess; it names both outcomes for the competent level.',
    },
    assessment: ex04,
    expected: discretion(['HTNV', 'KHTNV'], 'R366-17', 'failed', K3),
  },
  {
    id: 'khoang-trong-khtnv',
    title: { vi: 'Khoảng trống, cách hiểu: xếp KHTNV', en: 'The gap, read as KHTNV' },
    lesson: {
      vi: 'Cùng trường hợp, nếu cấp uỷ chọn cách hiểu chặt thì ra KHTNV: đây là lựa chọn chính sách, không phải quy định.',
      en: 'The same case under the strict reading gives KHTNV: a policy choice, not the rule.',
    },
    assessment: ex04,
    options: { gap: 'KHTNV' },
    expected: rule('KHTNV', 'R366-17', 'failed', K3),
  },
  {
    id: 'khung-chat',
    title: { vi: '95 điểm, 20% vượt mức, đọc khung điểm chặt', en: '95, 20% exceeded, strict bands' },
    lesson: {
      vi: 'Đọc chặt "từ 70 đến dưới 90" thì 95 điểm không thuộc khung HTTNV: cấp có thẩm quyền quyết định.',
      en: 'Reading "70 to under 90" strictly, 95 is outside the HTTNV band: the competent level decides.',
    },
    assessment: ex02,
    options: { bands: 'strict' },
    expected: discretion(['HTTNV', 'HTNV'], 'R366-11', 'failed', `${K1}, điểm 1.3`),
  },
  // Khoản 4, individuals without a post (and members outside the system).
  {
    id: 'suy-thoai',
    title: { vi: 'Bị kết luận suy thoái', en: 'Concluded degraded' },
    lesson: {
      vi: 'Kết luận suy thoái của cấp có thẩm quyền dẫn tới KHTNV dù 90 điểm. Tự soi 27 biểu hiện thì không.',
      en: 'A conclusion of degradation gives KHTNV even at 90. A self-check does not.',
    },
    assessment: ex06,
    expected: rule('KHTNV', 'R366-20', 'triggered', K4),
  },
  {
    id: 'dieu-cam',
    title: { vi: 'Vi phạm điều đảng viên không được làm', en: 'Violated what members must not do' },
    lesson: { vi: 'Một trường hợp khoản 4: KHTNV.', en: 'A khoản 4 trigger: KHTNV.' },
    assessment: ex07,
    expected: rule('KHTNV', 'R366-20', 'triggered', K4),
  },
  {
    id: 'neu-guong-giam-nhe',
    title: {
      vi: 'Vi phạm nêu gương, tự phát hiện và khắc phục',
      en: 'Example duty violated, self-detected and remedied',
    },
    lesson: {
      vi: 'Có tình tiết giảm nhẹ thì văn bản để cấp có thẩm quyền "xem xét": hai khả năng, không tự động KHTNV.',
      en: 'With mitigation the text leaves it to the competent level: two outcomes, not an automatic KHTNV.',
    },
    assessment: ex08,
    expected: discretion(['HTTNV', 'KHTNV'], 'R366-20', 'mitigated', K4_MITIGATED),
  },
  {
    id: 'neu-guong-khong-giam-nhe',
    title: { vi: 'Cùng vi phạm, cách hiểu: không giảm nhẹ', en: 'The same, read without mitigation' },
    lesson: {
      vi: 'Nếu không xét giảm nhẹ thì trường hợp khoản 4 vẫn cho KHTNV.',
      en: 'Without mitigation the trigger still gives KHTNV.',
    },
    assessment: ex08,
    options: { mitigation: 'none' },
    expected: rule('KHTNV', 'R366-20', 'triggered', K4),
  },
  {
    id: 'ky-luat-cong-vu',
    title: { vi: 'Bị kỷ luật liên quan công vụ', en: 'Duty-related discipline' },
    lesson: { vi: 'Kỷ luật từ khiển trách trở lên, liên quan công vụ: KHTNV.', en: 'Duty-related discipline: KHTNV.' },
    assessment: ex09,
    expected: rule('KHTNV', 'R366-20', 'triggered', K4),
  },
  {
    id: 'khong-hoan-thanh-50',
    title: { vi: 'Hơn 50% nhiệm vụ không hoàn thành', en: 'Over 50% of tasks not completed' },
    lesson: { vi: '6/10 việc không hoàn thành: KHTNV.', en: '6 of 10 tasks not completed: KHTNV.' },
    assessment: ex10,
    expected: rule('KHTNV', 'R366-20', 'triggered', K4),
  },
  {
    id: 'han-che-ky-truoc',
    title: { vi: 'Còn hạn chế kỳ trước chưa khắc phục', en: 'A previous shortcoming not fixed' },
    lesson: {
      vi: 'HTXSNV đòi khắc phục 100% hạn chế kỳ trước; còn một việc thì xuống HTTNV.',
      en: 'HTXSNV needs every previous shortcoming fixed; one left gives HTTNV.',
    },
    assessment: ex11,
    expected: rule('HTTNV', 'R366-12', 'failed', `${K1}, điểm 1.4`),
  },
  // Collectives.
  {
    id: 'tap-the-truc-thuoc-ky-luat',
    title: { vi: 'Tập thể có đơn vị trực thuộc bị kỷ luật', en: 'A collective with a disciplined subordinate' },
    lesson: {
      vi: 'Không được HTXSNV khi có đơn vị trực thuộc bị kỷ luật.',
      en: 'No HTXSNV with a disciplined subordinate.',
    },
    assessment: ex12,
    expected: rule('HTTNV', 'R366-09', 'failed', `${K1}, điểm 1.1`),
  },
  {
    id: 'tap-the-htnv',
    title: { vi: 'Tập thể hoàn thành nhiệm vụ', en: 'A collective at HTNV' },
    lesson: { vi: 'Một tập thể ở mức HTNV.', en: 'A collective at HTNV.' },
    assessment: ex26,
    expected: rule('HTNV', 'R366-06', 'failed', K2),
  },
  {
    id: 'tttl-cong-tac-can-bo',
    title: { vi: 'Tập thể lãnh đạo: sai phạm công tác cán bộ', en: 'Leadership collective: personnel violation' },
    lesson: { vi: 'Sai phạm công tác cán bộ, mất đoàn kết: KHTNV.', en: 'Personnel violation or disunity: KHTNV.' },
    assessment: ex13,
    expected: rule('KHTNV', 'R366-18', 'triggered', K4),
  },
  {
    id: 'tttl-thanh-vien-suy-thoai',
    title: { vi: 'Tập thể lãnh đạo: thành viên suy thoái', en: 'Leadership collective: a member degraded' },
    lesson: { vi: 'Thành viên bị kết luận suy thoái: KHTNV.', en: 'A member concluded degraded: KHTNV.' },
    assessment: ex14,
    expected: rule('KHTNV', 'R366-18', 'triggered', K4),
  },
  {
    id: 'tttl-ky-luat-don-vi-cu',
    title: {
      vi: 'Tập thể lãnh đạo: thành viên bị kỷ luật vì vi phạm ở đơn vị cũ',
      en: 'Member disciplined for a previous unit',
    },
    lesson: {
      vi: 'Vi phạm ở đơn vị cũ không tính cho tập thể hiện tại: không phải KHTNV.',
      en: 'A violation at a previous unit does not count against this collective.',
    },
    assessment: ex15,
    expected: rule('HTTNV', 'R366-05', 'failed', K1),
  },
  {
    id: 'tttl-ky-luat-thanh-vien',
    title: { vi: 'Tập thể lãnh đạo: thành viên bị kỷ luật', en: 'Leadership collective: a member disciplined' },
    lesson: { vi: 'Thành viên bị kỷ luật (không thuộc ngoại lệ): KHTNV.', en: 'A member disciplined: KHTNV.' },
    assessment: ex27,
    expected: rule('KHTNV', 'R366-18', 'triggered', K4),
  },
  {
    id: 'tttl-duoi-70-bat-kha-khang',
    title: { vi: 'Tập thể lãnh đạo: hoàn thành dưới 70%, bất khả kháng', en: 'Under 70% completed, force majeure' },
    lesson: {
      vi: 'Dưới 70% là trường hợp khoản 4, nhưng có lý do bất khả kháng thì cấp có thẩm quyền xem xét.',
      en: 'Under 70% is a trigger, but force majeure leaves it to the competent level.',
    },
    assessment: ex16,
    expected: discretion(['HTNV', 'KHTNV'], 'R366-18', 'mitigated', K4_MITIGATED),
  },
  {
    id: 'tttl-chi-tieu',
    title: { vi: 'Tập thể lãnh đạo: không đạt chỉ tiêu KT-XH', en: 'Leadership collective: targets missed' },
    lesson: { vi: 'Không hoàn thành chỉ tiêu KT-XH cơ bản: KHTNV.', en: 'Basic socio-economic targets missed: KHTNV.' },
    assessment: ex17,
    expected: rule('KHTNV', 'R366-18', 'triggered', K4),
  },
  // Leaders.
  {
    id: 'lanh-dao-xuat-sac',
    title: { vi: 'Lãnh đạo xuất sắc', en: 'A leader at HTXSNV' },
    lesson: {
      vi: 'Lãnh đạo được xét theo đơn vị mình trực tiếp lãnh đạo: 100% hoàn thành, ít nhất 30% vượt mức.',
      en: 'Leaders are judged on the units they lead: all completed, 30% exceeded.',
    },
    assessment: ex18,
    expected: rule('HTXSNV', 'R366-10', 'passed', `${K1}, điểm 1.2`),
  },
  {
    id: 'lanh-dao-duoi-70',
    title: { vi: 'Lãnh đạo: đơn vị hoàn thành dưới 70%', en: 'Leader: units under 70%' },
    lesson: { vi: 'Đơn vị lãnh đạo hoàn thành dưới 70%: KHTNV.', en: 'Units led under 70%: KHTNV.' },
    assessment: ex19,
    expected: rule('KHTNV', 'R366-19', 'triggered', K4),
  },
  {
    id: 'lanh-dao-chi-tieu',
    title: { vi: 'Lãnh đạo: không đạt chỉ tiêu KT-XH', en: 'Leader: targets missed' },
    lesson: { vi: 'Không đạt chỉ tiêu KT-XH cơ bản: KHTNV.', en: 'Targets missed: KHTNV.' },
    assessment: ex20,
    expected: rule('KHTNV', 'R366-19', 'triggered', K4),
  },
  {
    id: 'lanh-dao-don-vi-khtnv',
    title: { vi: 'Lãnh đạo: hơn 50% đơn vị phụ trách KHTNV', en: 'Leader: over 50% of units KHTNV' },
    lesson: { vi: '4/6 đơn vị KHTNV (hơn 50%): KHTNV.', en: '4 of 6 units KHTNV: KHTNV.' },
    assessment: ex21,
    expected: rule('KHTNV', 'R366-19', 'triggered', K4),
  },
  {
    id: 'lanh-dao-don-vi-50',
    title: { vi: 'Lãnh đạo: đúng 50% đơn vị KHTNV', en: 'Leader: exactly 50% of units KHTNV' },
    lesson: {
      vi: '3/6 là đúng 50%, chưa "quá 50%": không phải trường hợp khoản 4; 84 điểm cho HTTNV.',
      en: '3 of 6 is 50%, not over 50%: no trigger; 84 points give HTTNV.',
    },
    assessment: { ...ex21, ledUnits: { ...ex21.ledUnits, unitsRatedNotCompleted: 3 } },
    expected: rule('HTTNV', 'R366-19', 'passed', K4),
  },
  {
    id: 'lanh-dao-tin-nhiem',
    title: { vi: 'Lãnh đạo: hơn 50% phiếu tín nhiệm thấp', en: 'Leader: over 50% low-confidence votes' },
    lesson: { vi: 'Trên 50% phiếu tín nhiệm thấp: KHTNV.', en: 'Over 50% low confidence: KHTNV.' },
    assessment: ex22,
    expected: rule('KHTNV', 'R366-19', 'triggered', K4),
  },
  {
    id: 'lanh-dao-ky-luat-tu-giac',
    title: {
      vi: 'Cán bộ diện TW quản lý: kỷ luật, đã tự giác nhận lỗi',
      en: 'Central leader: discipline, self-reported',
    },
    lesson: {
      vi: 'Tự giác nhận lỗi, khắc phục xong: cấp có thẩm quyền xem xét.',
      en: 'Self-reported and remedied: for the competent level to consider.',
    },
    assessment: ex23,
    expected: discretion(['HTTNV', 'KHTNV'], 'R366-19', 'mitigated', K4_MITIGATED),
  },
  {
    id: 'lanh-dao-tham-nhung',
    title: {
      vi: 'Cán bộ diện TW quản lý: tham nhũng trong phạm vi quản lý',
      en: 'Central leader: corruption in scope',
    },
    lesson: { vi: 'Để xảy ra tham nhũng trong phạm vi quản lý, bị kỷ luật: KHTNV.', en: 'Corruption in scope: KHTNV.' },
    assessment: ex24,
    expected: rule('KHTNV', 'R366-19', 'triggered', K4),
  },
  {
    id: 'lanh-dao-suy-thoai',
    title: { vi: 'Lãnh đạo: bị kết luận suy thoái', en: 'Leader: concluded degraded' },
    lesson: { vi: 'Suy thoái: KHTNV.', en: 'Degradation: KHTNV.' },
    assessment: ex25,
    expected: rule('KHTNV', 'R366-19', 'triggered', K4),
  },
  // The 2026 quarterly review (ruleset q2026): the worked examples of the implementing documents.
  {
    id: 'quy-vatm-tc1-khung-k2',
    title: {
      vi: 'Quý III/2026: 5 sản phẩm, khung K2 (ví dụ TC-1 của Quản lý bay)',
      en: 'Q3/2026: five products, frame K2 (VATM example TC-1)',
    },
    lesson: {
      vi: 'Điểm từng sản phẩm = (A·15% + B·50% + C·15% + D·20%) × trọng số / 100, làm tròn 1 chữ số: 29,3 + 14,1 + 10 + 9,6 + 4,6 = 67,6; cộng 30 điểm chung là 97,6; 2/5 sản phẩm vượt chuẩn (40%).',
      en: 'Each task = (A·15% + B·50% + C·15% + D·20%) × weight / 100, to one decimal: 29.3 + 14.1 + 10 + 9.6 + 4.6 = 67.6; with 30 general, 97.6; 2 of 5 exceeded (40%).',
    },
    assessment: q01,
    expected: rule('HTXSNV', 'Q26-05', 'applied', Q2026_RULES['Q26-05'].cite),
  },
  {
    id: 'quy-khung-k2-dieu-chinh',
    title: {
      vi: 'Quý III/2026: khung K2 được điều chỉnh tỷ trọng (A 25%, B 40%)',
      en: 'Q3/2026: frame K2 with adjusted weights (A 25%, B 40%)',
    },
    lesson: {
      vi: 'Cấp giao nhiệm vụ được điều chỉnh mỗi tỷ trọng trong khoảng ±10 điểm phần trăm so với khung, tổng vẫn 100%: K2 15/50/15/20 thành 25/40/15/20 cho 29,4 + 14,3 + 10 + 9,6 + 4,6 = 67,9, tổng 97,9. Thử A = 26%: lệch quá 10 điểm phần trăm, chưa xếp loại được.',
      en: 'The assigning level may move each weight by up to ±10 percentage points from the frame, still adding to 100%: K2 15/50/15/20 as 25/40/15/20 gives 29.4 + 14.3 + 10 + 9.6 + 4.6 = 67.9, total 97.9. Try A = 26%: more than 10 pp off, no level.',
    },
    assessment: { ...q01, frame: { id: 'K2', A: 25, B: 40 } },
    expected: rule('HTXSNV', 'Q26-05', 'applied', Q2026_RULES['Q26-05'].cite),
  },
  {
    id: 'quy-kad-tinh-lai',
    title: {
      vi: 'Quý: tiêu chí "K/AD" tính lại theo tỷ lệ (26/28 → 27,9)',
      en: 'Quarter: a K/AD criterion rescaled (26/28 → 27.9)',
    },
    lesson: {
      vi: 'Tiêu chí không áp dụng phải nêu lý do; bảng này tính lại nhóm chung theo tỷ lệ: 26 điểm trên 28 điểm áp dụng × 30 = 27,9.',
      en: 'A not-applicable criterion needs a reason; this pack rescales the general group: 26 of 28 applicable points × 30 = 27.9.',
    },
    assessment: q03,
    expected: rule('HTXSNV', 'Q26-21', 'applied', Q2026_RULES['Q26-21'].cite),
  },
  {
    id: 'quy-cong-an-kpi',
    title: {
      vi: 'Công an nhân dân: KPI × 0,7 (A = C = 1, B = 0,939)',
      en: 'People’s Public Security: KPI × 0.7 (A = C = 1, B = 0.939)',
    },
    lesson: {
      vi: 'KPI = (1 + 0,939 + 1) / 3 × 100 = 97,97; tổng 30 + 97,97 × 0,7 = 98,579. Không nhiệm vụ nào vượt mức nên chỉ Hoàn thành tốt.',
      en: 'KPI = (1 + 0.939 + 1) / 3 × 100 = 97.97; total 30 + 97.97 × 0.7 = 98.579. No task exceeded, so HTTNV only.',
    },
    assessment: q02,
    expected: rule('HTTNV', 'Q26-08', 'applied', Q2026_RULES['Q26-08'].cite),
  },
];

/** A scenario by id. */
export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
