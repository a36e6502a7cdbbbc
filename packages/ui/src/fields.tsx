import type { Lang, Message } from '@tusoi/rubric-core';
import { useEffect, useId, useState } from 'preact/hooks';
import { readDate, showDate } from './date-text';
import { getIn } from './edit';
import { NumberInput } from './number-input';
import type { NumberLimits } from './number-text';

// Small controlled inputs bound to a path in the assessment. Values are shown as text, never as HTML.

/** A path into the assessment: keys and array indices. */
export type Path = readonly (string | number)[];

/** Props shared by the path-bound fields. */
export interface FieldProps {
  readonly a: Record<string, unknown>;
  readonly path: Path;
  readonly label: string;
  readonly set: (path: Path, value: unknown) => void;
}

/** A text input or textarea bound to a path. */
export function TextField({ a, path, label, set, multiline }: FieldProps & { readonly multiline?: boolean }) {
  const value = (getIn(a, path) as string | undefined) ?? '';
  const name = path.join('.');
  if (multiline) {
    return (
      <label class="field">
        <span>{label}</span>
        <textarea name={name} rows={3} value={value} onInput={(e) => set(path, e.currentTarget.value)} />
      </label>
    );
  }
  return (
    <label class="field">
      <span>{label}</span>
      <input name={name} value={value} onInput={(e) => set(path, e.currentTarget.value)} />
    </label>
  );
}

/**
 * A date field bound to a path: typed day first (02/05/1980, 2/5/1980, 02-05-1980 or ISO), stored
 * ISO, shown dd/mm/yyyy. A day that does not exist is said beside the field at once, text that is
 * not a date yet when leaving it; neither changes what is stored.
 */
export function DateField({ a, path, label, set, lang = 'vi' }: FieldProps & { readonly lang?: Lang }) {
  const stored = getIn(a, path);
  const shown = showDate(typeof stored === 'string' ? stored : undefined);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<Message | null>(null);
  const id = useId();
  // A value changed from elsewhere (another draft, another page) replaces the text unless it already means it.
  useEffect(() => {
    const r = readDate(text);
    if (!(r.ok && r.value === stored)) {
      setText(shown);
      setError(null);
    }
  }, [stored]);
  const hint = lang === 'en' ? 'day/month/year, e.g. 02/05/1980' : 'ngày/tháng/năm, ví dụ 02/05/1980';
  return (
    <div class="field date">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={path.join('.')}
        type="text"
        inputMode="numeric"
        autocomplete="off"
        placeholder="dd/mm/yyyy"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        value={text}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const r = readDate(raw);
          if (r.ok) {
            setError(null);
            if (r.value !== stored) set(path, r.value);
          } else setError(r.kind === 'impossible' ? r.error : null);
        }}
        onBlur={() => {
          const r = readDate(text);
          if (r.ok) {
            setText(showDate(r.value));
            setError(null);
          } else setError(r.error);
        }}
      />
      <span class="field-hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error && (
        <span class="field-error" id={`${id}-error`} data-testid="date-error" role="alert">
          {error[lang]}
        </span>
      )}
    </div>
  );
}

/** A number field bound to a path (see {@link NumberInput}); `scale` shows shares as percentages. */
export function NumberField({
  a,
  path,
  label,
  set,
  lang = 'vi',
  scale = 1,
  min,
  max,
  integer,
}: FieldProps & NumberLimits & { readonly scale?: number; readonly lang?: Lang }) {
  const value = getIn(a, path);
  return (
    <NumberInput
      name={path.join('.')}
      label={label}
      lang={lang}
      scale={scale}
      value={typeof value === 'number' ? value : undefined}
      onValue={(v) => set(path, v)}
      {...(min === undefined ? {} : { min })}
      {...(max === undefined ? {} : { max })}
      {...(integer ? { integer } : {})}
    />
  );
}

/** A checkbox bound to a path (unchecked removes the key). */
export function CheckField({ a, path, label, set }: FieldProps) {
  return (
    <label class="field check">
      <input
        name={path.join('.')}
        type="checkbox"
        checked={getIn(a, path) === true}
        onChange={(e) => set(path, e.currentTarget.checked || undefined)}
      />
      <span>{label}</span>
    </label>
  );
}

/** A select bound to a path (the empty option removes the key). */
export function SelectField({
  a,
  path,
  label,
  set,
  options,
  parse,
}: FieldProps & { readonly options: readonly (readonly [string, string])[]; readonly parse?: (v: string) => unknown }) {
  const value = getIn(a, path);
  return (
    <label class="field">
      <span>{label}</span>
      <select
        name={path.join('.')}
        value={value === undefined ? '' : String(value)}
        onChange={(e) =>
          set(
            path,
            e.currentTarget.value === '' ? undefined : parse ? parse(e.currentTarget.value) : e.currentTarget.value,
          )
        }
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
