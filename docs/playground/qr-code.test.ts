import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-code';

/** The dark cells of a path of unit squares "M{x} {y}h1v1h-1z". */
const cells = (d: string) => new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));

describe('qrPath', () => {
  it('draws the three finder patterns inside a 4-module quiet zone, rows as y and columns as x', () => {
    const { size, d } = qrPath('http://127.0.0.1/playground/index.html#s=eyJ2IjoxfQ');
    const dark = cells(d);
    const n = size - 8;
    expect((n - 17) % 4).toBe(0);
    for (const [ox, oy] of [
      [4, 4],
      [4 + n - 7, 4],
      [4, 4 + n - 7],
    ] as const) {
      // Each finder: a dark 7×7 ring, a light ring, a dark 3×3 centre.
      expect(dark.has(`${ox},${oy}`)).toBe(true);
      expect(dark.has(`${ox + 6},${oy + 6}`)).toBe(true);
      expect(dark.has(`${ox + 1},${oy + 1}`)).toBe(false);
      expect(dark.has(`${ox + 3},${oy + 3}`)).toBe(true);
    }
    expect([...dark].every((c) => c.split(',').every((v) => Number(v) >= 4 && Number(v) < 4 + n))).toBe(true);
  });

  it('a link longer than the largest QR code throws (the view then says so)', () => {
    expect(() => qrPath('x'.repeat(8000))).toThrow();
  });
});
