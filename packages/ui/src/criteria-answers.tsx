import { formatNumber, groupsFor, type Lang, type Message, type Pack2, type SubjectKind } from '@tusoi/rubric-core';
import { useId } from 'preact/hooks';
import { BilingualMessages } from './bilingual';
import { criterionName, quarterLabel, VALUE_LABELS } from './field-labels';
import { labels } from './labels';
import { NumberInput } from './number-input';
import { type AnswerValue, checkAnswers } from './quarterly-issues';

/** An answer as the editor sets it. */
export type Answer = Exclude<AnswerValue, number | boolean>;

/** Props of {@link CriteriaAnswers}. */
export interface CriteriaAnswersProps {
  /** The quarterly scoring pack (tusoi.pack/2) the draft names. */
  readonly pack: Pack2;
  readonly kind: SubjectKind;
  readonly items: Readonly<Record<string, AnswerValue>>;
  /** Sets one criterion's answer (undefined removes it). */
  readonly onAnswer: (id: string, answer: Answer | undefined) => void;
  readonly lang: Lang;
}

/** A /1 shorthand (true, false, points) read as an answer, so the row shows what the draft holds. */
function asAnswer(value: AnswerValue | undefined, max: number): Answer | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return { answer: value ? 'met' : 'notMet' };
  if (typeof value === 'number') return value >= max ? { answer: 'met' } : { answer: 'notMet', points: value };
  return value;
}

/** Messages beside a field; `id` ties them to the control (aria-describedby). */
function Errors({ id, messages }: { id: string; messages: readonly Message[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <span class="field-error" id={id} data-testid="answer-error">
      <BilingualMessages messages={messages} />
    </span>
  );
}

/** One criterion: Đảm bảo / Không đảm bảo / K/AD, points where the pack scores by range, and its reason. */
function CriterionRow({
  id,
  text,
  max,
  range,
  allowNa,
  naPoints,
  value,
  needsReason,
  issues,
  onAnswer,
  lang,
}: {
  id: string;
  text: string;
  max: number;
  range: boolean;
  allowNa: boolean;
  naPoints: boolean;
  value: Answer | undefined;
  needsReason: boolean;
  issues: ReadonlyMap<string, readonly Message[]>;
  onAnswer: (answer: Answer | undefined) => void;
  lang: Lang;
}) {
  const uid = useId();
  const l = labels(lang);
  const v = VALUE_LABELS[lang];
  const at = `criteria.items.${id}`;
  const choice = value?.answer;
  const reason = value?.reason ?? '';
  const showPoints = (choice === 'notMet' && range) || (choice === 'notApplicable' && naPoints);
  // A reason box for a K/AD, for a deduction the pack asks to justify, and for one already written.
  const showReason = choice !== undefined && choice !== 'met' && (needsReason || reason !== '');
  const rowErrors = issues.get(at);
  const pointsErrors = issues.get(`${at}.points`);
  const reasonErrors = issues.get(`${at}.reason`);
  const choose = (answer: Answer['answer']) => {
    // "Đảm bảo" is the full mark: points and reason of another answer would only confuse the form.
    if (answer === 'met') return onAnswer({ answer });
    onAnswer({ answer, ...(value?.reason ? { reason: value.reason } : {}) });
  };
  const options: [Answer['answer'], string][] = [
    ['met', v.met],
    ['notMet', v.notMet],
    ...(allowNa ? [['notApplicable', v.notApplicable] as [Answer['answer'], string]] : []),
  ];
  return (
    <fieldset
      class="q-criterion"
      data-criterion={id}
      aria-describedby={rowErrors ? `${uid}-row` : undefined}
      aria-invalid={rowErrors || pointsErrors || reasonErrors ? 'true' : undefined}
    >
      <legend>
        {text}{' '}
        <span class="muted">
          ({l.max.toLowerCase()} {formatNumber(max, lang)})
        </span>
      </legend>
      <div class="q-answers">
        {options.map(([answer, word]) => (
          <label key={answer} class="q-answer">
            <input
              type="radio"
              name={`${at}.answer`}
              value={answer}
              checked={choice === answer}
              onChange={() => choose(answer)}
            />
            <span>{answer === 'notApplicable' ? <abbr title={v.notApplicableLong}>{word}</abbr> : word}</span>
          </label>
        ))}
      </div>
      <Errors id={`${uid}-row`} messages={rowErrors} />
      {showPoints && (
        <>
          <NumberInput
            name={`${at}.points`}
            label={`${quarterLabel('criteria.items[].points', lang)} (0–${formatNumber(max, lang)})`}
            lang={lang}
            min={0}
            max={max}
            value={value?.points}
            onValue={(points) => {
              if (!value) return;
              const { points: _old, ...rest } = value;
              onAnswer(points === undefined ? rest : { ...rest, points });
            }}
          />
          <Errors id={`${uid}-points`} messages={pointsErrors} />
        </>
      )}
      {showReason && (
        <div class="field">
          <label for={`${uid}-reason`}>
            {quarterLabel('criteria.items[].reason', lang)}
            {needsReason ? ` (${l.required})` : ''}
          </label>
          <textarea
            id={`${uid}-reason`}
            name={`${at}.reason`}
            rows={2}
            required={needsReason}
            aria-invalid={reasonErrors ? 'true' : undefined}
            aria-describedby={reasonErrors ? `${uid}-reason-error` : undefined}
            value={reason}
            onInput={(e) => {
              if (!value) return;
              const text = e.currentTarget.value;
              const { reason: _old, ...rest } = value;
              onAnswer(text === '' ? rest : { ...rest, reason: text });
            }}
          />
          <Errors id={`${uid}-reason-error`} messages={reasonErrors} />
        </div>
      )}
    </fieldset>
  );
}

/**
 * The general criteria of a quarterly pack (tusoi.pack/2) as answered on the 2026 forms: each criterion
 * Đảm bảo / Không đảm bảo / K/AD (where the pack allows it), points for range groups, and a reason
 * box where rubric-core says the pack needs one; each problem beside its field.
 */
export function CriteriaAnswers({ pack, kind, items, onAnswer, lang }: CriteriaAnswersProps) {
  const check = checkAnswers(pack, kind, items, kind === 'leader' || kind === 'leader-central');
  const na = pack.general.notApplicable;
  return (
    <div class="q-criteria">
      {groupsFor(pack, kind).map((group) => (
        <fieldset key={group.id} class="q-group" data-group={group.id}>
          <legend>{lang === 'en' && group.en ? group.en : group.vi}</legend>
          {group.items.map((item) => (
            <CriterionRow
              key={item.id}
              id={item.id}
              text={criterionName(item, lang)}
              max={item.max}
              range={group.mode === 'range'}
              allowNa={na?.allowed === true}
              naPoints={na?.rule === 'manual'}
              value={asAnswer(items[item.id], item.max)}
              needsReason={check.reasonNeeded.has(item.id)}
              issues={check.issues}
              onAnswer={(answer) => onAnswer(item.id, answer)}
              lang={lang}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
