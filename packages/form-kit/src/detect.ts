import type { Message } from '@tusoi/rubric-core';
import { LEVEL_NAMES, LEVELS, type Level } from '@tusoi/rubric-core';
import { addRowOf } from './add-row';
import { choiceAliases, pickOption } from './choices';
import { radioGroup } from './fill';
import { DETECTED_ID, FORMMAP_FORMAT, type FormMap, type FormMapStep, type MappableField } from './formmap';
import { type LabelSource, labelsOf, rowText } from './labels';
import { type Control, candidates, controlsOf, find, labelScore, lookAt, scopes } from './locate';
import type { Locator, Scope } from './locator-types';
import { OFFICIAL_LABELS, WHOLE_ONLY } from './official-labels';
import { rowKit } from './row-kit';
import { type CriterionRow, criteriaRows, criterionOf, inClosedTab, type PackCriterion } from './sections';
import { lockOf } from './state';
import { pagePatterns } from './url-pattern';

/** One proposed mapping, shown to the user before anything is written. */
export interface PreviewRow {
  readonly field: MappableField;
  /** The official label that was found. */
  readonly label: string;
  /** What was found, described as text (never page HTML): tag, name and type, for maps and tests. */
  readonly found: string;
  /** The field as the page labels it, for people (a selector means nothing in a 420 px panel). */
  readonly shown?: string;
  /** The page keeps the field read-only or disabled (a total it computes): it will not be filled. */
  readonly locked?: true;
  /** Where the label was read (label, table cell, column header…). */
  readonly via?: LabelSource | 'options';
  /** Several fields carry the label equally well: each by its label on the page, none chosen (the user picks). */
  readonly ambiguous?: readonly string[];
  /** A map's press that would be refused, and why (safety.ts): shown before anything is done. */
  readonly refused?: Message;
}

/** A proposed map for an unknown form, with its preview. */
export interface Detection {
  readonly map: FormMap;
  readonly preview: readonly PreviewRow[];
  /** The criteria tables' rows, as read (each a criterion step of the map when the draft's pack names it). */
  readonly criteria?: readonly CriterionRow[];
  /** Per task table (by its `rows`), the add-row button a fill will press (its name), or why none. */
  readonly addRows?: readonly AddRowNote[];
}

/** A task table's add-row control as the preview says it: the button's name, or why none is pressed. */
export interface AddRowNote {
  readonly rows: string;
  readonly button?: string;
  readonly why?: Message;
}

/** A field described as text: tag, name, type, and for a radio group its size. */
export function describeElement(el: Element): string {
  const name = el.getAttribute('name');
  const type = el.getAttribute('type');
  const size = type === 'radio' ? ` (radio × ${radioGroup(el as HTMLInputElement).length})` : type ? ` (${type})` : '';
  return `${el.localName}${name ? `[name=${name}]` : ''}${size}`;
}

const key = (el: Element) =>
  el.localName === 'input' && (el as HTMLInputElement).type === 'radio' ? `r:${(el as HTMLInputElement).name}` : el;

// A locator that finds this field again, and only it.
function locatorOf(root: Scope, c: Control, text: string): Locator | null {
  const name = c.el.getAttribute('name');
  const tries: Locator[] = [];
  if (name) tries.push({ name });
  tries.push({ label: text });
  // The label it carries on the page, when the official wording looked for is not it ("Mức xếp loại đề xuất").
  const own = c.labels[0]?.text;
  if (own && own !== text) tries.push({ label: own });
  if (c.el.id) tries.push({ css: `#${CSS.escape(c.el.id)}` });
  const row = c.el.closest('tr');
  const column = c.labels.find((l) => l.source === 'column')?.text;
  if (row && column) tries.push({ table: '', row: rowText(row), column });
  return (
    tries.find((l) => {
      const f = find(root, l);
      return f.el !== null && key(f.el) === key(c.el) && f.others.length === 0;
    }) ?? null
  );
}

// Candidates as a person tells them apart: the label each carries on the page; two with the same
// label add their column header, else their place among those (1, 2…), never a selector.
function shownApart(cs: readonly { c: Control; text: string }[]): string[] {
  return cs.map((e) => {
    const { c, text } = e;
    const same = cs.filter((o) => o.text === text);
    if (same.length === 1) return text;
    const column = c.labels.find((l) => l.source === 'column')?.text;
    const columns = same.map((o) => o.c.labels.find((l) => l.source === 'column')?.text);
    if (column && columns.filter((t) => t === column).length === 1) return `${text} — ${column}`;
    return `${text} (${same.indexOf(e) + 1})`;
  });
}

// What a person sees, or opens with a tab (then after what is seen, see inClosedTab); hidden copies never.
const usable = (c: Control) => c.visible || inClosedTab(c.el);

// The level's choice: a radio group, select or button group whose options name at least three levels.
function levelChoice(
  controls: readonly Control[],
  labels: readonly string[],
): { c: Control; values: Partial<Record<Level, string>> } | null {
  let first: { c: Control; values: Partial<Record<Level, string>> } | null = null;
  for (const c of [...controls.filter((c) => c.visible), ...controls.filter((c) => !c.visible)]) {
    if (!usable(c)) continue;
    const el = c.el;
    const opts =
      el.localName === 'select'
        ? [...(el as HTMLSelectElement).options].map((o) => ({ text: o.text, value: o.value }))
        : el.localName === 'input' && (el as HTMLInputElement).type === 'radio'
          ? radioGroup(el as HTMLInputElement).map((r) => ({ text: labelsOf(r)[0]?.text ?? '', value: r.value }))
          : el.matches('input, textarea, [contenteditable]')
            ? []
            : [...el.children].map((b) => ({ text: b.textContent ?? '', value: b.getAttribute('value') ?? '' }));
    const values: Partial<Record<Level, string>> = {};
    for (const l of LEVELS) {
      const i = pickOption(opts, choiceAliases('proposedLevel', l).slice(0, 4));
      const o = opts[i];
      if (o) values[l] = o.value && o.value !== 'on' ? o.value : o.text.trim();
    }
    if (Object.keys(values).length < 3) continue;
    // Two groups offering the levels (a page's own "Tự nhận mức" and the proposal): the one the official label names wins.
    if (labels.some((l) => labelScore(c, l).score >= 2 * 16)) return { c, values };
    first ??= { c, values };
  }
  return first;
}

/**
 * Proposes a map for a form no built-in map knows, from the official labels it carries (read from
 * every label source, see `labelsOf`). One found field is enough: detection runs only when the
 * user asks for it and the preview (which counts what was found) is shown before anything is
 * written; a page with no official label at all gives null. A label two fields carry equally well is
 * shown as ambiguous, never guessed. Fields behind a closed tab count (the fill then names them
 * as hidden); a field in view wins over one behind a tab. `criteria` (the draft's pack: id and
 * wording) turns each row of a criteria table into a criterion step (see `criteriaRows`); such
 * steps alone make a form, as does a task table (a `tasks` step; read by the row code, see
 * `taskTables` in `@tusoi/form-kit/rows`, so only where that is loaded).
 */
export function detectForm(root: Scope, url: string, criteria: readonly PackCriterion[] = []): Detection | null {
  const steps: FormMapStep[] = [];
  const preview: PreviewRow[] = [];
  const used = new Set<unknown>();
  lookAt(root);
  // Every scope once (a walk of the whole page), not once per label looked for.
  const all = scopes(root);
  const controls = all.flatMap((s) => controlsOf(s));
  for (const [field, labels] of OFFICIAL_LABELS) {
    if (field === 'proposedLevel') {
      const level = levelChoice(
        controls.filter((c) => !used.has(key(c.el))),
        labels,
      );
      if (level) {
        used.add(key(level.c.el));
        const locator = locatorOf(root, level.c, labels[0] as string);
        if (locator) {
          const values = level.values as Record<Level, string>;
          steps.push({ field, locator, values });
          // A radio's own label is one choice ("Không hoàn thành nhiệm vụ"), never the field: its group's words are.
          const radio = level.c.el.matches('input[type=radio]');
          const shown = radio
            ? level.c.labels.find((l) => !/^(label|label-for|aria-label|sibling)$/.test(l.source))?.text
            : level.c.labels[0]?.text;
          preview.push({
            field,
            label: LEVELS.map((l) => LEVEL_NAMES[l].vi).join(' / '),
            found: describeElement(level.c.el),
            ...(shown ? { shown } : {}),
            via: 'options',
          });
          continue;
        }
      }
    }
    let best: { c: Control; score: number; text: string; label: string; via: LabelSource }[] = [];
    for (const label of labels) {
      for (const c of all.flatMap((s) => [...candidates(s, label)])) {
        if (used.has(key(c.el)) || (field.startsWith('period.') && c.el.matches('textarea'))) continue;
        const found = labelScore(c, label);
        const l = found.label;
        // The period in a text box only by a whole label ("Quý:", "Năm"), never one that only starts so.
        if (field.startsWith('period.') && !c.el.matches('select, [type=radio]') && found.score < 3 * 16) continue;
        // Whole label or its start only, never a phrase inside a longer one; a field in view before one behind a tab.
        if (!l || found.score < 2 * 16 || !usable(c)) continue;
        if (WHOLE_ONLY.has(label) && (found.score < 3 * 16 || /^(column|row|heading|title|legend)$/.test(l.source)))
          continue;
        // A whole-only label ("Đơn vị") yields to the field's official wording ("Đơn vị công tác") on a tie.
        // A period's choice (select, radios) wins over a text box beside it under one label ("Kỳ đánh giá: [Quý I] năm [2026]").
        const choice = field.startsWith('period.') && c.el.matches('select, [type=radio]') ? 1 : 0;
        const score = found.score * 4 + (c.visible ? 2 : 0) - (WHOLE_ONLY.has(label) ? 1 : 0) + choice;
        const top = best[0]?.score ?? 0;
        if (score > top) best = [{ c, score, text: l.text, label, via: l.source }];
        else if (score === top && !best.some((b) => key(b.c.el) === key(c.el)))
          best.push({ c, score, text: l.text, label, via: l.source });
      }
    }
    const first = best[0];
    if (!first) continue;
    if (best.length > 1) {
      preview.push({
        field,
        label: first.label,
        found: '',
        via: first.via,
        ambiguous: shownApart(best.map((b) => ({ c: b.c, text: b.text }))),
      });
      continue;
    }
    const locator = locatorOf(root, first.c, first.text);
    if (!locator) continue;
    used.add(key(first.c.el));
    steps.push({ field, locator });
    preview.push({
      field,
      label: first.label,
      found: describeElement(first.c.el),
      shown: first.text,
      ...(lockOf(first.c.el) ? { locked: true as const } : {}),
      via: first.via,
    });
  }
  // Criteria rows, each a step where the draft's pack names the criterion (by code or wording).
  const rows = all.flatMap((s) => criteriaRows(s));
  for (const row of rows) {
    const id = criterionOf(row, criteria);
    if (id && !steps.some((s) => 'criterion' in s && s.criterion === id))
      steps.push({
        criterion: id,
        met: row.met,
        notMet: row.notMet,
        ...(row.notApplicable ? { notApplicable: row.notApplicable } : {}),
        ...(row.reason ? { reason: row.reason } : {}),
      });
  }
  // Task tables (name and A/B/C/D by column), each a step of rows (the row code reads them).
  // Each with the table's own add-row button, found as a fill finds it (add-row.ts), for the preview.
  const addRows: AddRowNote[] = [];
  for (const tasks of all.flatMap((s) => rowKit()?.taskTables(s) ?? [])) {
    steps.push({ tasks });
    const add = all
      .map((s) => addRowOf(s, tasks.rows))
      .find((f) => f.el !== null || f.why !== 'none' || f.seen !== undefined);
    if (add?.el && !('why' in add)) addRows.push({ rows: tasks.rows, button: add.name });
    else if (add && add.why !== 'none') addRows.push({ rows: tasks.rows, why: add.message });
    else if (add?.seen) addRows.push({ rows: tasks.rows, why: add.seen });
  }
  const found = preview.filter((p) => !p.ambiguous);
  // A criteria or task table is a form too, even with no official label beside it.
  if (found.length === 0 && !steps.some((s) => 'criterion' in s || 'tasks' in s)) return null;
  const origin = new URL(url);
  return {
    map: {
      format: FORMMAP_FORMAT,
      id: `${DETECTED_ID}${origin.hostname}`,
      title: { vi: `Biểu mẫu nhận diện tại ${origin.host}`, en: `Form detected on ${origin.host}` },
      match: pagePatterns(origin),
      steps,
    },
    preview,
    ...(rows.length > 0 ? { criteria: rows } : {}),
    ...(addRows.length > 0 ? { addRows } : {}),
  };
}
