import { describe, expect, it } from 'vitest';
import { coversOf, type Stuck, stuckIn } from './note-covers';

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
