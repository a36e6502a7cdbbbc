/**
 * The review document as a .docx (Office Open XML), made with the `docx` package; works in Node
 * and in the browser. A4, Times New Roman 14 (tables 13), margins of Hướng dẫn 36-HD/VPTW
 * (top/bottom 20 mm, left 30 mm, right 15 mm).
 *
 * @module @tusoi/rubric-core/document/docx
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ParagraphBlock, ReviewDocument, SignaturesBlock, TableBlock } from './model.js';

const FONT = 'Times New Roman';
/** Half-points. */
const BODY = 28;
const TABLE = 26;
const NOTE = 24;
const TITLE = 30;
/** Twips per millimetre (1440 per inch). */
const MM = 1440 / 25.4;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const line = (text: string, opts: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    children: [
      new TextRun({
        text,
        bold: opts.bold ?? false,
        italics: opts.italic ?? false,
        size: opts.size ?? BODY,
        ...(opts.underline ? { underline: {} } : {}),
      }),
    ],
  });

function paragraph(b: ParagraphBlock): Paragraph {
  return new Paragraph({
    alignment: ALIGN[b.align ?? (b.note ? 'left' : 'justify')],
    spacing: { before: b.note ? 160 : 40, after: 40 },
    ...(b.keepNext ? { keepNext: true } : {}),
    ...(b.indent ? { indent: { firstLine: Math.round(10 * MM) } } : {}),
    children: b.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold ?? false,
          italics: (r.italic ?? false) || (b.note ?? false),
          size: b.note ? NOTE : BODY,
        }),
    ),
  });
}

function cell(
  text: string,
  opts: { width: number; bold?: boolean; align?: 'left' | 'center' | 'right'; span?: number; keep: boolean },
) {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    ...(opts.span ? { columnSpan: opts.span } : {}),
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    children: (text === '' ? [''] : text.split('\n')).map(
      (t) =>
        new Paragraph({
          alignment: ALIGN[opts.align ?? 'left'],
          keepNext: opts.keep,
          keepLines: true,
          children: [new TextRun({ text: t, bold: opts.bold ?? false, size: TABLE })],
        }),
    ),
  });
}

/** Rows of a table that Word and LibreOffice keep on one page; a longer table breaks between rows, header repeated. */
const WHOLE_ROWS = 14;

/**
 * A bordered table. Rows never split; a short table keeps every row with the next, so it is never
 * split either; a long one keeps its section rows with their first criterion and its totals together.
 */
function table(b: TableBlock): Table {
  const widths = b.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100));
  const full = widths.reduce((s, w) => s + w, 0);
  const last = b.rows.length - 1;
  const whole = b.rows.length <= WHOLE_ROWS;
  const keep = (ri: number) =>
    ri < last && (whole || b.rows[ri]?.kind === 'section' || b.rows[ri + 1]?.kind === 'total');
  return new Table({
    width: { size: full, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.columns.map((c, i) =>
          cell(c.title, { width: widths[i] ?? 0, bold: true, align: 'center', keep: true }),
        ),
      }),
      ...b.rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children:
              r.kind === 'section'
                ? [cell(r.cells[0] ?? '', { width: full, bold: true, span: b.columns.length, keep: keep(ri) })]
                : r.cells.map((text, i) =>
                    cell(text, {
                      width: widths[i] ?? 0,
                      bold: r.kind === 'total',
                      align: b.columns[i]?.align ?? 'left',
                      keep: keep(ri),
                    }),
                  ),
          }),
      ),
    ],
  });
}

/** Signature blocks side by side in a borderless table, kept on one page. */
function signatures(b: SignaturesBlock): Table {
  const width = Math.round(TEXT_WIDTH / b.blocks.length);
  return new Table({
    width: { size: width * b.blocks.length, type: WidthType.DXA },
    columnWidths: b.blocks.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: b.blocks.map(
          (s) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              children: [
                ...s.title.map((t) => line(t, { bold: true })),
                line(s.note, { italic: true }),
                // Room to sign.
                line(''),
                line(''),
                line(''),
                line(s.name ?? '', { bold: true }),
              ],
            }),
        ),
      }),
      ...(b.remark === undefined
        ? []
        : [
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: width * b.blocks.length, type: WidthType.DXA },
                  columnSpan: b.blocks.length,
                  borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                  children: [paragraph({ kind: 'paragraph', runs: [{ text: b.remark }], note: true })],
                }),
              ],
            }),
          ]),
    ],
  });
}

function letterhead(b: Block & { kind: 'letterhead' }): Table {
  const left = Math.round(TEXT_WIDTH * 0.42);
  const right = TEXT_WIDTH - left;
  const col = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          col(
            left,
            b.left.map((t) => line(t, { bold: t !== '*', size: t === '*' ? BODY : TABLE })),
          ),
          col(right, [
            line(b.right, { bold: true, underline: true, size: 30 }),
            line(''),
            line(b.placeDate, { italic: true }),
          ]),
        ],
      }),
    ],
  });
}

function render(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'letterhead':
      return [letterhead(b)];
    case 'title':
      return [
        new Paragraph({ spacing: { before: 240 }, children: [] }),
        ...b.lines.map((t, i) => line(t, { bold: i < 2, italic: i >= 2, size: i === 0 ? TITLE : BODY })),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          keepLines: true,
          alignment: b.level === 1 ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
          spacing: { before: b.level === 1 ? 200 : 120, after: 60 },
          children: [new TextRun({ text: b.text, bold: true, italics: b.level === 3, size: BODY })],
        }),
      ];
    case 'paragraph':
      return [paragraph(b)];
    case 'table':
      return [table(b), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'signatures':
      return [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [] }), signatures(b)];
  }
}

/** The document's parts as `docx` objects (for callers that pack the file themselves). */
export function toDocx(doc: ReviewDocument): Document {
  return new Document({
    creator: 'Tự Soi',
    title: doc.title,
    description: doc.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: doc.blocks.flatMap(render),
      },
    ],
  });
}

/** MIME type of a .docx file. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The .docx file as bytes (Node or browser). */
export async function renderDocx(doc: ReviewDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(doc)));
}

/** The .docx file as a Blob, for a download in the browser. */
export function renderDocxBlob(doc: ReviewDocument): Promise<Blob> {
  return Packer.toBlob(toDocx(doc));
}
