/**
 * Find, fill, read back and check the fields of a review portal form (DOM only, no extension APIs).
 *
 * @packageDocumentation
 * @module @tusoi/form-kit
 */
export { annotate, checkForm, clearAnnotations, type FormProblem } from './check';
export { type Detection, detectForm, OFFICIAL_LABELS, type PreviewRow } from './detect';
export {
  type FieldValue,
  type FillOutcome,
  fillField,
  formatNumber,
  highlight,
  isDangerous,
  readBack,
  restore,
  type Snapshot,
  snapshot,
} from './fill';
export {
  FORMMAP_FORMAT,
  type FormMap,
  FormMapSchema,
  type FormMapStep,
  fieldValue,
  MAPPABLE_FIELDS,
  type MappableField,
  mapMatches,
  parseFormMap,
  planFromMap,
} from './formmap';
export { type Locator, locate, locatorFor, type Scope, scopes, textMatches, waitFor } from './locate';
export { DEMO_MAPS } from './maps';
export { type FillPlan, type FillReport, fillForm } from './plan';
export { activationTargets, caption, foldCaption, refusal } from './safety';
