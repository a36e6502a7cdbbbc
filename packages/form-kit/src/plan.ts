import {
  type FieldValue,
  type FillOutcome,
  fillField,
  highlight,
  readBack,
  restore,
  type Snapshot,
  snapshot,
} from './fill';
import { type Locator, locate, type Scope, waitFor } from './locate';
import { refusal } from './safety';

/** One step: where, what, and whether to wait for the field to appear. */
export interface FillPlanStep {
  readonly key: string;
  readonly locator: Locator;
  /** The value to fill; absent with `click`. */
  readonly value?: FieldValue;
  /** Press a button that moves on (a wizard's "Tiếp tục"); refused for anything that submits, completes or deletes. */
  readonly click?: true;
  readonly waitMs?: number;
}

/** A fill of many fields, in order. */
export type FillPlan = readonly FillPlanStep[];

/** What a fill did, and how to undo it. */
export interface FillReport {
  readonly results: Readonly<Record<string, FillOutcome>>;
  readonly undo: () => void;
}

/**
 * Fills a plan in order, finding each field afresh (the page may have re-rendered after the
 * previous one). With `onlyEmpty`, fields that already hold a value are left alone.
 */
export async function fillForm(
  root: Scope,
  plan: FillPlan,
  options: { onlyEmpty?: boolean; highlightMs?: number } = {},
): Promise<FillReport> {
  const results: Record<string, FillOutcome> = {};
  const touched: Snapshot[] = [];
  const filled: Element[] = [];
  for (const step of plan) {
    const el = step.waitMs ? await waitFor(root, step.locator, step.waitMs) : locate(root, step.locator);
    if (!el) {
      results[step.key] = { ok: false, readBack: null, error: 'not-found' };
      continue;
    }
    if (step.click) {
      const reason = refusal(el);
      if (!reason) (el as HTMLElement).click();
      results[step.key] = { ok: !reason, readBack: null, ...(reason ? { error: 'refused' as const, reason } : {}) };
      continue;
    }
    const now = readBack(el);
    if (options.onlyEmpty && now !== '' && now !== false && now !== null) {
      results[step.key] = { ok: true, readBack: now };
      continue;
    }
    const group =
      el.localName === 'input' && (el as HTMLInputElement).type === 'radio'
        ? [
            ...el.ownerDocument.querySelectorAll(
              `input[type=radio][name="${CSS.escape((el as HTMLInputElement).name)}"]`,
            ),
          ]
        : [el];
    touched.push(snapshot(group));
    results[step.key] = fillField(el, step.value ?? '');
    filled.push(el);
  }
  highlight(filled, options.highlightMs);
  return { results, undo: () => [...touched].reverse().forEach(restore) };
}
