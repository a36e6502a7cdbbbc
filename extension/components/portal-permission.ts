import type { Bilingual } from '@tusoi/ui';

// "Cho phép Tự Soi điền trên cổng này": the browser's prompt for one portal's origin, and what
// the options page says of it. Every press ends in a status read back from the browser: allowed,
// refused, or the prompt could not be shown (the browser gives no answer while it waits, so that
// is said too), never silence.

/** What asking for a portal came to, as the options page says it (Vietnamese first). */
export type PortalAsk =
  | { readonly kind: 'bad-origin' }
  | { readonly kind: 'asking'; readonly origin: string }
  | { readonly kind: 'granted'; readonly origin: string }
  | { readonly kind: 'refused'; readonly origin: string }
  | { readonly kind: 'could-not-ask'; readonly origin: string }
  | { readonly kind: 'no-answer'; readonly origin: string; readonly seconds: number };

/** The status of a {@link PortalAsk} in both languages. */
export function portalAskText(a: PortalAsk): Bilingual {
  switch (a.kind) {
    case 'bad-origin':
      return {
        vi: 'Địa chỉ cổng không hợp lệ: cần dạng https://tên-miền (ví dụ https://kiemdiem.tinh.gov.vn). Chưa xin quyền nào.',
        en: 'Not a valid portal address: expected https://host (e.g. https://kiemdiem.tinh.gov.vn). Nothing was asked.',
      };
    case 'asking':
      return {
        vi: `Đang chờ trình duyệt hỏi bạn có cho Tự Soi đọc và điền trên ${a.origin} không: hãy trả lời hộp hỏi của trình duyệt.`,
        en: `Waiting for the browser to ask whether Tự Soi may read and fill ${a.origin}: answer the browser's prompt.`,
      };
    case 'granted':
      return {
        vi: `Đã cho phép: trình duyệt cho Tự Soi đọc và điền trên ${a.origin} (đã kiểm tra lại).`,
        en: `Allowed: the browser lets Tự Soi read and fill ${a.origin} (checked).`,
      };
    case 'refused':
      return {
        vi: `Chưa được cho phép: trình duyệt không cấp quyền cho ${a.origin} (bạn đã từ chối hoặc đóng hộp hỏi). Bấm lại nút để hỏi lại.`,
        en: `Not allowed: the browser did not grant ${a.origin} (the prompt was refused or closed). Press the button to ask again.`,
      };
    case 'could-not-ask':
      return {
        vi: `Không hỏi được quyền cho ${a.origin}: trình duyệt không hiện hộp hỏi (ví dụ trình duyệt chạy không có cửa sổ, hoặc máy bị chính sách chặn). Chưa có quyền nào được cấp. Hãy thử lại trong cửa sổ trình duyệt thường, hoặc cho phép ở trang quản lý tiện ích (Tự Soi → Quyền truy cập trang web).`,
        en: `Could not ask for ${a.origin}: the browser showed no prompt (e.g. it runs without a window, or a policy blocks it). Nothing was granted. Try again in a normal browser window, or allow it on the extensions page (Tự Soi → Site access).`,
      };
    case 'no-answer':
      return {
        vi: `Trình duyệt chưa trả lời sau ${a.seconds} giây, nên chưa có quyền nào cho ${a.origin}. Nếu có hộp hỏi, hãy trả lời (Tự Soi sẽ báo ngay); nếu không thấy hộp nào, trình duyệt không hỏi được (ví dụ chạy không có cửa sổ, hoặc máy bị chính sách chặn): hãy cho phép ở trang quản lý tiện ích (Tự Soi → Quyền truy cập trang web).`,
        en: `The browser gave no answer after ${a.seconds} seconds, so nothing is granted for ${a.origin}. If a prompt is open, answer it (Tự Soi says so at once); if there is none, the browser cannot ask (e.g. it runs without a window, or a policy blocks it): allow it on the extensions page (Tự Soi → Site access).`,
      };
  }
}

/** How long a prompt may go unanswered before the page says no answer came (the prompt stays open). */
export const ASK_PATIENCE_MS = 30_000;

/**
 * Asks the browser for host access to the portal at `text` (an address typed by the user) and
 * reports each step through `say`: `asking` at once, then `granted` (only when the browser holds
 * the permission when read back), `refused`, `could-not-ask` (the request failed), or `no-answer`
 * (none within `patience` ms; an answer coming later is still said). Must run in the click itself: the browser asks only on a user gesture.
 */
export function askPortal(
  text: string,
  say: (a: PortalAsk) => void,
  permissions: Pick<typeof browser.permissions, 'request' | 'contains'> = browser.permissions,
  patience = ASK_PATIENCE_MS,
): Promise<void> {
  let url: URL | null = null;
  try {
    url = new URL(text.trim());
  } catch {
    url = null;
  }
  if (url === null || !/^https?:$/.test(url.protocol) || url.hostname === '') {
    say({ kind: 'bad-origin' });
    return Promise.resolve();
  }
  const origin = url.origin;
  const origins = [`${origin}/*`];
  // Called before anything is awaited: the click's user gesture is still there.
  let asked: Promise<boolean>;
  try {
    asked = permissions.request({ origins });
  } catch (e) {
    asked = Promise.reject(e);
  }
  say({ kind: 'asking', origin });
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) say({ kind: 'no-answer', origin, seconds: Math.round(patience / 1000) });
  }, patience);
  return asked.then(
    async (granted) => {
      answered = true;
      clearTimeout(timer);
      const held = await permissions.contains({ origins }).catch(() => false);
      say({ kind: granted && held ? 'granted' : 'refused', origin });
    },
    () => {
      answered = true;
      clearTimeout(timer);
      say({ kind: 'could-not-ask', origin });
    },
  );
}
