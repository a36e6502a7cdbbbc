import type { Lang } from '@tusoi/rubric-core';
import { useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import { WrongPassphraseError } from '@/lib/lock';
import type { Store } from '@/lib/store';
import { PassphraseField } from './fields';

/** Asks for the passphrase; a wrong one says so and changes nothing. */
export function LockScreen({
  store,
  lang,
  onUnlocked,
  notice,
}: {
  store: Store;
  lang: Lang;
  onUnlocked: () => void;
  /** Why the screen appeared, when another page locked the data. */
  notice?: string | undefined;
}) {
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
      {notice && (
        <p role="status" data-testid="lock-notice">
          {notice}
        </p>
      )}
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
