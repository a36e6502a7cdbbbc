import { describe, expect, it } from 'vitest';
import { coversOf, paints, type Stuck, stuckIn } from './note-covers';

const page = (html: string) => {
  document.body.innerHTML = html;
};
const $ = (css: string) => document.querySelector(css) as Element;

describe('stuckIn', () => {
  it('finds fixed and sticky parts, in the page and in its open shadow roots; not those the pointer passes through, nor our notes', () => {
    page(`<nav id="nav" style="position:fixed;top:0">Trang</nav>
      <table><thead><tr><th id="th" style="position:sticky;top:0">Tiêu chí</th></tr></thead><tbody><tr><td><input id="f"></td></tr></tbody></table>
      <div id="deco" style="position:fixed;inset:0;pointer-events:none"></div>
      <tusoi-note style="position:fixed"></tusoi-note><x-bar id="host"></x-bar><p style="position:relative">Đoạn</p>`);
    const root = ($('#host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="bar" style="position:fixed;bottom:0">Lưu</div>';
    const found = stuckIn(document, 'tusoi-note').map((s) => `${s.el.id}:${s.fixed}`);
    expect(found).toEqual(['nav:true', 'th:false', 'bar:true']);
  });
});

describe('coversOf', () => {
  const stuck = (): Stuck[] => [
    { el: $('#nav'), fixed: true },
    { el: $('#th'), fixed: false },
    { el: $('#dialog'), fixed: true },
    { el: $('#dialog-head'), fixed: false },
  ];
  const html = `<nav id="nav"></nav><table><thead><tr><th id="th"></th></tr></thead><tbody><tr><td><span id="in-table"></span></td></tr></tbody></table>
    <div id="dialog"><div id="dialog-head"></div><span id="in-dialog"></span></div>`;

  it('a note in the page may go under every part that stays put: the list itself, shared', () => {
    page(html);
    const list = stuck();
    expect(coversOf($('#in-table'), list)).toBe(list);
  });

  it('a note inside a fixed dialog goes only under what is inside the dialog (not the page behind, nor the dialog itself)', () => {
    page(html);
    expect(coversOf($('#in-dialog'), stuck()).map((s) => s.el.id)).toEqual(['dialog-head']);
  });

  it('a note inside a sticky cell moves with it: every other part may cover it', () => {
    page(
      `<nav id="nav"></nav><table><tr><th id="th"><span id="in-th"></span></th></tr></table><div id="dialog"><div id="dialog-head"></div></div>`,
    );
    expect(coversOf($('#in-th'), stuck()).map((s) => s.el.id)).toEqual(['nav', 'dialog', 'dialog-head']);
  });
});

describe('paints', () => {
  // Computed values as Chromium gives them (happy-dom computes none of these; the layers themselves are tested in Chromium, note-covers.spec.ts).
  const clear = {
    backgroundColor: 'rgba(0, 0, 0, 0)',
    backgroundImage: 'none',
    borderStyle: 'none',
    borderWidth: '0px',
    borderColor: 'rgb(0, 0, 0)',
    outlineStyle: 'none',
    boxShadow: 'none',
    backdropFilter: 'none',
  };
  const paints_ = (s: Partial<typeof clear>, html = '') => {
    document.body.innerHTML = `<div id="layer">${html}</div>`;
    return paints({ ...clear, ...s } as unknown as CSSStyleDeclaration, $('#layer'));
  };

  it('a transparent layer with no border, outline, shadow, backdrop filter or text of its own paints nothing (its children may)', () => {
    expect(paints_({})).toBe(false);
    expect(paints_({ backgroundColor: 'transparent' }, '<div>Hộp thoại</div> ')).toBe(false);
    expect(paints_({ backgroundColor: 'color(srgb 1 1 1 / 0)' })).toBe(false);
    expect(paints_({ borderStyle: 'solid', borderWidth: '3px', borderColor: 'rgba(0, 0, 0, 0)' })).toBe(false);
    expect(paints_({ borderStyle: 'solid', borderWidth: '0px' })).toBe(false);
  });

  it('a colour (black included, and a faint one), an image, a border, an outline, a shadow, a backdrop filter or its own words paint', () => {
    for (const s of [
      { backgroundColor: 'rgb(0, 0, 0)' },
      { backgroundColor: 'rgba(0, 0, 0, 0.5)' },
      { backgroundColor: 'rgba(255, 255, 255, 0.01)' },
      { backgroundImage: 'linear-gradient(red, blue)' },
      { borderStyle: 'solid', borderWidth: '1px' },
      // Sides that differ: the shorthand is empty.
      { borderStyle: '', borderWidth: '' },
      { outlineStyle: 'solid' },
      { boxShadow: 'rgb(0, 0, 0) 0px 0px 4px 0px' },
      { backdropFilter: 'blur(2px)' },
    ])
      expect(paints_(s), JSON.stringify(s)).toBe(true);
    expect(paints_({}, 'Đang lưu…')).toBe(true);
  });
});
