import { type InputIssue, type Lang, TusoiInputError } from '@tusoi/rubric-core';
import { type Bilingual, BilingualText, fieldLabel } from '@tusoi/ui';
import { useEffect, useState } from 'preact/hooks';
import type { FormMapRecord } from '@/lib/db';
import { WrongPassphraseError } from '@/lib/lock';
import {
  type DeletedCounts,
  type ImportChoice,
  ImportConflictError,
  type ImportOutcome,
  LockedError,
  parseExport,
  type Store,
} from '@/lib/store';
import { MIN_PASSPHRASE, PassphraseField } from './fields';
import { askPortal, portalAskText } from './portal-permission';
import { recoverPending, useClosedEdits } from './use-drafts';
import { useStoreState } from './use-store';

const T = {
  vi: {
    title: 'Tự Soi — Cài đặt',
    language: 'Ngôn ngữ',
    defaultPack: 'Bảng thang điểm mặc định cho bản mới',
    none: '(không có)',
    importPack: 'Nhập bảng thang điểm (tệp .json)',
    data: 'Dữ liệu',
    export: 'Xuất toàn bộ dữ liệu',
    import: 'Nhập dữ liệu từ tệp đã xuất',
    deleteAll: 'Xoá toàn bộ dữ liệu',
    confirmDelete: 'Xoá mọi bản kiểm điểm, bảng điểm và cài đặt trên máy này? Không thể hoàn tác.',
    lock: 'Khoá dữ liệu bằng mật khẩu (máy dùng chung)',
    passphrase: 'Mật khẩu',
    passphraseHint: `Ít nhất ${MIN_PASSPHRASE} ký tự.`,
    passphraseOffHint: 'Nhập mật khẩu hiện tại để tắt khoá.',
    wrongPassphrase: 'Mật khẩu không đúng: khoá vẫn bật, không có gì thay đổi.',
    setLock: 'Bật khoá',
    removeLock: 'Tắt khoá',
    lockOn: 'Đang bật khoá: bản kiểm điểm được mã hoá bằng mật khẩu của bạn khi lưu trên máy này.',
    lockedNow: 'Dữ liệu đang khoá: nhập mật khẩu rồi bấm “Mở khoá” trước khi xuất hoặc tắt khoá.',
    unlock: 'Mở khoá',
    portals: 'Cổng kiểm điểm',
    portalOrigin: 'Địa chỉ cổng (ví dụ https://kiemdiem.tinh.gov.vn)',
    addPortal: 'Cho phép Tự Soi điền trên cổng này',
    maps: 'Bản đồ biểu mẫu đã lưu',
    importMap: 'Nhập bản đồ biểu mẫu (tệp .json)',
    exportMap: 'Xuất',
    deleteMap: 'Xoá',
    privacy: 'Quyền riêng tư',
    privacyText:
      'Tự Soi không gửi bất cứ dữ liệu nào ra khỏi máy: không có máy chủ, không có thống kê, không có yêu cầu mạng. Bản kiểm điểm chỉ được lưu trong trình duyệt này, trên máy này. Bạn có thể xuất toàn bộ dữ liệu ra tệp, nhập lại, hoặc xoá hết bất cứ lúc nào.',
    done: 'Xong',
    diskTitle: 'Trình duyệt có thể còn giữ gì trên đĩa',
    diskText:
      'Khi bật khoá, mọi bản kiểm điểm được ghi lại ở dạng mã hoá. Nhưng các bản cũ chưa mã hoá (viết trước khi bật khoá) có thể vẫn nằm trong tệp dữ liệu của trình duyệt trên đĩa cho đến khi trình duyệt tự dọn, và tệp xuất dữ liệu luôn là bản rõ. Để xoá hẳn: (1) xuất dữ liệu; (2) xoá dữ liệu của tiện ích bằng chức năng “Xoá dữ liệu trang web” của trình duyệt, hoặc gỡ rồi cài lại Tự Soi; (3) đặt mật khẩu ở màn hình đầu tiên, rồi nhập tệp; (4) xoá tệp xuất. Bật khoá ngay từ lần đầu thì không bản rõ nào ghi xuống đĩa.',
    newerTitle: 'Các bản trên máy mới hơn bản trong tệp nhập: chưa nhập gì.',
    storedAt: 'Trên máy',
    importedAt: 'Trong tệp',
    replace: 'Thay bằng bản trong tệp',
    keepBoth: 'Giữ cả hai',
    changedMeanwhile: (at: string) => `Bản trên máy vừa thay đổi (lúc ${at}) nên chưa thay; chọn lại.`,
    keepMine: 'Giữ bản trên máy',
    skipped: 'bản không đọc được không có trong tệp xuất (xuất riêng từng bản trong bảng bên):',
    notImported: 'Không nhập được: tệp có chỗ sai, dữ liệu trên máy chưa thay đổi gì.',
    notJson: 'tệp không đọc được (không phải tệp .json hợp lệ, có thể đã bị hỏng)',
    noFile: 'Chưa chọn tệp.',
    wrongKind: 'đây không phải loại tệp Tự Soi cần ở ô này',
    file: 'Tệp',
    nth: 'thứ',
    missingField: (name: string) => `thiếu trường bắt buộc “${name}”`,
    unknownField: (name: string) => `có trường lạ “${name}” không thuộc định dạng (có thể gõ sai tên)`,
    // The export file's own fields in plain words (the file's keys stay out of sight).
    fileFields: {
      format: 'loại tệp',
      exportedAt: 'ngày xuất',
      drafts: 'danh sách bản kiểm điểm',
      packs: 'danh sách bảng thang điểm',
      formmaps: 'danh sách bản đồ biểu mẫu',
      settings: 'cài đặt',
      id: 'mã nhận diện',
      person: 'người kiểm điểm',
      periodKey: 'kỳ kiểm điểm',
      createdAt: 'ngày tạo',
      updatedAt: 'ngày sửa lần cuối',
      rev: 'số lần sửa',
      data: 'nội dung bản kiểm điểm',
      notes: 'ghi chú theo tiêu chí',
      packId: 'bảng thang điểm đã chọn',
      pack: 'nội dung bảng thang điểm',
      map: 'nội dung bản đồ biểu mẫu',
      importedAt: 'ngày nhập',
      savedAt: 'ngày lưu',
      held: 'trường đang chờ bạn chọn',
      // A scoring pack's and a form map's own fields.
      title: 'tên',
      kinds: 'đối tượng áp dụng',
      source: 'nguồn',
      grade: 'mức tin cậy của nguồn',
      general: 'nhóm tiêu chí chung',
      results: 'nhóm kết quả thực hiện nhiệm vụ',
      sections: 'các mục',
      criteria: 'các tiêu chí',
      max: 'điểm tối đa',
      match: 'địa chỉ trang áp dụng',
      steps: 'các bước điền',
      locator: 'vị trí trên trang',
      field: 'trường của bản kiểm điểm',
      vi: 'tiếng Việt',
      en: 'tiếng Anh',
      // A quarterly pack's lists (tusoi.pack/2), named with the item's place ("khung tỷ trọng thứ 3").
      groups: 'nhóm tiêu chí',
      items: 'tiêu chí',
      axes: 'trục',
      frames: 'khung tỷ trọng',
    } as Record<string, string>,
    parts: {
      drafts: 'Bản kiểm điểm',
      packs: 'Bảng thang điểm',
      formmaps: 'Bản đồ biểu mẫu',
      settings: 'Cài đặt',
      exportedAt: 'Ngày xuất',
      match: 'Địa chỉ trang áp dụng',
      steps: 'Bước điền',
    },
    failed: 'Trình duyệt không làm được việc này. Hãy tải lại trang Cài đặt rồi thử lại.',
    chooseFile: 'Chọn tệp .json…',
    imported: (n: ImportOutcome) =>
      [
        `Đã nhập ${n.drafts} bản kiểm điểm`,
        n.replaced > 0 ? `${n.replaced} bản thay bản đang có trên máy` : '',
        n.copies > 0 ? `${n.copies} bản giữ cả hai (bản trong tệp thành bản mới)` : '',
        n.kept > 0 ? `giữ nguyên ${n.kept} bản trên máy` : '',
        `${n.packs} bảng thang điểm${n.held > 0 ? '' : '.'}`,
        n.held > 0 ? `${n.held} trường đang chờ bạn chọn (đã đọc lại trên máy).` : '',
      ]
        .filter(Boolean)
        .join(', '),
    deleted: (n: DeletedCounts) =>
      `Đã xoá ${n.drafts} bản kiểm điểm, ${n.packs} bảng thang điểm đã nhập, ${n.formmaps} bản đồ biểu mẫu${n.held > 0 ? `, ${n.held} mục giữ tạm (trường đang chờ bạn chọn, lần sửa cuối khi đóng bảng bên)` : ''} và mọi cài đặt (cả khoá dữ liệu) trên máy này.`,
    exported: (n: Exported) =>
      `Đã xuất ${n.drafts} bản kiểm điểm, ${n.packs} bảng thang điểm, ${n.formmaps} bản đồ biểu mẫu${
        n.held > 0
          ? `, gồm cả ${n.held} trường đang chờ bạn chọn (giá trị bị giữ lại khi hai trang sửa cùng một trường) của ${n.heldDrafts} bản`
          : ''
      } (đã đọc lại tệp).`,
  },
  en: {
    title: 'Tự Soi — Settings',
    language: 'Language',
    defaultPack: 'Default scoring pack for new drafts',
    none: '(none)',
    importPack: 'Import a scoring pack (.json file)',
    data: 'Data',
    export: 'Export everything',
    import: 'Import data from an exported file',
    deleteAll: 'Delete everything',
    confirmDelete: 'Delete every draft, pack and setting on this computer? This cannot be undone.',
    lock: 'Lock data with a passphrase (shared computers)',
    passphrase: 'Passphrase',
    passphraseHint: `At least ${MIN_PASSPHRASE} characters.`,
    passphraseOffHint: 'Type the current passphrase to turn the lock off.',
    wrongPassphrase: 'Wrong passphrase: the lock stays on, nothing changed.',
    setLock: 'Turn lock on',
    removeLock: 'Turn lock off',
    lockOn: 'Lock is on: drafts are encrypted with your passphrase when stored on this computer.',
    lockedNow: 'Data is locked: type the passphrase and press “Unlock” before exporting or turning the lock off.',
    unlock: 'Unlock',
    portals: 'Review portals',
    portalOrigin: 'Portal address (e.g. https://kiemdiem.tinh.gov.vn)',
    addPortal: 'Allow Tự Soi to fill on this portal',
    maps: 'Saved form maps',
    importMap: 'Import a form map (.json file)',
    exportMap: 'Export',
    deleteMap: 'Delete',
    privacy: 'Privacy',
    privacyText:
      'Tự Soi sends nothing off this computer: no server, no analytics, no network requests. Drafts live only in this browser, on this computer. You can export everything to a file, import it again, or delete it all at any time.',
    done: 'Done',
    diskTitle: 'What the browser may still keep on disk',
    diskText:
      'With the lock on, every draft is rewritten encrypted. Older plaintext versions (written before the lock) may still sit in the browser’s data files on disk until the browser compacts them, and an export file is always plaintext. To clear them for good: (1) export your data; (2) clear the extension’s data with the browser’s own “Xoá dữ liệu trang web” (“Clear site data”), or remove and reinstall Tự Soi; (3) set the passphrase on the first screen, then import the file; (4) delete the export file. A lock set at first start means no plaintext ever reaches the disk.',
    newerTitle: 'Drafts on this computer are newer than the ones in the file: nothing imported yet.',
    storedAt: 'On this computer',
    importedAt: 'In the file',
    replace: 'Replace with the file’s',
    keepBoth: 'Keep both',
    changedMeanwhile: (at: string) =>
      `The draft on this computer changed just now (at ${at}), so nothing was replaced; choose again.`,
    keepMine: 'Keep this computer’s',
    skipped: 'unreadable drafts are not in the export (export each from the side panel):',
    notImported: 'Not imported: the file has errors; nothing on this computer was changed.',
    notJson: 'the file cannot be read (not a valid .json file; it may be damaged)',
    noFile: 'No file chosen.',
    wrongKind: 'this is not the kind of file Tự Soi needs here',
    file: 'File',
    nth: 'no.',
    missingField: (name: string) => `required field “${name}” is missing`,
    unknownField: (name: string) => `unknown field “${name}” is not part of the format (a misspelt name?)`,
    fileFields: {
      format: 'file kind',
      exportedAt: 'export date',
      drafts: 'list of self-reviews',
      packs: 'list of scoring packs',
      formmaps: 'list of form maps',
      settings: 'settings',
      id: 'identifier',
      person: 'person reviewed',
      periodKey: 'review period',
      createdAt: 'date created',
      updatedAt: 'date last changed',
      rev: 'revision count',
      data: 'self-review content',
      notes: 'notes by criterion',
      packId: 'chosen scoring pack',
      pack: 'scoring pack content',
      map: 'form map content',
      importedAt: 'date imported',
      savedAt: 'date saved',
      held: 'fields waiting for your choice',
      title: 'title',
      kinds: 'subjects it applies to',
      source: 'source',
      grade: 'source grade',
      general: 'general criteria group',
      results: 'task results group',
      sections: 'sections',
      criteria: 'criteria',
      max: 'maximum points',
      match: 'page addresses',
      steps: 'fill steps',
      locator: 'place on the page',
      field: 'self-review field',
      vi: 'Vietnamese',
      en: 'English',
      groups: 'criteria group',
      items: 'criterion',
      axes: 'axis',
      frames: 'weight frame',
    } as Record<string, string>,
    parts: {
      drafts: 'Self-review',
      packs: 'Scoring pack',
      formmaps: 'Form map',
      settings: 'Settings',
      exportedAt: 'Export date',
      match: 'Page address',
      steps: 'Fill step',
    },
    failed: 'The browser could not do this. Reload the Settings page and try again.',
    chooseFile: 'Choose a .json file…',
    imported: (n: ImportOutcome) =>
      [
        `Imported ${n.drafts} self-review${n.drafts === 1 ? '' : 's'}`,
        n.replaced > 0 ? `${n.replaced} replacing the same draft on this computer` : '',
        n.copies > 0 ? `${n.copies} kept beside the stored one (as a new draft)` : '',
        n.kept > 0 ? `${n.kept} left as stored` : '',
        `${n.packs} scoring pack${n.packs === 1 ? '' : 's'}${n.held > 0 ? '' : '.'}`,
        n.held > 0
          ? `${n.held} field${n.held === 1 ? '' : 's'} waiting for your choice (read back on this computer).`
          : '',
      ]
        .filter(Boolean)
        .join(', '),
    deleted: (n: DeletedCounts) =>
      `Deleted ${n.drafts} self-review${n.drafts === 1 ? '' : 's'}, ${n.packs} imported scoring pack${n.packs === 1 ? '' : 's'}, ${n.formmaps} form map${n.formmaps === 1 ? '' : 's'}${n.held > 0 ? `, ${n.held} kept item${n.held === 1 ? '' : 's'} (fields waiting for your choice, last edits made as a side panel closed)` : ''} and every setting (the lock too) on this computer.`,
    exported: (n: Exported) =>
      `Exported ${n.drafts} self-review${n.drafts === 1 ? '' : 's'}, ${n.packs} scoring pack${n.packs === 1 ? '' : 's'}, ${n.formmaps} form map${n.formmaps === 1 ? '' : 's'}${
        n.held > 0
          ? `, including ${n.held} field${n.held === 1 ? '' : 's'} waiting for your choice (values held back when two pages changed the same field) in ${n.heldDrafts} draft${n.heldDrafts === 1 ? '' : 's'}`
          : ''
      } (the file was read back).`,
  },
} as const;

/** Where an outcome is said: beside the action that caused it. */
type Place = 'pack' | 'export' | 'import' | 'delete' | 'lock' | 'portal' | 'maps';

/** What an export file holds, counted by reading the file's text back. */
interface Exported {
  readonly drafts: number;
  readonly packs: number;
  readonly formmaps: number;
  /** Held fields (values a same-field conflict held back for the user to choose), and in how many drafts. */
  readonly held: number;
  readonly heldDrafts: number;
}

/** Counts what an export file's text holds, read back through the import's own check (so it would import again). */
export function exportedCounts(text: string): Exported {
  const file = parseExport(JSON.parse(text));
  const held = file.drafts.map((d) => Object.keys(d.held ?? {}).length);
  return {
    drafts: file.drafts.length,
    packs: file.packs.length,
    formmaps: file.formmaps?.length ?? 0,
    held: held.reduce((a, b) => a + b, 0),
    heldDrafts: held.filter((n) => n > 0).length,
  };
}

/** Offers `value` as a JSON file; returns the text given. */
function download(name: string, value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return text;
}

function readFile(input: HTMLInputElement): Promise<unknown> {
  const file = input.files?.[0];
  // Cleared at once: choosing the same file again (after "delete everything", say) must import again.
  input.value = '';
  if (!file) return Promise.reject(new Error(`${T.vi.noFile} / ${T.en.noFile}`));
  return file.text().then((text) => {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      // The parser's own words (position, token) do not help; the file's name does.
      throw new TusoiInputError([
        { path: '', message: { vi: `“${file.name}”: ${T.vi.notJson}`, en: `“${file.name}”: ${T.en.notJson}` } },
      ]);
    }
  });
}

/** Our own messages pass as they are; anything else (a browser error in English) becomes plain words. */
function ownMessage(text: string, lang: Lang): string {
  const own = [T.vi, T.en].flatMap((d) => Object.values(d).filter((x): x is string => typeof x === 'string'));
  if (own.includes(text) || text === `${T.vi.noFile} / ${T.en.noFile}`) return text;
  return T[lang].failed;
}

/**
 * The problems of an imported file in plain words: which part of the file (the 3rd self-review,
 * the scoring pack), never a key path or a format id.
 */
export function fileIssuesText(issues: readonly InputIssue[], lang: Lang): string {
  // Bad input is told in both languages, the page's language first (Vietnamese first otherwise).
  const both = fileIssues(issues);
  return lang === 'en' ? `${both.en}\n\n${both.vi}` : `${both.vi}\n\n${both.en}`;
}

/** The problems of an imported file in plain words, in each language (see {@link fileIssuesText}). */
export function fileIssues(issues: readonly InputIssue[]): Bilingual {
  return { vi: fileIssueLines(issues, 'vi'), en: fileIssueLines(issues, 'en') };
}

function fileIssueLines(issues: readonly InputIssue[], lang: Lang): string {
  const t = T[lang];
  const lines = issues.map((issue) => {
    // A wrong or missing format tag means the wrong kind of file; its id stays out of sight.
    if (/^format$/.test(issue.path) || /tusoi\.\w+\/\d/.test(issue.message[lang])) return `• ${t.file}: ${t.wrongKind}`;
    const m = /^(\w+)(?:\[(\d+)\])?/.exec(issue.path);
    const part = m ? (t.parts as Record<string, string>)[m[1] ?? ''] : undefined;
    // Inside a self-review, the field is named as the form names it ("III. Kết quả khắc phục …").
    const inner = /^drafts\[\d+\]\.data\.assessment\.(.+)$/.exec(issue.path)?.[1];
    // A missing or unknown field of the file itself is named in plain words, beside the part it belongs to.
    const key = inner ? undefined : /(?:^|\.)(\w+)$/.exec(issue.path)?.[1];
    const named = key !== undefined && (issue.code === 'missing' || issue.code === 'unknown-field');
    const top = named && !issue.path.includes('.') && !issue.path.includes('[');
    const whole = part && !top ? (m?.[2] === undefined ? part : `${part} ${t.nth} ${Number(m[2]) + 1}`) : t.file;
    // Elsewhere, the deepest field the file's words name ("số lần sửa", "ghi chú theo tiêu chí"), so
    // no refusal leaves the user guessing which field it means.
    const known = inner || named ? undefined : deepestField(issue.path.slice(m?.[0].length ?? 0), t.fileFields, t.nth);
    const where = inner ? `${whole} › ${fieldLabel(inner, lang)}` : known ? `${whole} › ${known}` : whole;
    const what = !named
      ? issue.message[lang]
      : issue.code === 'missing'
        ? t.missingField(t.fileFields[key] ?? key)
        : t.unknownField(key);
    return `• ${where}: ${what}`;
  });
  // The same problem is said once.
  return [t.notImported, ...new Set(lines)].join('\n');
}

/**
 * The latest stored time (ms) among the drafts asked about that changed after the user saw them
 * (`seen`: id → the stored time shown), or undefined when none did.
 */
export function changedSince(
  newer: readonly { id: string; storedAt: number }[],
  seen: ReadonlyMap<string, number>,
): number | undefined {
  const changed = newer.filter((n) => seen.has(n.id) && seen.get(n.id) !== n.storedAt).map((n) => n.storedAt);
  return changed.length === 0 ? undefined : Math.max(...changed);
}

/** The plain name of the deepest key of `rest` (a path's tail, `.data.notes.x`) that `names` knows. */
function deepestField(rest: string, names: Record<string, string>, nth: string): string | undefined {
  const keys = rest.split(/[.[\]]+/).filter((k) => k !== '');
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    const name = /^\d+$/.test(key) || !Object.hasOwn(names, key) ? undefined : names[key];
    if (name === undefined) continue;
    // The list item it sits in, by its place, when there is one ("khung tỷ trọng thứ 3 › mã nhận diện"):
    // which of several frames, axes or groups holds the problem.
    for (let j = i - 1; j > 0; j--) {
      const at = keys[j] as string;
      const list = keys[j - 1] as string;
      if (/^\d+$/.test(at) && Object.hasOwn(names, list)) return `${names[list]} ${nth} ${Number(at) + 1} › ${name}`;
    }
    return name;
  }
  return undefined;
}

/** The options page: language, default pack, pack import, export / import / delete, the lock, privacy. */
export function OptionsPage({ store }: { store: Store }) {
  const { lang, setLang, lockState, setLockState, packs, reloadPacks } = useStoreState(store);
  useClosedEdits(store, lockState);
  const t = T[lang];
  /** The latest outcome, shown beside the action it belongs to (`at`). */
  const [message, setMessage] = useState<{
    at: Place;
    ok: boolean;
    /** A bilingual message is kept in its two halves (`sep`: what stands between them). */
    text: string | (Bilingual & { sep?: string });
  } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [defaultPack, setDefaultPack] = useState<string>('');
  const [origin, setOrigin] = useState('');
  const [maps, setMaps] = useState<FormMapRecord[]>([]);
  const [newer, setNewer] = useState<{
    file: unknown;
    error: ImportConflictError;
    /** When a stored draft changed after the question was shown (the answer was not applied), the latest time. */
    changedAt?: number;
  } | null>(null);
  const reloadMaps = async () => setMaps(await store.listMaps());
  useEffect(() => {
    void reloadMaps();
    return store.onChange((e) => {
      if (e.kind !== 'draft') void reloadMaps();
    });
  }, [store]);
  // Newer drafts on this computer are never replaced without asking: the file is kept until the user chooses.
  const importWith = async (file: unknown, choice?: ImportChoice, seen?: ReadonlyMap<string, number>) => {
    let outcome: ImportOutcome;
    try {
      await recoverPending(store);
      outcome = await store.importAll(file, choice, seen);
      setNewer(null);
    } catch (e) {
      // Not an error: the choice box asks, and nothing else is said until the user chooses.
      if (e instanceof ImportConflictError) {
        const changedAt = seen ? changedSince(e.newer, seen) : undefined;
        setNewer({ file, error: e, ...(changedAt === undefined ? {} : { changedAt }) });
        return false;
      }
      throw e;
    }
    await reloadPacks();
    return t.imported(outcome);
  };
  const date = (ms: number) => new Date(ms).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
  const guard = async (at: Place, action: () => Promise<unknown>) => {
    try {
      const outcome = await action();
      setMessage(outcome === false ? null : { at, ok: true, text: typeof outcome === 'string' ? outcome : t.done });
    } catch (e) {
      setMessage({
        at,
        ok: false,
        text:
          e instanceof TusoiInputError
            ? { ...fileIssues(e.issues), sep: '\n\n' }
            : e instanceof WrongPassphraseError
              ? { vi: T.vi.wrongPassphrase, en: T.en.wrongPassphrase }
              : e instanceof LockedError
                ? t.lockedNow
                : ownMessage(String((e as Error).message), lang),
      });
    }
  };
  const say = (at: Place) =>
    message?.at === at && (
      <pre role={message.ok ? 'status' : 'alert'} data-testid="options-message" data-at={at}>
        {/* Both languages, the page's first; each half marked so a screen reader switches voice. */}
        {typeof message.text === 'string' ? (
          <BilingualText text={message.text} />
        ) : (
          <BilingualText text={message.text} first={lang} sep={message.text.sep} />
        )}
      </pre>
    );
  void store.setting<string>('defaultPack').then((v) => v !== undefined && v !== defaultPack && setDefaultPack(v));

  return (
    <main class="tusoi options">
      <h1>{t.title}</h1>
      <label class="field inline">
        <span>{t.language}</span>
        <select name="lang" value={lang} onChange={(e) => void setLang(e.currentTarget.value as Lang)}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <label class="field">
        <span>{t.defaultPack}</span>
        <select
          name="defaultPack"
          value={defaultPack}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDefaultPack(v);
            void guard('pack', () => store.setSetting('defaultPack', v || undefined));
          }}
        >
          <option value="">{t.none}</option>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {lang === 'en' && p.title.en ? p.title.en : p.title.vi}
            </option>
          ))}
        </select>
      </label>
      <label class="field file-field">
        <span>{t.importPack}</span>
        <input
          name="importPack"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            void guard('pack', async () => {
              await store.importPack(await readFile(input));
              await reloadPacks();
            });
          }}
        />
        <span class="btn file-pick" aria-hidden="true">
          {t.chooseFile}
        </span>
      </label>
      {say('pack')}

      <h2>{t.data}</h2>
      <button
        type="button"
        class="btn-primary"
        data-action="export"
        disabled={lockState === 'locked'}
        onClick={() =>
          void guard('export', async () => {
            // A panel closed just before may have left its last edit to write: the export holds it.
            await recoverPending(store);
            const { skipped, ...file } = await store.exportAll();
            const text = download(`tusoi-${new Date().toISOString().slice(0, 10)}.json`, file);
            if (skipped) throw new Error(`${skipped.length} ${t.skipped} ${skipped.join(', ')}`);
            // What the file holds, held fields included, counted from its own text.
            return t.exported(exportedCounts(text));
          })
        }
      >
        {t.export}
      </button>
      {say('export')}
      <label class="field file-field">
        <span>{t.import}</span>
        <input
          name="import"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            void guard('import', async () => {
              const file = await readFile(input);
              return importWith(file);
            });
          }}
        />
        <span class="btn file-pick" aria-hidden="true">
          {t.chooseFile}
        </span>
      </label>
      {newer && (
        <section role="alertdialog" data-testid="import-newer">
          {newer.changedAt !== undefined && (
            // Said in both languages, Vietnamese first: why the same question is asked again.
            <p role="status" data-testid="import-changed">
              {T.vi.changedMeanwhile(new Date(newer.changedAt).toLocaleString('vi-VN'))}{' '}
              <span lang="en">{T.en.changedMeanwhile(new Date(newer.changedAt).toLocaleString('en-GB'))}</span>
            </p>
          )}
          <p>{t.newerTitle}</p>
          <table>
            <tbody>
              {newer.error.newer.map((n) => (
                <tr key={n.id}>
                  <td>{n.person || n.id}</td>
                  <td>
                    {t.storedAt}: {date(n.storedAt)}
                  </td>
                  <td>
                    {t.importedAt}: {date(n.importedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {(
            [
              ['replace', t.replace],
              ['keep-both', t.keepBoth],
              ['keep-mine', t.keepMine],
            ] as const
          ).map(([choice, label]) => (
            <button
              key={choice}
              type="button"
              data-action={`import-${choice}`}
              onClick={() =>
                void guard('import', () =>
                  importWith(newer.file, choice, new Map(newer.error.newer.map((n) => [n.id, n.storedAt]))),
                )
              }
            >
              {label}
            </button>
          ))}
        </section>
      )}
      {say('import')}
      <button
        type="button"
        class="btn-danger"
        data-action="delete-all"
        onClick={() => {
          if (confirm(t.confirmDelete))
            void guard('delete', async () => {
              const deleted = await store.deleteAll();
              setLockState('none');
              await reloadPacks();
              return t.deleted(deleted);
            });
        }}
      >
        {t.deleteAll}
      </button>
      {say('delete')}

      <h2>{t.lock}</h2>
      {lockState !== 'none' && <p data-testid="lock-state">{lockState === 'locked' ? t.lockedNow : t.lockOn}</p>}
      {lockState !== 'none' && (
        <section data-testid="disk-note">
          <h3>{t.diskTitle}</h3>
          <p>{t.diskText}</p>
        </section>
      )}
      <PassphraseField
        label={t.passphrase}
        value={passphrase}
        onInput={setPassphrase}
        autocomplete={lockState === 'none' ? 'new-password' : 'current-password'}
        hint={lockState === 'none' ? t.passphraseHint : lockState === 'unlocked' ? t.passphraseOffHint : undefined}
      />
      {lockState === 'none' && (
        <button
          type="button"
          data-action="lock"
          disabled={passphrase.length < MIN_PASSPHRASE}
          onClick={() =>
            void guard('lock', async () => {
              // Written before the lock changes: a closed panel's kept edit no longer fits after.
              await recoverPending(store);
              await store.enableLock(passphrase);
              setPassphrase('');
              setLockState('unlocked');
            })
          }
        >
          {t.setLock}
        </button>
      )}
      {lockState === 'locked' && (
        <button
          type="button"
          data-action="unlock"
          onClick={() =>
            void guard('lock', async () => {
              await store.unlock(passphrase);
              setPassphrase('');
              setLockState('unlocked');
            })
          }
        >
          {t.unlock}
        </button>
      )}
      {lockState === 'unlocked' && (
        <button
          type="button"
          data-action="unlock-off"
          onClick={() =>
            void guard('lock', async () => {
              // The passphrase beside the button is checked first: a wrong one turns nothing off.
              await store.unlock(passphrase);
              await recoverPending(store);
              await store.disableLock();
              setPassphrase('');
              setLockState('none');
            })
          }
        >
          {t.removeLock}
        </button>
      )}
      {say('lock')}

      <h2>{t.portals}</h2>
      <label class="field">
        <span>{t.portalOrigin}</span>
        <input name="portalOrigin" value={origin} onInput={(e) => setOrigin(e.currentTarget.value)} />
      </label>
      <button
        type="button"
        data-action="add-portal"
        onClick={() =>
          // Host access for this one origin, asked for now (a browser prompt), never up front; each
          // press ends in what the browser answered, read back (or that it could not ask).
          void askPortal(origin, (asked) =>
            setMessage({
              at: 'portal',
              ok: asked.kind === 'granted' || asked.kind === 'asking',
              text: portalAskText(asked),
            }),
          )
        }
      >
        {t.addPortal}
      </button>
      {say('portal')}
      <h3>{t.maps}</h3>
      <ul data-testid="maps">
        {maps.map((m) => (
          <li key={m.id}>
            {m.map.title[lang] ?? m.map.title.vi}{' '}
            <button type="button" onClick={() => download(`${m.id}.formmap.json`, m.map)}>
              {t.exportMap}
            </button>{' '}
            <button
              type="button"
              onClick={() =>
                void guard('maps', async () => {
                  await store.deleteMap(m.id);
                  await reloadMaps();
                })
              }
            >
              {t.deleteMap}
            </button>
          </li>
        ))}
      </ul>
      <label class="field file-field">
        <span>{t.importMap}</span>
        <input
          name="importMap"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            void guard('maps', async () => {
              await store.saveMap(await readFile(input));
              await reloadMaps();
            });
          }}
        />
        <span class="btn file-pick" aria-hidden="true">
          {t.chooseFile}
        </span>
      </label>
      {say('maps')}

      <h2>{t.privacy}</h2>
      <p data-testid="privacy">{t.privacyText}</p>
    </main>
  );
}
