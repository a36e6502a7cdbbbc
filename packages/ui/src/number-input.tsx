import type { Lang, Message } from '@tusoi/rubric-core';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { BilingualText } from './bilingual';
import { type NumberLimits, readNumber, showNumber } from './number-text';

/** Props of {@link NumberInput}. */
export interface NumberInputProps extends NumberLimits {
  /** The stored value (in stored units: a share is 0–1 even when shown in %). */
  readonly value: number | undefined;
  /** Called with a new value (undefined when emptied); never called for refused text. */
  readonly onValue: (value: number | undefined) => void;
  /** The visible label; when absent, `ariaLabel` names the input (a table cell). */
  readonly label?: string;
  readonly ariaLabel?: string;
  readonly name?: string;
  readonly lang: Lang;
  /** Shown value = stored value × scale (100 shows a share as a percentage). */
  readonly scale?: number;
  /** Id of a message shown elsewhere about this value (rubric-core's problem with it), read with the field. */
  readonly describedBy?: string | undefined;
  /** Called when the field is left (a row's "touched" state). */
  readonly onLeave?: () => void;
  /**
   * The field's name in both languages: refused text is then told naming the field, Vietnamese
   * first and English after it, each half marked with its language (else in the interface's language).
   */
  readonly field?: Message;
}

/**
 * The one number input of Tự Soi (side panel, options, playground): a text box with a decimal
 * keyboard that reads "27,5" and "27.5" alike, shows a decimal comma in Vietnamese, never reads a
 * comma as a thousands separator, and refuses anything else with a message beside the field,
 * leaving the stored value as it was.
 */
export function NumberInput({
  value,
  onValue,
  label,
  ariaLabel,
  name,
  lang,
  scale = 1,
  min,
  max,
  integer,
  describedBy,
  onLeave,
  field,
}: NumberInputProps) {
  const shown = showNumber(value, lang, scale);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<Message | null>(null);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const limits = {
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(integer ? { integer } : {}),
  };
  // A value changed from elsewhere (another draft, the language) replaces the text, unless the
  // text already means that value ("27," while typing "27,5").
  const shownLang = useRef(lang);
  useEffect(() => {
    const r = readNumber(text, limits);
    const same =
      r.ok &&
      (r.value === undefined ? value === undefined : value !== undefined && Math.abs(r.value / scale - value) < 1e-9);
    // A new language shows the value its way ("27,5" → "27.5"), unless the text is being corrected.
    const relang = shownLang.current !== lang && error === null;
    shownLang.current = lang;
    if (!same || relang) {
      setText(shown);
      setError(null);
    }
  }, [value, lang]);
  const input = (
    <input
      id={inputId}
      name={name}
      type="text"
      inputMode="decimal"
      autocomplete="off"
      spellcheck={false}
      aria-label={label ? undefined : ariaLabel}
      aria-invalid={error || describedBy ? 'true' : undefined}
      aria-describedby={[error ? errorId : '', describedBy ?? ''].filter((x) => x !== '').join(' ') || undefined}
      value={text}
      onInput={(e) => {
        const raw = e.currentTarget.value;
        setText(raw);
        const r = readNumber(raw, limits);
        if (!r.ok) return setError(r.error);
        setError(null);
        onValue(r.value === undefined ? undefined : r.value / scale);
      }}
      onBlur={() => {
        if (error === null) setText(shown);
        onLeave?.();
      }}
    />
  );
  const message = error && (
    <span class="field-error" id={errorId} data-testid="number-error">
      {field ? (
        <BilingualText text={{ vi: `${field.vi}: ${error.vi}`, en: `${field.en}: ${error.en}` }} />
      ) : (
        error[lang]
      )}
    </span>
  );
  if (!label)
    return (
      <span class="number-cell">
        {input}
        {message}
      </span>
    );
  return (
    <div class="field number">
      <label for={inputId}>{label}</label>
      {input}
      {message}
    </div>
  );
}
