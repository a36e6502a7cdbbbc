import { parseRequest } from '@/lib/messages';
import { cancelPick, startPick } from '@/lib/pick-session';

// Pick mode, injected on demand only when the user starts a pick, so the portal script (fill,
// check, detect, undo) stays small. It answers the pick messages alone; any other message gets
// `undefined` at once, which leaves the answer to the portal script.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const flag = '__tusoiPick';
    const w = window as unknown as Record<string, unknown>;
    if (w[flag]) return;
    w[flag] = true;
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = parseRequest(message);
      if (request?.type === 'tusoi:pick')
        // The next click names a control; the page itself never sees that click.
        return startPick(window, request.label, request.timeoutMs, request.open);
      if (request?.type === 'tusoi:pick-cancel') return Promise.resolve({ cancelled: cancelPick() });
      return undefined;
    });
  },
});
