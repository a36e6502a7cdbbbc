export { labels } from './labels';
export { ResultView, type ResultViewProps } from './result-view';
export { ScoreTable, type ScoreTableProps } from './score-table';
