import { boxOf, type Locator } from '@tusoi/form-kit';
import { foreignFrames } from './frames';
import { type PickRefusal, pickTarget } from './pick';

/** How a pick ended. */
export type PickResult =
  | { readonly status: 'picked'; readonly locator: Locator; readonly url: string; readonly found: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'timeout' };

/** How long a pick waits for a click before it ends on its own (ms). */
export const PICK_TIMEOUT_MS = 60_000;

const REFUSED: Record<PickRefusal, string> = {
  submit:
    'Không chọn nút gửi, lưu hay hoàn tất: Tự Soi không bao giờ bấm nút đó. / A send or save button cannot be picked.',
  reset: 'Không chọn nút làm lại (reset): bấm vào nó sẽ xoá biểu mẫu. / A reset button cannot be picked.',
  delete: 'Không chọn nút xoá: Tự Soi không bao giờ bấm nút xoá. / A delete button cannot be picked.',
  'not-a-field':
    'Ở đây không có ô hay nút chọn nào. Bấm vào một ô nhập, một nút chọn hoặc một hàng tiêu chí. / Not a field.',
};

// A frame of another origin that the user has not granted: its page is out of this script's reach,
// so a click there would reach it. It is covered while picking, and says why.
const FRAME_REFUSED =
  'Không chọn được trong khung này: nó thuộc một trang khác mà Tự Soi chưa được phép đọc (cho phép ở Cài đặt → Cổng kiểm điểm). / This frame belongs to another site Tự Soi may not read.';

// Every way a page could see the click or the key that picks: stopped at the window, in the
// capture phase, before any listener of the page's own document or elements runs.
const SWALLOWED = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchend',
  'submit',
] as const;

let active: { cancel: (result: PickResult) => void } | null = null;

/** The window and every same-origin frame inside it: a click in any of them must be stopped too. */
function windowsOf(win: Window): Window[] {
  const out = [win];
  for (const frame of win.document.querySelectorAll('iframe')) {
    try {
      const inner = frame.contentWindow;
      if (inner?.document) out.push(...windowsOf(inner));
    } catch {
      // Another origin: its page is out of this script's reach (and of pick mode).
    }
  }
  return out;
}

/** An element's box in the top window's coordinates (frames add their own offset). */
function boxInTop(el: Element, top: Window): DOMRect {
  const r = el.getBoundingClientRect();
  let { left, top: y } = r;
  for (let w: Window | null = el.ownerDocument.defaultView; w && w !== top && w.frameElement; w = w.parent) {
    const f = w.frameElement.getBoundingClientRect();
    left += f.left + w.frameElement.clientLeft;
    y += f.top + w.frameElement.clientTop;
  }
  return new DOMRect(left, y, r.width, r.height);
}

/** Ends a pick in progress (the panel's "Huỷ"); false when there is none. */
export function cancelPick(): boolean {
  if (!active) return false;
  active.cancel({ status: 'cancelled' });
  return true;
}

/**
 * Lets the user click one control of the page to name it, without the page ever receiving the
 * click: a banner names the draft field being picked (`label`), refuses submit/reset/delete
 * buttons with the reason, and Esc, its "Huỷ" button or `timeoutMs` end the pick. Frames of other
 * origins are covered, and a click on them says why, except those of the `open` origins (the user
 * granted them: the panel picks inside them too).
 */
export function startPick(
  win: Window,
  label: string,
  timeoutMs = PICK_TIMEOUT_MS,
  open: readonly string[] = [],
): Promise<PickResult> {
  active?.cancel({ status: 'cancelled' });
  const doc = win.document;
  return new Promise((resolve) => {
    // The banner lives in a shadow root, so the page's styles do not change it, and
    // its texts are set as text, never HTML.
    const host = doc.createElement('tusoi-pick');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent =
      '.bar{position:fixed;z-index:2147483647;right:8px;bottom:8px;max-width:420px;background:#0b3d2e;color:#fff;font:14px/1.4 system-ui,sans-serif;padding:8px 12px;border-radius:6px;display:flex;gap:12px;align-items:center;box-shadow:0 2px 8px #0006}' +
      '.bar.up{bottom:auto;top:8px}.texts{flex:1;display:flex;flex-direction:column;gap:4px}.why{color:#ffd27a}.why:empty{display:none}button{font:inherit;padding:2px 12px;cursor:pointer}' +
      '.box{position:fixed;z-index:2147483646;pointer-events:none;outline:3px solid #f5a623;outline-offset:1px;display:none}' +
      '.shut{position:absolute;z-index:2147483646;background:#0002;outline:3px dashed #b00020;cursor:not-allowed}';
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'status');
    const msg = doc.createElement('span');
    msg.className = 'msg';
    msg.textContent = `Tự Soi: bấm vào ô cho “${label}” (Esc để thôi). / Click the box for this field.`;
    const why = doc.createElement('span');
    why.className = 'why';
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Huỷ';
    const box = doc.createElement('div');
    box.className = 'box';
    const texts = doc.createElement('div');
    texts.className = 'texts';
    texts.append(msg, why);
    bar.append(texts, cancel);
    root.append(style, bar, box);
    const shuts = new Set<EventTarget>();
    for (const { frame, origin } of foreignFrames(doc)) {
      if (open.includes(origin)) continue;
      const r = frame.getBoundingClientRect();
      const shut = doc.createElement('div');
      shut.className = 'shut';
      shut.title = FRAME_REFUSED;
      Object.assign(shut.style, {
        left: `${r.left + win.scrollX}px`,
        top: `${r.top + win.scrollY}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
      shuts.add(shut);
      root.append(shut);
    }
    doc.documentElement.appendChild(host);

    const ours = (e: Event) => e.composedPath().includes(host);
    const targetOf = (e: Event): Element | null => {
      const first = e.composedPath()[0] as Node | undefined;
      return first && first.nodeType === Node.ELEMENT_NODE ? (first as Element) : null;
    };
    const swallow = (e: Event) => {
      // A cover over a frame not granted: the page's own listeners do not see the click either.
      const shut = e.composedPath().some((n) => shuts.has(n));
      if (shut) {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (e.type === 'click') why.textContent = FRAME_REFUSED;
        return;
      }
      if (ours(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type !== 'click') return;
      const el = targetOf(e);
      if (!el) return;
      const picked = pickTarget(el);
      if ('refused' in picked) {
        why.textContent = REFUSED[picked.refused];
        return;
      }
      end({ status: 'picked', locator: picked.locator, url: win.location.href, found: picked.found });
    };
    const onKey = (e: KeyboardEvent) => {
      if (ours(e)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        end({ status: 'cancelled' });
        return;
      }
      // Enter or Space would press the focused button or submit the form: the page never sees them.
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const el = targetOf(e);
      if (!el || el === el.ownerDocument.body) return;
      const picked = pickTarget(el);
      if ('refused' in picked) why.textContent = REFUSED[picked.refused];
      else end({ status: 'picked', locator: picked.locator, url: win.location.href, found: picked.found });
    };
    const onMove = (e: MouseEvent) => {
      // The banner moves out of the way of the control under the pointer.
      const r0 = bar.getBoundingClientRect();
      const under = e.clientX >= r0.left - 16 && e.clientY >= r0.top - 16 && e.clientY <= r0.bottom + 16;
      if (under && !ours(e)) bar.classList.toggle('up');
      const el = ours(e) ? null : targetOf(e);
      const picked = el ? pickTarget(el) : null;
      if (!picked || 'refused' in picked) {
        box.style.display = 'none';
        return;
      }
      // An enhanced select is outlined where a person sees it: its box, not the hidden select.
      const r = boxInTop(boxOf(picked.element) ?? picked.element, win);
      Object.assign(box.style, {
        display: 'block',
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    };
    const windows = windowsOf(win);
    for (const w of windows) {
      for (const type of SWALLOWED) w.addEventListener(type, swallow, true);
      w.addEventListener('keydown', onKey, true);
      w.addEventListener('keyup', onKey as EventListener, true);
      w.addEventListener('mousemove', onMove, true);
    }
    cancel.addEventListener('click', () => end({ status: 'cancelled' }));
    const timer = win.setTimeout(() => end({ status: 'timeout' }), timeoutMs);

    function end(result: PickResult) {
      win.clearTimeout(timer);
      for (const w of windows) {
        for (const type of SWALLOWED) w.removeEventListener(type, swallow, true);
        w.removeEventListener('keydown', onKey, true);
        w.removeEventListener('keyup', onKey as EventListener, true);
        w.removeEventListener('mousemove', onMove, true);
      }
      host.remove();
      active = null;
      resolve(result);
    }
    active = { cancel: end };
  });
}
