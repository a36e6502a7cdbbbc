import type { Lang } from '@tusoi/rubric-core';
import { useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import { WrongPassphraseError } from '@/lib/lock';
import type { Store } from '@/lib/store';
import { PassphraseField } from './fields';

/** Asks for the passphrase; a wrong one says so and changes nothing. */
export function LockScreen({ store, lang, onUnlocked }: { store: Store; lang: Lang; onUnlocked: () => void }) {
  const t = texts(lang);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="lock-screen"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await store.unlock(passphrase);
          onUnlocked();
        } catch (err) {
          if (!(err instanceof WrongPassphraseError)) throw err;
          setError(true);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2>{t.locked}</h2>
      <PassphraseField
        label={t.passphrase}
        value={passphrase}
        onInput={setPassphrase}
        autocomplete="current-password"
      />
      <button type="submit" disabled={busy}>
        {t.unlock}
      </button>
      {error && (
        <p role="alert" data-testid="lock-error">
          {t.wrongPassphrase}
        </p>
      )}
    </form>
  );
}
