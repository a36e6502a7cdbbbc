import type { FormMap } from './formmap';

// Built-in maps for the demo portal (packages/demo-portal), one per imitation form. Its score
// fields take a dot and show no sign of it, so the maps state it (a Vietnamese page defaults to a comma).
const local = (page: string) => [`http://127.0.0.1:*/${page}`, `http://localhost:*/${page}`];
const levelsByNumber = { HTXSNV: '1', HTTNV: '2', HTNV: '3', KHTNV: '4' } as const;

/** The built-in form maps. */
export const DEMO_MAPS: readonly FormMap[] = [
  {
    format: 'tusoi.formmap/1',
    id: 'demo-mau-2b',
    title: { vi: 'Cổng mẫu: Mẫu 2B', en: 'Demo portal: Mẫu 2B' },
    match: local('mau-2b.html'),
    steps: [
      { field: 'subject.name', locator: { name: 'ho_ten' }, required: true },
      { field: 'subject.unit', locator: { name: 'don_vi' } },
      { field: 'subject.cell', locator: { name: 'chi_bo' } },
      { field: 'review.strengths', locator: { name: 'uu_diem' }, required: true },
      { field: 'review.shortcomings', locator: { name: 'han_che' } },
      { field: 'priorShortcomings', locator: { name: 'khac_phuc' } },
      { field: 'review.direction', locator: { name: 'phuong_huong' } },
      { field: 'scores.general', locator: { name: 'diem_chung' }, required: true, decimal: '.' },
      { field: 'scores.results', locator: { name: 'diem_ket_qua' }, required: true, decimal: '.' },
      { field: 'scores.total', locator: { name: 'tong_diem' }, required: true, decimal: '.' },
      { field: 'proposedLevel', locator: { name: 'xep_loai' }, values: levelsByNumber, required: true },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'demo-mau-05',
    title: { vi: 'Cổng mẫu: Mẫu 05 (quý)', en: 'Demo portal: Mẫu 05 (quarterly)' },
    match: local('mau-05.html'),
    steps: [
      { field: 'subject.name', locator: { name: 'ho_ten' } },
      { field: 'period.quarter', locator: { name: 'quy' } },
      { click: { css: '#buoc-1 [data-next]' } },
      { field: 'scores.general', locator: { name: 'diem_chung' }, waitMs: 3000, decimal: '.' },
      { field: 'scores.results', locator: { name: 'diem_ket_qua' }, decimal: '.' },
      { click: { css: '#buoc-2 [data-next]' } },
      { field: 'scores.total', locator: { name: 'tong_diem' }, waitMs: 3000, decimal: '.' },
      { field: 'proposedLevel', locator: { name: 'xep_loai' } },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'demo-mau-2a',
    title: { vi: 'Cổng mẫu: Mẫu 2A', en: 'Demo portal: Mẫu 2A' },
    match: local('mau-2a.html'),
    steps: [
      { field: 'subject.name', locator: { name: 'ho_ten' } },
      { field: 'review.strengths', locator: { name: 'uu_diem' } },
      { field: 'scores.general', locator: { name: 'diem_chung' } },
      { field: 'scores.results', locator: { name: 'diem_ket_qua' } },
      { field: 'scores.total', locator: { name: 'tong_diem' } },
      { field: 'proposedLevel', locator: { name: 'xep_loai' } },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'demo-bang-diem-quy',
    title: { vi: 'Cổng mẫu: bảng chấm điểm quý', en: 'Demo portal: quarterly scoring table' },
    match: local('bang-diem-quy.html'),
    steps: [
      // Built for the Phụ lục 4 example pack: one row per criterion, numbered as the pack numbers them.
      ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3', '2.4', '3'].map(
        (row) => ({
          criterion: `pl4-${row}`,
          met: { table: '', row, column: 'Đảm bảo' },
          notMet: { table: '', row, column: 'Không đảm bảo' },
          reason: { table: '', row, column: 'Lý do' },
        }),
      ),
      { field: 'scores.results', locator: { name: 'diem_ket_qua' } },
      { field: 'scores.results', locator: { name: 'diem_ket_qua_chu' } },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'demo-quy-nhiem-vu',
    title: {
      vi: 'Cổng mẫu: tự đánh giá quý (tiêu chí, nhiệm vụ)',
      en: 'Demo portal: quarterly review (criteria, tasks)',
    },
    match: local('quy-nhiem-vu.html*'),
    steps: [
      // Criterion rows known by the code in their first cell; the answer is a radio per column.
      ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3', '2.4', '3'].map(
        (row) => {
          const at = (cell: string) => ({ rows: '#tieu-chi tbody tr', row, cell });
          return {
            criterion: `pl4-${row}`,
            met: at('input[value=dat]'),
            notMet: at('input[value=khong_dat]'),
            notApplicable: at('input[value=kad]'),
            reason: at('input[name^=ly_do]'),
          };
        },
      ),
      {
        tasks: {
          rows: '#nhiem-vu tbody tr',
          cells: {
            name: '[data-cot=ten]',
            axis: '[data-cot=truc]',
            weight: '[data-cot=trongSo]',
            A: '[data-cot=A]',
            B: '[data-cot=B]',
            C: '[data-cot=C]',
            D: '[data-cot=D]',
            exceeded: '[data-cot=vuot]',
          },
          add: { css: '#them-nv' },
        },
      },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'demo-khung',
    title: { vi: 'Cổng mẫu: biểu mẫu trong khung', en: 'Demo portal: form in an iframe' },
    match: local('khung.html'),
    steps: [
      { field: 'subject.name', locator: { label: 'Họ và tên' } },
      { field: 'review.shortcomings', locator: { label: 'Hạn chế, khuyết điểm' } },
      { field: 'scores.general', locator: { label: 'Nhóm tiêu chí chung' }, decimal: '.' },
      { field: 'scores.results', locator: { label: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ' }, decimal: '.' },
      { field: 'scores.total', locator: { label: 'Tổng điểm' }, decimal: '.' },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'demo-soan-thao',
    title: { vi: 'Cổng mẫu: trình soạn thảo', en: 'Demo portal: rich-text editor' },
    match: local('soan-thao.html'),
    steps: [
      { field: 'subject.name', locator: { name: 'ho_ten' } },
      { field: 'review.strengths', locator: { label: 'I. Ưu điểm, kết quả đạt được' } },
      { field: 'review.shortcomings', locator: { label: 'II. Hạn chế, khuyết điểm và nguyên nhân' } },
    ],
  },
];
