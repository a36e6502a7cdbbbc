import { samePeriod } from './choices';
import { type Planned, plannedWrite } from './fill';
import type { FillPlan } from './fill-plan';
import { find } from './locate';
import type { Scope } from './locator-types';
import { lockOf } from './state';

/** One step of a plan before it runs: what its field shows and what the fill would leave there. */
export interface PlannedStep extends Planned {
  readonly key: string;
  /** The page keeps the field from being written (see `lockOf`): nothing will be written. */
  readonly locked?: 'disabled' | 'readonly' | 'computed';
  /** The field's number in this answer: two steps with the same number write the same field. */
  readonly at: number;
  /** The page has another choice made that the fill keeps (its review period, see `keepChosen`): nothing will be written. */
  readonly kept?: true;
  /** A row the page lacks, which the fill adds first (`addRow`): read as its table's first row words it, empty now. */
  readonly added?: true;
  /** The field kept is a box the page writes in (not a choice): said as "trang đang ghi", not "đang chọn". */
  readonly typed?: true;
}

/**
 * What the page has chosen or written in a field whose choice it keeps (`keepChosen`: its review
 * period), as it shows it; '' for none: an empty box, no radio on, or a placeholder option
 * ("-- Chọn kỳ đánh giá --", whatever its value: WebForms gives it "0") among periods.
 */
export function chosenText(el: Element, key: string, planned: Planned): string {
  const now = typeof planned.now === 'string' ? planned.now.trim() : '';
  if (now === '' || (el.localName === 'select' && (el as HTMLSelectElement).value === '')) return '';
  return el.matches('select, input[type=radio]') && samePeriod(key, now, '1') === null ? '' : now;
}

/**
 * For a preview: each value step of `plan` whose field is on the page, with what the page shows
 * now and what the fill would write, in the page's words. Reads only; presses are left out.
 */
export function plannedSteps(root: Scope, plan: FillPlan): PlannedStep[] {
  const seen = new Map<Element, number>();
  let added = 0;
  // Rows the fill makes room for with the page's add-row button (a map's `add`, or a detected table's own).
  const adding = new Set<string>();
  return plan.flatMap((step): PlannedStep[] => {
    if (step.addRow?.press || step.addRow?.own) adding.add(step.key);
    if (step.click || step.value === undefined) return [];
    const el = find(root, step.locator).el;
    const loc = step.locator;
    const row = step.key.split('.').slice(0, 2).join('.');
    if (!el && adding.has(row) && 'rows' in loc && typeof loc.row === 'number' && loc.row > 1) {
      // A row the fill will add (the page's button makes it like the rows it has): its cell as the first row words it.
      const like = find(root, { rows: loc.rows, row: 1, cell: loc.cell }).el;
      if (!like) return [];
      const will = plannedWrite(like, step.value, {
        key: step.key,
        ...(step.decimal ? { decimal: step.decimal } : {}),
        ...(step.aliases ? { aliases: step.aliases } : {}),
      }).will;
      return [{ key: step.key, at: -++added, now: null, will, added: true as const }];
    }
    if (!el) return [];
    const lock = lockOf(el);
    const at = seen.get(el) ?? seen.size;
    seen.set(el, at);
    const planned = plannedWrite(el, step.value, {
      key: step.key,
      ...(step.decimal ? { decimal: step.decimal } : {}),
      ...(step.aliases ? { aliases: step.aliases } : {}),
    });
    // A choice the page made already and the fill keeps (its review period): said, not written.
    // (A placeholder option is no choice, see `chosenText`.)
    const shown = step.keepChosen ? chosenText(el, step.key, planned) : '';
    // Read by meaning (see `samePeriod`): "III" is the draft's quarter 3; "Quý III/2025" is not its 2026.
    const same = shown ? samePeriod(step.key, shown, String(step.value), step.aliases) : null;
    const kept =
      shown !== '' && (same === false || (same === null && planned.will !== null && planned.will !== planned.now));
    return [
      {
        key: step.key,
        at,
        ...planned,
        // The page holds the draft's period already (in its own words): nothing changes.
        ...(same === true ? { will: planned.now } : {}),
        // No option for the draft's: the preview still names what the draft has.
        ...(kept && planned.will === null ? { will: step.aliases?.[0] ?? String(step.value) } : {}),
        ...(kept ? { kept: true as const } : {}),
        ...(kept && el.matches('input:not([type=radio]), textarea') ? { typed: true as const } : {}),
        ...(lock ? { locked: lock, will: null } : {}),
      },
    ];
  });
}
