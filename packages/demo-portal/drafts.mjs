// Drafts the tests fill the demo pages with, built from rubric-core's shipped examples rather
// than restated, so a change to an example reaches every test that fills a page with it.
import { readFileSync } from 'node:fs';

const example = (file) =>
  JSON.parse(readFileSync(new URL(`../../rubric-core/examples/${file}`, import.meta.url), 'utf8'));

/**
 * The worked quarterly example (rubric-core examples/q01-staff-vatm-tc1-frame-k2.json: VATM
 * pack 09A, frame K2, five tasks) with one criterion not met (pl4-1.1) and one K/AD (pl4-2.3),
 * each with its reason: what quy-nhiem-vu.html is filled with. A new object on every call.
 */
export function quarterlyRowsDraft() {
  const a = example('q01-staff-vatm-tc1-frame-k2.json');
  return {
    ...a,
    criteria: {
      ...a.criteria,
      items: {
        ...a.criteria.items,
        'pl4-1.1': { answer: 'notMet', reason: 'Chậm nộp báo cáo' },
        'pl4-2.3': { answer: 'notApplicable', reason: 'Không thuộc phạm vi trong quý' },
      },
    },
  };
}
