import type { Message } from '../message.js';

/** Confidence grade of a rule's source (see shared/reference/README.md). */
export type Grade = 'A' | 'B' | 'C' | 'X';

/** A rule of the qd366 ruleset: id, citation, grade and a short title. */
export interface RuleInfo {
  /** Rule id, as in the reference (R366-xx). */
  readonly id: string;
  /** Document, article, clause. */
  readonly cite: string;
  /** A = verbatim normative text; X = Tự Soi's interpretation where the text is silent. */
  readonly grade: Grade;
  /** What the rule says, briefly. */
  readonly title: Message;
}

const QD = 'QĐ 366-QĐ/TW';

function rule(id: string, cite: string, grade: Grade, vi: string, en: string): RuleInfo {
  return { id, cite, grade, title: { vi, en } };
}

/** The rules of the qd366 ruleset that classify and applyQuota cite, by id. */
export const QD366_RULES = {
  'R366-02': rule(
    'R366-02',
    `${QD}, Điều 10 và Phụ lục 1–5`,
    'A',
    'Nhóm tiêu chí chung tối đa 30 điểm, nhóm kết quả thực hiện nhiệm vụ tối đa 70 điểm; tổng điểm là tổng hai nhóm.',
    'General criteria up to 30 points, task results up to 70; the total is their sum.',
  ),
  'R366-05': rule(
    'R366-05',
    `${QD}, Điều 11, khoản 1`,
    'A',
    'Hoàn thành xuất sắc nhiệm vụ: tổng điểm từ 90 trở lên.',
    'HTXSNV: total of 90 or more.',
  ),
  'R366-06': rule(
    'R366-06',
    `${QD}, Điều 11, khoản 2`,
    'A',
    'Hoàn thành tốt nhiệm vụ: tổng điểm từ 70 đến dưới 90.',
    'HTTNV: total from 70 to under 90.',
  ),
  'R366-07': rule(
    'R366-07',
    `${QD}, Điều 11, khoản 3`,
    'A',
    'Hoàn thành nhiệm vụ: tổng điểm từ 50 đến dưới 70.',
    'HTNV: total from 50 to under 70.',
  ),
  'R366-08': rule(
    'R366-08',
    `${QD}, Điều 11, khoản 4`,
    'A',
    'Không hoàn thành nhiệm vụ: tổng điểm dưới 50.',
    'KHTNV: total under 50.',
  ),
  'R366-09': rule(
    'R366-09',
    `${QD}, Điều 11, khoản 1, điểm 1.1`,
    'A',
    'Tập thể xuất sắc: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, ít nhất 30% vượt mức; không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật.',
    'Collective HTXSNV: all tasks on time with quality, at least 30% exceeded; no subordinate unit or leadership member disciplined.',
  ),
  'R366-10': rule(
    'R366-10',
    `${QD}, Điều 11, khoản 1, điểm 1.2`,
    'A',
    'Lãnh đạo, quản lý xuất sắc: các đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, ít nhất 30% vượt mức.',
    'Leader HTXSNV: the units led complete all tasks, at least 30% exceeded.',
  ),
  'R366-11': rule(
    'R366-11',
    `${QD}, Điều 11, khoản 1, điểm 1.3`,
    'A',
    'Cá nhân không giữ chức vụ, đảng viên ngoài hệ thống chính trị xuất sắc: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, ít nhất 30% vượt mức.',
    'Staff / members outside the system HTXSNV: all tasks on time with quality, at least 30% exceeded.',
  ),
  'R366-12': rule(
    'R366-12',
    `${QD}, Điều 11, khoản 1, điểm 1.4`,
    'A',
    'Xuất sắc: đã khắc phục 100% hạn chế, khuyết điểm chỉ ra ở kỳ kiểm điểm trước (nếu có).',
    'HTXSNV: every shortcoming named at the previous review fixed (if any).',
  ),
  'R366-13': rule(
    'R366-13',
    `${QD}, Điều 11, khoản 1, điểm 1.5`,
    'A',
    'Số được xếp loại xuất sắc không vượt quá 20% (hoặc 25% khi cấp có thẩm quyền quyết định) số được xếp loại hoàn thành tốt nhiệm vụ.',
    'HTXSNV may not exceed 20% (25% where the competent level decides) of those rated HTTNV.',
  ),
  'R366-14': rule(
    'R366-14',
    `${QD}, Điều 11, khoản 2`,
    'A',
    'Tập thể hoàn thành tốt: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả.',
    'Collective HTTNV: all tasks on time with quality.',
  ),
  'R366-15': rule(
    'R366-15',
    `${QD}, Điều 11, khoản 2`,
    'A',
    'Lãnh đạo, quản lý hoàn thành tốt: các đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ đúng hạn, bảo đảm chất lượng.',
    'Leader HTTNV: the units led complete all tasks on time with quality.',
  ),
  'R366-16': rule(
    'R366-16',
    `${QD}, Điều 11, khoản 2`,
    'A',
    'Cá nhân hoàn thành tốt: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả.',
    'Staff HTTNV: all tasks on time with quality.',
  ),
  'R366-17': rule(
    'R366-17',
    `${QD}, Điều 11, khoản 3`,
    'A',
    'Hoàn thành nhiệm vụ: hoàn thành 100% nhiệm vụ; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%.',
    'HTNV: all tasks completed; late tasks no more than 20%.',
  ),
  'R366-18': rule(
    'R366-18',
    `${QD}, Điều 11, khoản 4`,
    'A',
    'Tập thể lãnh đạo, quản lý không hoàn thành nhiệm vụ khi thuộc một trong các trường hợp của khoản 4.',
    'Leadership collective KHTNV when any case of clause 4 applies.',
  ),
  'R366-19': rule(
    'R366-19',
    `${QD}, Điều 11, khoản 4`,
    'A',
    'Cá nhân lãnh đạo, quản lý không hoàn thành nhiệm vụ khi thuộc một trong các trường hợp của khoản 4.',
    'Leader KHTNV when any case of clause 4 applies.',
  ),
  'R366-20': rule(
    'R366-20',
    `${QD}, Điều 11, khoản 4`,
    'A',
    'Cá nhân không giữ chức vụ, đảng viên ngoài hệ thống chính trị không hoàn thành nhiệm vụ khi thuộc một trong các trường hợp của khoản 4.',
    'Staff / members outside the system KHTNV when any case of clause 4 applies.',
  ),
  'R366-21': rule(
    'R366-21',
    `${QD}, Điều 11 (cách hiểu của Tự Soi)`,
    'X',
    'Xét từ mức cao xuống; một mức áp dụng khi đủ điểm và đủ điều kiện; trường hợp văn bản không quy định rõ do cấp có thẩm quyền xem xét.',
    'Levels are tried from the highest; a level applies when its score and conditions hold; where the text is silent the competent level decides.',
  ),
} as const satisfies Record<string, RuleInfo>;

/** A rule id of the qd366 ruleset. */
export type RuleId = keyof typeof QD366_RULES;

/** Citation of the mitigation paragraph that follows each list of Điều 11 khoản 4. */
export const MITIGATION_CITE = `${QD}, Điều 11, khoản 4 (đoạn "cấp có thẩm quyền ... xem xét, đánh giá, xếp loại")`;
