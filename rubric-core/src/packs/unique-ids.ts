import type { InputIssue } from '../errors.js';
import { textKey } from '../internal/key.js';

/**
 * Adds a `duplicate-id` issue at `path` when `id` was seen already in `seen`, else remembers it.
 * Ids are compared as assessments name them (NFC, trimmed): two ids an assessment cannot tell apart
 * are one id. Used by both pack formats (pack.ts, quarterly-pack.ts).
 */
export function noteId(seen: Set<string>, id: string, path: string, issues: InputIssue[]): void {
  const key = textKey(id);
  if (seen.has(key))
    issues.push({
      code: 'duplicate-id',
      path,
      message: { vi: `mã "${id}" bị trùng`, en: `id "${id}" is duplicated` },
    });
  seen.add(key);
}
