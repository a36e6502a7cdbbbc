/**
 * Building blocks of rubric-core that other packages of this repository use but that are not
 * part of the stable API: `@tusoi/rubric-core/internal`. They may change in any release.
 *
 * @module @tusoi/rubric-core/internal
 */
export { issuePath } from '../errors.js';
export { packIssues } from '../packs/pack.js';
export { assessmentIssues } from '../validate.js';
export { compareProducts } from './exact.js';
export { compileGuard } from './guard.js';
export { textKey } from './key.js';
export { parseShape, type ShapeOutcome, shapeIssues } from './shape.js';
