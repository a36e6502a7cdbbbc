// Descriptions of the fields of tusoi.formmap/1 for its JSON Schema (docs/format.md is generated
// from it). Kept apart from the Valibot schema: a field without a description here ships without
// one, and the schema test of rubric-core names it.

/** What each field of a form map means, by its name (a name means the same wherever it appears). */
const FIELDS: Readonly<Record<string, string>> = {
  format: 'Format tag, always "tusoi.formmap/1".',
  id: 'Map id, unique among the maps the extension keeps. Letters, digits, ".", "-", "_".',
  title: 'Name of the portal form the map is for.',
  vi: 'In Vietnamese.',
  en: 'In English (optional gloss).',
  match:
    'URL patterns of the pages the map is for, `*` as a wildcard (e.g. "https://kiemdiem.example.gov.vn/*"); each must name a site ("*", "<all_urls>", "*.vn" are refused). At least one, at most 2,048 characters each.',
  steps: 'What to fill, press or read, in order: field steps, criterion steps and click steps.',
  field: 'The assessment field a step fills and reads back (scores.total is general + results, computed exactly).',
  locator: 'Where the field is on the page: exactly one of label, name, css, or table + row + column.',
  values:
    'How a value is written on the portal, by the draft’s value: e.g. {"HTXSNV": "Hoàn thành xuất sắc nhiệm vụ"} or {"3": "Quý III"}. Default: the value as it is.',
  decimal:
    'The decimal mark the field takes when the page does not show it: "," (27,5) or "." (27.5). Default: as the page shows.',
  required: 'Whether a missing field is an error of the fill (true) or only noted (false). Default false.',
  waitMs: 'Milliseconds to wait after the step (0–10,000) for a page that redraws. Default 0.',
  criterion: 'Id of a criterion of the draft’s scoring pack (criteria.items key), filled where the portal asks for it.',
  met: 'What to press when the criterion is met (Đảm bảo).',
  notMet: 'What to press when the criterion is not met (Không đảm bảo).',
  points: 'Where the points go, for a criterion scored in points.',
  reason: 'Where the reason for a criterion not met goes (it may appear only after "Không đảm bảo" is pressed).',
  click: 'What to press (a tab, a "next" button); never submit, delete or send.',
  label: 'The visible label of the field, compared after NFC, trimming and case folding.',
  name: 'The field’s `name` attribute.',
  css: 'A CSS selector of the field (a last resort: portals change their markup).',
  table: 'Caption or heading of the table; "" for the only table of the page.',
  row: 'Text of the row’s first cell (the criterion or item as printed).',
  column: 'Header text of the column.',
};

/** The step shapes, by the field only that shape has. */
const STEPS: Readonly<Record<string, string>> = {
  field: 'A field step: one assessment field to one place on the page.',
  criterion: 'A criterion step: one criterion of the scoring pack, as buttons, points and a reason.',
  click: 'A click step: a press that shows the next fields (a tab, "Tiếp theo").',
};

/** The locator shapes, by their first field. */
const LOCATORS: Readonly<Record<string, string>> = {
  label: 'By the visible label.',
  name: 'By the name attribute.',
  css: 'By a CSS selector.',
  table: 'By a table cell: the row and the column.',
};

type Node = {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  required?: string[];
  additionalProperties?: unknown;
};

function walk(node: Node, variants?: Readonly<Record<string, string>>): void {
  if (node.anyOf) {
    for (const option of node.anyOf) {
      const key = option.required?.[0];
      const text = key !== undefined ? variants?.[key] : undefined;
      if (text !== undefined && option.description === undefined) option.description = text;
      walk(option);
    }
    return;
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const text = FIELDS[key];
    if (text !== undefined && child.description === undefined) child.description = text;
    if (key === 'steps' && child.items) walk(child.items, STEPS);
    else walk(child, LOCATORS);
  }
  if (node.items) walk(node.items, LOCATORS);
}

/**
 * Adds the descriptions of the form map's fields and shapes to its JSON Schema, in place.
 *
 * @returns The same schema, for chaining.
 */
export function describeFormMap<T extends object>(schema: T): T {
  walk(schema as Node);
  return schema;
}
