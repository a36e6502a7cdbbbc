export { type Bilingual, BilingualText, inLang, splitBilingual } from './bilingual';
export { type Answer, CriteriaAnswers, type CriteriaAnswersProps } from './criteria-answers';
export { type DateReading, readDate, showDate } from './date-text';
export {
  citeText,
  decisionSteps,
  type Mark,
  measureNumbers,
  measureThreshold,
  type Step,
  type StepLine,
  stepDifferences,
  stepLegend,
  stepTitle,
} from './decision-steps';
export { DecisionStepsView, type DecisionStepsViewProps } from './decision-steps-view';
export { DOCUMENT_CSS, DocumentView } from './document-view';
export { getIn, setIn } from './edit';
export {
  candidatesText,
  DISCIPLINE_FLAGS,
  DISCIPLINE_FORM_NAMES,
  FINDINGS,
  factLabels,
  KINDS,
} from './fact-labels';
export { FactsEditor, type FactsEditorProps } from './facts-editor';
export { criterionName, fieldLabel, fieldLabels, quarterLabel, VALUE_LABELS } from './field-labels';
export { CheckField, DateField, type FieldProps, NumberField, type Path, SelectField, TextField } from './fields';
export { FrameWeights, type FrameWeightsProps } from './frame-weights';
export { labels } from './labels';
export { type LiveResult, liveResult } from './live-result';
export { NumberInput, type NumberInputProps } from './number-input';
export { type NumberLimits, type NumberReading, readNumber, showNumber } from './number-text';
export {
  POLICY_OPTIONS,
  POLICY_SOURCE,
  type PolicyChoice,
  type PolicyKey,
  type PolicyOptionText,
  policyChoiceLabel,
} from './policy-labels';
export { PriorShortcomingsEditor } from './prior-shortcomings';
export { QuarterlyEditor, type QuarterlyEditorProps } from './quarterly-editor';
export {
  type AnswerCheck,
  type AnswerValue,
  checkAnswers,
  type FrameValue,
  frameIssues,
  issuesUnder,
  weightTotal,
} from './quarterly-issues';
export { ResultView, type ResultViewProps } from './result-view';
export { ScoreTable, type ScoreTableProps } from './score-table';
export { type TaskRow, TaskTable, type TaskTableProps } from './task-table';
export { UnratedFacts, type UnratedFactsProps } from './unrated-facts';
export {
  readYear,
  YearQuarters,
  type YearQuartersProps,
  type YearReading,
  YearResult,
  type YearResultProps,
} from './year-quarters';
