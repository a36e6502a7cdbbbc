import { describe, expect, it } from 'vitest';
import { outcome } from './fill';
import { summarize } from './plan';

// The fill's summary line names every refused press by its own step: controls captioned alike
// (a <div> "Gửi", a button "Gửi", two "Tiếp" outside the form) are never merged into one line.

function control(html: string): Element {
  document.body.innerHTML = `<form id="f"></form>${html}`;
  return document.body.lastElementChild as Element;
}

describe('summarize: refused presses', () => {
  it('lists each refused step once, by its step number, even when their captions are the same', () => {
    const results = {
      'click-0': outcome(control('<div role="button">Gửi</div>'), 'refused', null),
      'click-1': outcome(control('<span role="button">Gửi</span>'), 'refused', null),
      'click-2': outcome(control('<button form="f">Tiếp</button>'), 'refused', null),
      'click-3': outcome(control('<input type="image" alt="Tiếp" form="f">'), 'refused', null),
    };
    expect(results['click-0'].message?.vi).toBe(results['click-1'].message?.vi);
    const { vi, en } = summarize(results);
    expect(vi.startsWith('Đã điền 0/4;')).toBe(true);
    for (const n of [1, 2, 3, 4]) expect(vi).toContain(`Bước ${n}: Không bấm`);
    for (const n of [1, 2, 3, 4]) expect(en).toContain(`Step ${n}: Not pressing`);
    // Why no press happens is said once, after the last refused step, not once per step.
    expect(vi.match(/không bao giờ gửi, xoá hay xác nhận/g)).toHaveLength(1);
    expect(en.match(/never submits, deletes or confirms/g)).toHaveLength(1);
    expect(vi.endsWith('Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng.')).toBe(true);
    expect(vi).toContain('Bước 1: Không bấm');
    expect(vi).toMatch(/Bước 1: Không bấm [^:]*«Gửi»\. Bước 2:/);
  });

  it('keeps the reason beside a single refused press', () => {
    const { vi } = summarize({
      name: { ok: true, status: 'filled', readBack: 'x', message: undefined } as never,
      'click-0': outcome(control('<button form="f">Gửi</button>'), 'refused', null),
    });
    expect(vi).toMatch(
      /^Đã điền 1\/2; chưa điền được: Bước 1: Không bấm [^:]*«Gửi»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng\.$/,
    );
  });

  it('still says a message shared by non-refused steps (cells of one missing row) once', () => {
    const missing = {
      ok: false,
      status: 'not-found',
      readBack: null,
      message: { vi: 'Thiếu dòng 3.', en: 'Row 3 missing.' },
    } as const;
    const { vi } = summarize({ 'a.0': missing, 'a.1': missing });
    expect(vi.match(/Thiếu dòng 3\./g)).toHaveLength(1);
  });
});
