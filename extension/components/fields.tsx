/** A passphrase input (the lock screen and the options page). */
export function PassphraseField({
  label,
  value,
  onInput,
  autocomplete,
}: {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly autocomplete: 'current-password' | 'new-password';
}) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        name="passphrase"
        type="password"
        autocomplete={autocomplete}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}
