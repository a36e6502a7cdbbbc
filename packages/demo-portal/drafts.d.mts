/** One task of a quarterly draft (tusoi.assessment/2 `taskList`), as the demo pages' task rows take it. */
export interface DemoTask {
  name: string;
  axis: string;
  /** Share of the 70 result points. */
  weight: number;
  /** Components A/B/C/D in %. */
  components: Record<'A' | 'B' | 'C' | 'D', number>;
  exceeded?: boolean;
  completed?: boolean;
}
/**
 * The worked quarterly example (rubric-core examples/q01-staff-vatm-tc1-frame-k2.json) with one
 * criterion not met (pl4-1.1) and one K/AD (pl4-2.3), each with its reason; a new object on every call.
 */
export function quarterlyRowsDraft(): {
  format: string;
  subject: Record<string, unknown>;
  criteria: { pack: string; items: Record<string, unknown> };
  taskList: DemoTask[];
  [key: string]: unknown;
};
