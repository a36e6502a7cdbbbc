// The official labels of the review forms' fields (HD 43-HD/BTCTW), by the form-map field each holds.

import type { MappableField } from './formmap';

/** The official labels of HD 43-HD/BTCTW's forms, by the field they hold (most specific first). */
export const OFFICIAL_LABELS: readonly (readonly [MappableField, readonly string[]])[] = [
  ['subject.name', ['Họ và tên', 'Họ tên']],
  // "Đơn vị" alone is the work unit on forms that shorten it; whole label only (see WHOLE_ONLY).
  ['subject.unit', ['Đơn vị công tác', 'Đơn vị']],
  ['subject.cell', ['Chi bộ']],
  ['review.strengths', ['Ưu điểm, kết quả đạt được', 'Ưu điểm']],
  ['review.shortcomings', ['Hạn chế, khuyết điểm và nguyên nhân', 'Hạn chế, khuyết điểm']],
  ['priorShortcomings', ['Kết quả khắc phục']],
  ['review.direction', ['Phương hướng, biện pháp khắc phục', 'Phương hướng']],
  ['scores.general', ['Nhóm tiêu chí chung']],
  // The same official group in the wordings forms use (HD 43-HD/BTCTW; QĐ 366-QĐ/TW: "kết quả thực hiện
  // chức trách, nhiệm vụ được giao"); whole phrase or its start only, like every label here.
  [
    'scores.results',
    [
      'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
      'Nhóm tiêu chí về kết quả thực hiện chức trách, nhiệm vụ',
      'Kết quả thực hiện chức trách, nhiệm vụ được giao',
      'Kết quả thực hiện chức trách, nhiệm vụ',
      'Kết quả thực hiện nhiệm vụ',
    ],
  ],
  ['scores.total', ['Tổng điểm']],
  // The wording of HD 43-HD/BTCTW first, then the ones forms commonly print over the same choice.
  ['proposedLevel', ['Đề xuất xếp loại', 'Mức xếp loại đề xuất', 'Xếp loại đề xuất', 'Tự xếp loại']],
  // A choice (select or radios), or a text box whose whole label it is: a text field whose label only starts with "Quý" is something else.
  ['period.quarter', ['Quý', 'Kỳ đánh giá', 'Kỳ kiểm điểm']],
  // The review year where a page asks for it apart: "Năm" as a whole label only ("Năm sinh" is the birth year).
  ['period.year', ['Năm', 'Năm đánh giá', 'Năm kiểm điểm']],
  // The quarterly forms' weight frame (khung tỷ trọng K1–K4, e.g. HD 03-HD/TVĐU tr.12).
  ['frame.id', ['Khung tỷ trọng']],
];

/**
 * Labels that name their field only as a whole (never as the start of a longer label, never as a
 * table's column header): "Đơn vị" is the work unit, "Đơn vị tính" or a column "Đơn vị" of a list
 * is something else.
 */
export const WHOLE_ONLY: ReadonlySet<string> = new Set(['Đơn vị', 'Năm']);
