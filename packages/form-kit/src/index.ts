/**
 * Find, fill, read back and check the fields of a review portal form (DOM only, no extension APIs).
 *
 * @packageDocumentation
 * @module @tusoi/form-kit
 */

export { type AddRowFound, addRowOf, findAddRow, readsAddRow } from './add-row';
export { annotate, clearAnnotations } from './annotations';
export { checkForm } from './check';
export { choiceAliases, levelOf, pickChoice, pickOption, quarterOf, samePeriod, yearOf } from './choices';
export { cssPath } from './css-path';
export { type AddRowNote, type Detection, describeElement, detectForm, type PreviewRow } from './detect';
export { boxOf, selectBehind } from './enhanced';
export {
  type Expect,
  type FieldValue,
  type FillOutcome,
  type FillStatus,
  fillField,
  formatNumber,
  highlight,
  readBack,
  verify,
  writeField,
} from './fill';
export type { FillPlan, FillPlanStep } from './fill-plan';
export type { FormProblem } from './form-problem';
export {
  DETECTED_ID,
  type DraftContext,
  FORMMAP_FORMAT,
  type FormMap,
  FormMapSchema,
  type FormMapStep,
  fieldValue,
  formMapFromPanel,
  MAPPABLE_FIELDS,
  type MappableField,
  mapMatches,
  type NotOnPage,
  notOnPage,
  parseFormMap,
  planFromMap,
} from './formmap';
export { type LabelCandidate, type LabelSource, labelsOf } from './labels';
export {
  type Control,
  controlsOf,
  find,
  locate,
  locatorFor,
  lookAt,
  scopes,
  waitFor,
} from './locate';
export type { Locator, Scope } from './locator-types';
export { DEMO_MAPS } from './maps';
export { type NoteKit, noteKit } from './note-kit';
export { type DecimalMark, decimalOf, readNumber, writeNumber } from './numbers';
export { OFFICIAL_LABELS } from './official-labels';
export { pillItems } from './pills';
export {
  describeTargets,
  type FillReport,
  fillForm,
  summarize,
  type Target,
  type UndoReport,
} from './plan';
export { type PlannedStep, plannedSteps } from './planned';
export { isDangerous, press } from './press';
export { judgeProposal, type ProposalJudge, type ProposalOnPage, whyNotLevel } from './proposal';
export { activationTargets, caption, foldCaption, refusal } from './safety';
export { type CriterionRow, criteriaRows, criterionOf, inClosedTab, type PackCriterion } from './sections';
export { isVisible, lockOf } from './state';
export { labelRank, normLabel, textMatches } from './text';
export { pagePatterns } from './url-pattern';
