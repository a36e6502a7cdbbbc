/**
 * The review as a document (bản kiểm điểm): a DOM-free model built from a draft, which the .docx
 * renderer (`@tusoi/rubric-core/document/docx`) and the print view draw. Kept out of the main entry
 * so that classifying never loads it.
 *
 * @packageDocumentation
 * @module @tusoi/rubric-core/document
 */
export { buildReviewDocument, documentRuns, formFor } from './build.js';
export { asciiFileName, documentFileName, MAX_STEM, sanitizeFileName } from './file-name.js';
export {
  type DocumentInput,
  DocumentInputSchema,
  type ParsedDocumentInput,
  parseDocumentInput,
  type TaskRow,
  TaskRowSchema,
  type UnreadableQuarter,
  UnreadableQuarterSchema,
} from './input.js';
export * from './model.js';
