import { useId } from 'preact/hooks';

/** Shortest passphrase the lock accepts (a button stays off below it, and the hint says why). */
export const MIN_PASSPHRASE = 4;

/** A passphrase input (the lock screen and the options page). */
export function PassphraseField({
  label,
  value,
  onInput,
  autocomplete,
  hint,
}: {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly autocomplete: 'current-password' | 'new-password';
  /** What the passphrase must be (its minimum length), said beside the field and read with it. */
  readonly hint?: string | undefined;
}) {
  const hintId = useId();
  return (
    <label class="field">
      <span>{label}</span>
      <input
        name="passphrase"
        type="password"
        autocomplete={autocomplete}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <small id={hintId} class="field-hint" data-testid="passphrase-hint">
          {hint}
        </small>
      )}
    </label>
  );
}
