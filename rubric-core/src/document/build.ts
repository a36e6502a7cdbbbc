// The draft → document builder. Headings are the ones shared/reference gives for Hướng dẫn
// 43-HD/BTCTW (forms.md §C2, §C3) and the quarterly skeleton (quarterly-2026.md, addendum A2);
// what no reproduction showed (the annual confirming block) is named as such in the closing note.
import { sumExact } from '../decimal.js';
import { TusoiInputError } from '../errors.js';
import { GROUP_TOTALS, TOTAL_MAX } from '../frame.js';
import { REFERENCE_INDICATORS } from '../indicators/reference-data.js';
import { LEVEL_NAMES, LEVELS, type Level } from '../levels.js';
import { formatNumber } from '../message.js';
import { computeScores } from '../packs/compute.js';
import { groupsFor, type Pack2 } from '../packs/quarterly-pack.js';
import { scoreQuarter } from '../packs/quarterly-score.js';
import { unratedCases } from '../rulesets/q2026/facts.js';
import { UNRATED_OUTCOME, UNRATED_TEXT } from '../rulesets/q2026/unrated.js';
import { kindGroup } from '../rulesets/qd366/facts.js';
import type { Assessment, SubjectKind, TaskCounts } from '../schemas/assessment.js';
import type { Answer, Task } from '../schemas/quarterly.js';
import type { Result } from '../schemas/result.js';
import { classifyYear } from '../year.js';
import {
  type DocumentInput,
  documentPack,
  type ParsedDocumentInput,
  parseDocumentInput,
  type UnreadableQuarter,
} from './input.js';
import type { Block, FormId, ParagraphBlock, ReviewDocument, Run, Signature, TableRow } from './model.js';

export type { DocumentInput, TaskRow } from './input.js';

const BLANK = '……………………………';
const SHORT_BLANK = '……';

/** The form each subject kind writes (Hướng dẫn 43-HD/BTCTW, forms.md §C1). */
export function formFor(kind: SubjectKind, quarter: number | undefined): FormId {
  if (kind === 'collective' || kind === 'leadership-collective') return '01';
  if (quarter !== undefined) return 'quarterly';
  if (kind === 'member-outside') return '02C';
  return kind === 'staff' ? '02B' : '02A';
}

const FORM_SUBTITLE: Readonly<Record<'02A' | '02B' | '02C', string>> = {
  '02A': '(Cá nhân giữ chức vụ lãnh đạo, quản lý)',
  '02B': '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  '02C': '(Đảng viên không làm việc trong hệ thống chính trị)',
};

const FORM_NOTE: Readonly<Record<FormId, string>> = {
  '01': 'Đề mục theo Mẫu 01-HD KĐ.ĐG 2025 (Hướng dẫn 43-HD/BTCTW, 31/10/2025) như các bản đăng lại công bố',
  '02A':
    'Đề mục theo Mẫu 02A-HD KĐ.ĐG 2025 (Hướng dẫn 43-HD/BTCTW, 31/10/2025); bố cục Mẫu 02A chưa thấy nguyên văn, theo Mẫu 02B',
  '02B': 'Đề mục theo Mẫu 02B (Hướng dẫn 43-HD/BTCTW, 31/10/2025) như các bản đăng lại công bố',
  '02C': 'Đề mục theo Mẫu 02C (Hướng dẫn 43-HD/BTCTW, 31/10/2025) như các bản đăng lại công bố',
  quarterly:
    'Đề mục theo khung chung của "Bản tự đánh giá, xếp loại của cá nhân Quý …, Năm …" mà nhiều cơ quan dùng; chưa đối chiếu mẫu của Trung ương',
};

const STATUS_TEXT = {
  fixed: 'Đã được khắc phục',
  'in-progress': 'Đang khắc phục',
  'not-fixed': 'Chưa được khắc phục',
} as const;

const para = (text: string, extra: Partial<Omit<ParagraphBlock, 'kind' | 'runs'>> = {}): Block => ({
  kind: 'paragraph',
  runs: [{ text }],
  ...extra,
});
const labelled = (label: string, value: string | undefined): Block => ({
  kind: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, { text: value && value.trim() !== '' ? value : BLANK }],
});
const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });

/** Free text as body paragraphs, one per line; dots when empty, so the paper copy can be written on. */
function body(text: string | undefined): Block[] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length === 0 ? [para(BLANK, { indent: true })] : lines.map((l) => para(l, { indent: true }));
}

const hasText = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

function vnDate(iso: string | undefined): string {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return `ngày ${SHORT_BLANK} tháng ${SHORT_BLANK} năm ${SHORT_BLANK}`;
  return `ngày ${Number(m[3])} tháng ${Number(m[2])} năm ${m[1]}`;
}

function isoToVn(iso: string | undefined): string | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m === null ? undefined : `${m[3]}/${m[2]}/${m[1]}`;
}

function periodText(a: Assessment): string {
  return a.period.quarter === undefined ? `Năm ${a.period.year}` : `Quý ${a.period.quarter}, Năm ${a.period.year}`;
}

const num = (n: number) => formatNumber(n, 'vi');

/** The score table: the pack's criteria when the draft is scored by one, else the two groups of the 100-point frame. */
function scoreTable(a: Assessment, input: ParsedDocumentInput): Block[] {
  const criteria = a.criteria;
  const found = documentPack(a, input.packs);
  const notes = input.notes ?? {};
  if (found !== undefined && 'pack2' in found) return quarterScoreTable(a, found.pack2, notes);
  if (criteria !== undefined && found !== undefined) {
    const pack = found.pack;
    const scores = computeScores(pack, criteria.items);
    const byId = new Map(scores.items.map((i) => [i.id, i]));
    const rows: TableRow[] = [];
    for (const group of ['general', 'results'] as const) {
      for (const section of pack[group].sections) {
        rows.push({ cells: [section.vi], kind: 'section' });
        section.criteria.forEach((c, i) => {
          const given = criteria.items[c.id] === undefined ? undefined : (byId.get(c.id)?.points ?? 0);
          const points = given === undefined ? '' : c.mode === 'binary' ? answerWords(given > 0, given) : num(given);
          rows.push(criterionRow(c, i, points, notes[c.id] ?? ''));
        });
      }
      rows.push(totalRow(group, scores[group]));
    }
    rows.push(totalRow('total', scores.total));
    return criteriaTable(pack, rows, { scored: 'Tự chấm', notes: 'Ghi chú', nameWidth: 46 });
  }
  const s = a.scores;
  const total = s === undefined ? '' : num(sumExact([s.general, s.results]));
  return [
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 8, align: 'center' },
        { title: 'Nhóm tiêu chí', width: 58 },
        { title: 'Điểm tối đa', width: 16, align: 'center' },
        { title: 'Tự chấm', width: 18, align: 'center' },
      ],
      rows: [
        { cells: ['1', 'Nhóm tiêu chí chung', num(GROUP_TOTALS.general), s ? num(s.general) : ''] },
        {
          cells: [
            '2',
            'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
            num(GROUP_TOTALS.results),
            s ? num(s.results) : '',
          ],
        },
        { cells: ['', 'Tổng điểm', num(TOTAL_MAX), total], kind: 'total' },
      ],
    },
  ];
}

/** The frame's total rows, each with its maximum (QĐ 366 frame: 30 + 70 = 100) and the points (blank when not scored). */
const TOTAL_ROW = {
  general: ['Cộng nhóm tiêu chí chung', GROUP_TOTALS.general],
  results: ['Cộng nhóm tiêu chí về kết quả thực hiện nhiệm vụ', GROUP_TOTALS.results],
  total: ['Tổng điểm', TOTAL_MAX],
} as const;

function totalRow(which: keyof typeof TOTAL_ROW, points: number | undefined): TableRow {
  const [label, max] = TOTAL_ROW[which];
  return { cells: ['', label, num(max), points === undefined ? '' : num(points), ''], kind: 'total' };
}

/** One criterion of a pack's table: number, wording (marked (*) when unverified), maximum, answer, notes. */
function criterionRow(
  c: { vi: string; max: number; verified?: boolean | undefined },
  i: number,
  answer: string,
  notes: string,
) {
  return { cells: [String(i + 1), `${c.vi}${c.verified === false ? ' (*)' : ''}`, num(c.max), answer, notes] };
}

/**
 * A pack's score table: the line naming the pack and its source, the table, and the note on
 * unverified wording when a row carries (*); `extra` notes go between the table and that note.
 */
function criteriaTable(
  pack: { title: { vi: string }; source: { citation: string } },
  rows: TableRow[],
  titles: { scored: string; notes: string; nameWidth: number },
  extra: Block[] = [],
): Block[] {
  const w = titles.nameWidth;
  const blocks: Block[] = [
    para(`Chấm theo bảng: ${pack.title.vi} (${pack.source.citation}).`, { indent: true, keepNext: true }),
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 6, align: 'center' },
        { title: 'Tiêu chí', width: w },
        { title: 'Điểm tối đa', width: 10, align: 'center' },
        { title: titles.scored, width: 17, align: 'center' },
        { title: titles.notes, width: 100 - 6 - w - 10 - 17 },
      ],
      rows,
    },
    ...extra,
  ];
  if (rows.some((r) => r.kind === undefined && r.cells[1]?.endsWith(' (*)')))
    blocks.push(para('(*) Nguyên văn tiêu chí chưa được xác minh với văn bản gốc.', { note: true }));
  return blocks;
}

/** "Đảm bảo" / "Không đảm bảo", with the points when known, as both forms write a binary criterion. */
const answerWords = (met: boolean, points: number | undefined) =>
  `${met ? 'Đảm bảo' : 'Không đảm bảo'}${points === undefined ? '' : ` (${num(points)})`}`;

/** A criterion's answer as the quarterly form writes it: Đảm bảo / Không đảm bảo (points) / K/AD. */
function answerText(value: number | boolean | Answer | undefined, max: number): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? answerWords(true, max) : answerWords(false, 0);
  if (typeof value === 'number') return answerWords(value === max, value);
  if (value.answer === 'notApplicable') return `K/AD${value.points === undefined ? '' : ` (${num(value.points)})`}`;
  if (value.answer === 'met') return answerWords(true, max);
  return answerWords(false, value.points);
}

/**
 * The score table of a quarter scored by a tusoi.pack/2: every general criterion that applies to
 * the subject's kind, with its answer (Đảm bảo / Không đảm bảo / K/AD) and, in the notes column,
 * the reason given with it (a K/AD or a deduction must carry one). Group totals come from the
 * pack's own scoring; a draft not yet complete enough to score shows them blank.
 */
function quarterScoreTable(a: Assessment, pack: Pack2, notes: Readonly<Record<string, string>>): Block[] {
  const items = a.criteria?.items ?? {};
  let scores: { general: number; results: number; total: number } | undefined;
  try {
    scores = scoreQuarter(pack, a, kindGroup(a.subject.kind) === 'leader');
  } catch {
    // An unfinished draft (a criterion not answered, weights not yet 70): rows without totals.
    scores = undefined;
  }
  const rows: TableRow[] = [];
  let notApplicable = false;
  for (const group of groupsFor(pack, a.subject.kind)) {
    rows.push({ cells: [group.vi], kind: 'section' });
    group.items.forEach((c, i) => {
      const value = items[c.id];
      const answer = typeof value === 'object' ? value : undefined;
      if (answer?.answer === 'notApplicable') notApplicable = true;
      const reason = answer?.reason?.trim();
      const note = [reason, notes[c.id]].filter((x): x is string => x !== undefined && x !== '').join('; ');
      rows.push(criterionRow(c, i, answerText(value, c.max), note));
    });
  }
  rows.push(
    totalRow('general', scores?.general),
    totalRow('results', scores?.results),
    totalRow('total', scores?.total),
  );
  const extra: Block[] = [];
  if (notApplicable) {
    const rule = pack.general.notApplicable?.rule;
    const how =
      rule === 'exclude-rescale'
        ? 'không tính vào điểm tối đa, điểm nhóm quy đổi theo tỷ lệ về thang 30'
        : rule === 'grant-full'
          ? 'được tính đủ điểm tối đa của tiêu chí'
          : 'chấm theo quyết định của cấp có thẩm quyền';
    extra.push(para(`K/AD: tiêu chí không áp dụng đối với người tự đánh giá; ${how}.`, { note: true }));
  }
  return criteriaTable(pack, rows, { scored: 'Tự đánh giá', notes: 'Lý do, ghi chú', nameWidth: 44 }, extra);
}

/** The task list of a quarter, or the period's task counts. */
function taskBlocks(a: Assessment, input: ParsedDocumentInput): Block[] {
  if (input.taskList !== undefined && input.taskList.length > 0) {
    return [
      {
        kind: 'table',
        columns: [
          // The task name is the long text: it gets the room; numbers and dates need little.
          // Dates ("15/12/2026") and document numbers ("12-BC/ĐU") must fit whole on a line.
          { title: 'TT', width: 6, align: 'center' },
          { title: 'Nội dung nhiệm vụ, công việc', width: 34 },
          { title: 'Thời hạn hoàn thành', width: 15, align: 'center' },
          { title: 'Tình hình thực hiện', width: 11 },
          { title: 'Sản phẩm hoàn thành', width: 15 },
          { title: 'Đánh giá tiến độ', width: 10 },
          { title: 'Ghi chú', width: 9 },
        ],
        rows: input.taskList.map((t, i) => ({
          cells: [
            String(i + 1),
            t.task,
            t.deadline ?? '',
            t.status ?? '',
            t.product ?? '',
            t.progress ?? '',
            t.note ?? '',
          ],
        })),
      },
    ];
  }
  const list = (a as { taskList?: readonly Task[] }).taskList;
  if (list !== undefined && list.length > 0) {
    const found = documentPack(a, input.packs);
    return [quarterTaskTable(list, found && 'pack2' in found ? found.pack2 : undefined), ...frameNote(a, input)];
  }
  return [a.tasks, a.ledUnits].flatMap((t, i) => (t === undefined ? [] : countsTable(t, i === 1)));
}

/**
 * An axis as the pack names it, short enough for its column: the name's label before the colon
 * ("Trục 1" of "Trục 1: Thực hiện mục tiêu …"), never the pack's id ("T1") where the pack names it.
 */
function axisText(pack: Pack2 | undefined, id: string | undefined): string {
  if (id === undefined) return '';
  const name = pack?.results.axes?.find((x) => x.id === id)?.vi;
  return name === undefined ? id : (name.split(':')[0] ?? name).trim();
}

/**
 * The quarter's task list as the assessment holds it (tusoi.assessment/2 `taskList`): each task
 * with its axis (by the pack's name, see axisText), weight of 70, components A/B/C/D in %, the
 * exceeded and key-task marks, and whether it was done (on time).
 */
function quarterTaskTable(list: readonly Task[], pack: Pack2 | undefined): Block {
  const components = (c: Task['components']) =>
    c === undefined
      ? ''
      : (['A', 'B', 'C', 'D'] as const)
          .flatMap((k) => (c[k] === undefined ? [] : [`${k} ${num(c[k] as number)}%`]))
          .join('; ');
  const done = (t: Task) =>
    !t.completed ? 'Chưa hoàn thành' : t.late ? 'Hoàn thành, chưa bảo đảm tiến độ' : 'Hoàn thành';
  const marks = (t: Task) =>
    [t.exceeded ? 'Vượt chuẩn' : '', t.key ? `Trọng tâm${t.keyLevel ? `, mức ${t.keyLevel}` : ''}` : '', t.note ?? '']
      .filter((x) => x !== '')
      .join('; ');
  return {
    kind: 'table',
    columns: [
      { title: 'TT', width: 6, align: 'center' },
      { title: 'Sản phẩm, nhiệm vụ', width: 30 },
      { title: 'Trục', width: 8, align: 'center' },
      { title: 'Trọng số', width: 10, align: 'center' },
      { title: 'Thành phần (%)', width: 16 },
      { title: 'Kết quả', width: 15 },
      { title: 'Ghi chú', width: 15 },
    ],
    rows: list.map((t, i) => ({
      cells: [
        String(i + 1),
        t.name,
        axisText(pack, t.axis),
        t.weight === undefined ? '' : num(t.weight),
        components(t.components),
        done(t),
        marks(t),
      ],
    })),
  };
}

const FRAME_PARTS = ['A', 'B', 'C', 'D'] as const;

/**
 * The weight frame the tasks were scored by (Q26-04): the pack's frame (or its default) with its
 * A/B/C/D in %, and, when the assigning level adjusted them (HD 03-HD/TVĐU tr.13), the adjusted
 * weights beside the frame's own. Nothing for a pack that does not weigh tasks by frame.
 */
function frameNote(a: Assessment, input: ParsedDocumentInput): Block[] {
  const found = documentPack(a, input.packs);
  const pack = found !== undefined && 'pack2' in found ? found.pack2 : undefined;
  if (pack === undefined || pack.results.mode !== 'task-weights') return [];
  const id = a.frame?.id ?? pack.results.defaultFrame;
  const base = (pack.results.frames ?? []).find((f) => f.id === id);
  if (base === undefined) return [];
  const chosen = a.frame;
  const adjusted = FRAME_PARTS.some((c) => chosen?.[c] !== undefined);
  const parts = (f: (c: (typeof FRAME_PARTS)[number]) => number) =>
    FRAME_PARTS.map((c) => `${c} ${num(f(c))}%`).join(', ');
  return [
    para(
      adjusted
        ? `Khung tỷ trọng: ${base.vi}, tỷ trọng điều chỉnh ${parts((c) => chosen?.[c] ?? base[c])} (khung: ${parts((c) => base[c])}).`
        : `Khung tỷ trọng: ${base.vi} (${parts((c) => base[c])}).`,
      { note: true },
    ),
  ];
}

/** Task counts as a one-row table; `led` for the counts of the units a leader directly leads. */
function countsTable(t: TaskCounts, led: boolean): Block[] {
  return [
    ...(led ? [para('Các đơn vị trực tiếp lãnh đạo, phụ trách:', { indent: true, keepNext: true })] : []),
    {
      kind: 'table',
      columns: [
        { title: 'Nhiệm vụ được giao', width: 20, align: 'center' },
        { title: 'Hoàn thành', width: 20, align: 'center' },
        { title: 'Đúng hạn, bảo đảm chất lượng', width: 22, align: 'center' },
        { title: 'Vượt mức', width: 19, align: 'center' },
        { title: 'Chậm tiến độ', width: 19, align: 'center' },
      ],
      rows: [{ cells: [t.assigned, t.completed, t.onTimeWithQuality, t.exceeded, t.late].map(String) }],
    },
  ];
}

function levelBlocks(a: Assessment): Block[] {
  // Kept with the signature blocks that follow: a signature never stands alone on a page.
  return LEVELS.map((l) =>
    para(`${a.proposedLevel === l ? '☒' : '☐'} ${LEVEL_NAMES[l].vi}`, { indent: true, keepNext: true }),
  );
}

/** The 27-indicator self-check as a short summary: the indicators the person relates to, with their notes. */
function selfCheckBlocks(a: Assessment): Block[] {
  const relevant = REFERENCE_INDICATORS.filter((i) => {
    const e = a.selfCheck?.[i.id];
    return e !== undefined && (e.noted || hasText(e.note));
  });
  const noted = relevant.filter((i) => a.selfCheck?.[i.id]?.noted).length;
  const blocks: Block[] = [
    para(
      `Liên hệ 27 biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá" (Nghị quyết 04-NQ/TW): tự nhận có liên hệ ở ${noted} biểu hiện${relevant.length > 0 ? '; ghi chú tự rà soát như sau:' : '.'}`,
      { indent: true, keepNext: relevant.length > 0 },
    ),
  ];
  if (relevant.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Mã', width: 10, align: 'center' },
        { title: 'Biểu hiện (chủ đề)', width: 40 },
        { title: 'Tự nhận', width: 12, align: 'center' },
        { title: 'Ghi chú', width: 38 },
      ],
      rows: relevant.map((i) => {
        const e = a.selfCheck?.[i.id];
        return { cells: [i.id, i.topicVi, e?.noted ? 'Có' : 'Không', e?.note ?? ''] };
      }),
    });
  return blocks;
}

function shortcomingBlocks(a: Assessment): Block[] {
  const list = a.review?.shortcomings ?? [];
  if (list.length === 0) return [para(BLANK, { indent: true })];
  return list.flatMap((s, i) => [
    para(`${i + 1}. ${s.text}`, { indent: true }),
    ...(hasText(s.cause) ? [labelledLine('Nguyên nhân', s.cause)] : []),
    ...(hasText(s.responsibility) ? [labelledLine('Trách nhiệm', s.responsibility)] : []),
    ...(hasText(s.remedy) ? [labelledLine('Biện pháp khắc phục', s.remedy)] : []),
  ]);
}

function labelledLine(label: string, text: string): Block {
  return { kind: 'paragraph', indent: true, runs: [{ text: `- ${label}: `, italic: true }, { text }] };
}

function priorBlocks(a: Assessment): Block[] {
  const list = a.priorShortcomings ?? [];
  if (list.length === 0) return [para(BLANK, { indent: true })];
  return list.flatMap((p, i) => {
    const status =
      p.status === undefined
        ? BLANK
        : `${STATUS_TEXT[p.status]}${p.status === 'in-progress' && p.progress !== undefined ? ` (mức độ khắc phục: ${num(Math.round(p.progress * 1000) / 10)}%)` : ''}`;
    return [
      para(`${i + 1}. ${p.text}`, { indent: true }),
      labelledLine('Kết quả khắc phục', status),
      ...(hasText(p.cause) ? [labelledLine('Nguyên nhân', p.cause)] : []),
      ...(hasText(p.responsibility) ? [labelledLine('Trách nhiệm của cá nhân', p.responsibility)] : []),
      ...(hasText(p.remedy) ? [labelledLine('Biện pháp khắc phục', p.remedy)] : []),
    ];
  });
}

function suggestedBlocks(a: Assessment): Block[] {
  const list = a.review?.suggestedIssues ?? [];
  if (list.length === 0) return [para(BLANK, { indent: true })];
  return list.flatMap((s, i) => [
    para(`${i + 1}. ${s.issue}`, { indent: true }),
    ...(hasText(s.explanation) ? body(s.explanation) : []),
  ]);
}

function details(a: Assessment, form: FormId): Block[] {
  const s = a.subject;
  if (form === '01')
    return [labelled('Tập thể', s.name), labelled('Đơn vị', s.unit), labelled('Chi bộ, đảng bộ', s.cell)];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        { text: 'Họ và tên: ', bold: true },
        { text: hasText(s.name) ? s.name : BLANK },
        { text: '     Ngày sinh: ', bold: true },
        { text: isoToVn(s.birthDate) ?? BLANK },
      ],
    },
  ];
  // The quarterly skeleton asks for the three offices; the assessment does not hold them: left to write by hand.
  if (form === 'quarterly')
    blocks.push(
      labelled('Chức vụ Đảng', undefined),
      labelled('Chức vụ chính quyền', undefined),
      labelled('Chức vụ đoàn thể', undefined),
    );
  blocks.push(labelled('Đơn vị công tác', s.unit), labelled('Chi bộ', s.cell));
  return blocks;
}

/**
 * The organisation line of the header: the cell or party committee as written in the draft. When it
 * is blank, a person's document gets "CHI BỘ …" (the person's cell confirms it); a collective's
 * (Mẫu 01: a cell, a party committee, a leadership collective) gets a plain dotted line, since no
 * reproduction of Mẫu 01 showed the wording and "CHI BỘ" would be wrong for a committee.
 */
function organisationLine(a: Assessment): string {
  const cell = a.subject.cell;
  if (hasText(cell)) return cell.toLocaleUpperCase('vi');
  return isCollective(a) ? '……………………………' : 'CHI BỘ …………';
}

const isCollective = (a: Assessment) => a.subject.kind === 'collective' || a.subject.kind === 'leadership-collective';

function letterhead(a: Assessment, input: ParsedDocumentInput): Block {
  return {
    kind: 'letterhead',
    left: [organisationLine(a), '*'],
    right: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    placeDate: `${hasText(input.place) ? input.place : '…………'}, ${vnDate(input.date)}`,
  };
}

function signer(a: Assessment, title: string): Signature {
  return { title: [title], note: '(Ký, ghi rõ họ tên)', ...(hasText(a.subject.name) ? { name: a.subject.name } : {}) };
}

function annualBlocks(
  a: Assessment,
  input: ParsedDocumentInput,
  form: Exclude<FormId, 'quarterly'>,
  year: YearSection | undefined,
): Block[] {
  const collective = form === '01';
  const title =
    form === '01'
      ? ['BÁO CÁO KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CỦA TẬP THỂ', periodText(a)]
      : ['BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', periodText(a), FORM_SUBTITLE[form]];
  const blocks: Block[] = [
    letterhead(a, input),
    { kind: 'title', lines: title },
    ...details(a, form),
    heading(1, 'A. NỘI DUNG KIỂM ĐIỂM'),
    heading(2, 'I. Ưu điểm, kết quả đạt được'),
    ...body(a.review?.strengths),
  ];
  // The individual forms ask, in A.I.1, to relate oneself to the degradation indicators.
  if (!collective && a.selfCheck !== undefined) blocks.push(...selfCheckBlocks(a));
  blocks.push(
    heading(2, 'II. Hạn chế, khuyết điểm và nguyên nhân'),
    ...shortcomingBlocks(a),
    heading(
      2,
      'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
    ),
    ...priorBlocks(a),
    heading(2, 'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)'),
    ...suggestedBlocks(a),
    heading(
      2,
      collective
        ? 'V. Trách nhiệm của tập thể, cá nhân'
        : 'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
    ),
    ...body(a.review?.collectiveResponsibility),
    heading(2, 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm'),
    ...body(a.review?.direction),
    heading(1, 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI'),
    heading(2, 'I. Đánh giá theo các nhóm tiêu chí'),
    ...scoreTable(a, input),
  );
  const tasks = taskBlocks(a, input);
  if (tasks.length > 0) blocks.push(heading(3, 'Kết quả thực hiện nhiệm vụ'), ...tasks);
  if (year !== undefined) blocks.push(...yearBlocks(year));
  const unread = input.unreadableQuarters ?? [];
  if (unread.length > 0) {
    if (year === undefined) blocks.push(heading(3, 'Kết quả xếp loại cả năm theo các quý'));
    blocks.push(...unreadableBlocks(unread, a.period.year));
  }
  blocks.push(heading(2, 'II. Đề xuất xếp loại mức chất lượng'), ...levelBlocks(a), {
    kind: 'signatures',
    blocks: collective
      ? [
          { title: ['XÁC NHẬN', 'CỦA CẤP ỦY CẤP TRÊN'], note: '(Ký, ghi rõ họ tên và đóng dấu)' },
          { title: ['T/M TẬP THỂ'], note: '(Ký, ghi rõ họ tên)' },
        ]
      : [{ title: ['XÁC NHẬN CỦA CHI BỘ'], note: '(Ký, ghi rõ họ tên)' }, signer(a, 'NGƯỜI TỰ KIỂM ĐIỂM')],
  });
  if (collective && a.selfCheck !== undefined)
    blocks.push(heading(2, 'Phụ lục (không thuộc mẫu): tự rà soát 27 biểu hiện'), ...selfCheckBlocks(a));
  return blocks;
}

/** One quarter as the year section lists it, whichever form the quarters came in. */
interface YearQuarterRow {
  readonly quarter: number;
  readonly level: Level | null;
  readonly unrated: boolean;
  readonly total?: number;
}

/** The year's result from the quarters, and the quarters it was read from. */
interface YearSection {
  readonly result: Result;
  readonly quarters: readonly YearQuarterRow[];
}

/** A quarter's level as the section writes it: the level's name, "chưa xếp loại" (Q26-30), or not decided yet. */
function quarterLevelText(q: YearQuarterRow): string {
  if (q.unrated) return 'Chưa xếp loại';
  if (q.level === null) return 'Chưa có mức (cấp có thẩm quyền quyết định)';
  return `${LEVEL_NAMES[q.level].vi} (${q.level})`;
}

/**
 * The year's result from the quarters (classifyYear, rule set q2026: Q26-33…36), whether the
 * quarters came as quarterly assessments beside the annual one or written inside it: each quarter's
 * level and total, the level the rules give (or the levels the competent level decides between),
 * the total, each reason that is not a condition met (the quarters, a level ruled out…) with its
 * citation, what the quarter rules noted about the quarters (Q4 integrated, a level not decided),
 * and the flags for the competent level. The person's own proposal stays in part II, as they wrote it.
 */
function yearBlocks({ result: r, quarters }: YearSection): Block[] {
  const level =
    r.level !== null
      ? `${LEVEL_NAMES[r.level].vi} (${r.level})`
      : `cấp có thẩm quyền quyết định giữa ${r.candidates.map((l) => `${LEVEL_NAMES[l].vi} (${l})`).join(', ')}`;
  return [
    heading(3, 'Kết quả xếp loại cả năm theo các quý'),
    {
      kind: 'table',
      columns: [
        { title: 'Quý', width: 15, align: 'center' },
        { title: 'Mức xếp loại của quý', width: 60 },
        { title: 'Tổng điểm', width: 25, align: 'center' },
      ],
      rows: quarters.map((q) => ({
        cells: [String(q.quarter), quarterLevelText(q), q.total === undefined ? '' : num(q.total)],
      })),
    },
    para(`Mức theo quy định: ${level}; tổng điểm ${num(r.score.total)}.`, { indent: true, keepNext: true }),
    ...r.reasons
      .filter((x) => x.outcome !== 'passed')
      .map((x) => para(`- ${x.message.vi.replace(/\.$/, '')} (${x.cite}).`, { indent: true })),
    // Q4_INTEGRATED, QUARTER_UNDECIDED: why a quarter of the table weighs as it does.
    ...r.warnings
      .filter((w) => w.path === 'quarters')
      .map((w) => para(`- ${w.message.vi.replace(/\.$/, '')}.`, { indent: true })),
    ...(r.flags ?? []).map((f) => para(`- ${f.message.vi.replace(/\.$/, '')} (${f.rule}).`, { indent: true })),
    para(
      `Tự Soi tính từ bản tự đánh giá năm và các quý ${quarters.map((q) => q.quarter).join(', ')} đã có; để cấp có thẩm quyền tham khảo, không thay cho kết luận của cấp có thẩm quyền.`,
      { note: true },
    ),
  ];
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The quarters whose self-review could not be read, each by its number and the reason given,
 * Vietnamese then English (as the side panel and the print page say it): the year above is made
 * from the other quarters, or, with none left, not made at all.
 */
function unreadableBlocks(unread: readonly UnreadableQuarter[], year: number): Block[] {
  const sorted = [...new Map(unread.map((u) => [u.quarter, u])).values()].sort((x, y) => x.quarter - y.quarter);
  const of = (lang: 'vi' | 'en') =>
    sorted
      .map((u) => `${ROMAN[u.quarter - 1]}/${year}${u.why ? ` (${u.why[lang].replace(/\.$/, '')})` : ''}`)
      .join(', ');
  return [
    para(`Không đọc được bản kiểm điểm đã lưu của quý ${of('vi')}: kết quả cả năm được tính từ các quý còn lại.`, {
      indent: true,
    }),
    para(
      `The stored self-review of quarter ${of('en')} could not be read: the year is worked out from the other quarters.`,
      { note: true },
    ),
  ];
}

/**
 * The year's result when the annual assessment has quarters: quarterly assessments given beside it
 * (`quarters` of the input; their errors are named by their place, `quarters[1].period.year`), or
 * the quarters' results written inside it (`assessment.quarters`; errors named by their path in the
 * assessment, `quarters[1].quarter`). Both go through classifyYear, so the same quarters give the
 * same section. Undefined when there are none.
 */
function yearOf(input: ParsedDocumentInput): YearSection | undefined {
  const given = input.quarters ?? [];
  const own = input.assessment.quarters ?? [];
  const unread = input.unreadableQuarters ?? [];
  if (given.length === 0 && own.length === 0 && unread.length === 0) return undefined;
  if (input.assessment.period.quarter !== undefined)
    throw new TusoiInputError([
      {
        code: 'not-annual',
        path: given.length === 0 && own.length === 0 ? 'unreadableQuarters' : 'quarters',
        message: {
          vi: 'chỉ bản kiểm điểm năm mới kèm các quý',
          en: 'only an annual review carries its quarters',
        },
      },
    ]);
  if (given.length === 0 && own.length === 0) return undefined;
  if (given.length > 0) {
    const names = [...given.map((_, i) => `quarters[${i}]`), 'assessment'];
    // Each quarter scored by the pack it names: a user's own tusoi.pack/2 comes in `packs`.
    const result = classifyYear(
      [...given, input.assessment],
      input.packs === undefined ? undefined : { packs: input.packs },
      names,
    );
    const quarters = (result.year?.quarters ?? []).map((q) => ({
      quarter: q.quarter,
      level: q.level,
      unrated: q.decision === 'unrated',
      // A quarter not rated does not weigh on the year: no total in its row.
      ...(q.decision === 'unrated' ? {} : { total: q.total }),
    }));
    return { result, quarters };
  }
  let result: Result;
  try {
    result = classifyYear([input.assessment], undefined, ['assessment']);
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    // The quarters are the assessment's own field: named as its other fields are (`quarters[1].level`).
    throw new TusoiInputError(
      e.issues.map((i) => ({ ...i, path: i.path === 'assessment' ? '' : i.path.replace(/^assessment\./, '') })),
    );
  }
  const quarters = [...own]
    .sort((x, y) => x.quarter - y.quarter)
    .map((q) => ({
      quarter: q.quarter,
      level: q.level,
      unrated: q.unrated === true,
      ...(q.total === undefined || q.unrated === true ? {} : { total: q.total }),
    }));
  return { result, quarters };
}

function quarterlyBlocks(a: Assessment, input: ParsedDocumentInput): Block[] {
  const r = a.review;
  const blocks: Block[] = [
    letterhead(a, input),
    { kind: 'title', lines: ['BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN', periodText(a)] },
    ...details(a, 'quarterly'),
    heading(2, 'I. Tự đánh giá kết quả thực hiện nhiệm vụ'),
    para('Trên cơ sở nhiệm vụ được giao, cá nhân tự đánh giá về kết quả thực hiện nhiệm vụ theo quý như sau:', {
      indent: true,
    }),
    ...body(r?.strengths),
  ];
  // Beyond the skeleton's one free-text section, whatever else the draft holds is kept, under plain headings.
  if ((r?.shortcomings ?? []).length > 0)
    blocks.push(heading(3, 'Hạn chế, khuyết điểm và nguyên nhân'), ...shortcomingBlocks(a));
  if ((a.priorShortcomings ?? []).length > 0)
    blocks.push(heading(3, 'Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở kỳ trước'), ...priorBlocks(a));
  if ((r?.suggestedIssues ?? []).length > 0)
    blocks.push(heading(3, 'Giải trình những vấn đề được gợi ý kiểm điểm'), ...suggestedBlocks(a));
  if (hasText(r?.collectiveResponsibility))
    blocks.push(
      heading(3, 'Trách nhiệm đối với hạn chế, khuyết điểm của tập thể'),
      ...body(r?.collectiveResponsibility),
    );
  if (hasText(r?.direction)) blocks.push(heading(3, 'Phương hướng, biện pháp khắc phục'), ...body(r?.direction));
  const tasks = taskBlocks(a, input);
  if (tasks.length > 0) blocks.push(heading(3, 'Kết quả thực hiện nhiệm vụ, công việc được giao trong quý'), ...tasks);
  blocks.push(
    heading(2, 'II. Tự đề xuất xếp loại mức chất lượng'),
    heading(3, '1. Kết quả tự chấm điểm'),
    ...scoreTable(a, input),
    heading(3, '2. Tự đề xuất xếp loại mức chất lượng'),
    // A quarter not rated (Q26-30) says so, with each case that holds, in rubric-core's words.
    ...unratedCases(a).flatMap((c, i) => [
      ...(i === 0 ? [para(UNRATED_OUTCOME.vi, { indent: true, keepNext: true })] : []),
      para(UNRATED_TEXT[c].vi, { indent: true, keepNext: true }),
    ]),
    para(a.proposedLevel === undefined ? BLANK : LEVEL_NAMES[a.proposedLevel].vi, { indent: true, keepNext: true }),
    para(
      '(Theo 04 mức: 1- Hoàn thành xuất sắc nhiệm vụ; 2- Hoàn thành tốt nhiệm vụ; 3- Hoàn thành nhiệm vụ; 4- Không hoàn thành nhiệm vụ)',
      { note: true, keepNext: true },
    ),
    { kind: 'signatures', blocks: [{ title: [''], note: '' }, signer(a, 'CÁ NHÂN TỰ ĐÁNH GIÁ')] },
    heading(2, 'III. Nhận xét, đánh giá của cấp có thẩm quyền'),
    para(`- Chấm điểm: ${BLANK}`, { indent: true, keepNext: true }),
    para(`- Đề xuất xếp loại: ${BLANK}`, { indent: true, keepNext: true }),
    {
      kind: 'signatures',
      blocks: [
        { title: [''], note: '' },
        { title: ['XÁC NHẬN CỦA CHI BỘ'], note: '(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)' },
      ],
    },
  );
  if (a.selfCheck !== undefined)
    blocks.push(heading(2, 'Phụ lục (không thuộc mẫu): tự rà soát 27 biểu hiện'), ...selfCheckBlocks(a));
  return blocks;
}

/**
 * Builds the review document (bản kiểm điểm) of a draft: header, title with the year or quarter,
 * personal details, part A sections I–VI with the draft's text, part B with the score table and
 * the proposed level, signature blocks, and a closing note saying which form the headings follow
 * and that they are not checked against the original.
 *
 * Forms: Hướng dẫn 43-HD/BTCTW (31/10/2025) Mẫu 01, 02A, 02B, 02C; the quarterly "Bản tự đánh giá,
 * xếp loại của cá nhân Quý …, Năm …"; layout after Hướng dẫn 36-HD/VPTW (2018).
 *
 * Every text of the result is in Unicode NFC (what Word and the fonts expect), whatever form the
 * draft was typed in.
 *
 * @throws {TusoiInputError} When the input wrapper is not well shaped (an unknown key, a task row
 *   without `task`, a date that is not `YYYY-MM-DD` or does not exist, see {@link parseDocumentInput}),
 *   the assessment is not a valid tusoi.assessment/1, or a criterion value does not fit its pack,
 *   or `quarters` (beside the assessment, or inside it as `assessment.quarters`) are given with a
 *   quarterly assessment or do not make a year with it (see classifyYear; paths `quarters[i]…`);
 *   each issue names its path, in Vietnamese and English.
 */
export function buildReviewDocument(raw: DocumentInput): ReviewDocument {
  const input = parseDocumentInput(raw);
  const a = input.assessment;
  const form = formFor(a.subject.kind, a.period.quarter);
  const year = yearOf(input);
  const blocks = form === 'quarterly' ? quarterlyBlocks(a, input) : annualBlocks(a, input, form, year);
  const closing =
    form === 'quarterly'
      ? ''
      : ' Khối chữ ký, xác nhận không thấy trong các bản đăng lại của mẫu; để trống cho cấp có thẩm quyền.';
  const header =
    isCollective(a) && !hasText(a.subject.cell)
      ? ' Tên tổ chức ở đầu trang để trống (dòng chấm) vì các bản đăng lại của mẫu không cho thấy cách ghi; ghi tay hoặc nhập "Chi bộ, đảng bộ".'
      : '';
  // The note rides with the last signature block, so it never stands alone on a last page.
  const remark = `Tạo bằng Tự Soi. ${FORM_NOTE[form]}; chưa đối chiếu bản gốc.${closing}${header}`;
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]?.kind !== 'signatures') last--;
  const signatures = blocks[last];
  if (signatures?.kind === 'signatures') blocks[last] = { ...signatures, remark };
  const title = blocks.find((b) => b.kind === 'title');
  const name = hasText(a.subject.name) ? ` — ${a.subject.name}` : '';
  return nfc({ form, title: `${title?.kind === 'title' ? title.lines[0] : ''} ${periodText(a)}${name}`, blocks });
}

/** The value with every string in it put in Unicode NFC (decomposed "ệ" typed on some keyboards included). */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, nfc(x)])) as T;
  return value;
}

/** Every run of the document's paragraphs in order (used by tests and the print view's title). */
export function documentRuns(doc: ReviewDocument): Run[] {
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
}
