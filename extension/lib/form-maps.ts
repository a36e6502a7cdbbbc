import { DETECTED_ID, type FormMap, mapMatches } from '@tusoi/form-kit';

// Detected form maps are saved one per form, not one per portal host: a portal's quarterly form
// (/quy/1) and its annual form (/nam/2), or two forms shown in turn at one address, each keep
// their own map. A map is told apart by the page's host and path and by a fingerprint of what
// detection found there (its steps); a saved map is used on a page only for the form it was made on.

/** Whether a map was saved from an accepted detection (not imported, picked or built in): detection names its maps `detected-…` (maps saved before per-form ids were `detected-<hostname>`). */
export const isDetected = (map: FormMap): boolean => map.id.startsWith(DETECTED_ID);

/** FNV-1a (32 bits) of a text, as 8 hex digits: a short, stable name for a form's steps (not a secret). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A fingerprint of the form a map fills: its field steps (each draft field and where it is on the
 * page). Criterion rows are left out when there are fields: which rows detection names depends on
 * the open draft's scoring pack, not on the form.
 */
export function formPrint(map: FormMap): string {
  const fields = map.steps.filter((s) => 'field' in s);
  return fnv1a(JSON.stringify(fields.length > 0 ? fields : map.steps));
}

/**
 * A detected map under the id it is saved with: `detected-<host><path>-<fingerprint>`, its
 * title naming the page (host and path). Two forms of one host never share an id.
 */
export function perForm(map: FormMap, url: string): FormMap {
  const page = new URL(url);
  const where = `${page.host}${page.pathname}`;
  const id = `${DETECTED_ID}${where}`.replace(/[^\w.-]+/g, '-').replace(/-+$/, '');
  return {
    ...map,
    id: `${id}-${formPrint(map)}`,
    title: { vi: `Biểu mẫu nhận diện tại ${where}`, en: `Form detected on ${where}` },
  };
}

/** Whether a detected map was saved before per-form ids (one per host: `detected-<hostname>`). */
const perHost = (map: FormMap): boolean => !/-[0-9a-f]{8}$/.test(map.id);

/**
 * Which of the saved detected maps matching a page's address fills the form shown there now,
 * given what detection finds on it (null: nothing found): the one made on this very form (same
 * steps). Found nothing: the first one (the page may not be ready to read; filling reports what
 * it could not find). A different form at an address whose only map is a per-host one saved by an
 * earlier version: that map (it was made by an older detection, so its steps may differ for the
 * same form). Else undefined: a form not seen before, to preview.
 */
export function chooseDetected(matching: readonly FormMap[], found: FormMap | null): FormMap | undefined {
  if (found === null) return matching[0];
  const print = formPrint(found);
  const same = matching.find((m) => formPrint(m) === print);
  if (same) return same;
  const [only] = matching;
  return matching.length === 1 && only && perHost(only) ? only : undefined;
}

/** A field step's identity for comparing two detections: the draft field and where it is on the page. */
const fieldSteps = (map: FormMap): Set<string> =>
  new Set(map.steps.filter((s) => 'field' in s).map((s) => JSON.stringify(s)));

/**
 * Whether two detections on one page found the same form: at least half of the field steps of
 * both together are the same (same draft field, same place on the page). A newer detection of a
 * form differs from the earlier one by a field or two (a field added to the page, or found where it
 * was not before); another form shown at the same address shares at most a few (a name field).
 * Maps with no field steps (criteria rows only) are the same form when their steps are equal.
 */
export function sameForm(a: FormMap, b: FormMap): boolean {
  const x = fieldSteps(a);
  const y = fieldSteps(b);
  if (x.size === 0 || y.size === 0) return formPrint(a) === formPrint(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return 2 * shared >= x.size + y.size - shared;
}

/**
 * The earlier detected maps that a newer detection `map` of the same form on the page `url`
 * replaces: detected maps (never one the user imported under another id, picked or built in)
 * whose address patterns match that page, saved under another id, of the same form (see
 * {@link sameForm}). Maps of other pages, and of another form at the same address, are kept.
 */
export function replacedBy(stored: readonly FormMap[], map: FormMap, url: string): FormMap[] {
  if (!isDetected(map)) return [];
  return stored.filter((m) => m.id !== map.id && isDetected(m) && mapMatches(m, url) && sameForm(m, map));
}
