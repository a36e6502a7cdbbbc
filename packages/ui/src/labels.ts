import type { Lang } from '@tusoi/rubric-core';

const LABELS = {
  vi: {
    result: 'Kết quả',
    byRule: 'theo quy định',
    discretion: 'Cấp có thẩm quyền quyết định',
    total: 'Tổng điểm',
    general: 'Nhóm tiêu chí chung',
    results: 'Kết quả thực hiện nhiệm vụ',
    reasons: 'Căn cứ',
    warnings: 'Lưu ý',
    checks: 'Kiểm tra bản kiểm điểm',
    invalid: 'Chưa xếp loại được: dữ liệu còn thiếu hoặc sai',
    criterion: 'Tiêu chí',
    max: 'Tối đa',
    points: 'Điểm',
    met: 'Đảm bảo',
    notMet: 'Không đảm bảo',
    reason: 'Lý do không đảm bảo',
    unverified: 'nguyên văn chưa xác minh',
    notScored: 'chưa chấm',
  },
  en: {
    result: 'Result',
    byRule: 'by rule',
    discretion: 'For the competent level to decide',
    total: 'Total',
    general: 'General criteria',
    results: 'Task results',
    reasons: 'Reasons',
    warnings: 'Warnings',
    checks: 'Review checks',
    invalid: 'Cannot rate yet: data missing or wrong',
    criterion: 'Criterion',
    max: 'Max',
    points: 'Points',
    met: 'Met',
    notMet: 'Not met',
    reason: 'Why not met',
    unverified: 'wording not verified',
    notScored: 'not scored',
  },
} as const;

/** Labels of the shared components, in the given language. */
export function labels(lang: Lang) {
  return LABELS[lang];
}
