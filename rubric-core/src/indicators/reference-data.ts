// Generated once from shared/reference/indicators-27.md (§3): wording exactly as the cited
// sources print it, never invented. `textVi` is null where no wording is verified (UNV); for
// PART items it is the verified fragment only. Editorial markers are not part of the text.

/** How far an indicator's wording is verified (shared/reference/indicators-27.md §2). */
export type IndicatorStatus = 'V2' | 'V1' | 'ASM' | 'PART' | 'UNV';

/** One of the 27 biểu hiện of Nghị quyết 04-NQ/TW. */
export interface Indicator {
  /** I-1 … III-9. */
  readonly id: string;
  readonly group: string;
  readonly order: number;
  /** Wording as printed by its source; null where none is verified. */
  readonly textVi: string | null;
  readonly status: IndicatorStatus;
  /** A neutral navigation label, never the resolution's wording. */
  readonly topicVi: string;
  /** True when the topic comes from a mnemonic poem (UNV items). */
  readonly topicFromMnemonic: boolean;
  /** A short working gloss, not an official translation. */
  readonly glossEn: string;
  readonly sources: readonly { readonly tag: string; readonly url: string }[];
  readonly sourceNote: string;
}

/** Nghị quyết 04-NQ/TW, Hội nghị Trung ương 4 khoá XII, 30/10/2016. */
export const NQ04_CITATION =
  'Nghị quyết 04-NQ/TW (30/10/2016), Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khoá XII';

/** The 27 biểu hiện as the project's reference knows them. */
export const REFERENCE_INDICATORS: readonly Indicator[] = [
  {
    id: 'I-1',
    group: 'I',
    order: 1,
    textVi:
      'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào mục tiêu độc lập dân tộc và chủ nghĩa xã hội; hoài nghi, thiếu tin tưởng vào chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.',
    status: 'V2',
    topicVi: 'Phai nhạt lý tưởng cách mạng; giảm sút niềm tin',
    topicFromMnemonic: false,
    glossEn:
      'Fading revolutionary ideals; wavering, declining faith in national independence and socialism; doubting Marxism-Leninism and Ho Chi Minh Thought.',
    sources: [
      {
        tag: 'S1',
        url: 'http://new88w.xyz/vi/news/Thong-tin-chung/Nhan-dien-27-bieu-hien-suy-thoai-tu-dien-bien-tu-chuyen-hoa-371.html',
      },
      {
        tag: 'S2',
        url: 'https://danviet.vn/nhan-dien-qua-trinh-tu-suy-thoai-ve-tu-tuong-chinh-tri-den-tu-dien-bien-tu-chuyen-hoa-2023062209121573.htm',
      },
      {
        tag: 'S7',
        url: 'https://vi.wikipedia.org/wiki/%C4%90%E1%BB%95i_M%E1%BB%9Bi',
      },
      {
        tag: 'S3',
        url: 'http://plo.vn/thoi-su/chinh-tri/diem-mat-hang-loat-bieu-hien-suy-thoai-662223.html',
      },
    ],
    sourceNote:
      '[S1] (writes "Marx - Lenin"); [S2]; [S7] (GitHub copy: repo `tnt305/tai_lieu_noi_bo`, path `src/etl/dataset/0bbc5419ed53a5ca.md`, commit 94c5034af72cc7e5020694d06eceb126a103d48b); [S3] has the same wording but abbreviates "CNXH" (summary article)',
  },
  {
    id: 'I-2',
    group: 'I',
    order: 2,
    textVi:
      'Xa rời tôn chỉ, mục đích của Đảng; không kiên định con đường đi lên chủ nghĩa xã hội; phụ hoạ theo những nhận thức lệch lạc, quan điểm sai trái.',
    status: 'V2',
    topicVi: 'Xa rời tôn chỉ, mục đích của Đảng',
    topicFromMnemonic: false,
    glossEn:
      "Drifting from the Party's tenets and aims; not steadfast on the road to socialism; echoing distorted perceptions and wrong views.",
    sources: [
      {
        tag: 'S1',
        url: 'http://new88w.xyz/vi/news/Thong-tin-chung/Nhan-dien-27-bieu-hien-suy-thoai-tu-dien-bien-tu-chuyen-hoa-371.html',
      },
      {
        tag: 'S2',
        url: 'https://danviet.vn/nhan-dien-qua-trinh-tu-suy-thoai-ve-tu-tuong-chinh-tri-den-tu-dien-bien-tu-chuyen-hoa-2023062209121573.htm',
      },
      {
        tag: 'S7',
        url: 'https://vi.wikipedia.org/wiki/%C4%90%E1%BB%95i_M%E1%BB%9Bi',
      },
    ],
    sourceNote:
      '[S1]; [S2]; [S7] writes "phụ họa" (GitHub copy: repo `tnt305/tai_lieu_noi_bo`, path `src/etl/dataset/0bbc5419ed53a5ca.md`, commit 94c5034af72cc7e5020694d06eceb126a103d48b)',
  },
  {
    id: 'I-3',
    group: 'I',
    order: 3,
    textVi:
      'Nhận thức sai lệch về ý nghĩa, tầm quan trọng của lý luận và học tập lý luận chính trị; lười học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, chủ trương, đường lối, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước.',
    status: 'V2',
    topicVi: 'Nhận thức sai lệch, lười học tập lý luận chính trị',
    topicFromMnemonic: false,
    glossEn:
      'Misjudging the importance of political theory and its study; lazy in studying Marxism-Leninism, Ho Chi Minh Thought, Party lines and resolutions, State policy and law.',
    sources: [
      {
        tag: 'S1',
        url: 'http://new88w.xyz/vi/news/Thong-tin-chung/Nhan-dien-27-bieu-hien-suy-thoai-tu-dien-bien-tu-chuyen-hoa-371.html',
      },
      {
        tag: 'S2',
        url: 'https://danviet.vn/nhan-dien-qua-trinh-tu-suy-thoai-ve-tu-tuong-chinh-tri-den-tu-dien-bien-tu-chuyen-hoa-2023062209121573.htm',
      },
    ],
    sourceNote:
      '[S1] (writes "Marx - Lenin"); [S2]; the first clause is also quoted by tntmedia-atlanta.com/2021/11/16 (citing Ban Tuyên giáo TƯ)',
  },
  {
    id: 'I-4',
    group: 'I',
    order: 4,
    textVi:
      'Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng; sa sút ý chí phấn đấu, không gương mẫu trong công tác; né tránh trách nhiệm, thiếu trách nhiệm, trung bình chủ nghĩa, làm việc qua loa, đại khái, kém hiệu quả; không còn ý thức hết lòng vì nước, vì dân, không làm tròn chức trách, nhiệm vụ được giao.',
    status: 'V1',
    topicVi: 'Không chấp hành nghiêm nguyên tắc tổ chức; né tránh, thiếu trách nhiệm',
    topicFromMnemonic: false,
    glossEn:
      "Not strictly following the Party's organisational principles; declining drive, not exemplary; shirking or lacking responsibility, mediocre, perfunctory and ineffective work; no longer devoted to country and people; not fulfilling assigned duties.",
    sources: [
      {
        tag: 'S3',
        url: 'http://plo.vn/thoi-su/chinh-tri/diem-mat-hang-loat-bieu-hien-suy-thoai-662223.html',
      },
      {
        tag: 'S1',
        url: 'http://new88w.xyz/vi/news/Thong-tin-chung/Nhan-dien-27-bieu-hien-suy-thoai-tu-dien-bien-tu-chuyen-hoa-371.html',
      },
      {
        tag: 'S9',
        url: 'https://baothainguyen.vn/chinh-tri/bao-ve-nen-tang-tu-tuong-cua-dang/',
      },
      {
        tag: 'S10',
        url: 'https://lawnet.vn/thong-tin-phap-luat/en/can-bo-cong-chuc-vien-chuc/27-signs-of-political-and-ethical-decline-in-thinking-and-lifestyle-of-cpv-members-142118.html',
      },
    ],
    sourceNote:
      'full text: [S3]; beginning identical in [S1]; fragment "Không còn ý thức hết lòng vì nước, vì dân" in [S9]; English: [S10] matches the first part',
  },
  {
    id: 'I-5',
    group: 'I',
    order: 5,
    textVi:
      'Trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm; khi có khuyết điểm thì thiếu thành khẩn, không tự giác nhận kỷ luật. Trong phê bình thì nể nang, né tránh, ngại va chạm, thấy đúng không bảo vệ, thấy sai không đấu tranh; lợi dụng phê bình để nịnh bợ, lấy lòng nhau hoặc vu khống, bôi nhọ, chỉ trích, phê phán người khác với động cơ cá nhân không trong sáng.',
    status: 'ASM',
    topicVi: 'Giấu giếm trong tự phê bình; nể nang, né tránh trong phê bình',
    topicFromMnemonic: false,
    glossEn:
      'Concealing faults in self-criticism, insincere, not accepting discipline; in criticism: deferential, evasive, conflict-averse, not defending what is right or fighting what is wrong; using criticism to flatter, or to slander others for impure personal motives.',
    sources: [
      {
        tag: 'S3',
        url: 'http://plo.vn/thoi-su/chinh-tri/diem-mat-hang-loat-bieu-hien-suy-thoai-662223.html',
      },
      {
        tag: 'S4',
        url: 'https://trongan2510.blogspot.com/2017/03/nhan-dien-nhung-bieu-hien-suy-thoai-ve.html',
      },
      {
        tag: 'S5',
        url: 'http://binhminhdatphu.com/chuyen-muc/bao-ve-nen-tang-tu-tuong/page/25',
      },
      {
        tag: 'N16',
        url: 'http://benkiasongduong65.blogspot.com/2017/02/lo-mat-bon-co-hoi-bat-man-chinh-tri.html',
      },
    ],
    sourceNote:
      'first sentence and start of the second: [S3] (cut at "thấy đúng không bảo v…"); second sentence complete: [S4]; "Trong phê bình thì nể nang, né tránh, ngại va chạm, thấy đúng không bảo vệ, thấy sai không đấu tranh" also in [S5]; the join is corroborated by [N16] (unattributed paraphrase, same wording). Check the join and the I-4/I-5 boundary against the original.',
  },
  {
    id: 'I-6',
    group: 'I',
    order: 6,
    textVi:
      'Nói không đi đôi với làm; hứa nhiều làm ít; nói một đằng, làm một nẻo; nói trong hội nghị khác, nói ngoài hội nghị khác; nói và làm không nhất quán giữa khi đương chức với lúc về nghỉ hưu…',
    status: 'PART',
    topicVi: 'Nói không đi đôi với làm',
    topicFromMnemonic: false,
    glossEn:
      'Words not matched by deeds; promising much, doing little; saying one thing and doing another; saying different things inside and outside meetings; inconsistency between time in office and retirement. (Opening and end unverified.)',
    sources: [
      {
        tag: 'N1',
        url: 'https://dantri.com.vn/blog/can-tuyen-chien-voi-nhung-nguoi-gioi-hua-20210514043856587.htm',
      },
      {
        tag: 'N2',
        url: 'https://baophutho.vn/tri-benh-noi-nhieu-lam-it-221427.htm',
      },
      {
        tag: 'S4',
        url: 'https://trongan2510.blogspot.com/2017/03/nhan-dien-nhung-bieu-hien-suy-thoai-ve.html',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      '[N1] quotes this as the text of NQ 04-NQ/TW and ends with "…"; [N2] paraphrases the same clauses and places them among the biểu hiện suy thoái về tư tưởng chính trị. Open: (a) [S4], a run-on digest, has "Nói và viết không đúng với quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Nói không đi đôi với làm", so the item may open with that sentence; (b) the item may continue after "nghỉ hưu". Poem line in [S11]: "Nói rồi hứa hẹn hay ho khác làm".',
  },
  {
    id: 'I-7',
    group: 'I',
    order: 7,
    textVi:
      'Duy ý chí, áp đặt, bảo thủ, chỉ làm theo ý mình; không chịu học tập, lắng nghe, tiếp thu ý kiến hợp lý của người khác.',
    status: 'V1',
    topicVi: 'Duy ý chí, áp đặt, bảo thủ',
    topicFromMnemonic: false,
    glossEn:
      "Voluntarism, imposing, conservative, doing only as one pleases; refusing to learn from, listen to and take in others' reasonable views.",
    sources: [
      {
        tag: 'S6',
        url: 'https://vietnamtodaynew.blogspot.com/2023/03/moi-nguy-hai-cua-bieu-hien-chu-quan-duy.html',
      },
      {
        tag: 'S8',
        url: 'https://nguoihanoi.vn/ren-tu-duy-khoa-hoc-phat-huy-dan-chu-de-ngan-chan-benh-duy-y-chi-ap-dat-bao-thu-chi-lam-theo-y-minh-18080.html',
      },
      {
        tag: 'S4',
        url: 'https://trongan2510.blogspot.com/2017/03/nhan-dien-nhung-bieu-hien-suy-thoai-ve.html',
      },
    ],
    sourceNote: '[S6]; first half also in [S8] (headline) and [S4]. The item may continue after "…của người khác".',
  },
  {
    id: 'I-8',
    group: 'I',
    order: 8,
    textVi: null,
    status: 'UNV',
    topicVi: 'Khó khăn thì tránh, tham danh phiếu bầu',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: avoiding hardship; chasing position and votes.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
      {
        tag: 'N16',
        url: 'http://benkiasongduong65.blogspot.com/2017/02/lo-mat-bon-co-hoi-bat-man-chinh-tri.html',
      },
    ],
    sourceNote:
      '[S11] (mnemonic poem: topic and position only). Lead only, not a quotation of the resolution: [N16] (paraphrase about canvassing votes and confidence ballots). Do not use as text.',
  },
  {
    id: 'I-9',
    group: 'I',
    order: 9,
    textVi: null,
    status: 'UNV',
    topicVi: 'Thân, quen bổ nhiệm xếp vào',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: appointing or placing relatives and acquaintances.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S11] (mnemonic poem: topic and position only). No quotation available.',
  },
  {
    id: 'II-1',
    group: 'II',
    order: 1,
    textVi: null,
    status: 'UNV',
    topicVi: 'Cá nhân, cơ hội, tị ganh',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: individualism, opportunism, envy.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S11] (mnemonic poem: topic and position only)',
  },
  {
    id: 'II-2',
    group: 'II',
    order: 2,
    textVi: null,
    status: 'UNV',
    topicVi: 'Tranh quyền, cục bộ, điều hành trưởng gia',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: jockeying for power, localism, patriarchal management.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S11] (mnemonic poem: topic and position only)',
  },
  {
    id: 'II-3',
    group: 'II',
    order: 3,
    textVi: null,
    status: 'UNV',
    topicVi: 'Kê khai tài sản mập mờ',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: unclear or dishonest asset declaration.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
      {
        tag: 'N15',
        url: 'https://baomoi.com/dang-vien-ke-khai-minh-bach-tai-san-khong-trung-thuc-la-bieu-hien-suy-thoai-ve-dao-duc-loi-song-c46664858.epi',
      },
    ],
    sourceNote: '[S11] (mnemonic poem: topic and position only); topic only (headline, no item text): [N15]',
  },
  {
    id: 'II-4',
    group: 'II',
    order: 4,
    textVi:
      'Mắc "bệnh thành tích", háo danh, phô trương, che giấu khuyết điểm, thổi phồng thành tích, "đánh bóng" tên tuổi; thích được đề cao, ca ngợi; "chạy thành tích", "chạy khen thưởng", "chạy danh hiệu".',
    status: 'ASM',
    topicVi: 'Bệnh thành tích, háo danh, phô trương',
    topicFromMnemonic: false,
    glossEn:
      '"Achievement disease", fame-seeking, showing off, hiding shortcomings, inflating results, "polishing" one\'s name; liking to be exalted and praised; chasing achievements, commendations and titles.',
    sources: [
      {
        tag: 'N10',
        url: 'https://baomoi.zadn.vn/tri-benh-thoi-phong-thanh-tich-danh-bong-ten-tuoi-c34500076.epi',
      },
      {
        tag: 'N11',
        url: 'http://www.baodaknong.org.vn/dien-dan/benh-hao-danh-thanh-tich-55817.html',
      },
      {
        tag: 'N12',
        url: 'http://nguoihanoi.com.vn/chay-quyen-ptag.html',
      },
      {
        tag: 'N9',
        url: 'http://www.qdnd.vn/du-luan-quan-tam',
      },
      {
        tag: 'N13',
        url: 'https://baonghean.vn/en/chong-can-benh-hao-danh-10232025.html',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      '(a) "háo danh, phô trương, che giấu khuyết điểm, thổi phồng thành tích, "đánh bóng" tên tuổi; thích được đề cao, ca ngợi" in [N10] (quoted as what NQ TW4 XII "xác định"; capitalised "Háo danh…"), [N11], [N12]; (b) "thích được đề cao, ca ngợi; "chạy thành tích", "chạy khen thưởng", "chạy danh hiệu"" in [N9] (QĐND 26/04/2017: "Một trong 9 biểu hiện suy thoái về đạo đức, lối sống … đó là: "Mắc "bệnh thành tích"; thích được đề cao, ca ngợi; "chạy thành tích", "chạy khen thưởng", "chạy danh hiệu""). Join to check: N9 opens "Mắc "bệnh thành tích"" and goes straight to "; thích được đề cao"; the others open with "Háo danh" or "bệnh "thành tích, háo danh"". The exact opening and the punctuation between "bệnh thành tích" and "háo danh" are uncertain. English corroboration: [N13]. Poem line in [S11]: "Giấu che khuyết điểm, thân cò phô trương".',
  },
  {
    id: 'II-5',
    group: 'II',
    order: 5,
    textVi: '… thờ ơ, vô cảm, thiếu trách nhiệm trước những khó khăn, bức xúc và đòi hỏi chính đáng của nhân dân.',
    status: 'PART',
    topicVi: 'Thờ ơ, vô cảm, thiếu trách nhiệm trước nhân dân',
    topicFromMnemonic: false,
    glossEn:
      "Indifference and irresponsibility towards the people's hardships, grievances and legitimate demands. (Opening unverified.)",
    sources: [
      {
        tag: 'S9',
        url: 'https://baothainguyen.vn/chinh-tri/bao-ve-nen-tang-tu-tuong-cua-dang/',
      },
      {
        tag: 'N14',
        url: 'https://www.quanlynhanuoc.vn/2020/06/18/tu-tuong-ho-chi-minh-ve-benh-quan-lieu-va-van-dung-trong-boi-canh-hien-nay/',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      'fragment quoted as NQ TW4 XII text by [S9]; [N14] (18/06/2020) has an unattributed close paraphrase that may be the whole item, beginning with bureaucratism ("quan liêu xa rời quần chúng, không sâu sát cơ sở"); it is not presented as a quotation, so the opening is unverified. Position from the poem line in [S11]: "Quan liêu, vô cảm, bàng quan".',
  },
  {
    id: 'II-6',
    group: 'II',
    order: 6,
    textVi: null,
    status: 'UNV',
    topicVi: 'Thất thoát, phí phạm thời gian, bạc tiền',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: losses and waste of public money and working time.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S11] (mnemonic poem: topic and position only)',
  },
  {
    id: 'II-7',
    group: 'II',
    order: 7,
    textVi: null,
    status: 'UNV',
    topicVi: 'Tham ô, lạm dụng chức quyền',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: embezzlement, abuse of office.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      '[S11] (mnemonic poem: topic and position only); giadinhplus Q&A (see Other references) places tham nhũng, tiêu cực in the đạo đức–lối sống group',
  },
  {
    id: 'II-8',
    group: 'II',
    order: 8,
    textVi: null,
    status: 'UNV',
    topicVi: 'Thao túng nhân sự lợi riêng cho mình',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: manipulating personnel work for private gain.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S11] (mnemonic poem: topic and position only)',
  },
  {
    id: 'II-9',
    group: 'II',
    order: 9,
    textVi: null,
    status: 'UNV',
    topicVi: 'Bê tha, phạm đạo gia đình',
    topicFromMnemonic: true,
    glossEn: 'Provisional, topic only: dissolute living; violating family ethics.',
    sources: [
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
      {
        tag: 'N17',
        url: 'https://nhandan.vn/dang-va-cuoc-song/cham-dut-tinh-trang-tiec-tung-khong-lanh-manh-lang-phi-289461/dan-toc-mien-nui',
      },
    ],
    sourceNote:
      '[S11] (mnemonic poem: topic and position only); [N17] says feasting and heavy drinking are among the biểu hiện named by NQ TW4 khóa XII (paraphrase only)',
  },
  {
    id: 'III-1',
    group: 'III',
    order: 1,
    textVi:
      'Phản bác, phủ nhận chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh và các nguyên tắc tổ chức của Đảng, nhất là nguyên tắc tập trung dân chủ; đòi thực hiện "đa nguyên, đa đảng".',
    status: 'V1',
    topicVi: 'Phủ nhận chủ nghĩa Mác-Lênin; đòi "đa nguyên, đa đảng',
    topicFromMnemonic: false,
    glossEn:
      'Rejecting Marxism-Leninism, Ho Chi Minh Thought and the Party\'s organisational principles, especially democratic centralism; demanding "pluralism, multi-party".',
    sources: [
      {
        tag: 'S12',
        url: 'https://boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      '[S12] (content-farm page; no second full-text source); poem line in [S11]: "Phủ nhận Mác, đòi đa nguyên"',
  },
  {
    id: 'III-2',
    group: 'III',
    order: 2,
    textVi:
      'Phản bác, phủ nhận nền dân chủ xã hội chủ nghĩa, nhà nước pháp quyền xã hội chủ nghĩa; đòi thực hiện thể chế "tam quyền phân lập", phát triển "xã hội dân sự". Phủ nhận nền kinh tế thị trường định hướng xã hội chủ nghĩa, chế độ sở hữu toàn dân về đất đai.',
    status: 'V1',
    topicVi: 'Phủ nhận nhà nước pháp quyền xã hội chủ nghĩa; đòi "tam quyền phân lập',
    topicFromMnemonic: false,
    glossEn:
      'Rejecting socialist democracy and the socialist rule-of-law state; demanding "separation of powers" and "civil society"; rejecting the socialist-oriented market economy and all-people ownership of land.',
    sources: [
      {
        tag: 'S12',
        url: 'https://boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S12]; poem line in [S11] begins "Tam quyền phân lập…"',
  },
  {
    id: 'III-3',
    group: 'III',
    order: 3,
    textVi:
      'Nói, viết, làm trái quan điểm, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Hạ thấp, phủ nhận những thành quả cách mạng; thổi phồng khuyết điểm của Đảng, Nhà nước. Xuyên tạc lịch sử, bịa đặt, vu cáo các lãnh tụ tiền bối và lãnh đạo Đảng, Nhà nước.',
    status: 'V1',
    topicVi: 'Nói, viết, làm trái đường lối; xuyên tạc lịch sử',
    topicFromMnemonic: false,
    glossEn:
      'Speaking, writing, acting against Party line and State policy and law; belittling revolutionary achievements; exaggerating Party and State shortcomings; distorting history; slandering past and present leaders.',
    sources: [
      {
        tag: 'S12',
        url: 'https://boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S12]; poem line in [S11]: "Phủ nhận thành quả Đảng ta"',
  },
  {
    id: 'III-4',
    group: 'III',
    order: 4,
    textVi:
      'Kích động tư tưởng bất mãn, bất đồng chính kiến, chống đối trong nội bộ. Lợi dụng và sử dụng các phương tiện thông tin, truyền thông, mạng xã hội để nói xấu, bôi nhọ, hạ thấp uy tín, vai trò lãnh đạo của Đảng, gây chia rẽ nội bộ, nghi ngờ trong cán bộ, đảng viên và nhân dân.',
    status: 'V1',
    topicVi: 'Kích động bất mãn; lợi dụng mạng xã hội gây chia rẽ',
    topicFromMnemonic: false,
    glossEn:
      'Inciting discontent, dissent and opposition inside; using media and social networks to smear the Party, divide the organisation and sow doubt.',
    sources: [
      {
        tag: 'S12',
        url: 'https://boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S12]; poem line in [S11]: "Kích động bất mãn, gây ra nghi ngờ"',
  },
  {
    id: 'III-5',
    group: 'III',
    order: 5,
    textVi:
      'Phủ nhận vai trò lãnh đạo tuyệt đối, trực tiếp về mọi mặt của Đảng đối với lực lượng vũ trang; đòi "phi chính trị hóa" quân đội và công an; xuyên tạc đường lối quốc phòng toàn dân và an ninh nhân dân; chia rẽ quân đội với công an; chia rẽ nhân dân với quân đội và công an.',
    status: 'V1',
    topicVi: 'Đòi "phi chính trị hóa" quân đội và công an',
    topicFromMnemonic: false,
    glossEn:
      'Denying the Party\'s absolute, direct leadership of the armed forces; demanding "depoliticisation" of army and police; distorting national-defence and people\'s-security doctrine; dividing army, police and people.',
    sources: [
      {
        tag: 'S12',
        url: 'https://boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S12]; poem line in [S11]: "Phi chính trị hóa vai trò"',
  },
  {
    id: 'III-6',
    group: 'III',
    order: 6,
    textVi: 'Móc nối, cấu kết với các thế lực thù địch, phản…',
    status: 'PART',
    topicVi: 'Móc nối, cấu kết với các thế lực thù địch',
    topicFromMnemonic: false,
    glossEn: 'Colluding with hostile forces … (rest unverified).',
    sources: [
      {
        tag: 'S12',
        url: 'https://boxhoidap.com/bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote: '[S12] stops at "phản…"; poem line in [S11]: "Móc nối, cấu kết kẻ cơ hội, thù"',
  },
  {
    id: 'III-7',
    group: 'III',
    order: 7,
    textVi:
      'Đưa thông tin sai lệch, xuyên tạc đường lối, chính sách đối ngoại của Đảng và Nhà nước; thông tin phiến diện, một chiều về tình hình quốc tế, gây bất lợi trong quan hệ giữa Việt Nam với các nước.',
    status: 'V1',
    topicVi: 'Thông tin sai lệch về đường lối, chính sách đối ngoại',
    topicFromMnemonic: false,
    glossEn:
      "Spreading false information distorting the Party's and State's foreign policy; one-sided information on the international situation that harms Vietnam's relations with other countries.",
    sources: [
      {
        tag: 'N5',
        url: 'http://baodienbienphu.info.vn/tin-tuc/chinh-tri/166239/nhan-dien-va-chong-viec-dua-thong-tin-sai-lech',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      '[N5] (Báo Điện Biên Phủ, 24/12/2018): "một trong những biểu hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ là:" followed by the item, printed after a colon but without quotation marks; no second source. Poem line in [S11]: "Thông tin đối ngoại nhiễu hư"',
  },
  {
    id: 'III-8',
    group: 'III',
    order: 8,
    textVi:
      'Phủ nhận vai trò lãnh đạo của Đảng đối với báo chí, văn học – nghệ thuật. Tác động, lôi kéo, lái dư luận xã hội không theo đường lối của Đảng; cổ xúy cho quan điểm, tư tưởng dân chủ cực đoan; thổi phồng mặt trái của xã hội. Sáng tác, quảng bá những tác phẩm văn hóa, nghệ thuật lệch lạc, bóp méo lịch sử, hạ thấp uy tín của Đảng.',
    status: 'V1',
    topicVi: 'Báo chí, văn học – nghệ thuật; lái dư luận xã hội',
    topicFromMnemonic: false,
    glossEn:
      "Denying the Party's leadership of the press, literature and the arts; steering public opinion away from the Party line; promoting extreme democratic views; exaggerating society's dark side; creating and promoting distorted works that twist history and damage the Party's standing.",
    sources: [
      {
        tag: 'N3',
        url: 'https://mix166.vn/Nhan-dien-tu-dien-bien-tren-linh-vuc-bao-chi-van-hoc-nghe-thuat-1683188415',
      },
      {
        tag: 'N4',
        url: 'https://nangthangba.thuathienhue.gov.vn/?cn=28&gd=1&tc=82370',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      'full text: [N3] (copy of a Hà Nội Mới article); independent second source, word for word on the overlap, for the first half up to "cổ xúy cho quan điểm, tư…": [N4]. Both print an en dash in "văn học – nghệ thuật". Poem line in [S11]: "Lôi kéo, sáng tác, xấu dư luận đầy"',
  },
  {
    id: 'III-9',
    group: 'III',
    order: 9,
    textVi:
      'Có tư tưởng dân tộc hẹp hòi, tôn giáo cực đoan. Lợi dụng vấn đề "dân chủ", "nhân quyền", dân tộc, tôn giáo để gây chia rẽ nội bộ, gây chia rẽ giữa các dân tộc, giữa các tôn giáo, giữa dân tộc và tôn giáo, giữa các dân tộc, tôn giáo với Đảng và Nhà nước.',
    status: 'V1',
    topicVi: 'Dân tộc hẹp hòi, tôn giáo cực đoan',
    topicFromMnemonic: false,
    glossEn:
      'Narrow nationalism, religious extremism; exploiting "democracy", "human rights", ethnicity and religion to divide the organisation, ethnic groups and religions, and to set them against the Party and State.',
    sources: [
      {
        tag: 'N6',
        url: 'https://huongdatviet.blogspot.com/2019/02/chu-ong-phong-ngua-tu-tuong-dan-toc-hep.html',
      },
      {
        tag: 'N7',
        url: 'https://tiengchuong123.blogspot.com/2019/08/chu-ong-phong-ngua-tu-tuong-dan-toc-hep.html',
      },
      {
        tag: 'N8',
        url: 'http://hanoimoi.com.vn/tin-tuc/chong-tu-dien-bien/928314/ngan-chan-bieu-hien-co-tu-tuong-dan-toc-hep-hoi-ton-giao-cuc-doan',
      },
      {
        tag: 'N8b',
        url: 'http://btgcp.gov.vn/Plus.aspx/vi/News/38/0/240/0/15228/',
      },
      {
        tag: 'S11',
        url: 'http://hiepdk.blogspot.com/2017/04',
      },
    ],
    sourceNote:
      'full text: [N6] (quoted as what NQ TW4 XII "chỉ ra"); [N7] is an edited copy of N6, not independent; independent source for the first sentence: [N8] (Hà Nội Mới, 04/03/2019), reprinted at [N8b], quoting "Có tư tưởng dân tộc hẹp hòi, tôn giáo cực đoan...". Poem line in [S11]: "Cực đoan, dân tộc hẹp hòi"',
  },
];
