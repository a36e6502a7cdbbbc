import { AssessmentSchema, fromValibotIssue, type InputIssue } from '@tusoi/rubric-core';
import * as v from 'valibot';
import { pathKeys, withValues } from './merge';

// A draft is an assessment being written: values may be out of range while the user types
// (rubric-core's live result says so), but its shape must be the format's, or the editor
// cannot show it. Shape problems are Valibot's "schema" issues (wrong type, unknown key,
// object); range and pattern problems ("validation" issues) and fields not written yet are
// allowed in a draft.

const NotesSchema = v.record(v.string(), v.string());

/** Keys that name a JavaScript object's inner workings: never data, refused anywhere in an import. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The keys `__proto__`, `constructor` and `prototype` anywhere in `value` (own keys, as JSON.parse
 * makes them), each with its path under `prefix`; empty when there is none. Such a key could
 * change how every object of the page behaves once stored and read back, so it is refused
 * before anything is written.
 */
export function unsafeKeyIssues(value: unknown, prefix: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) walk(node[i], `${path}[${i}]`);
      return;
    }
    for (const key of Object.keys(node)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (UNSAFE_KEYS.has(key))
        issues.push({
          code: 'unsafe-key',
          path: at,
          message: {
            vi: `có khoá “${key}” không được phép trong dữ liệu`,
            en: `holds the key “${key}”, which data may not use`,
          },
        });
      else walk((node as Record<string, unknown>)[key], at);
    }
  };
  walk(value, prefix);
  return issues;
}

/**
 * What makes a stored or imported draft unusable, with paths under `prefix`
 * (e.g. `drafts[2].data.assessment.priorShortcomings`); empty when it can be edited.
 */
export function draftShapeIssues(data: unknown, prefix = 'data'): InputIssue[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ code: 'type', path: prefix, message: { vi: 'không phải một bản kiểm điểm', en: 'not a draft' } }];
  }
  const { assessment, notes, packId, ...extra } = data as Record<string, unknown>;
  const unsafe = unsafeKeyIssues(data, prefix);
  if (unsafe.length > 0) return unsafe;
  const issues: InputIssue[] = Object.keys(extra).map((key) => ({
    code: 'unknown-field',
    path: `${prefix}.${key}`,
    message: { vi: 'trường không có trong định dạng', en: 'field is not part of the format' },
  }));
  const at = (path: string, issue: InputIssue) => ({ ...issue, path: issue.path ? `${path}.${issue.path}` : path });
  const shape = v.safeParse(AssessmentSchema, assessment);
  if (!shape.success) {
    for (const issue of shape.issues)
      if (issue.kind === 'schema' && issue.received !== 'undefined')
        issues.push(at(`${prefix}.assessment`, fromValibotIssue(issue)));
  }
  if (notes !== undefined) {
    const parsed = v.safeParse(NotesSchema, notes);
    if (!parsed.success) for (const issue of parsed.issues) issues.push(at(`${prefix}.notes`, fromValibotIssue(issue)));
  }
  if (packId !== undefined && typeof packId !== 'string') {
    issues.push({ code: 'type', path: `${prefix}.packId`, message: { vi: 'phải là chuỗi', en: 'must be a string' } });
  }
  return issues;
}

/** At most this many held fields per draft in an import (a draft has far fewer fields). */
export const MAX_HELD = 500;

/** A held field's path: a field of the assessment or a criterion's note, dotted, or the pack id. */
const HELD_PATH = /^(?:(?:assessment|notes)(?:\.[^.]+)+|packId)$/;

/**
 * What makes the held values of an imported draft unusable (`held`: dotted field path → the value
 * a same-field conflict held back, null for "emptied"), with paths under `prefix`
 * (`drafts[0].held`); empty when each names a field of the draft and the draft, with every held
 * value put in, still has the format's shape (so choosing them can never break the draft).
 */
export function heldIssues(data: unknown, held: Readonly<Record<string, unknown>>, prefix: string): InputIssue[] {
  const paths = Object.keys(held);
  if (paths.length > MAX_HELD)
    return [
      {
        code: 'max-length',
        path: prefix,
        message: { vi: `nhiều hơn ${MAX_HELD} trường`, en: `more than ${MAX_HELD} fields` },
      },
    ];
  const issues: InputIssue[] = [];
  for (const path of paths) {
    if (!HELD_PATH.test(path) || pathKeys(path).some((k) => UNSAFE_KEYS.has(k)))
      issues.push({
        code: 'pattern',
        path: `${prefix}.${path}`,
        message: {
          vi: 'không phải tên một trường của bản kiểm điểm',
          en: 'is not the name of a field of the draft',
        },
      });
  }
  if (issues.length > 0 || typeof data !== 'object' || data === null) return issues;
  const unsafe = unsafeKeyIssues(held, prefix);
  if (unsafe.length > 0) return unsafe;
  const values = Object.fromEntries(Object.entries(held).map(([p, v]) => [p, v === null ? undefined : v]));
  // Checked as the draft would be with every held value chosen; a problem is named at the held field.
  // (Under an empty prefix each path starts with its dot.)
  return draftShapeIssues(withValues(data, values), '').map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));
}
