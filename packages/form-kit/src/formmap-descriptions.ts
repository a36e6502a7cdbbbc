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
  choice:
    'In a table cell that holds a pair of buttons or pills rather than one field: the caption of the one to press (e.g. "Đạt"), compared as a label is. Optional.',
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

// The row and task-table fields, by their path: their names (row, name, values) mean something
// else there than elsewhere in a map, so they are described by where they are, before the rest.
const LOCATOR_DESCRIPTIONS: Record<string, string> = {
  rows: 'Row locator: CSS selector of the rows, in page order (e.g. "#tieu-chi tbody tr").',
  row: 'Row locator: the row’s position among those rows (from 1), or the code a cell of it shows exactly ("1.1" is never "1.10"). Table locator: the row’s text.',
  cell: 'Row locator: CSS selector of the control inside the row (e.g. "input[value=kad]").',
};
const DESCRIPTIONS: Record<string, string> = {
  'steps[].notApplicable': 'Pressed when the criterion does not apply (K/AD); its reason goes to `reason`.',
  'steps[].tasks':
    'A task table: the draft’s task list (tusoi.assessment/2 `taskList`), task N into row N; rows told apart by position and, once named, by the name cell.',
  'steps[].tasks.rows': 'CSS selector of the task rows, in page order (e.g. "#nhiem-vu tbody tr").',
  'steps[].tasks.cells':
    'CSS selector, inside a row, of the control for each part of a task: name, axis, weight, frame, A, B, C, D (components, %), exceeded, key, keyLevel, completed, late, points (the task’s points as classified). The name cell also tells rows apart at read-back, check and undo.',
  'steps[].tasks.add':
    'The page’s add-row button ("+ Thêm nhiệm vụ"): pressed once per missing row, never when it would submit, send or delete. Without it, missing rows are reported.',
  'steps[].tasks.values':
    'How the page writes a value, per cell: e.g. axis {"T1": "1"}, exceeded {"true": "Có", "false": "Không"}, keyLevel {"2": "Mức 2"}.',
  'steps[].tasks.decimal': 'The decimal mark the number cells take, when the page does not show it.',
  'steps[].tasks.waitMs': 'How long to wait for a row the add-row button adds (default 3000 ms).',
  'steps[].tasks.cells.name': 'The task’s name (sản phẩm); also how its row is known at check and undo.',
  'steps[].tasks.cells.axis': 'The result axis (Trục 1–6): the pack’s axis id, or `values.axis` of it.',
  'steps[].tasks.cells.weight': 'The weight in points of 70.',
  'steps[].tasks.cells.frame': 'The task’s own weight frame (K1–K4), when it differs from the person’s.',
  'steps[].tasks.cells.A': 'Component A (khối lượng), percent.',
  'steps[].tasks.cells.B': 'Component B (chất lượng), percent.',
  'steps[].tasks.cells.C': 'Component C (tiến độ), percent.',
  'steps[].tasks.cells.D': 'Component D (lãnh đạo, tổ chức thực hiện), percent.',
  'steps[].tasks.cells.exceeded': 'The "vượt chuẩn" flag: a checkbox ticked or not, or `values.exceeded`.',
  'steps[].tasks.cells.key': 'The key-task flag (nhiệm vụ trọng tâm).',
  'steps[].tasks.cells.keyLevel': 'The key task’s level, "1"–"3" (Mức 1–3), or `values.keyLevel`.',
  'steps[].tasks.cells.completed': 'The completed flag.',
  'steps[].tasks.cells.late': 'The late flag (chưa bảo đảm tiến độ).',
  'steps[].tasks.cells.points':
    'The task’s points (điểm), as rubric-core classifies the draft (result breakdown.tasks); never taken from the page.',
};
type Json = { [k: string]: unknown };
function addDescriptions(node: unknown, path: string): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Json;
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const)
    if (Array.isArray(n[k])) for (const sub of n[k] as unknown[]) addDescriptions(sub, path);
  if (n.items) addDescriptions(n.items, `${path}[]`);
  const props = n.properties as Record<string, Json> | undefined;
  for (const [key, child] of Object.entries(props ?? {})) {
    const at = path ? `${path}.${key}` : key;
    const cell = /^steps\[\]\.tasks\.values\.(.+)$/.exec(at)?.[1];
    const text =
      DESCRIPTIONS[at] ??
      (cell ? `How the page writes the ${cell} cell: the page's text by the draft's value.` : undefined) ??
      (props && 'cell' in props ? LOCATOR_DESCRIPTIONS[key] : undefined);
    if (text) child.description = text;
    addDescriptions(child, at);
  }
}

/**
 * Adds the descriptions of the form map's fields and shapes to its JSON Schema, in place.
 *
 * @returns The same schema, for chaining.
 */
export function describeFormMap<T extends object>(schema: T): T {
  addDescriptions(schema, '');
  walk(schema as Node);
  return schema;
}
