import { AssessmentSchema, fromValibotIssue, type InputIssue } from '@tusoi/rubric-core';
import * as v from 'valibot';

// A draft is an assessment being written: values may be out of range while the user types
// (rubric-core's live result says so), but its shape must be the format's, or the editor
// cannot show it. Shape problems are Valibot's "schema" issues (wrong type, unknown key,
// object); range and pattern problems ("validation" issues) and fields not written yet are
// allowed in a draft.

const NotesSchema = v.record(v.string(), v.string());

/**
 * What makes a stored or imported draft unusable, with paths under `prefix`
 * (e.g. `drafts[2].data.assessment.priorShortcomings`); empty when it can be edited.
 */
export function draftShapeIssues(data: unknown, prefix = 'data'): InputIssue[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ code: 'type', path: prefix, message: { vi: 'không phải một bản kiểm điểm', en: 'not a draft' } }];
  }
  const { assessment, notes, packId, ...extra } = data as Record<string, unknown>;
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
