import { deepFreeze } from '../../internal/frozen.js';
import type { Message } from '../../message.js';
import type { Grade, RuleInfo } from '../../ruleset/ruleset.js';

// The 2026 quarterly rules (ids Q26-xx of the shared reference quarterly-2026.md §7). Hướng dẫn
// 02-HD/BTCTW itself was not found: each rule cites the subordinate documents that state it, with
// their grade; "likely central" means at least two independent organisations state it alike.

const VATM = 'HD 03-HD/TVĐU (Đảng ủy Tổng công ty Quản lý bay VN, 10/9/2026)';
const HY = 'CV 427/TKT-TCHC (Thống kê tỉnh Hưng Yên)';
const TH = 'HD 03-HD/TU (Tỉnh ủy Thanh Hóa, 02/7/2026)';
const KTC = 'QĐ 1923/QĐ-CĐKT (Trường CĐ Kon Tum, 30/8/2026)';
const CAND = 'HD 20-HD/ĐUCA (Đảng ủy Công an Trung ương, 08/6/2026)';
const ND335 = 'Nghị định 335/2025/NĐ-CP';

function rule(id: string, cite: string, grade: Grade): RuleInfo {
  return { id, cite, grade };
}

/** The rules of the q2026 rule set, by id. */
export const Q2026_RULES = /* @__PURE__ */ deepFreeze({
  'Q26-01': rule('Q26-01', `QĐ 366-QĐ/TW, Điều 10 (30 + 70); ${VATM}, tr.9 (không cộng vượt trần)`, 'C'),
  'Q26-02': rule(
    'Q26-02',
    `${VATM}, mục III.3.đ (mỗi thành phần là % của sản phẩm; ứng dụng của đơn vị giới hạn 0–100%); ${CAND}, Mục 3.a (B, C tới 120%)`,
    'C',
  ),
  'Q26-03': rule(
    'Q26-03',
    `${VATM}, tr.14 ("Điểm KPI = (A + B + C + D) / 4" của HD 02-HD/BTCTW, chia đều 25%); ${CAND}, Mục 3.b–d (D chỉ với lãnh đạo, chỉ huy); VPĐU (ứng dụng, theo trục)`,
    'C',
  ),
  'Q26-04': rule('Q26-04', `${VATM}, tr.12–13 (khung K1–K4, điều chỉnh ±10 điểm phần trăm)`, 'C'),
  'Q26-05': rule(
    'Q26-05',
    `${VATM}, mục III.3.e, tr.7, tr.11 (điểm sản phẩm = kết quả × trọng số / 100; tổng trọng số 70)`,
    'C',
  ),
  'Q26-06': rule('Q26-06', `${KTC}, Đ11–12; ${TH} (ứng dụng); VPĐU (ứng dụng)`, 'C'),
  'Q26-07': rule('Q26-07', `${VATM}, Mẫu 09B (quý III/2026)`, 'C'),
  'Q26-08': rule('Q26-08', `${CAND}, Mục 3.b–d, 5.3`, 'C'),
  'Q26-09': rule('Q26-09', `${CAND}, Mục 3.a (B theo số lần chỉnh sửa, C theo số lần nhắc tiến độ)`, 'C'),
  'Q26-10': rule(
    'Q26-10',
    `${ND335}, Điều 14, khoản 2, điểm b–c (mỗi lần đánh giá chưa đạt trừ 25% điểm chất lượng, mỗi lần chậm trừ 25% điểm tiến độ của sản phẩm; trừ nguyên nhân khách quan được xác nhận)`,
    'A',
  ),
  'Q26-11': rule(
    'Q26-11',
    'Hướng dẫn 06-HD/BTCTU (TP. Hồ Chí Minh) qua ứng dụng của đơn vị (tiến độ theo số ngày làm việc chậm)',
    'C',
  ),
  'Q26-12': rule('Q26-12', `${VATM}, tr.7, mục III.3.e (vượt chuẩn không cộng vượt trần)`, 'C'),
  'Q26-15': rule('Q26-15', `${KTC}, Đ18 (Mức 1 quy đổi 90–100%, Mức 2 từ 60 đến dưới 90%, Mức 3 dưới 60%)`, 'C'),
  'Q26-16': rule(
    'Q26-16',
    `${VATM}, mục III.5 (Mức 1/2/3 của nhiệm vụ trọng tâm; "từ 20% trở lên" ở mức HTTNV đọc là "dưới 20%")`,
    'C',
  ),
  'Q26-17': rule('Q26-17', `${VATM}, tr.15; ${HY}, điểm 7; ${TH}, điểm 6.2`, 'C'),
  'Q26-18': rule('Q26-18', `${VATM}, tr.9 (làm tròn một chữ số thập phân); ${CAND}, phụ lục (3 và 2 chữ số)`, 'C'),
  'Q26-19': rule(
    'Q26-19',
    `${VATM}, Mẫu 09A/09B ("Điểm đạt (chấm tối đa nếu đảm bảo; chấm 0 nếu không đảm bảo)"); ${CAND} (hai mức đảm bảo / không đảm bảo); Mẫu 01 TP. Hồ Chí Minh; ${TH} (ứng dụng)`,
    'C',
  ),
  'Q26-20': rule('Q26-20', `${VATM}, tr.10 (mỗi khoản giảm từ 1 điểm trở lên phải nêu căn cứ)`, 'C'),
  'Q26-21': rule(
    'Q26-21',
    `${VATM}, tr.9 ("K/AD": nêu lý do, không mặc nhiên chấm tối đa hoặc bằng không); cách tính lại theo tỷ lệ: ứng dụng của đơn vị`,
    'C',
  ),
  'Q26-23': rule(
    'Q26-23',
    `${VATM}, PL II mục III.1 (tr.31: chênh lệch từ 5 điểm trở lên hoặc thay đổi mức xếp loại thì nêu căn cứ), Mẫu 10`,
    'C',
  ),
  'Q26-24': rule('Q26-24', 'QĐ 366-QĐ/TW, Điều 11 (90 / 70 / 50 điểm)', 'A'),
  'Q26-25': rule(
    'Q26-25',
    `QĐ 366-QĐ/TW, Điều 11, khoản 1, điểm 1.5 (20%, 25% số HTTNV); ${VATM}, mục III.6 (số "HTT", làm tròn từ 0,5 lên 1) và Mẫu 15A/15B/16 ("tốt trở lên"); ${KTC}, Đ16.2 ("HTT"), Đ19.2 ("HTT trở lên")`,
    'C',
  ),
  'Q26-26': rule(
    'Q26-26',
    `${VATM}, mục III.6 (người đứng đầu không tính vào tỷ lệ, "theo hướng dẫn của Trung ương"); ra khỏi mẫu số: cách hiểu của Tự Soi`,
    'C',
  ),
  'Q26-27': rule('Q26-27', `${VATM}, mục III.6, III.10; ${HY}, mục 7`, 'C'),
  'Q26-28': rule(
    'Q26-28',
    `QĐ 366-QĐ/TW, Điều 11, khoản 4 (người đứng đầu, tập thể dưới 70%); ${VATM}, mục III.7; ${HY}; ${KTC}, Đ15.3b (cấp phó không xếp xuất sắc)`,
    'C',
  ),
  'Q26-29': rule('Q26-29', `${ND335}, Điều 20, khoản 6; ${VATM}, mục III.7; ${CAND}, Mục 3.b–d (trần điểm KPI)`, 'C'),
  'Q26-30': rule('Q26-30', `${VATM}, mục III.9 ("theo hướng dẫn của Trung ương"); ${KTC}, Đ21.6a–d`, 'C'),
  'Q26-32': rule(
    'Q26-32',
    `${VATM}, mục III.9 (dẫn HD 43-HD/BTCTW, "mốc 02 tháng"; nguyên văn HD 43 về điểm này chưa tìm thấy)`,
    'X',
  ),
  'Q26-33': rule(
    'Q26-33',
    `${VATM}, mục III.10 (không tính bình quân điểm cơ học); ${ND335}, Điều 17, khoản 3 và ${CAND}, Mục 5.2 (bình quân)`,
    'C',
  ),
  'Q26-34': rule('Q26-34', `${VATM}, tr.5 (quý IV tích hợp vào đánh giá cuối năm)`, 'C'),
  'Q26-35': rule('Q26-35', `${VATM}, mục III.10; ${HY}, mục 7; ${KTC}, Đ19.5`, 'C'),
  'Q26-36': rule('Q26-36', `${VATM}, mục III.10; ${HY}, mục 7`, 'C'),
  'Q26-37': rule('Q26-37', `${VATM}, mục III.10, tr.3; ${KTC}, Đ20.4`, 'C'),
  'Q26-38': rule('Q26-38', `${CAND}, Mục 5.2 (KPI quý, năm = bình quân KPI các tháng)`, 'C'),
  'Q26-39': rule('Q26-39', `${CAND}, Mục 5.1 (Nhóm 1: 70–100; Nhóm 2: 50 – dưới 70; Nhóm 3: dưới 50)`, 'C'),
  'Q26-40': rule(
    'Q26-40',
    `${CAND}, Mục 3.a (D = số tập thể, cá nhân thuộc quyền được đánh giá hoàn thành nhiệm vụ trở lên / số được đánh giá)`,
    'C',
  ),
  'Q26-41': rule(
    'Q26-41',
    `${VATM}, PL II tr.35 ("Gate KPI an toàn" trong ví dụ; tính bắt buộc chưa rõ: cách hiểu của Tự Soi)`,
    'X',
  ),
  'Q26-42': rule(
    'Q26-42',
    `${VATM}, PL II mục I.2–I.3 (khoảng tham khảo: trọng tâm 15–30 điểm, 1–2 sản phẩm; đột xuất 10–15; thường xuyên, định kỳ 5–10, 30–40%; chỉ là cảnh báo)`,
    'C',
  ),
  'Q26-43': rule(
    'Q26-43',
    `${KTC}, Đ12.1–12.3 (trục chính từ 40%, mỗi nhiệm vụ một trục; Trục 4 không miễn trừ với người quản lý); ${VATM}, tr.10–11 (trục chính 40–50%; Trục 4 với cán bộ cấp ủy, UBKT, người được giao công tác xây dựng Đảng)`,
    'C',
  ),
} as const satisfies Record<string, RuleInfo>);

/** A rule id of the q2026 rule set. */
export type Q26RuleId = keyof typeof Q2026_RULES;

/** What each q2026 rule says, briefly (docs, playground, CLI). */
export const Q2026_RULE_TITLES: Readonly<Record<Q26RuleId, Message>> = /* @__PURE__ */ deepFreeze({
  'Q26-01': {
    vi: 'Nhóm chung tối đa 30, nhóm kết quả tối đa 70, tổng tối đa 100; không điểm cộng hay làm tròn nào vượt trần.',
    en: 'General at most 30, results at most 70, total at most 100; no bonus or rounding goes past a cap.',
  },
  'Q26-02': {
    vi: 'Mỗi thành phần A, B, C, D là % của sản phẩm, từ 0 đến 100%; trên 100% chỉ khi bảng tính vượt chuẩn (đến 120%), hoặc tính bằng 100% khi bảng chỉ tính đến trần.',
    en: 'Each component A, B, C, D is a percent of the task, 0 to 100%; above 100% only where the pack scores exceeding (up to 120%), or counted as 100% where it caps.',
  },
  'Q26-03': {
    vi: 'Điểm KPI = trung bình các thành phần (A + B + C + D) / 4; người không giữ chức vụ lãnh đạo (A + B + C) / 3 nếu bảng chỉ tính D cho lãnh đạo.',
    en: 'KPI = the mean of the components, (A + B + C + D) / 4; non-leaders (A + B + C) / 3 where the pack counts D for leaders only.',
  },
  'Q26-04': {
    vi: 'Kết quả sản phẩm (%) = A × tỷ trọng A + B × tỷ trọng B + C × tỷ trọng C + D × tỷ trọng D; khung K1–K4, mỗi tỷ trọng điều chỉnh trong ±10 điểm phần trăm, tổng 100%.',
    en: 'Task result (%) = A·wA + B·wB + C·wC + D·wD; frames K1–K4, each weight adjustable by ±10 pp, adding up to 100%.',
  },
  'Q26-05': {
    vi: 'Điểm sản phẩm = kết quả (%) × trọng số / 100; tổng trọng số bằng 70 (trong sai số của bảng); tổng điểm nhiệm vụ tối đa 70.',
    en: 'Task points = result (%) × weight / 100; weights add up to 70 (within the pack’s tolerance); at most 70 in all.',
  },
  'Q26-06': {
    vi: 'Điểm trục = điểm tối đa của trục × % hoàn thành / 100; nhóm kết quả = tổng các trục (tối đa các trục cộng lại 70).',
    en: 'Axis points = axis max × completion % / 100; results = the sum (axis maxima add up to 70).',
  },
  'Q26-07': {
    vi: 'Chấm điểm trực tiếp từng trục, từ 0 đến điểm tối đa của trục; nhóm kết quả = tổng các trục.',
    en: 'Each axis scored directly from 0 to its max; results = the sum.',
  },
  'Q26-08': {
    vi: 'KPI = (A + B + C) / 3 × 100, lãnh đạo (A + B + C + D) / 4 × 100; nhóm kết quả = KPI × 0,7.',
    en: 'KPI = (A + B + C) / 3 × 100, leaders (A + B + C + D) / 4 × 100; results = KPI × 0.7.',
  },
  'Q26-09': {
    vi: 'Theo bảng: chất lượng (B) tính tối đa theo số lần phải chỉnh sửa, tiến độ (C) theo số lần bị nhắc (Công an: 0 → 100%, 1 → 75%, …, từ 7 hoặc 4 lần → 0).',
    en: 'Per the pack: quality (B) capped by revisions, timeliness (C) by reminders (CAND: 0 → 100%, 1 → 75%, …, 7 or 4 and more → 0).',
  },
  'Q26-10': {
    vi: 'Theo bảng (Nghị định 335): mỗi lần đánh giá chưa đạt trừ 25% điểm chất lượng (B), mỗi lần chậm trừ 25% điểm tiến độ (C) của sản phẩm; không trừ khi nguyên nhân khách quan được cấp có thẩm quyền xác nhận.',
    en: 'Per the pack (NĐ 335): each failed quality review takes 25% off the task’s quality points (B), each delay 25% off its timeliness points (C); none when the competent level confirms an objective cause.',
  },
  'Q26-11': {
    vi: 'Theo bảng: tiến độ tính theo số ngày làm việc chậm (TP. Hồ Chí Minh: đúng hạn 100%, chậm 1–3 ngày 80%, 4–5 ngày 60%, trên 5 ngày 0).',
    en: 'Per the pack: timeliness by working days late (HCM: on time 100%, 1–3 days 80%, 4–5 days 60%, over 5 days 0).',
  },
  'Q26-12': {
    vi: 'Sản phẩm "vượt chuẩn" khi đạt đủ chuẩn và có minh chứng vượt; được đếm để tính tỷ lệ vượt mức, không cộng điểm vượt trần.',
    en: 'A task is "exceeded" when it meets its standard with evidence of more; it counts for the exceeded share, never for points past the cap.',
  },
  'Q26-15': {
    vi: 'Theo bảng (Cao đẳng Kon Tum): Mức 1 tương ứng kết quả 90–100%, Mức 2 từ 60 đến dưới 90%, Mức 3 dưới 60%; nhiệm vụ trọng tâm có kết quả ngoài khoảng của Mức được xếp: chỉ cảnh báo.',
    en: 'Per the pack (KTC): Mức 1 is a result of 90–100%, Mức 2 60 to under 90%, Mức 3 under 60%; a key task whose result is outside its Mức’s range: a warning only.',
  },
  'Q26-16': {
    vi: 'Nhiệm vụ trọng tâm: xuất sắc khi không có nhiệm vụ Mức 2 hoặc Mức 3; tốt và hoàn thành khi không có Mức 3 và Mức 2 dưới 20%; có Mức 3 thì không hoàn thành nhiệm vụ.',
    en: 'Key tasks: HTXSNV needs none at Mức 2 or 3; HTTNV and HTNV need none at Mức 3 and under 20% at Mức 2; any at Mức 3 gives KHTNV.',
  },
  'Q26-17': {
    vi: 'Hoàn thành dưới 100% nhiệm vụ được giao trong quý do nguyên nhân chủ quan thì không hoàn thành nhiệm vụ (trừ lý do khách quan, bất khả kháng được xác nhận).',
    en: 'Under 100% of the quarter’s tasks done for subjective reasons gives KHTNV (confirmed objective causes excepted).',
  },
  'Q26-18': {
    vi: 'Làm tròn theo bảng: điểm từng sản phẩm, tổng điểm nhiệm vụ, nhóm chung, tổng (số chữ số hoặc bước; lên từ 0,5, chẵn gần nhất hoặc bỏ phần lẻ).',
    en: 'Rounding per the pack: each task, the task total, the general group, the total (decimals or a step; half-up, half-even or truncate).',
  },
  'Q26-19': {
    vi: 'Tiêu chí chung chấm hai mức: đảm bảo được tối đa điểm của tiêu chí, không đảm bảo được 0.',
    en: 'General criteria have two answers: met gives the criterion’s maximum, not met gives 0.',
  },
  'Q26-20': {
    vi: 'Mỗi khoản giảm từ số điểm bảng quy định trở lên (Quản lý bay: 1 điểm) phải nêu căn cứ.',
    en: 'Each deduction of the pack’s minimum or more (VATM: 1 point) needs its basis.',
  },
  'Q26-21': {
    vi: 'Tiêu chí không áp dụng ghi "K/AD", nêu lý do; xử lý trọng số theo bảng: tính lại theo tỷ lệ, tính đủ điểm, hoặc cấp có thẩm quyền cho điểm.',
    en: 'A criterion not applicable is marked K/AD with a reason; its weight follows the pack: rescaled, full marks, or points set by the competent level.',
  },
  'Q26-23': {
    vi: 'Điểm tự chấm và điểm đề xuất chênh lệch từ số điểm bảng quy định trở lên (Quản lý bay: 5) hoặc khác khung điểm: hồ sơ phải nêu ngắn gọn từng căn cứ; chỉ cảnh báo.',
    en: 'Self and appraisal totals the pack’s minimum apart or more (VATM: 5), or in different bands: the file states each basis briefly; a warning only.',
  },
  'Q26-24': {
    vi: 'Mức của quý theo khung 90 / 70 / 50 điểm và điều kiện của Điều 11; đủ điểm mà thiếu điều kiện thì không được xếp mức đó.',
    en: 'The quarter’s level by the 90 / 70 / 50 bands and Điều 11’s conditions; the points without the conditions do not give that level.',
  },
  'Q26-25': {
    vi: 'Tỉ lệ hoàn thành xuất sắc của quý trong nhóm cùng chức danh: không quá 20% (25%) số hoàn thành tốt (mặc định) hoặc số hoàn thành tốt trở lên; làm tròn từ 0,5 lên 1 (mặc định của quý).',
    en: 'The quarter’s HTXSNV quota in a peer group: at most 20% (25%) of those rated HTTNV (default) or HTTNV and above; 0.5 rounds up (the quarterly default).',
  },
  'Q26-26': {
    vi: 'Người đứng đầu không tính vào tỷ lệ hoàn thành xuất sắc của nhóm cùng chức danh (và không tính vào mẫu số: cách hiểu của Tự Soi).',
    en: "A head is left out of the peer group's HTXSNV quota count (and its denominator: Tự Soi's reading).",
  },
  'Q26-27': {
    vi: 'Khi số đề xuất xuất sắc vượt tỷ lệ: xếp thứ tự theo số quý đề xuất xuất sắc (cả năm), số nhiệm vụ vượt mức (khi có số liệu), rồi tổng điểm; không theo chức vụ, thứ tự đề xuất; số liệu không phân định được thì cấp có thẩm quyền xem xét.',
    en: 'When HTXSNV proposals exceed the quota: order by quarters proposed HTXSNV (annual), tasks exceeded (where the data exists), then total; never by position or the order proposed; what the data cannot decide goes to the competent level.',
  },
  'Q26-28': {
    vi: 'Tập thể hoàn thành dưới 70% nhiệm vụ (không kể bất khả kháng được xác nhận): người đứng đầu không hoàn thành nhiệm vụ; cấp phó, thành viên lãnh đạo không xếp loại hoàn thành xuất sắc nhiệm vụ.',
    en: 'A collective under 70% of its tasks done (confirmed force majeure aside): its head is rated KHTNV; deputies and leadership members are not rated HTXSNV.',
  },
  'Q26-29': {
    vi: 'Người đứng đầu không xếp cao hơn tập thể mình đứng đầu (theo mức, hoặc theo điểm: điểm không cao hơn điểm tập thể).',
    en: 'A head is not rated above the collective they head (by level, or by score: no more points than the collective).',
  },
  'Q26-30': {
    vi: 'Chưa xếp loại quý: đào tạo tập trung hoặc nghỉ ốm, thai sản từ 02 tháng trở lên trong quý; lần đầu bổ nhiệm dưới 01 tháng; đang kiểm tra dấu hiệu vi phạm.',
    en: 'Not rated this quarter: 2 months or more of full-time training or sick/maternity leave; first appointed under 1 month; under check for signs of a violation.',
  },
  'Q26-32': {
    vi: 'Thay đổi vị trí, đơn vị trong quý: đơn vị nơi công tác từ 02 tháng trở lên trong quý đánh giá (cách hiểu "mốc 02 tháng", chưa xác minh); đơn vị cũ chuyển thông tin.',
    en: 'A change of post or unit in the quarter: the unit where the person worked 2 months or more rates the quarter (reading of the "2-month mark", unverified); the old unit hands over its record.',
  },
  'Q26-33': {
    vi: 'Cả năm căn cứ kết quả các quý và quý IV, không tính bình quân cơ học (mặc định); tuỳ chọn bình quân điểm các quý (Nghị định 335, Công an).',
    en: 'The year rests on the quarters and Q4, with no mechanical average (default); option: the mean of the quarters (NĐ 335, CAND).',
  },
  'Q26-34': {
    vi: 'Quý IV tích hợp vào đánh giá cuối năm (mặc định) hoặc xếp loại riêng.',
    en: 'Q4 is part of the annual review (default) or rated on its own.',
  },
  'Q26-35': {
    vi: 'Có 01 quý không hoàn thành nhiệm vụ thì không xếp loại hoàn thành xuất sắc nhiệm vụ cả năm.',
    en: 'One KHTNV quarter rules out HTXSNV for the year.',
  },
  'Q26-36': {
    vi: 'Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên: báo để cấp có thẩm quyền xem xét thay thế, điều chuyển (không tự động).',
    en: 'KHTNV in 2 or more consecutive quarters: flagged for the competent level to consider replacement (never automatic).',
  },
  'Q26-37': {
    vi: 'Mức xếp loại quý không tự động dẫn đến quyết định nhân sự hay tiền thưởng.',
    en: 'A quarterly level never triggers a personnel or pay decision by itself.',
  },
  'Q26-38': {
    vi: 'Chế độ KPI của Công an nhân dân: KPI quý, năm bằng bình quân KPI các tháng (3 hoặc 12 tháng).',
    en: 'CAND KPI regime: a quarter’s or a year’s KPI is the mean of its monthly KPIs (3 or 12 months).',
  },
  'Q26-39': {
    vi: 'Chế độ KPI của Công an nhân dân: Nhóm 1 KPI từ 70 đến 100, Nhóm 2 từ 50 đến dưới 70, Nhóm 3 dưới 50.',
    en: 'CAND KPI regime: Nhóm 1 KPI 70 to 100, Nhóm 2 50 to under 70, Nhóm 3 under 50.',
  },
  'Q26-40': {
    vi: 'Chế độ KPI của Công an nhân dân: D của lãnh đạo, chỉ huy = tỷ lệ tập thể, cá nhân thuộc quyền được đánh giá hoàn thành nhiệm vụ trở lên (0–1, không tính bản thân).',
    en: 'CAND KPI regime: a leader’s D = the share of subordinates rated HTNV or better (0–1, the leader not counted).',
  },
  'Q26-41': {
    vi: 'Cổng an toàn (tuỳ chọn, mặc định tắt; tính bắt buộc chưa rõ): sản phẩm an toàn có B dưới 80% hoặc để xảy ra sự cố chủ quan thì tối đa Hoàn thành nhiệm vụ, không xếp loại xuất sắc.',
    en: 'Safety gate (an option, off by default; whether it binds is unclear): a safety product with B under 80% or a subjective incident caps the quarter at HTNV, never HTXSNV.',
  },
  'Q26-42': {
    vi: 'Kế hoạch sản phẩm trong quý theo khoảng tham khảo của bảng (trọng số sản phẩm trọng tâm, số sản phẩm trọng tâm, trọng số sản phẩm đột xuất, thường xuyên và tỷ trọng sản phẩm thường xuyên): chỉ cảnh báo, không đổi mức.',
    en: 'The quarter’s plan against the pack’s reference ranges (key-task weights and number, unplanned and regular task weights, the regular tasks’ share): warnings only, the level is unchanged.',
  },
  'Q26-43': {
    vi: 'Trục chính chiếm tỷ trọng theo bảng (Quản lý bay 40–50%, Cao đẳng Kon Tum từ 40%); mỗi sản phẩm thuộc đúng một trục; Trục 4 bắt buộc với người quản lý hoặc với người làm công tác Đảng, theo bảng: chỉ cảnh báo.',
    en: 'The main axis carries the pack’s share of the weight (VATM 40–50%, KTC at least 40%); each task on exactly one axis; Trục 4 required of managers or of those doing Party work, per the pack: warnings only.',
  },
});
