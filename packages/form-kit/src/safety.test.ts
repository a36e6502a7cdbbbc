import { beforeEach, describe, expect, it } from 'vitest';
import { fillForm } from './plan';
import { activationTargets, foldCaption, refusal } from './safety';
import { ALLOWED_CASES, REFUSED_CASES, SAFETY_PAGE } from './safety-cases';

beforeEach(() => {
  // Scripts are not run by this DOM: the page's own recording is checked in Chromium.
  document.body.innerHTML = SAFETY_PAGE;
});
const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('refusal', () => {
  for (const [id, what] of Object.entries(REFUSED_CASES)) {
    it(`refuses ${what}, saying why in Vietnamese and English`, () => {
      const reason = refusal(byId(id));
      expect(reason?.vi).toMatch(/^Không bấm /);
      expect(reason?.en).toMatch(/^Not pressing /);
    });
  }
  for (const [id, what] of Object.entries(ALLOWED_CASES)) {
    it(`lets a map press ${what}`, () => {
      expect(refusal(byId(id))).toBeNull();
    });
  }

  it('names what it refuses: submit by type, delete by caption, navigation by href', () => {
    expect(refusal(byId('span-in-submit'))?.vi).toContain('nút gửi/nộp biểu mẫu');
    expect(refusal(byId('nfd-xoa'))?.en).toContain('a delete or cancel control');
    expect(refusal(byId('link-xac-nhan'))?.en).toContain('a link to another page');
  });

  it('resolves what a click activates: the button around a span, the control a label is for', () => {
    expect(activationTargets(byId('span-in-submit')).map((e) => e.localName)).toEqual(['span', 'button']);
    expect(activationTargets(byId('label-for-submit')).map((e) => e.id)).toContain('sub2');
  });

  it('folds NFD, soft hyphens, đ and tone marks alike', () => {
    expect(foldCaption('G\u00ADửi'.normalize('NFD'))).toBe(' gui ');
    expect(foldCaption('Xoá')).toBe(foldCaption('Xóa'.normalize('NFD')));
    expect(foldCaption('Đồng ý')).toBe(' dong y ');
  });

  it('a button without type is a submit only with a form owner', () => {
    expect(refusal(byId('form-attr-submit'))?.en).toContain('a submit button');
    expect(refusal(byId('no-form-button'))).toBeNull();
  });
});

describe('form-kit never presses a refused control, and reports each refusal', () => {
  it('click steps and checkbox fills are refused with the reason; allowed ones are pressed', async () => {
    const clicked: string[] = [];
    document.addEventListener('click', (e) => clicked.push((e.target as Element).id), true);
    const plan = [
      ...Object.keys(REFUSED_CASES).map((id) => ({ key: id, locator: { css: `#${id}` }, click: true as const })),
      { key: 'checkbox-xoa#fill', locator: { css: '#checkbox-xoa' }, value: true },
      { key: 'tiep-tuc', locator: { css: '#tiep-tuc' }, click: true as const },
      { key: 'checkbox-dam-bao', locator: { css: '#checkbox-dam-bao' }, value: true },
    ];
    const { results } = await fillForm(document, plan, { highlightMs: 0 });
    for (const id of Object.keys(REFUSED_CASES)) {
      expect(results[id]).toMatchObject({ ok: false, error: 'refused', reason: { vi: expect.any(String) } });
    }
    expect(results['checkbox-xoa#fill']).toMatchObject({ ok: false, error: 'refused' });
    expect((byId('checkbox-xoa') as HTMLInputElement).checked).toBe(false);
    expect(results['tiep-tuc']?.ok).toBe(true);
    expect(results['checkbox-dam-bao']?.ok).toBe(true);
    expect(clicked).toEqual(['tiep-tuc', 'checkbox-dam-bao']);
  });
});

describe('inline code that posts the page back or submits (refused before any press)', () => {
  const cases: [string, string][] = [
    [
      'button-dopostback',
      `<input type="button" value="Thêm dòng" onclick="javascript:__doPostBack('ctl00$MainContent$btnThemDong','')">`,
    ],
    ['link-dopostback', `<a href="javascript:__doPostBack('ctl00$gv','Add$0')">Thêm dòng</a>`],
    [
      'with-options',
      `<a href="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions('x', '', true, '', '', false, true))">Thêm</a>`,
    ],
    ['submit-call', `<button type="button" onclick="this.form.submit()">+ Thêm</button>`],
    ['request-submit', `<span role="button" onclick="document.forms[0].requestSubmit(); return false">+</span>`],
  ];
  for (const [id, html] of cases)
    it(`refuses ${id}, naming it and saying it posts the page back`, () => {
      document.body.innerHTML = `<form>${html.replace(/^<(\w+)/, `<$1 id="${id}"`)}</form>`;
      const why = refusal(byId(id));
      expect(why?.vi).toMatch(/^Không bấm nút gửi trang về máy chủ \(postback\) «(Thêm dòng|Thêm|\+ Thêm|\+)»/);
      expect(why?.en).toMatch(/^Not pressing a button that posts the page back “/);
    });
  it('lets a button press whose inline code adds a row, or a javascript:void(0) link', () => {
    document.body.innerHTML = `<input type="button" id="a" value="Thêm dòng" onclick="themDong(); return false;"><a id="b" href="javascript:void(0)" onclick="addRow()">+ Thêm</a>`;
    expect(refusal(byId('a'))).toBeNull();
    expect(refusal(byId('b'))).toBeNull();
  });
});

describe('press puts back the postback fields a press changed', () => {
  it('restores __EVENTTARGET and __EVENTARGUMENT, refuses the press and says so', async () => {
    const { press, stoppedPress } = await import('./press');
    document.body.innerHTML = `<form><input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="a"><input type="button" id="b" value="Thêm dòng"></form>`;
    const b = byId('b');
    const [target, arg] = [...document.querySelectorAll('input[type=hidden]')] as HTMLInputElement[];
    b.addEventListener('click', () => {
      (target as HTMLInputElement).value = 'ctl00$MainContent$btnThemDong';
      (arg as HTMLInputElement).value = '';
    });
    expect(press(b)).toBe(false);
    expect([target?.value, arg?.value]).toEqual(['', 'a']);
    expect(stoppedPress(b)?.vi).toContain('trả lại __EVENTTARGET/__EVENTARGUMENT như trước');
    // A later press that changes nothing is not charged with the earlier one.
    b.replaceWith(b.cloneNode(true));
    expect(press(byId('b'))).toBe(true);
    expect(stoppedPress(byId('b'))).toBeNull();
  });
});
