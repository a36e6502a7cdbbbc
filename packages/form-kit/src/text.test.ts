import { foldText } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { labelRank, normLabel } from './text';

describe('normLabel', () => {
  it.each([
    ['1. Nhóm tiêu chí chung (tối đa 30 điểm) *', 'nhóm tiêu chí chung (tối đa 30 điểm)', 'nhóm tiêu chí chung'],
    ['II. Hạn chế, khuyết điểm:', 'hạn chế, khuyết điểm', 'hạn chế, khuyết điểm'],
    ['a) Họ và tên', 'họ và tên', 'họ và tên'],
    // A criterion code with no dot after it is not numbering.
    ['1.1 Về chính trị', '1.1 về chính trị', '1.1 về chính trị'],
    ['Hoá đơn'.normalize('NFD'), 'hoá đơn', 'hoá đơn'],
  ])('%s', (text, full, bare) => {
    // Compared folded (case, tone placement), as normLabel folds.
    expect(normLabel(text)).toEqual([foldText(full), foldText(bare)]);
  });
});

describe('labelRank', () => {
  it.each([
    ['Họ và tên', 'họ và tên', 4],
    ['Nhóm tiêu chí chung (tối đa 30 điểm)', 'Nhóm tiêu chí chung', 3],
    ['Nhóm tiêu chí chung', 'Nhóm tiêu chí chung (tối đa 30 điểm)', 3],
    // A hint the wanted text names must be there: "(số)" is not "(ghi bằng chữ số…)".
    ['Điểm kết quả (số)', 'Điểm kết quả (ghi bằng chữ số', 0],
    ['Điểm kết quả (ghi bằng chữ số, dấu phẩy)', 'Điểm kết quả (ghi bằng chữ số', 2],
    ['Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', 'Nhóm tiêu chí về kết quả', 2],
    // Never a bare substring, never a phrase inside a longer one.
    ['Thành phần A — Tổ chức sinh hoạt chi bộ', 'Chi bộ', 0],
    ['Chi bộ Văn phòng', 'Chi b', 0],
    ['1.10', '1.1', 0],
    // A word or two a person reads past before the official label; never more, never inside a sentence.
    ['Điểm nhóm tiêu chí chung', 'Nhóm tiêu chí chung', 2],
    ['Điểm kết quả thực hiện nhiệm vụ', 'Kết quả thực hiện nhiệm vụ', 2],
    ['Điểm nhóm tiêu chí chung (tối đa 30 điểm)', 'Nhóm tiêu chí chung', 2],
    ['Nhận xét về nhóm tiêu chí chung', 'Nhóm tiêu chí chung', 0],
    ['Điểm nhóm tiêu chí chungx', 'Nhóm tiêu chí chung', 0],
    ['Sinh hoạt chi bộ', 'Chi bộ', 0],
    ['Tên chi bộ', 'Chi bộ', 0],
    ['Tổng điểm', 'Tông điểm', 0],
    // Typed without diacritics: compared without them.
    ['Nhóm tiêu chí chung', 'nhom tieu chi chung', 4],
    ['Đơn vị công tác', 'don vi', 2],
  ])('%s ~ %s → %i', (text, wanted, rank) => {
    expect(labelRank(text, wanted)).toBe(rank);
  });
});
