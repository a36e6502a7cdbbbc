// A draft long enough for a document of about 20 A4 pages (checked once in LibreOffice: see docs/guide/staff.md).
const sentence =
  'Bản thân luôn chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, hoàn thành các nhiệm vụ được giao đúng tiến độ và bảo đảm chất lượng';

/** The assessment of a long draft: 46 paragraphs of strengths, 25 shortcomings, 10 prior shortcomings. */
export function bigAssessment() {
  const para = (i) => `${i + 1}. ${Array.from({ length: 4 }, () => sentence).join('; ')}.`;
  return {
    format: 'tusoi.assessment/1',
    period: { year: 2025 },
    subject: { kind: 'staff', name: 'Nguyễn Văn Bench', unit: 'Sở Nội vụ', cell: 'Chi bộ Văn phòng' },
    scores: { general: 27, results: 61 },
    tasks: { assigned: 8, completed: 8, onTimeWithQuality: 8, exceeded: 2, late: 0 },
    priorShortcomings: Array.from({ length: 10 }, (_, i) => ({
      text: `Hạn chế kỳ trước số ${i + 1}: ${sentence}.`,
      status: 'in-progress',
      progress: 0.5,
      remedy: sentence,
    })),
    review: {
      strengths: Array.from({ length: 46 }, (_, i) => para(i)).join('\n'),
      shortcomings: Array.from({ length: 25 }, (_, i) => ({
        text: `Hạn chế số ${i + 1}: ${sentence}.`,
        cause: sentence,
        responsibility: 'Bản thân',
        remedy: sentence,
      })),
      direction: Array.from({ length: 10 }, (_, i) => para(i)).join('\n'),
    },
    proposedLevel: 'HTTNV',
  };
}
