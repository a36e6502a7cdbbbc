import type { Locator } from '@tusoi/form-kit';
import type { Lang } from '@tusoi/rubric-core';
import { texts } from './i18n';

// Turns what the browser and form-kit say (English errors, step keys, locators) into words staff
// can act on. The raw text never reaches the panel.

/** What went wrong with the portal page, and what the user can do about it. */
export type PageProblem = 'permission' | 'browser-page' | 'not-ready' | 'tab-gone' | 'other';

/** Classifies an error thrown by `scripting.executeScript` / `tabs.sendMessage` (Chromium and Firefox wording). */
export function pageProblem(error: unknown): PageProblem {
  const text = error instanceof Error ? error.message : String(error);
  // A browser or extension page first: its error also says "cannot access contents of".
  if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|cannot be scripted|(chrome|moz)-extension:\/\//i.test(text))
    return 'browser-page';
  if (/cannot access contents of|must request permission|missing host permission|permission to access/i.test(text))
    return 'permission';
  if (/receiving end does not exist|could not establish connection|message port closed/i.test(text)) return 'not-ready';
  if (/no tab with id|tab was closed|frame with id .* was removed|no frame with id|invalid tab id/i.test(text))
    return 'tab-gone';
  return 'other';
}

/** The message for a page problem, in a language. */
export function pageProblemText(problem: PageProblem, lang: Lang): string {
  const t = texts(lang);
  return {
    permission: t.errPermission,
    'browser-page': t.errBrowserPage,
    'not-ready': t.errNotReady,
    'tab-gone': t.errTabGone,
    other: t.errOther,
  }[problem];
}

/** Where on the page a locator points, in words ("ô có tên f01"), never as JSON. */
export function locatorText(locator: Locator, lang: Lang): string {
  const t = texts(lang);
  if ('label' in locator) return `${t.locatorLabel} “${locator.label}”`;
  if ('name' in locator) return `${t.locatorName} “${locator.name}”`;
  if ('rows' in locator) return `${t.locatorTable} “${locator.row}”`;
  if ('table' in locator) return `${t.locatorTable} “${locator.row}”, ${t.column} “${locator.column}”`;
  return t.locatorCss;
}
