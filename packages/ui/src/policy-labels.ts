import type { Lang, Message } from '@tusoi/rubric-core';

// The five policy options of classify in plain words: what each changes and why its default is
// the default. The defaults' reasons follow docs/rules.md › "Tuỳ chọn chính sách / Policy options".

/** A policy option's key (as `classify` reads it). */
export type PolicyKey = 'nested' | 'bands' | 'gap' | 'mitigation' | 'targets';

/** One choice of a policy option. */
export interface PolicyChoice {
  /** The value as `classify` reads it (`true`/`false` as strings for `nested`). */
  readonly value: string;
  readonly label: Message;
}

/** A policy option in words. */
export interface PolicyOptionText {
  readonly key: PolicyKey;
  /** The question the option answers. */
  readonly title: Message;
  /** What changes between the choices. */
  readonly changes: Message;
  /** Why the default is the default. */
  readonly whyDefault: Message;
  readonly choices: readonly PolicyChoice[];
}

/** Where the options and their defaults are set out. */
export const POLICY_SOURCE: Message = {
  vi: 'Tài liệu Tự Soi, Quy tắc › Tuỳ chọn chính sách (chỗ Điều 11 không nói rõ: cách hiểu của Tự Soi)',
  en: 'Tự Soi docs, Rules › Policy options (where Điều 11 is silent: Tự Soi’s reading)',
};

/** The policy options, in the order the playground shows them. */
export const POLICY_OPTIONS: readonly PolicyOptionText[] = [
  {
    key: 'nested',
    title: {
      vi: 'Mức cao có phải đạt cả điều kiện của mức thấp hơn?',
      en: 'Must a higher level also meet the lower levels’ conditions?',
    },
    changes: {
      vi: 'Có: xét xuất sắc thì cũng xét đúng hạn, hoàn thành 100%, chậm tiến độ không quá 20%. Không: mỗi mức chỉ xét điều kiện ghi riêng cho mức đó.',
      en: 'Yes: HTXSNV also needs on-time work, 100% completion and at most 20% late. No: each level only checks its own conditions.',
    },
    whyDefault: {
      vi: 'Khó hình dung một người "xuất sắc" mà không đạt điều kiện của mức "tốt".',
      en: 'An "excellent" rating that fails the "good" conditions is hard to defend.',
    },
    choices: [
      { value: 'true', label: { vi: 'Có, bao hàm điều kiện mức dưới', en: 'Yes, includes the lower levels' } },
      { value: 'false', label: { vi: 'Không, chỉ điều kiện riêng', en: 'No, only its own conditions' } },
    ],
  },
  {
    key: 'bands',
    title: {
      vi: 'Điểm cao hơn khung có được xếp mức thấp hơn?',
      en: 'May a score above a band get a lower level?',
    },
    changes: {
      vi: 'Được (xét lần lượt): 95 điểm mà chỉ 20% vượt mức thì xuống Hoàn thành tốt. Đọc chặt "từ 70 đến dưới 90": không mức nào khớp, cấp có thẩm quyền quyết định.',
      en: 'Yes, level by level: 95 points with 20% exceeded falls to HTTNV. Strict "from 70 to under 90": no level fits, the competent level decides.',
    },
    whyDefault: {
      vi: 'Điểm cao hơn không nên làm kết quả xấu hơn điểm thấp hơn.',
      en: 'A higher score should never give a worse result than a lower one.',
    },
    choices: [
      { value: 'cascade', label: { vi: 'Được, xét lần lượt từ trên xuống', en: 'Yes, try each level downwards' } },
      { value: 'strict', label: { vi: 'Không, đọc chặt khung điểm', en: 'No, read the bands strictly' } },
    ],
  },
  {
    key: 'gap',
    title: {
      vi: 'Đủ 50 điểm nhưng không mức nào đủ điều kiện, khoản 4 cũng không áp dụng?',
      en: '50 points or more, no level holds and clause 4 does not apply?',
    },
    changes: {
      vi: 'Cấp có thẩm quyền quyết định giữa Hoàn thành nhiệm vụ và Không hoàn thành nhiệm vụ, hoặc xếp thẳng Không hoàn thành nhiệm vụ.',
      en: 'The competent level chooses between HTNV and KHTNV, or the case is rated KHTNV outright.',
    },
    whyDefault: {
      vi: 'Văn bản không quy định trường hợp này; Tự Soi không tự đoán thay cấp có thẩm quyền.',
      en: 'The text is silent here; Tự Soi does not guess for the competent level.',
    },
    choices: [
      { value: 'discretion', label: { vi: 'Cấp có thẩm quyền quyết định', en: 'The competent level decides' } },
      { value: 'KHTNV', label: { vi: 'Xếp Không hoàn thành nhiệm vụ', en: 'Rate it KHTNV' } },
    ],
  },
  {
    key: 'mitigation',
    title: {
      vi: 'Trường hợp khoản 4 có tình tiết giảm nhẹ (tự nhận lỗi, khắc phục; bất khả kháng)?',
      en: 'A clause-4 case with mitigation (self-reported and remedied; force majeure)?',
    },
    changes: {
      vi: 'Cấp có thẩm quyền xem xét (giữa mức theo quy tắc và Không hoàn thành nhiệm vụ); hoặc vẫn Không hoàn thành nhiệm vụ; hoặc bỏ qua trường hợp đó.',
      en: 'The competent level weighs it (between the rules’ level and KHTNV); or it is still KHTNV; or the case is set aside.',
    },
    whyDefault: {
      vi: 'Văn bản ghi cấp có thẩm quyền "căn cứ hoàn cảnh, tính chất, mức độ để xem xét": quyết định thuộc về họ.',
      en: 'The text says the competent level "weighs the circumstances": the decision is theirs.',
    },
    choices: [
      { value: 'discretion', label: { vi: 'Cấp có thẩm quyền xem xét', en: 'The competent level weighs it' } },
      { value: 'none', label: { vi: 'Không giảm nhẹ: vẫn KHTNV', en: 'No mitigation: still KHTNV' } },
      { value: 'waive', label: { vi: 'Bỏ qua trường hợp đó', en: 'Set the case aside' } },
    ],
  },
  {
    key: 'targets',
    title: {
      vi: '"Không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản" nghĩa là?',
      en: '"Did not meet the 5 basic socio-economic targets" means?',
    },
    changes: {
      vi: 'Không đạt bất kỳ chỉ tiêu nào trong 5 chỉ tiêu được giao, hoặc chỉ khi không đạt cả 5.',
      en: 'Missing any of the 5 targets given, or only missing all 5.',
    },
    whyDefault: {
      vi: 'Cách đọc thận trọng: mỗi chỉ tiêu được giao đều phải hoàn thành.',
      en: 'The cautious reading: every target given must be met.',
    },
    choices: [
      { value: 'any', label: { vi: 'Không đạt bất kỳ chỉ tiêu nào', en: 'Any target missed' } },
      { value: 'all', label: { vi: 'Chỉ khi không đạt cả 5', en: 'Only when all 5 are missed' } },
    ],
  },
];

/** The words of one choice of an option (the value itself only for a value this version does not know). */
export function policyChoiceLabel(key: PolicyKey, value: string, lang: Lang): string {
  const choice = POLICY_OPTIONS.find((o) => o.key === key)?.choices.find((c) => c.value === value);
  return choice ? choice.label[lang] : value;
}
