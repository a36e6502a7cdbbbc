export { getIn, setIn } from './edit';
export {
  DISCIPLINE_FLAGS,
  DISCIPLINE_FORM_NAMES,
  FINDINGS,
  factLabels,
  KINDS,
} from './fact-labels';
export { FactsEditor, type FactsEditorProps } from './facts-editor';
export { fieldLabel, fieldLabels } from './field-labels';
export { CheckField, type FieldProps, NumberField, type Path, SelectField, TextField } from './fields';
export { labels } from './labels';
export { type LiveResult, liveResult } from './live-result';
export { NumberInput, type NumberInputProps } from './number-input';
export { type NumberLimits, type NumberReading, readNumber, showNumber } from './number-text';
export { ResultView, type ResultViewProps } from './result-view';
export { ScoreTable, type ScoreTableProps } from './score-table';
