/**
 * The review as a document (bản kiểm điểm): an ordered list of blocks, free of any DOM or file
 * format, that the .docx renderer (./docx.ts) and the print view (packages/ui) both draw.
 */

/** A piece of text with its emphasis. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** The header of a Party document (Hướng dẫn 36-HD/VPTW): issuing body left, party name and place/date right. */
export interface LetterheadBlock {
  readonly kind: 'letterhead';
  /** Lines of the left column (the party organisation), upper case. */
  readonly left: readonly string[];
  /** "ĐẢNG CỘNG SẢN VIỆT NAM". */
  readonly right: string;
  /** "Hà Nội, ngày 15 tháng 12 năm 2025" or its blank form with dots. */
  readonly placeDate: string;
}

/** The document title: first line bold and large, the rest (period, subtitle) below it. */
export interface TitleBlock {
  readonly kind: 'title';
  readonly lines: readonly string[];
}

/** A section heading: 1 = part (A, B), 2 = section (I…VI), 3 = item (1, 2, …). */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

/** A paragraph; `indent` marks a first-line indent (body text), `note` small italic text, `keepNext` an introduction kept with what follows. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly indent?: boolean;
  readonly keepNext?: boolean;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  readonly note?: boolean;
}

/** A table column: title and relative width (the widths of a table add up to 100). */
export interface TableColumn {
  readonly title: string;
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

/** A table row: `section` rows span every column (their one cell is the section name), `total` rows are bold. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly kind?: 'section' | 'total';
}

/** A table, kept whole on one page where it fits. */
export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** One signature: title (upper case), the bracketed instruction, and the printed name if known. */
export interface Signature {
  readonly title: readonly string[];
  readonly note: string;
  readonly name?: string;
}

/** Signature blocks side by side (left, right); kept whole on one page. */
export interface SignaturesBlock {
  readonly kind: 'signatures';
  readonly blocks: readonly Signature[];
  /** A small note printed under the blocks and kept on their page (the closing note of the form). */
  readonly remark?: string;
}

/** One block of the document. */
export type Block = LetterheadBlock | TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | SignaturesBlock;

/** Which form a document follows (Hướng dẫn 43-HD/BTCTW, 31/10/2025; the quarterly skeleton of its Mẫu 05). */
export type FormId = '01' | '02A' | '02B' | '02C' | 'quarterly';

/** A document ready to render: its form, a one-line title for metadata, and its blocks in order. */
export interface ReviewDocument {
  readonly form: FormId;
  /** Title and period on one line, for the file's properties and the print page's title. */
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** Joins runs into plain text (for tests, search and the page title). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'letterhead':
      return [...block.left, block.right, block.placeDate].join('\n');
    case 'title':
      return block.lines.join('\n');
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'table':
      return [block.columns.map((c) => c.title).join('\t'), ...block.rows.map((r) => r.cells.join('\t'))].join('\n');
    case 'signatures':
      return [...block.blocks.map((s) => [...s.title, s.note, s.name ?? ''].join('\n')), block.remark ?? ''].join('\n');
  }
}
