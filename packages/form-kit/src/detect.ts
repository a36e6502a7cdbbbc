import { LEVEL_NAMES, LEVELS, type Level } from '@tusoi/rubric-core';
import { readBack } from './fill';
import { FORMMAP_FORMAT, type FormMap, type FormMapStep, type MappableField } from './formmap';
import { locate, type Scope, scopes, textMatches } from './locate';

/** The official labels of HD 43-HD/BTCTW's forms, by the field they hold (most specific first). */
export const OFFICIAL_LABELS: readonly (readonly [MappableField, readonly string[]])[] = [
  ['subject.name', ['Họ và tên', 'Họ tên']],
  ['subject.unit', ['Đơn vị công tác']],
  ['subject.cell', ['Chi bộ']],
  ['review.strengths', ['Ưu điểm, kết quả đạt được', 'Ưu điểm']],
  ['review.shortcomings', ['Hạn chế, khuyết điểm và nguyên nhân', 'Hạn chế, khuyết điểm']],
  ['priorShortcomings', ['Kết quả khắc phục']],
  ['review.direction', ['Phương hướng, biện pháp khắc phục', 'Phương hướng']],
  ['scores.general', ['Nhóm tiêu chí chung']],
  ['scores.results', ['Nhóm tiêu chí về kết quả thực hiện nhiệm vụ']],
  ['scores.total', ['Tổng điểm']],
  ['proposedLevel', ['Đề xuất xếp loại']],
];

/** One proposed mapping, shown to the user before anything is written. */
export interface PreviewRow {
  readonly field: MappableField;
  /** The official label that was found. */
  readonly label: string;
  /** What was found, described as text (never page HTML). */
  readonly found: string;
}

/** A proposed map for an unknown form, with its preview. */
export interface Detection {
  readonly map: FormMap;
  readonly preview: readonly PreviewRow[];
}

function describeElement(el: Element): string {
  const name = el.getAttribute('name');
  return `${el.localName}${name ? `[name=${name}]` : ''}${el.getAttribute('type') ? ` (${el.getAttribute('type')})` : ''}`;
}

/** A radio group whose options carry the four level names: value by level code. */
function levelRadios(root: Scope): { name: string; values: Partial<Record<Level, string>> } | null {
  for (const scope of scopes(root)) {
    for (const radio of scope.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      const group = [
        ...scope.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(radio.name)}"]`),
      ];
      const values: Partial<Record<Level, string>> = {};
      for (const r of group) {
        const text = r.labels?.[0]?.textContent ?? '';
        const level = LEVELS.find((l) => textMatches(text, LEVEL_NAMES[l].vi) === 'exact');
        if (level) values[level] = r.value;
      }
      if (Object.keys(values).length === 4) return { name: radio.name, values };
    }
  }
  return null;
}

/**
 * Proposes a map for a form no built-in map knows, from the official labels it carries. Needs
 * at least three of them (one a score) so that an unrelated page is never mistaken for a review form.
 */
export function detectForm(root: Scope, url: string): Detection | null {
  const steps: FormMapStep[] = [];
  const preview: PreviewRow[] = [];
  const used = new Set<Element>();
  for (const [field, labels] of OFFICIAL_LABELS) {
    if (field === 'proposedLevel') {
      const radios = levelRadios(root);
      if (radios) {
        steps.push({ field, locator: { name: radios.name }, values: radios.values as Record<Level, string> });
        preview.push({
          field,
          label: LEVELS.map((l) => LEVEL_NAMES[l].vi).join(' / '),
          found: `input[name=${radios.name}] (radio × 4)`,
        });
        continue;
      }
    }
    for (const label of labels) {
      const el = locate(root, { label });
      if (el && !used.has(el) && readBack(el) !== null) {
        used.add(el);
        steps.push({ field, locator: { label } });
        preview.push({ field, label, found: describeElement(el) });
        break;
      }
    }
  }
  const scores = preview.filter((p) => p.field.startsWith('scores.')).length;
  if (preview.length < 3 || scores === 0) return null;
  const origin = new URL(url);
  return {
    map: {
      format: FORMMAP_FORMAT,
      id: `detected-${origin.hostname}`,
      title: { vi: `Biểu mẫu nhận diện tại ${origin.host}`, en: `Form detected on ${origin.host}` },
      match: [`${origin.origin}${origin.pathname}*`],
      steps,
    },
    preview,
  };
}
