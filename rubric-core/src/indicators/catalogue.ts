import * as v from 'valibot';
import { TusoiInputError } from '../errors.js';
import { fold, hasDiacritics, stripDiacritics } from '../internal/fold.js';
import { parseShape } from '../internal/shape.js';
import type { Message } from '../message.js';
import { type Indicator, type IndicatorStatus, NQ04_CITATION, REFERENCE_INDICATORS } from './reference-data.js';

export type { Indicator, IndicatorStatus } from './reference-data.js';

/** Where the wording shown for an indicator comes from. */
export interface TextSource {
  /** `reference`: the project's compiled sources, with its status; `catalogue`: a file an organisation loaded. */
  readonly kind: 'reference' | 'catalogue';
  readonly citation: string;
}

/** An indicator as shown: its wording (if any), where that wording comes from, and a label when unverified. */
export interface ShownIndicator extends Indicator {
  readonly textSource: TextSource;
  /** Whether the shown wording comes from an organisation's catalogue file; otherwise `label` says how far it is verified. */
  readonly verified: boolean;
  readonly label: Message;
}

const STATUS_LABEL: Readonly<Record<IndicatorStatus, Message>> = {
  V2: {
    vi: 'Nguyên văn theo hai nguồn độc lập; chưa đối chiếu văn bản chính thức',
    en: 'Wording from two independent sources; not checked against the official text',
  },
  V1: {
    vi: 'Nguyên văn theo một nguồn; chưa đối chiếu văn bản chính thức',
    en: 'Wording from one source; not checked against the official text',
  },
  ASM: {
    vi: 'Ghép từ các trích dẫn từng phần; chưa đối chiếu văn bản chính thức',
    en: 'Assembled from partial quotations; not checked against the official text',
  },
  PART: { vi: 'Chỉ có một phần nguyên văn; phần còn lại chưa xác minh', en: 'Only part of the wording is verified' },
  UNV: {
    vi: 'Chưa có nguyên văn; chỉ có chủ đề (không phải văn bản gốc)',
    en: 'No verified wording; topic only (not the resolution’s text)',
  },
};

/** Format tag of an organisation's catalogue file. */
export const CATALOGUE_FORMAT = 'tusoi.catalogue/1';

/** Valibot schema of a catalogue file that supplies or corrects indicator wording. */
export const CatalogueFileSchema = v.pipe(
  v.strictObject({
    format: v.pipe(v.literal(CATALOGUE_FORMAT), v.description('Format tag, always "tusoi.catalogue/1".')),
    source: v.pipe(
      v.strictObject({
        citation: v.pipe(v.string(), v.minLength(5), v.description('The document the wording is taken from.')),
        url: v.optional(v.pipe(v.string(), v.url(), v.description('Where that document is published.'))),
        organisation: v.optional(v.pipe(v.string(), v.description('The organisation supplying the file.'))),
      }),
      v.description('Source of the wording.'),
    ),
    items: v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(/^(I|II|III)-[1-9]$/, 'indicator-id')),
        v.strictObject({
          textVi: v.pipe(v.string(), v.minLength(1), v.description('The indicator’s wording in Vietnamese.')),
          glossEn: v.optional(v.pipe(v.string(), v.description('An English gloss.'))),
        }),
      ),
      v.description('Wording by indicator id, I-1 … III-9.'),
    ),
  }),
  v.title('tusoi.catalogue/1'),
  v.description('An organisation’s file supplying or correcting the wording of the 27 indicators.'),
);

/** An organisation's catalogue file. */
export type CatalogueFile = v.InferOutput<typeof CatalogueFileSchema>;

/** Validates a catalogue file; throws {@link TusoiInputError} naming every problem. */
export function parseCatalogueFile(input: unknown): CatalogueFile {
  const parsed = parseShape(CatalogueFileSchema, input);
  if (!parsed.success) throw new TusoiInputError(parsed.issues);
  return parsed.output;
}

/**
 * The 27 indicators as they should be shown: the reference wording with its status, filled or
 * corrected by the given catalogue files (later files win), each with the source of its text.
 */
export function indicatorCatalogue(files: readonly CatalogueFile[] = []): ShownIndicator[] {
  return REFERENCE_INDICATORS.map((item) => {
    let shown: ShownIndicator = {
      ...item,
      textSource: {
        kind: 'reference',
        citation: `${NQ04_CITATION}; ${item.status}: ${item.sources.map((s) => s.tag).join(', ')}`,
      },
      // No reference wording has been compared with the official text, V2 included.
      verified: false,
      label: STATUS_LABEL[item.status],
    };
    for (const file of files) {
      const entry = file.items[item.id];
      if (entry === undefined) continue;
      shown = {
        ...shown,
        textVi: entry.textVi,
        glossEn: entry.glossEn ?? shown.glossEn,
        textSource: { kind: 'catalogue', citation: file.source.citation },
        verified: true,
        label: { vi: `Nguyên văn theo: ${file.source.citation}`, en: `Wording from: ${file.source.citation}` },
      };
    }
    return shown;
  });
}

interface Prepared {
  readonly item: ShownIndicator;
  readonly folded: string;
  readonly bare: string;
}

const prepared = new WeakMap<readonly ShownIndicator[], Prepared[]>();

function prepare(catalogue: readonly ShownIndicator[]): Prepared[] {
  let list = prepared.get(catalogue);
  if (list === undefined) {
    list = catalogue.map((item) => {
      const folded = fold([item.id, item.textVi ?? '', item.topicVi, item.glossEn].join(' \n '));
      return { item, folded, bare: stripDiacritics(folded) };
    });
    prepared.set(catalogue, list);
  }
  return list;
}

/**
 * Finds indicators whose id, wording, topic or gloss contains the query as a phrase (or, when
 * no indicator does, every word of it). Ignores tone-mark placement, NFC/NFD, quote and dash
 * styles, and diacritics when the query has none.
 */
export function searchIndicators(
  query: string,
  catalogue: readonly ShownIndicator[] = indicatorCatalogue(),
): ShownIndicator[] {
  const q = fold(query);
  if (q === '') return [...catalogue];
  const plain = !hasDiacritics(q);
  const phrase = plain ? stripDiacritics(q) : q;
  const words = phrase.split(' ');
  const list = prepare(catalogue);
  const text = (p: Prepared) => (plain ? p.bare : p.folded);
  const exact = list.filter((p) => text(p).includes(phrase));
  return (exact.length > 0 ? exact : list.filter((p) => words.every((w) => text(p).includes(w)))).map((p) => p.item);
}
