import type { Answer, Assessment } from '@tusoi/rubric-core';

import { isOn } from './fill';
import type { FormMap, FormMapStep } from './formmap';
import { rowText } from './labels';
import { locate } from './locate';
import type { Locator, Scope } from './locator-types';

/** The answers of a criterion row by their column names on the forms (check.ts keeps its own copy: the portal script's bytes). */
export const ANSWER: Partial<Record<string, string>> = {
  met: 'Đảm bảo',
  notMet: 'Không đảm bảo',
  notApplicable: 'K/AD',
};

/** A criterion row a map names, as the page shows it beside the draft's answer. */
export interface RowAnswer {
  readonly step: Extract<FormMapStep, { criterion: string }>;
  /** The draft's answer: `met`, `notMet` or `notApplicable`. */
  readonly want: string;
  /** The draft's `{ answer, points, reason }`, when it gives one. */
  readonly answer: Answer | undefined;
  /** The answer chosen on the page, '' for none. */
  readonly shown: '' | 'met' | 'notMet' | 'notApplicable';
  /** The row's first answer control. */
  readonly element: Element;
  /** Whether the map names the row's K/AD control. */
  readonly kad: boolean;
  /** The row as the page words it, else the criterion in its pack's words, else "Tiêu chí <number>". */
  readonly name: string;
}

/**
 * Each criterion row a map names that the draft answers and the page holds: the answer chosen on
 * the page (its "Đảm bảo", "Không đảm bảo" or "K/AD" control on) beside the draft's.
 */
export function criterionRows(
  root: Scope,
  map: FormMap,
  draft: Partial<Assessment>,
  /** The criterion's name in its pack's words ("Tiêu chí 1.1: …"), when the row has none. */
  words?: (id: string) => string | undefined,
): RowAnswer[] {
  const out: RowAnswer[] = [];
  const at = (l: unknown) => (l ? locate(root, l as Locator) : null);
  for (const step of map.steps) {
    if (!('criterion' in step)) continue;
    const v = draft.criteria?.items[step.criterion];
    const answer = typeof v === 'object' && v ? (v as Answer) : undefined;
    const want = v === true ? 'met' : v === false ? 'notMet' : answer?.answer;
    const met = at(step.met);
    const notMet = at(step.notMet);
    const na = at(step.notApplicable);
    const element = met ?? notMet ?? na;
    if (!want || !element) continue;
    const row = element.closest('tr');
    out.push({
      step,
      want,
      answer,
      shown: met && isOn(met) ? 'met' : notMet && isOn(notMet) ? 'notMet' : na && isOn(na) ? 'notApplicable' : '',
      element,
      kad: na !== null,
      // Never the pack's id ("pl4-1.1"): its number in the table ("1.1"), as the fill report names it.
      name:
        (row && rowText(row)) ||
        words?.(step.criterion) ||
        `Tiêu chí ${/\d+(?:\.\d+)*$/.exec(step.criterion)?.[0] ?? step.criterion}`,
    });
  }
  return out;
}
