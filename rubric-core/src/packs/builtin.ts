// Built-in scoring packs. Wording is verbatim from QĐ 366-QĐ/TW's annexes where
// shared/reference/qd366.md gives it (verified: true); otherwise the criterion says it has no
// verified wording. Points per criterion below the 30/70 frame come from 2026 subordinate
// documents (grade C) and are unverified against the official annexes.

import { deepFreeze } from '../internal/frozen.js';
import { UNVERIFIED_VI } from './criterion-name.js';
import type { Criterion, Pack } from './pack.js';

const QD = 'QĐ 366-QĐ/TW';

function item(id: string, max: number, mode: Criterion['mode'], vi: string, verified: boolean, en?: string): Criterion {
  return { id, max, mode, vi, verified, ...(en ? { en } : {}) };
}

/** The central frame only: 30 + 70 points as two items (QĐ 366 Điều 10, Phụ lục 1–5). */
export const FRAME_PACK: Pack = {
  format: 'tusoi.pack/1',
  id: 'qd366-frame',
  title: { vi: 'Khung 100 điểm (chỉ hai nhóm)', en: '100-point frame (two groups only)' },
  kinds: ['collective', 'leadership-collective', 'leader-central', 'leader', 'staff', 'member-outside'],
  source: { citation: `${QD}, Điều 10 và Phụ lục 1–5`, grade: 'A' },
  general: {
    sections: [
      {
        id: 'chung',
        vi: 'Nhóm tiêu chí chung',
        en: 'General criteria',
        criteria: [item('nhom-chung', 30, 'points', 'Nhóm tiêu chí chung', true, 'General criteria')],
      },
    ],
  },
  results: {
    sections: [
      {
        id: 'ket-qua',
        vi: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
        en: 'Task results',
        criteria: [
          item('nhom-ket-qua', 70, 'points', 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', true, 'Task results'),
        ],
      },
    ],
  },
};

/** Phụ lục 1 (collectives): 6 general items × 5 points, results 50 + 20. */
export const PL1_PACK: Pack = {
  format: 'tusoi.pack/1',
  id: 'qd366-pl1-example',
  title: { vi: 'Ví dụ bảng điểm tập thể theo Phụ lục 1', en: 'Example table for collectives (Phụ lục 1)' },
  kinds: ['collective', 'leadership-collective'],
  source: {
    citation: `${QD}, Phụ lục 1 (nội dung tiêu chí); điểm từng tiêu chí theo HD 03-HD/TVĐU (10/9/2026) và HD 20-HD/ĐUCA (08/6/2026)`,
    grade: 'C',
    note: 'Cách chia điểm 6 × 5 và 50 + 20 lấy từ văn bản cấp dưới năm 2026, chưa đối chiếu phụ lục gốc của QĐ 366.',
  },
  general: {
    sections: [
      {
        id: 'pl1-chung',
        vi: 'I. Nhóm tiêu chí chung',
        en: 'I. General criteria',
        criteria: [
          item(
            'pl1-c1',
            5,
            'points',
            'Kết quả công tác xây dựng, chỉnh đốn Đảng; củng cố, xây dựng tổ chức đảng và hệ thống chính trị; nâng cao chất lượng đội ngũ cán bộ, đảng viên theo nghị quyết, kế hoạch, chỉ tiêu được giao.',
            true,
          ),
          item(
            'pl1-c2',
            5,
            'points',
            'Năng lực lãnh đạo của cấp uỷ; hiệu quả lãnh đạo, chỉ đạo của cấp uỷ đối với chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; hiệu quả trong phối hợp công tác; xây dựng đoàn kết nội bộ.',
            true,
          ),
          item(
            'pl1-c3',
            5,
            'points',
            'Hiệu quả trong công tác thanh tra, kiểm tra, giám sát và kỷ luật đảng; thực hiện các quy định về kiểm soát quyền lực; không để xảy ra tham nhũng, lãng phí, tiêu cực, suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá" trong nội bộ.',
            true,
          ),
          item(
            'pl1-c4',
            5,
            'points',
            'Kết quả thực hiện các nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; việc chấp hành quy chế làm việc, nội quy, chế độ công tác; phân công nhiệm vụ, tổ chức thực hiện hiệu quả.',
            true,
          ),
          item(
            'pl1-c5',
            5,
            'points',
            'Kết quả lãnh đạo, chỉ đạo, kiểm tra, giám sát việc thực hiện nhiệm vụ chính trị; xây dựng bộ máy tinh gọn, tinh giản biên chế, hoạt động hiệu năng, hiệu lực, hiệu quả; thực hiện cải cách hành chính, chuyển đổi số, đẩy mạnh ứng dụng khoa học, công nghệ, phương pháp quản lý gắn với xây dựng văn hoá công vụ trong hoạt động quản lý, điều hành tổ chức, cơ quan, đơn vị.',
            true,
          ),
          item(
            'pl1-c6',
            5,
            'points',
            'Tinh thần tự phê bình và phê bình, tự soi, tự sửa của tập thể; kết quả khắc phục những hạn chế, yếu kém, khuyết điểm đã được chỉ ra trong các kỳ kiểm điểm trước hoặc qua thanh tra, kiểm tra, giám sát.',
            true,
          ),
        ],
      },
    ],
  },
  results: {
    sections: [
      {
        id: 'pl1-ket-qua',
        vi: 'II. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
        en: 'II. Task results',
        criteria: [
          item(
            'pl1-k1',
            50,
            'points',
            'Nhóm tiêu chí về việc cụ thể hoá nghị quyết, chương trình, kế hoạch công tác của cấp uỷ hoặc cấp có thẩm quyền và tổ chức thực hiện hiệu quả các mục tiêu, chỉ tiêu, nhiệm vụ được giao trên các lĩnh vực (kết quả được lượng hoá bằng sản phẩm, tiến độ, chất lượng hoặc chỉ số đo lường hiệu quả công việc)',
            true,
          ),
          item(
            'pl1-k2',
            20,
            'points',
            'Nhóm tiêu chí về kết quả đánh giá, xếp loại đối với các lĩnh vực, địa phương, cơ quan, đơn vị do tập thể phụ trách (nếu có); kết quả đánh giá chất lượng đối với các tổ chức trực thuộc và cá nhân liên quan trực tiếp.',
            true,
          ),
        ],
      },
    ],
  },
};

const PL2_GROUP1_EN = [
  'loyalty and ideology',
  'patriotism',
  'discipline',
  'study',
  'ethics (no ethical or lifestyle violation leading to discipline)',
  'no power-seeking or corruption',
  'prestige',
  'initiative',
  'asset declaration and truthful reporting',
];

/** Phụ lục 2-type leaders: general 9 × 2 + 4 × 1 + 4 × 2 (đảm bảo / không đảm bảo); results on six axes. */
export const PL2_PACK: Pack = {
  format: 'tusoi.pack/1',
  id: 'qd366-pl2-leader-example',
  title: {
    vi: 'Ví dụ bảng điểm cán bộ lãnh đạo, quản lý theo Phụ lục 2',
    en: 'Example table for leaders (Phụ lục 2 type)',
  },
  kinds: ['leader-central', 'leader'],
  source: {
    citation: `${QD}, Phụ lục 2 (tên nhóm, nhóm 3); điểm 18/4/8 theo HD 03-HD/TVĐU (10/9/2026), HD 20-HD/ĐUCA (08/6/2026), HD 06-HD/BTCTU TP.HCM (12/8/2026); 6 trục kết quả theo ứng dụng của TP.HCM`,
    grade: 'C',
    note: 'Nguyên văn các tiêu chí nhóm 1 và 2 chưa có; 6 trục kết quả và điểm 10/15/10/20/10/5 lấy từ một ứng dụng (mức D). Chỉ dùng làm ví dụ.',
  },
  general: {
    sections: [
      {
        id: 'pl2-g1',
        vi: '1. Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương',
        criteria: PL2_GROUP1_EN.map((gloss, i) =>
          item(
            `pl2-1.${i + 1}`,
            2,
            'binary',
            `Tiêu chí 1.${i + 1} (${UNVERIFIED_VI})`,
            false,
            `Item 1.${i + 1} (topic gloss, not the text): ${gloss}`,
          ),
        ),
      },
      {
        id: 'pl2-g2',
        vi: '2. Tư duy đổi mới, chiến lược, khát vọng cống hiến, dám nghĩ, dám làm',
        criteria: [1, 2, 3, 4].map((n) => item(`pl2-2.${n}`, 1, 'binary', `Tiêu chí 2.${n} (${UNVERIFIED_VI})`, false)),
      },
      {
        id: 'pl2-g3',
        vi: '3. Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm',
        criteria: [
          item(
            'pl2-3.1',
            2,
            'binary',
            'Chủ động, nghiêm túc thực hiện tự phê bình và phê bình, có tinh thần cầu thị và tiếp thu phản biện, góp ý.',
            true,
          ),
          item(
            'pl2-3.2',
            2,
            'binary',
            'Có kế hoạch rõ ràng và quyết liệt trong khắc phục hạn chế, khuyết điểm đã được chỉ ra.',
            true,
          ),
          item(
            'pl2-3.3',
            2,
            'binary',
            'Kết quả khắc phục hoàn thành từ ≥ 80% nội dung, có tiến bộ rõ, được tổ chức đánh giá tốt; không để tái diễn tồn tại.',
            true,
          ),
          item(
            'pl2-3.4',
            2,
            'binary',
            'Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao, không né tránh, không đổ lỗi.',
            true,
          ),
        ],
      },
    ],
  },
  results: {
    sections: [
      {
        id: 'pl2-truc',
        vi: 'Kết quả thực hiện nhiệm vụ theo 6 trục (ví dụ của TP.HCM)',
        en: 'Task results on six axes (Hồ Chí Minh City example)',
        criteria: [
          item('pl2-t1', 10, 'points', 'Trục 1: kinh tế - xã hội và nhiệm vụ chính trị', false),
          item('pl2-t2', 15, 'points', 'Trục 2: thể chế, phân cấp, kiểm tra, giám sát', false),
          item('pl2-t3', 10, 'points', 'Trục 3: khoa học - công nghệ, đổi mới sáng tạo, chuyển đổi số', false),
          item('pl2-t4', 20, 'points', 'Trục 4: xây dựng Đảng và hệ thống chính trị, phòng, chống tham nhũng', false),
          item('pl2-t5', 10, 'points', 'Trục 5: văn hoá, con người, an sinh', false),
          item('pl2-t6', 5, 'points', 'Trục 6: quốc phòng, an ninh, đối ngoại', false),
        ],
      },
    ],
  },
};

/** Phụ lục 4 (staff): general 10 × 2 + 4 × 2 + 2 (đảm bảo / không đảm bảo); results 70. */
export const PL4_PACK: Pack = {
  format: 'tusoi.pack/1',
  id: 'qd366-pl4-staff-example',
  title: {
    vi: 'Ví dụ bảng điểm cá nhân không giữ chức vụ lãnh đạo, quản lý theo Phụ lục 4',
    en: 'Example table for staff (Phụ lục 4)',
  },
  kinds: ['staff'],
  source: {
    citation: `${QD}, Phụ lục 4 (nội dung); điểm 20/8/2 theo HD 20-HD/ĐUCA (08/6/2026)`,
    grade: 'C',
    note: 'Cách chia điểm lấy từ văn bản cấp dưới năm 2026, chưa đối chiếu phụ lục gốc; tám tiêu chí (ii)–(ix) chưa có nguyên văn.',
  },
  general: {
    sections: [
      {
        id: 'pl4-g1',
        vi: '1. Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật',
        criteria: [
          item('pl4-1.1', 2, 'binary', 'Có quan điểm, bản lĩnh chính trị vững vàng ...', false),
          ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
            item(`pl4-1.${n}`, 2, 'binary', `Tiêu chí 1.${n} (${UNVERIFIED_VI})`, false),
          ),
          item(
            'pl4-1.10',
            2,
            'binary',
            'Gần gũi, sâu sát với cơ sở; thực hiện tốt việc giữ mối liên hệ với cấp uỷ và Nhân dân nơi cư trú.',
            true,
          ),
        ],
      },
      {
        id: 'pl4-g2',
        vi: '2. Năng lực chuyên môn, nghiệp vụ; khả năng đáp ứng; thái độ công tác; tinh thần đổi mới sáng tạo',
        criteria: [
          item('pl4-2.1', 2, 'binary', 'Năng lực chuyên môn, nghiệp vụ ...', false),
          item('pl4-2.2', 2, 'binary', 'Khả năng đáp ứng ...', false),
          item('pl4-2.3', 2, 'binary', 'Thái độ công tác ...', false),
          item('pl4-2.4', 2, 'binary', 'Tinh thần đổi mới sáng tạo ...', false),
        ],
      },
      {
        id: 'pl4-g3',
        vi: '3. Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm',
        criteria: [item('pl4-3', 2, 'binary', 'Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm', true)],
      },
    ],
  },
  results: {
    sections: [
      {
        id: 'pl4-ket-qua',
        vi: 'II. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm)',
        criteria: [
          item(
            'pl4-k',
            70,
            'points',
            'Đánh giá mức độ hoàn thành các chỉ tiêu, nhiệm vụ được giao, kết quả được lượng hoá bằng sản phẩm, tiến độ, chất lượng hoặc chỉ số đo lường hiệu quả công việc theo chức năng, nhiệm vụ của từng tổ chức, cơ quan, đơn vị',
            true,
          ),
        ],
      },
    ],
  },
};

/** Every built-in pack (tusoi.pack/1), deep-frozen: read-only data; copy one (structuredClone) to change it. */
export const BUILTIN_PACKS: readonly Pack[] = /* @__PURE__ */ deepFreeze([FRAME_PACK, PL1_PACK, PL2_PACK, PL4_PACK]);

/** A built-in pack by id. */
export function builtinPack(id: string): Pack | undefined {
  // An indexed loop (the list is frozen, see BUILTIN_PACKS).
  for (let i = 0; i < BUILTIN_PACKS.length; i++) if (BUILTIN_PACKS[i]?.id === id) return BUILTIN_PACKS[i];
  return undefined;
}
