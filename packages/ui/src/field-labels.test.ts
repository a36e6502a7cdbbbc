import { BUILTIN_PACKS, BUILTIN_PACKS_2, builtinPack2 } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { criterionName, fieldLabel } from './field-labels';

describe('fieldLabel: paths are named by their form labels', () => {
  it('names the fields staff see by their labels on the form, in both languages', () => {
    expect(fieldLabel('scores.general', 'vi')).toBe('Nhóm tiêu chí chung');
    expect(fieldLabel('scores.general', 'en')).toBe('General criteria');
    expect(fieldLabel('subject.name', 'vi')).toBe('Họ và tên / tên tập thể');
    expect(fieldLabel('review.collectiveResponsibility', 'vi')).toBe('V. Trách nhiệm đối với hạn chế của tập thể');
    expect(fieldLabel('tasks', 'vi')).toBe('Nhiệm vụ được giao');
    expect(fieldLabel(['tasks', 'completed'], 'vi')).toBe('Nhiệm vụ được giao: Hoàn thành');
  });

  it('reads array items as "mục N", in rubric-core and editor paths alike', () => {
    expect(fieldLabel('priorShortcomings[1].status', 'vi')).toBe('Kết quả khắc phục (mục 2)');
    expect(fieldLabel(['priorShortcomings', 1, 'status'], 'en')).toBe('Status (item 2)');
    expect(fieldLabel('findings.discipline[0].dutyRelated', 'vi')).toBe('Liên quan chức trách, công vụ (mục 1)');
  });

  it('names criteria of a pack, and an unknown path by its nearest known parent: never a key', () => {
    expect(fieldLabel('criteria.items.pl4-2.3', 'vi')).toBe('Bảng thang điểm: Tiêu chí 2.3');
    expect(fieldLabel('scores.bonus', 'vi')).toBe('Điểm tự chấm (hai nhóm tiêu chí)');
    expect(fieldLabel('nothing.known', 'vi')).toBe('Bản kiểm điểm');
    expect(fieldLabel('', 'en')).toBe('This self-review');
  });

  it('with the pack, names a criterion by its number and text as the table shows them; never its id', () => {
    const pl4 = BUILTIN_PACKS.find((p) => p.id === 'qd366-pl4-staff-example');
    const frame = BUILTIN_PACKS.find((p) => p.id === 'qd366-frame');
    expect(fieldLabel('criteria.items.pl4-1.1', 'vi', pl4)).toBe(
      'Bảng thang điểm: Tiêu chí 1.1: Có quan điểm, bản lĩnh chính trị vững vàng ...',
    );
    // A text that already starts with its number is not numbered twice.
    expect(fieldLabel('criteria.items.pl4-1.2', 'vi', pl4)).toBe(
      'Bảng thang điểm: Tiêu chí 1.2 (nguyên văn chưa được xác minh)',
    );
    expect(fieldLabel('criteria.items.nhom-chung', 'vi', frame)).toBe('Bảng thang điểm: Nhóm tiêu chí chung');
    expect(fieldLabel('criteria.items.nhom-ket-qua', 'en', frame)).toBe('Scoring pack: Task results');
    for (const lang of ['vi', 'en'] as const)
      for (const p of BUILTIN_PACKS)
        for (const c of [...p.general.sections, ...p.results.sections].flatMap((s) => s.criteria))
          expect(fieldLabel(`criteria.items.${c.id}`, lang, p)).not.toContain(c.id);
  });

  it('names the quarterly fields (task rows, components, answers and their reasons) by the forms’ words', () => {
    expect(fieldLabel('taskList[2].components.B', 'vi')).toBe('B. Chất lượng (%) (mục 3)');
    expect(fieldLabel(['taskList', 0, 'weight'], 'vi')).toBe('Trọng số (điểm trên 70) (mục 1)');
    expect(fieldLabel('taskList', 'en')).toBe('Tasks (products) of the quarter');
    expect(fieldLabel('frame.id', 'vi')).toBe('Khung tỷ trọng');
    expect(fieldLabel('kpi.B', 'vi')).toBe('B. Chất lượng (tỉ lệ 0–1,2)');
    const vatm = builtinPack2('q2026-vatm-09a');
    expect(fieldLabel('criteria.items.pl2-1.1.reason', 'vi', vatm)).toMatch(
      /^Bảng thang điểm: Tiêu chí 1\.1\b.* \(Lý do\)$/,
    );
    expect(fieldLabel('criteria.items.pl4-3.points', 'en')).toBe('Scoring pack: Criterion 3 (Points)');
    for (const p of BUILTIN_PACKS_2)
      for (const item of p.general.groups.flatMap((g) => g.items))
        for (const tail of ['', '.reason', '.points'])
          expect(fieldLabel(`criteria.items.${item.id}${tail}`, 'vi', p)).not.toContain(item.id);
  });
});

describe('criterionName', () => {
  const placeholder = { id: 'pl4-1.2', vi: 'Tiêu chí 1.2 (nguyên văn chưa được xác minh)' };
  const worded = { id: 'pl4-1.1', vi: 'Có quan điểm, bản lĩnh chính trị vững vàng ...' };
  it('a criterion without verified wording speaks the UI language; legal wording stays as it is', () => {
    expect(criterionName(placeholder, 'en')).toBe('Criterion 1.2 (wording not verified)');
    expect(criterionName(placeholder, 'vi')).toBe('Tiêu chí 1.2 (nguyên văn chưa được xác minh)');
    expect(criterionName(worded, 'en')).toBe('Criterion 1.1: Có quan điểm, bản lĩnh chính trị vững vàng ...');
    expect(criterionName({ ...placeholder, en: 'Item 1.2 (topic gloss)' }, 'en')).toBe(
      'Criterion 1.2: Item 1.2 (topic gloss)',
    );
  });
});
