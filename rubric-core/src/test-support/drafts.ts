// Example drafts with every text field filled, one per subject kind and period kind, for the
// document tests, the e2e download and the docs screenshots. The people and units are invented.
import type { DocumentInput } from '../document/build.js';

const review = (who: string) => ({
  strengths: `${who} giữ vững lập trường chính trị, chấp hành nghiêm chủ trương của Đảng.\nHoàn thành các nhiệm vụ được giao đúng tiến độ, có chất lượng.`,
  shortcomings: [
    {
      text: 'Có lúc chậm cập nhật văn bản mới của cấp trên.',
      cause: 'Khối lượng công việc lớn, chưa sắp xếp thời gian hợp lý.',
      responsibility: 'Trách nhiệm chính thuộc về bản thân.',
      remedy: 'Lập lịch đọc văn bản hằng tuần.',
    },
    { text: 'Tham gia ý kiến trong sinh hoạt chi bộ còn ít.', cause: 'Còn ngại va chạm.' },
  ],
  suggestedIssues: [
    { issue: 'Việc chậm nộp báo cáo quý III.', explanation: 'Do chờ số liệu của đơn vị phối hợp; đã rút kinh nghiệm.' },
  ],
  collectiveResponsibility: 'Chịu trách nhiệm một phần về việc chậm triển khai chuyên đề của chi bộ.',
  direction: 'Tiếp tục học tập, rèn luyện; khắc phục dứt điểm hạn chế trong quý I năm sau.',
});

const prior = [
  {
    text: 'Chưa chủ động đề xuất giải pháp mới.',
    status: 'in-progress' as const,
    progress: 0.6,
    responsibility: 'Bản thân',
    cause: 'Chưa dành thời gian nghiên cứu.',
    remedy: 'Mỗi quý đề xuất ít nhất một sáng kiến.',
  },
  { text: 'Đôi khi đi họp muộn.', status: 'fixed' as const },
];

const counts = { assigned: 12, completed: 12, onTimeWithQuality: 11, exceeded: 4, late: 1 };

/** One example draft. */
export interface ExampleDraft {
  readonly id: string;
  readonly input: DocumentInput;
}

/** Every subject kind, annual and quarterly, with every text field of a draft set. */
export const EXAMPLE_DRAFTS: readonly ExampleDraft[] = [
  {
    id: 'staff-annual-pack',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: {
          kind: 'staff',
          name: 'Nguyễn Thị Hồng Nhung',
          birthDate: '1988-04-12',
          unit: 'Phòng Tổ chức cán bộ, Sở Nội vụ',
          cell: 'Chi bộ Phòng Tổ chức cán bộ',
        },
        criteria: {
          pack: 'qd366-pl4-staff-example',
          items: {
            'pl4-1.1': true,
            'pl4-1.2': true,
            'pl4-1.3': false,
            'pl4-1.4': true,
            'pl4-1.5': true,
            'pl4-1.6': true,
            'pl4-1.7': true,
            'pl4-1.8': true,
            'pl4-1.9': true,
            'pl4-1.10': true,
            'pl4-2.1': true,
            'pl4-2.2': true,
            'pl4-2.3': true,
            'pl4-2.4': true,
            'pl4-3': true,
            'pl4-k': 62.5,
          },
        },
        tasks: counts,
        priorShortcomings: prior,
        selfCheck: {
          'I-1': { noted: false },
          'II-9': { noted: true, note: 'Có lúc nể nang trong góp ý đồng chí cùng phòng.' },
          'III-2': { noted: false, note: 'Đã rà soát, không có biểu hiện.' },
        },
        review: review('Bản thân'),
        proposedLevel: 'HTTNV',
      },
      notes: { 'pl4-1.3': 'Chưa tham gia đủ buổi sinh hoạt chuyên đề tháng 9.' },
      place: 'Hà Nội',
      date: '2025-12-15',
    },
  },
  {
    id: 'member-outside-annual',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'member-outside', name: 'Trần Văn Bình', cell: 'Chi bộ Khu dân cư số 3' },
        scores: { general: 27.5, results: 60 },
        tasks: { assigned: 4, completed: 4, onTimeWithQuality: 4, exceeded: 0, late: 0 },
        priorShortcomings: [{ text: 'Đóng đảng phí chưa đúng hạn.', status: 'not-fixed' }],
        review: review('Đồng chí'),
        proposedLevel: 'HTTNV',
      },
    },
  },
  {
    id: 'leader-annual',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'leader', name: 'Lê Quang Minh', unit: 'UBND phường Hạc Thành', cell: 'Đảng bộ phường' },
        scores: { general: 28, results: 63 },
        ledUnits: { ...counts, unitsResponsible: 5, unitsRatedNotCompleted: 0 },
        review: review('Người đứng đầu'),
        proposedLevel: 'HTXSNV',
      },
    },
  },
  {
    id: 'leader-central-annual',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2026 },
        subject: { kind: 'leader-central', name: 'Phạm Đức Toàn', unit: 'Ban Tổ chức' },
        scores: { general: 25, results: 55 },
        ledUnits: counts,
        review: review('Đồng chí'),
        proposedLevel: 'HTTNV',
      },
    },
  },
  {
    id: 'collective-annual',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'collective', name: 'Chi bộ Văn phòng', unit: 'Sở Tư pháp' },
        scores: { general: 26, results: 58.5 },
        tasks: counts,
        selfCheck: { 'I-3': { noted: true, note: 'Một đảng viên được nhắc nhở về sinh hoạt.' } },
        review: review('Chi bộ'),
        proposedLevel: 'HTTNV',
      },
    },
  },
  {
    id: 'leadership-collective-annual',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'leadership-collective', name: 'Ban Giám đốc Sở Tư pháp' },
        scores: { general: 24, results: 50 },
        tasks: counts,
        ledUnits: counts,
        review: review('Tập thể'),
        proposedLevel: 'HTNV',
      },
    },
  },
  {
    id: 'staff-quarterly-tasks',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2026, quarter: 2 },
        subject: { kind: 'staff', name: 'Đỗ Thu Trang', unit: 'Văn phòng Đảng ủy', cell: 'Chi bộ Văn phòng' },
        scores: { general: 28, results: 62 },
        tasks: { assigned: 3, completed: 3, onTimeWithQuality: 3, exceeded: 1, late: 0 },
        selfCheck: { 'II-1': { noted: false, note: 'Không có.' } },
        review: {
          strengths: 'Hoàn thành đúng hạn ba nhiệm vụ trọng tâm của quý.',
          direction: 'Giữ vững tiến độ quý III.',
        },
        proposedLevel: 'HTXSNV',
      },
      taskList: [
        {
          task: 'Tổng hợp báo cáo sơ kết 6 tháng',
          deadline: '30/6/2026',
          status: 'Đã hoàn thành',
          product: 'Báo cáo số 12-BC/ĐU',
          progress: 'Đúng hạn',
        },
        { task: 'Rà soát hồ sơ đảng viên', deadline: '15/5/2026', status: 'Đã hoàn thành', progress: 'Vượt tiến độ' },
        {
          task: 'Chuẩn bị hội nghị chuyên đề',
          deadline: '20/6/2026',
          status: 'Đã hoàn thành',
          note: 'Phối hợp Văn phòng',
        },
      ],
    },
  },
  {
    id: 'leader-quarterly',
    input: {
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2026, quarter: 1 },
        subject: { kind: 'leader', name: 'Vũ Hải Nam', unit: 'Phòng Kinh tế' },
        scores: { general: 26, results: 56 },
        ledUnits: counts,
        priorShortcomings: prior,
        review: review('Trưởng phòng'),
      },
    },
  },
];
