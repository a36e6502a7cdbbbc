import { deepFreeze } from '../../internal/frozen.js';
import type { Message } from '../../message.js';
import type { RuleId } from './rules.js';

/** What each rule of the qd366 ruleset says, briefly (for docs, the playground and the CLI). */
export const QD366_RULE_TITLES: Readonly<Record<RuleId, Message>> = /* @__PURE__ */ deepFreeze({
  'R366-02': {
    vi: 'Nhóm tiêu chí chung tối đa 30 điểm, nhóm kết quả thực hiện nhiệm vụ tối đa 70 điểm; tổng điểm là tổng hai nhóm.',
    en: 'General criteria up to 30 points, task results up to 70; the total is their sum.',
  },
  'R366-05': {
    vi: 'Hoàn thành xuất sắc nhiệm vụ: tổng điểm từ 90 trở lên.',
    en: 'HTXSNV: total of 90 or more.',
  },
  'R366-06': {
    vi: 'Hoàn thành tốt nhiệm vụ: tổng điểm từ 70 đến dưới 90.',
    en: 'HTTNV: total from 70 to under 90.',
  },
  'R366-07': {
    vi: 'Hoàn thành nhiệm vụ: tổng điểm từ 50 đến dưới 70.',
    en: 'HTNV: total from 50 to under 70.',
  },
  'R366-08': {
    vi: 'Không hoàn thành nhiệm vụ: tổng điểm dưới 50.',
    en: 'KHTNV: total under 50.',
  },
  'R366-09': {
    vi: 'Tập thể xuất sắc: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, ít nhất 30% vượt mức; không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật.',
    en: 'Collective HTXSNV: all tasks on time with quality, at least 30% exceeded; no subordinate unit or leadership member disciplined.',
  },
  'R366-10': {
    vi: 'Lãnh đạo, quản lý xuất sắc: các đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, ít nhất 30% vượt mức.',
    en: 'Leader HTXSNV: the units led complete all tasks, at least 30% exceeded.',
  },
  'R366-11': {
    vi: 'Cá nhân không giữ chức vụ, đảng viên ngoài hệ thống chính trị xuất sắc: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, ít nhất 30% vượt mức.',
    en: 'Staff / members outside the system HTXSNV: all tasks on time with quality, at least 30% exceeded.',
  },
  'R366-12': {
    vi: 'Xuất sắc: đã khắc phục 100% hạn chế, khuyết điểm chỉ ra ở kỳ kiểm điểm trước (nếu có).',
    en: 'HTXSNV: every shortcoming named at the previous review fixed (if any).',
  },
  'R366-13': {
    vi: 'Số được xếp loại xuất sắc không vượt quá 20% (hoặc 25% khi cấp có thẩm quyền quyết định) số được xếp loại hoàn thành tốt nhiệm vụ.',
    en: 'HTXSNV may not exceed 20% (25% where the competent level decides) of those rated HTTNV.',
  },
  'R366-14': {
    vi: 'Tập thể hoàn thành tốt: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả.',
    en: 'Collective HTTNV: all tasks on time with quality.',
  },
  'R366-15': {
    vi: 'Lãnh đạo, quản lý hoàn thành tốt: các đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ đúng hạn, bảo đảm chất lượng.',
    en: 'Leader HTTNV: the units led complete all tasks on time with quality.',
  },
  'R366-16': {
    vi: 'Cá nhân hoàn thành tốt: 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả.',
    en: 'Staff HTTNV: all tasks on time with quality.',
  },
  'R366-17': {
    vi: 'Hoàn thành nhiệm vụ: hoàn thành 100% nhiệm vụ; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%.',
    en: 'HTNV: all tasks completed; late tasks no more than 20%.',
  },
  'R366-18': {
    vi: 'Tập thể lãnh đạo, quản lý không hoàn thành nhiệm vụ khi thuộc một trong các trường hợp của khoản 4.',
    en: 'Leadership collective KHTNV when any case of clause 4 applies.',
  },
  'R366-19': {
    vi: 'Cá nhân lãnh đạo, quản lý không hoàn thành nhiệm vụ khi thuộc một trong các trường hợp của khoản 4.',
    en: 'Leader KHTNV when any case of clause 4 applies.',
  },
  'R366-20': {
    vi: 'Cá nhân không giữ chức vụ, đảng viên ngoài hệ thống chính trị không hoàn thành nhiệm vụ khi thuộc một trong các trường hợp của khoản 4.',
    en: 'Staff / members outside the system KHTNV when any case of clause 4 applies.',
  },
  'R366-21': {
    vi: 'Xét từ mức cao xuống; một mức áp dụng khi đủ điểm và đủ điều kiện; trường hợp văn bản không quy định rõ do cấp có thẩm quyền xem xét.',
    en: 'Levels are tried from the highest; a level applies when its score and conditions hold; where the text is silent the competent level decides.',
  },
});
