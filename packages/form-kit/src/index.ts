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
export { type Locator, locate, type Scope, scopes, textMatches, waitFor } from './locate';
export { type FillPlan, type FillReport, fillForm } from './plan';
