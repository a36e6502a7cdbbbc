import type { Lang } from '@tusoi/rubric-core';
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
