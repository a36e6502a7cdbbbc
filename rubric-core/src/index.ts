/**
 * Rules of QĐ 366 as data: classify an assessment with cited reasons, apply the cohort quota, score by a pack, search the 27 indicators.
 *
 * @packageDocumentation
 * @module @tusoi/rubric-core
 */
export { type ClassifyOptions, classify, classifyWith, DEFAULT_POLICY, PolicyOptionsSchema } from './classify.js';
export {
  CSV_COLUMNS,
  type CsvColumn,
  type CsvEncoding,
  type CsvItems,
  cohortFromCsv,
  columnLetter,
  type DecodedText,
  decodeCsv,
  itemsFromCsv,
} from './csv.js';
export { fromMicro, MAX_DECIMALS, sumExact, toMicro } from './decimal.js';
export {
  formatIssues,
  fromValibotIssue,
  type InputIssue,
  type IssueInit,
  issuePath,
  isTusoiInputError,
  MAX_PRINTED_ISSUES,
  TusoiInputError,
} from './errors.js';
export { GROUP_TOTALS, TOTAL_MAX } from './frame.js';
export {
  CATALOGUE_FORMAT,
  type CatalogueFile,
  CatalogueFileSchema,
  type Indicator,
  type IndicatorStatus,
  indicatorCatalogue,
  parseCatalogueFile,
  type ShownIndicator,
  searchIndicators,
} from './indicators/catalogue.js';
export { fold as foldText, hasDiacritics, stripDiacritics } from './internal/fold.js';
export { LEVEL_NAMES, LEVELS, type Level, levelRank } from './levels.js';
export { formatNumber, type Lang, type Message, parseNumber } from './message.js';
export { BUILTIN_PACKS, builtinPack } from './packs/builtin.js';
export { computeScores, type ItemScore, type ItemValues, packCriteria, type Scores } from './packs/compute.js';
export { criterionNumber, criterionShortName, unverifiedNumber } from './packs/criterion-name.js';
export { type Criterion, PACK_FORMAT, type Pack, PackSchema, parsePack } from './packs/pack.js';
export {
  BUILTIN_PACKS_2,
  builtinPack2,
  CAND_REMINDER_CAPS,
  CAND_REVISION_CAPS,
  HCM_LATE_DAY_CAPS,
} from './packs/quarterly-builtin.js';
export {
  EXCEED_MODES,
  groupsFor,
  NOT_APPLICABLE_RULES,
  PACK2_FORMAT,
  type Pack2,
  Pack2Schema,
  parsePack2,
  RESULT_MODES,
} from './packs/quarterly-pack.js';
export { type QuarterScores, scoreQuarter } from './packs/quarterly-score.js';
export { ROUNDING_MODES, type RoundingRule, RoundingRuleSchema } from './packs/rounding.js';
export {
  applyQuota,
  type QuotaBasis,
  type QuotaDefaults,
  type QuotaDenominator,
  type QuotaOptions,
  quotaAllowance,
  quotaBasis,
  quotaKeep,
} from './quota.js';
export { checkReview, priorShortcomingChecks, type ReviewCheck } from './review-checks.js';
// Rule sets behind one interface, and the 2026 quarterly review.
export { GRADE_NAMES, type RulesetProvenance, rulesetProvenance } from './ruleset/provenance.js';
export { RULESET_IDS, RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
export type { Ruleset, RulesetContext, RulesetManifest } from './ruleset/ruleset.js';
export { type AppraisalRule, VATM_APPRAISAL } from './rulesets/q2026/appraisal.js';
export {
  CAND_KPI_GROUPS,
  candKpiGroup,
  candLeaderD,
  candPeriodKpi,
  type KpiGroupBand,
} from './rulesets/q2026/cand.js';
export { type Deduction, ND335_DEDUCTIONS } from './rulesets/q2026/deductions.js';
export type { UnratedCase } from './rulesets/q2026/facts.js';
export { Q2026_MANIFEST, Q2026_RULESET } from './rulesets/q2026/index.js';
export { type KeyLevelPercent, KTC_KEY_LEVEL_PERCENT } from './rulesets/q2026/key-levels.js';
export {
  checkPlan,
  PARTY_AXIS_FOR,
  PartyAxisSchema,
  type PlanRanges,
  PlanRangesSchema,
  VATM_PLAN_RANGES,
} from './rulesets/q2026/plan.js';
export {
  DEFAULT_QUARTER_POLICY,
  type QuarterPolicy,
  QuarterPolicyOptionsSchema,
} from './rulesets/q2026/policy.js';
export { applyQuarterQuota, QUARTER_QUOTA_DEFAULTS } from './rulesets/q2026/quota.js';
export { type Q26RuleId, Q2026_RULE_TITLES, Q2026_RULES } from './rulesets/q2026/rules.js';
export { SAFETY_GATE } from './rulesets/q2026/safety.js';
export { hasScore, NOT_SCORED, UNRATED_MONTHS, UNRATED_OUTCOME, UNRATED_TEXT } from './rulesets/q2026/unrated.js';
export { type GradedLevel, type Measure, measurePasses } from './rulesets/qd366/conditions.js';
export { type FindingName, factsForKind, type KindFacts } from './rulesets/qd366/facts.js';
export { FINDING_NAMES, findingsRead } from './rulesets/qd366/findings.js';
export { QD366_MANIFEST, QD366_RULESET } from './rulesets/qd366/index.js';
export { QD366_RULE_TITLES } from './rulesets/qd366/rule-titles.js';
export { citationOf, type Grade, QD366_RULES, type RuleId, type RuleInfo } from './rulesets/qd366/rules.js';
export * from './schemas/assessment.js';
export * from './schemas/batch.js';
export * from './schemas/cohort.js';
export * from './schemas/quarterly.js';
export * from './schemas/result.js';
export { countsFromTaskList } from './task-list.js';
export { cohortResultLines, formatCohortResult, formatResult } from './text.js';
export {
  type DecisionTrace,
  disciplineWeighed,
  type FindingKey,
  findingsForKind,
  type TraceItem,
  traceDecision,
} from './trace.js';
export { type ParseOutcome, parseAssessment, RULESETS, type RulesetId, safeParseAssessment } from './validate.js';
export { VERSION } from './version.js';
export { type ClassifyYearOptions, classifyYear, quarterSummary } from './year.js';
