import {
  ASSESSMENT_FORMAT_2,
  type Lang,
  Q2026_RULE_TITLES,
  Q2026_RULES,
  UNRATED_TEXT,
  type UnratedCase,
} from '@tusoi/rubric-core';
import { citeText } from './decision-steps';
import { getIn } from './edit';
import { quarterLabel } from './field-labels';
import type { Path } from './fields';
import { labels } from './labels';
import { NumberInput } from './number-input';

/** Props of {@link UnratedFacts}. */
export interface UnratedFactsProps {
  readonly a: Record<string, unknown>;
  readonly lang: Lang;
  /** Sets one field (undefined removes it; the last fact removed removes `unrated`). */
  readonly set: (path: Path, value: unknown) => void;
}

/** The month facts of Q26-30 and the case each one tells (rubric-core's words for the case). */
const MONTHS = [
  ['trainingMonths', 'training'],
  ['sickOrMaternityMonths', 'sickOrMaternity'],
  ['firstAppointedMonths', 'firstAppointed'],
] as const satisfies readonly (readonly [string, UnratedCase])[];

/**
 * The facts of the "chưa xếp loại" (not rated) cases of a quarter (Q26-30): months of full-time
 * training, of sick or maternity leave, in a first leading post, each 0–3 as rubric-core's schema
 * bounds them, and whether the person is under check for signs of a violation. Empty is not given
 * (never written as 0). The help beside each is rubric-core's text of the case, with the rule's
 * sources; rubric-core decides, the live result says it.
 */
export function UnratedFacts({ a, lang, set }: UnratedFactsProps) {
  const l = labels(lang);
  const rule = Q2026_RULES['Q26-30'];
  // Quarterly fields live in tusoi.assessment/2 only.
  const put = (path: Path, value: unknown) => {
    if (value !== undefined && a.format !== ASSESSMENT_FORMAT_2) set(['format'], ASSESSMENT_FORMAT_2);
    set(path, value);
  };
  const checked = getIn(a, ['unrated', 'underInvestigation']) === true;
  return (
    <div class="q-unrated" data-testid="unrated-facts">
      <p class="muted">
        {Q2026_RULE_TITLES['Q26-30'][lang]} {l.unratedHint}{' '}
        <cite>
          (Q26-30: {citeText(rule.cite, lang)}; {l.sourceGrade} {rule.grade})
        </cite>
      </p>
      {MONTHS.map(([key, kase]) => {
        const value = getIn(a, ['unrated', key]);
        const name = `unrated.${key}` as const;
        return (
          <div key={key} class="q-unrated-fact">
            <NumberInput
              name={name}
              label={`${quarterLabel(name, lang)} (0–3)`}
              field={{ vi: quarterLabel(name, 'vi'), en: quarterLabel(name, 'en') }}
              lang={lang}
              min={0}
              max={3}
              value={typeof value === 'number' ? value : undefined}
              onValue={(v) => put(['unrated', key], v)}
            />
            <small class="field-hint" data-case={kase}>
              {UNRATED_TEXT[kase][lang]}
            </small>
          </div>
        );
      })}
      <div class="q-unrated-fact">
        <label class="field check">
          <input
            name="unrated.underInvestigation"
            type="checkbox"
            checked={checked}
            // Unchecked is not given: the key is removed, never stored as false.
            onChange={(e) => put(['unrated', 'underInvestigation'], e.currentTarget.checked || undefined)}
          />
          <span>{quarterLabel('unrated.underInvestigation', lang)}</span>
        </label>
        <small class="field-hint" data-case="underInvestigation">
          {UNRATED_TEXT.underInvestigation[lang]}
        </small>
      </div>
    </div>
  );
}
