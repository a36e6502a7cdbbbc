import { deepFreeze } from './internal/frozen.js';

// Kept apart from the assessment schema so that code needing only the list (a pack's `appliesTo`)
// does not pull the whole schema into a bundle (the content script has a size budget).

/** The kinds of subject reviewed: a collective, a leadership collective, leaders, staff, members outside. */
export const SUBJECT_KINDS = /* @__PURE__ */ deepFreeze([
  'collective',
  'leadership-collective',
  'leader-central',
  'leader',
  'staff',
  'member-outside',
] as const);
