import type { InputIssue } from '../errors.js';
import type { Message } from '../message.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Result } from '../schemas/result.js';

/** Confidence grade of a rule's source: A verbatim central text, B news, C subordinate document, X Tự Soi's reading. */
export type Grade = 'A' | 'B' | 'C' | 'X';

/** A rule: id, citation and grade (its title lives in the rule set's `titles`). */
export interface RuleInfo {
  /** Rule id, as in the reference (R366-xx, Q26-xx). */
  readonly id: string;
  /** Document, article, clause. */
  readonly cite: string;
  /** A = verbatim normative text; X = Tự Soi's interpretation where the text is silent. */
  readonly grade: Grade;
}

/** What a rule set declares about itself (like a bundle manifest: its revision and the rule ids it owns). */
export interface RulesetManifest {
  /** Stable id, as written in `assessment.ruleset`. */
  readonly id: string;
  readonly title: Message;
  /** The documents it encodes. */
  readonly source: string;
  /** Date of the newest document (ISO). */
  readonly revision: string;
  /** First evaluation year it governs; `to` the last, when superseded. */
  readonly from: number;
  readonly to?: number;
  /** Which periods it rates: the year, a quarter, or both. */
  readonly periods: readonly ('year' | 'quarter')[];
  /** Every rule id it owns starts with this prefix; no two rule sets share one. */
  readonly rulePrefix: string;
}

/** The options every rule set receives (validated by classify). */
export interface RulesetContext {
  /** The raw classify options: each rule set reads its own keys. */
  readonly options: Readonly<Record<string, unknown>> | undefined;
}

/**
 * One rule set behind one door: classify validates the shape, picks the rule set
 * (`assessment.ruleset`, else by period), then calls `issues`, `facts` and `evaluate`.
 * Older rule sets (QĐ 132, QĐ 124) come in as further implementations of this interface.
 */
export interface Ruleset<F = unknown> {
  readonly manifest: RulesetManifest;
  /** Every rule it can cite, by id. */
  readonly rules: Readonly<Record<string, RuleInfo>>;
  /** One-line bilingual statement of each rule (docs, playground, CLI). */
  readonly titles: Readonly<Record<string, Message>>;
  /** Names of the conditions (a level needs them) and triggers (they force a level) it evaluates. */
  readonly conditions: readonly string[];
  readonly triggers: readonly string[];
  /** Problems of a well-shaped assessment that only this rule set knows about ([] when none). */
  issues(a: Assessment, ctx: RulesetContext): InputIssue[];
  /** The facts its rules read (scores computed, counts derived); read only by the rule set itself. */
  facts(a: Assessment, ctx: RulesetContext): F;
  /** The level, or the candidates when the competent level decides, with cited reasons when `explain`. */
  evaluate(facts: F, explain: boolean): Result;
}
