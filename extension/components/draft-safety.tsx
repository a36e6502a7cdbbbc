import type { InputIssue, Lang } from '@tusoi/rubric-core';
import { BilingualText, fieldLabel } from '@tusoi/ui';
import { useState } from 'preact/hooks';
import { getPath } from '@/lib/merge';
import type { Draft, Store } from '@/lib/store';
import { MIN_PASSPHRASE, PassphraseField } from './fields';
import type { SaveStatus } from './use-drafts';

// What the panel says about saving, conflicts, unreadable drafts and the lock at first start.

const T = {
  vi: {
    saving: 'Đang lưu…',
    saved: 'Đã lưu trên máy này',
    failed: 'Chưa lưu được — nội dung vẫn còn trong bảng này, sẽ lưu lại ở lần sửa tiếp theo:',
    stale: 'Chưa lưu: khoá dữ liệu vừa thay đổi ở trang khác. Nội dung vẫn còn trong bảng này; mở khoá để lưu tiếp.',
    deleted: 'Bản này đã bị xoá ở trang khác nên không được lưu lại.',
    conflict:
      'Trang khác vừa sửa cùng trường của bản này. Chọn giữ bản nào cho từng trường; các trường khác vẫn được lưu, nội dung bạn gõ ở đây không mất khi đóng bảng:',
    conflictHeader: 'Xung đột với trang khác ở',
    conflictShow: 'Xem và chọn',
    savedExcept: 'Đã lưu trên máy này, trừ trường đang chờ bạn chọn:',
    mine: 'Của bảng này',
    theirs: 'Đã lưu ở trang khác',
    resolve: 'Lưu lựa chọn',
    empty: '(trống)',
    unreadable: 'Không đọc được bản kiểm điểm này; các bản khác vẫn dùng bình thường.',
    exportOne: 'Xuất bản này (nguyên trạng)',
    issueType: 'giá trị không đúng loại (ví dụ chữ ở chỗ cần một danh sách)',
    issueChoice: 'giá trị không nằm trong các lựa chọn của biểu mẫu',
    issueUnknown: 'có một mục lạ, không thuộc biểu mẫu',
    issueMissing: 'thiếu mục bắt buộc',
    whole: 'Cả bản',
    notesLabel: 'Lý do không đảm bảo',
    deleteOne: 'Xoá bản này',
    confirmDeleteOne: 'Xoá bản kiểm điểm không đọc được này? Không thể hoàn tác.',
    offerTitle: 'Máy dùng chung? Đặt mật khẩu trước khi viết',
    offerText:
      'Nếu bật khoá ngay bây giờ, bản kiểm điểm được mã hoá ngay từ lần lưu đầu tiên: không có bản rõ nào ghi xuống đĩa.',
    offerOn: 'Bật khoá',
    turningOn: 'Đang bật khoá…',
    minLength: `Ít nhất ${MIN_PASSPHRASE} ký tự.`,
    offerSkip: 'Không cần',
  },
  en: {
    saving: 'Saving…',
    saved: 'Saved on this computer',
    failed: 'Not saved — the text is still in this panel and is saved again with the next edit:',
    stale: 'Not saved: the lock changed in another page. The text is still in this panel; unlock to save it.',
    deleted: 'This draft was deleted in another page, so it was not saved again.',
    conflict:
      'Another page just changed the same fields of this draft. Choose which to keep for each; the other fields are still saved, and what you typed here is not lost on closing:',
    conflictHeader: 'Conflict with another page in',
    conflictShow: 'Review and choose',
    savedExcept: 'Saved on this computer, except the fields waiting for your choice:',
    mine: 'This panel’s',
    theirs: 'Saved in the other page',
    resolve: 'Save my choice',
    empty: '(empty)',
    unreadable: 'This draft cannot be read; the other drafts work as usual.',
    exportOne: 'Export this draft (as stored)',
    issueType: 'the value is of the wrong kind (e.g. text where a list belongs)',
    issueChoice: 'the value is not one of the form’s choices',
    issueUnknown: 'holds an item that is not part of the form',
    issueMissing: 'a required item is missing',
    whole: 'The whole draft',
    notesLabel: 'Reasons a criterion is not met',
    deleteOne: 'Delete this draft',
    confirmDeleteOne: 'Delete this unreadable draft? This cannot be undone.',
    offerTitle: 'Shared computer? Set a passphrase before writing',
    offerText: 'With the lock on now, drafts are encrypted from their first save: no plaintext ever reaches the disk.',
    offerOn: 'Turn lock on',
    turningOn: 'Turning the lock on…',
    minLength: `At least ${MIN_PASSPHRASE} characters.`,
    offerSkip: 'No thanks',
  },
} as const;

/** "Đã lưu" only once the store confirmed the write; otherwise what happened. */
export function SaveStatusLine({ status, lang }: { status: SaveStatus; lang: Lang }) {
  const t = T[lang];
  const text =
    status.kind === 'saving'
      ? t.saving
      : status.kind === 'saved'
        ? t.saved
        : status.kind === 'failed'
          ? `${t.failed} ${status.message}`
          : status.kind === 'stale'
            ? t.stale
            : status.kind === 'deleted'
              ? t.deleted
              : status.kind === 'conflict'
                ? status.saved
                  ? `${t.savedExcept} ${conflictLabels(status, lang)}`
                  : t.saving
                : '';
  if (text === '') return null;
  const bad = status.kind !== 'saving' && status.kind !== 'saved' && status.kind !== 'conflict';
  return (
    <p class="saved" data-testid="save-status" data-status={status.kind} role={bad ? 'alert' : 'status'}>
      {status.kind === 'failed' ? (
        <>
          {t.failed} <BilingualText text={status.message} />
        </>
      ) : (
        text
      )}
    </p>
  );
}

const conflictLabels = (status: Extract<SaveStatus, { kind: 'conflict' }>, lang: Lang) =>
  status.error.conflicts.map((c) => fieldLabel(c.path.replace(/^assessment\./, ''), lang)).join('; ');

/** In the sticky header: which fields wait for a choice, and a button that brings the choice into view. */
export function ConflictBanner({ status, lang }: { status: Extract<SaveStatus, { kind: 'conflict' }>; lang: Lang }) {
  const t = T[lang];
  return (
    <p class="conflict-banner" role="alert" data-testid="conflict-banner">
      <span>
        {t.conflictHeader}: {conflictLabels(status, lang)}.
      </span>{' '}
      <button
        type="button"
        data-action="show-conflict"
        onClick={() => {
          const box = document.getElementById('conflict');
          box?.scrollIntoView({ block: 'start' });
          box?.focus();
        }}
      >
        {t.conflictShow}
      </button>
    </p>
  );
}

const shown = (value: unknown, empty: string) =>
  value === undefined ? empty : typeof value === 'string' ? value : JSON.stringify(value);

/** Each field both pages changed: the user picks a side; nothing is written before. */
export function ConflictDialog({
  status,
  lang,
  mine,
  onResolve,
}: {
  status: Extract<SaveStatus, { kind: 'conflict' }>;
  lang: Lang;
  /** What this panel holds now (typed on after the conflict too): "mine" is shown from it. */
  mine?: unknown;
  onResolve: (take: (path: string) => 'ours' | 'theirs') => void;
}) {
  const t = T[lang];
  const [choice, setChoice] = useState<Record<string, 'ours' | 'theirs'>>({});
  return (
    <section
      class="conflict"
      role="alertdialog"
      id="conflict"
      tabIndex={-1}
      aria-labelledby="conflict-text"
      data-testid="conflict"
    >
      <p id="conflict-text">{t.conflict}</p>
      {status.error.conflicts.map((c) => (
        <fieldset key={c.path}>
          <legend>{fieldLabel(c.path.replace(/^assessment\./, ''), lang)}</legend>
          {(['ours', 'theirs'] as const).map((side) => (
            <label key={side} class="field inline">
              <input
                type="radio"
                name={`conflict-${c.path}`}
                value={side}
                checked={(choice[c.path] ?? 'ours') === side}
                onChange={() => setChoice({ ...choice, [c.path]: side })}
              />
              <span>
                {side === 'ours' ? t.mine : t.theirs}:{' '}
                {shown(side === 'ours' ? (mine === undefined ? c.ours : getPath(mine, c.path)) : c.theirs, t.empty)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" data-action="resolve" onClick={() => onResolve((path) => choice[path] ?? 'ours')}>
        {t.resolve}
      </button>
    </section>
  );
}

/** Where an unreadable draft's problem is, as the form names it. */
function issueWhere(path: string, lang: Lang): string {
  const t = T[lang];
  if (path.startsWith('data.assessment.')) return fieldLabel(path.slice('data.assessment.'.length), lang);
  if (path.startsWith('data.notes')) return t.notesLabel;
  return t.whole;
}

/** What is wrong, in plain words: the shape problems Valibot names by type become sentences. */
function issueText(issue: InputIssue, lang: Lang): string {
  const t = T[lang];
  switch (issue.code) {
    case 'type':
      return t.issueType;
    case 'not-allowed':
      return t.issueChoice;
    case 'unknown-field':
      return t.issueUnknown;
    case 'missing':
      return t.issueMissing;
    default:
      return issue.message[lang];
  }
}

/** A stored draft the editor cannot show: said so, with export (as stored) and delete. */
export function UnreadableDraft({
  draft,
  store,
  lang,
  onDeleted,
}: {
  draft: Draft;
  store: Store;
  lang: Lang;
  onDeleted: () => void;
}) {
  const t = T[lang];
  return (
    <section class="unreadable" data-testid="unreadable" role="alert">
      <p>{t.unreadable}</p>
      <ul>
        {(draft.unreadable ?? []).map((issue) => (
          <li key={`${issue.path}:${issue.code}`}>
            {/* Named as the form names the field, in plain words: never a key, a code or a schema's wording. */}
            {issueWhere(issue.path, lang)}: {issueText(issue, lang)}
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-action="export-one"
        onClick={async () => {
          const raw = await store.rawDraft(draft.id);
          const url = URL.createObjectURL(new Blob([JSON.stringify(raw, null, 2)], { type: 'application/json' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = `tusoi-${draft.id}.json`;
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        }}
      >
        {t.exportOne}
      </button>{' '}
      <button
        type="button"
        data-action="delete-one"
        onClick={async () => {
          if (!confirm(t.confirmDeleteOne)) return;
          await store.deleteDraft(draft.id);
          onDeleted();
        }}
      >
        {t.deleteOne}
      </button>
    </section>
  );
}

/** At first start (no draft, no lock): offers the lock before anything is written. */
export function FirstStartLock({
  store,
  lang,
  onDone,
  onBusy,
}: {
  store: Store;
  lang: Lang;
  /** `on`: the lock was set (not skipped). */
  onDone: (on: boolean) => void;
  /** While the lock is being set, no draft may be started: it would reach the disk before the lock. */
  onBusy?: (busy: boolean) => void;
}) {
  const t = T[lang];
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section class="first-lock" data-testid="first-lock">
      <h2>{t.offerTitle}</h2>
      <p>{t.offerText}</p>
      <PassphraseField
        label={lang === 'en' ? 'Passphrase' : 'Mật khẩu'}
        value={passphrase}
        onInput={setPassphrase}
        autocomplete="new-password"
        hint={t.minLength}
      />
      <button
        type="button"
        data-action="first-lock"
        disabled={passphrase.length < MIN_PASSPHRASE || busy}
        onClick={async () => {
          setBusy(true);
          onBusy?.(true);
          try {
            await store.enableLock(passphrase);
            setPassphrase('');
            onDone(true);
          } catch (e) {
            setError((e as Error).message);
          } finally {
            setBusy(false);
            onBusy?.(false);
          }
        }}
      >
        {t.offerOn}
      </button>{' '}
      <button
        type="button"
        data-action="skip-lock"
        onClick={async () => {
          await store.setSetting('lockOffer', 'declined');
          onDone(false);
        }}
      >
        {t.offerSkip}
      </button>
      {busy && <p role="status">{t.turningOn}</p>}
      {error && (
        <p role="alert">
          <BilingualText text={error} />
        </p>
      )}
    </section>
  );
}
