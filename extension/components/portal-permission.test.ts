import { describe, expect, it } from 'vitest';
import { askPortal, type PortalAsk, portalAskText } from './portal-permission';

// Every press of "Cho phép Tự Soi điền trên cổng này" ends in what the browser answered.
function run(
  text: string,
  request: () => Promise<boolean>,
  contains: () => Promise<boolean> = async () => true,
  patience = 1000,
) {
  const said: PortalAsk['kind'][] = [];
  const asked: unknown[] = [];
  const done = askPortal(
    text,
    (a) => said.push(a.kind),
    {
      request: ((p: unknown) => {
        asked.push(p);
        return request();
      }) as never,
      contains: contains as never,
    },
    patience,
  );
  return { said, asked, done };
}

describe('askPortal', () => {
  it('granted: asked for the one origin in the click, said allowed only once the browser holds it', async () => {
    const r = run(' https://kiemdiem.tinh.gov.vn/trang/mau-2b ', async () => true);
    // The request went out before anything was awaited (the click's gesture), "asking" said at once.
    expect(r.asked).toEqual([{ origins: ['https://kiemdiem.tinh.gov.vn/*'] }]);
    expect(r.said).toEqual(['asking']);
    await r.done;
    expect(r.said).toEqual(['asking', 'granted']);
  });

  it('refused, or granted but not held when read back: not allowed', async () => {
    const refused = run('https://a.gov.vn', async () => false);
    await refused.done;
    expect(refused.said).toEqual(['asking', 'refused']);
    const notHeld = run(
      'https://a.gov.vn',
      async () => true,
      async () => false,
    );
    await notHeld.done;
    expect(notHeld.said).toEqual(['asking', 'refused']);
  });

  it('the browser cannot ask (the request throws or fails): said so, nothing claimed', async () => {
    const throws = run('https://a.gov.vn', () => {
      throw new Error('This function must be called during a user gesture');
    });
    await throws.done;
    expect(throws.said).toEqual(['asking', 'could-not-ask']);
    const rejects = run('https://a.gov.vn', () => Promise.reject(new Error('no prompt')));
    await rejects.done;
    expect(rejects.said).toEqual(['asking', 'could-not-ask']);
  });

  it('no answer in time: said so; an answer coming later still replaces that', async () => {
    let answer: (v: boolean) => void = () => undefined;
    const r = run('http://127.0.0.1:8765', () => new Promise((resolve) => (answer = resolve)), undefined, 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(r.said).toEqual(['asking', 'no-answer']);
    answer(true);
    await r.done;
    expect(r.said).toEqual(['asking', 'no-answer', 'granted']);
  });

  it('an address that is not a web portal: refused before anything is asked', async () => {
    for (const bad of ['', 'kiemdiem', 'ftp://a.gov.vn', 'file:///etc/passwd']) {
      const r = run(bad, async () => true);
      await r.done;
      expect(r.asked).toEqual([]);
      expect(r.said).toEqual(['bad-origin']);
    }
  });

  it('each status is in both languages and names the origin', () => {
    for (const kind of ['asking', 'granted', 'refused', 'could-not-ask', 'no-answer'] as const) {
      const text = portalAskText({ kind, origin: 'https://a.gov.vn', seconds: 30 });
      expect(text.vi).toContain('https://a.gov.vn');
      expect(text.en).toContain('https://a.gov.vn');
      expect(text.vi).not.toBe(text.en);
    }
  });
});
