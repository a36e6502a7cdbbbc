import { describe, expect, it } from 'vitest';
import { fillField, formatNumber, isDangerous, locate, locatorFor, readBack, textMatches } from './index';
import { fillForm } from './plan';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('textMatches', () => {
  it.each([
    ['Đơn vị công tác:', 'đơn vị công tác', 'exact'],
    ['Hoá đơn', 'hóa đơn', 'exact'],
    ['Nhóm tiêu chí chung', 'nhom tieu chi', 'start'],
    ['1. Nhóm tiêu chí chung (tối đa 30 điểm) *', 'Nhóm tiêu chí chung', 'exact'],
    ['II. Hạn chế, khuyết điểm', 'hạn chế, khuyết điểm', 'exact'],
    ['Thành phần A — Tổ chức sinh hoạt chi bộ', 'Chi bộ', null],
    ['Chi bộ Văn phòng', 'Chi b', null],
    ['Tổng điểm', 'Tông điểm', null],
  ])('%s ~ %s → %s', (text, wanted, expected) => {
    expect(textMatches(text, wanted)).toBe(expected);
  });
});

describe('locate', () => {
  it('finds by label (wrapping or for=), aria-label, name, CSS and table row × column', () => {
    const doc = page(`
      <label>Họ và tên <input name="a"></label>
      <label for="b">Đơn vị</label><input id="b" name="bb">
      <input aria-label="Chi bộ" name="c">
      <table id="t"><thead><tr><th>Tiêu chí</th><th>Điểm đạt</th></tr></thead>
        <tbody><tr><td>Về chính trị</td><td><input name="x1"></td></tr><tr><td>Về tự phê bình</td><td><input name="x2"></td></tr></tbody></table>`);
    expect(locate(doc, { label: 'ho va ten' })?.getAttribute('name')).toBe('a');
    expect(locate(doc, { label: 'Đơn vị' })?.getAttribute('name')).toBe('bb');
    expect(locate(doc, { label: 'chi bộ' })?.getAttribute('name')).toBe('c');
    expect(locate(doc, { name: 'bb' })?.id).toBe('b');
    expect(locate(doc, { css: '#t input' })?.getAttribute('name')).toBe('x1');
    expect(locate(doc, { table: 't', row: 'Về tự phê bình', column: 'Điểm đạt' })?.getAttribute('name')).toBe('x2');
    expect(locate(doc, { label: 'không có' })).toBeNull();
  });

  it('prefers an exact label over one that merely contains the text', () => {
    const doc = page('<label>Tổng điểm nhóm chung <input name="a"></label><label>Tổng điểm <input name="b"></label>');
    expect(locate(doc, { label: 'Tổng điểm' })?.getAttribute('name')).toBe('b');
  });
});

describe('locatorFor', () => {
  it('names a clicked field by name, id or label, and nothing else', () => {
    const doc = page('<input name="a"><input id="b"><label>Chi bộ <input></label><span id="s">x</span>');
    const [a, b, c] = [...doc.querySelectorAll('input')];
    expect([a, b, c].map((el) => locatorFor(el as Element))).toEqual([
      { name: 'a' },
      { css: '#b' },
      { label: 'Chi bộ' },
    ]);
    expect(locatorFor(doc.getElementById('s') as Element)).toBeNull();
  });
});

describe('fillField', () => {
  it('fills text through the native setter with input and change events, and reads it back', () => {
    const doc = page('<input name="a">');
    const el = doc.querySelector('input') as HTMLInputElement;
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    expect(fillField(el, 'Nguyễn Văn A')).toMatchObject({ ok: true, status: 'held', readBack: 'Nguyễn Văn A' });
    expect(seen).toEqual(['input', 'change']);
  });

  it('picks radios by value or label, checkboxes by state, selects by text', () => {
    const doc = page(`<label><input type="radio" name="r" value="1"> Hoàn thành xuất sắc nhiệm vụ</label>
      <label><input type="radio" name="r" value="2"> Hoàn thành tốt nhiệm vụ</label>
      <input type="checkbox" name="c"><select name="s"><option value="">—</option><option value="HTNV">Hoàn thành nhiệm vụ</option></select>`);
    expect(fillField(doc.querySelector('[name=r]') as Element, 'Hoàn thành tốt nhiệm vụ').ok).toBe(true);
    expect((doc.querySelector('[value="2"]') as HTMLInputElement).checked).toBe(true);
    expect(fillField(doc.querySelector('[name=c]') as Element, true)).toMatchObject({ ok: true, readBack: true });
    expect(fillField(doc.querySelector('[name=s]') as Element, 'Hoàn thành nhiệm vụ')).toMatchObject({
      ok: true,
      readBack: 'HTNV',
    });
    expect(fillField(doc.querySelector('[name=r]') as Element, 'Không có').error).toBe('no-such-choice');
  });

  it('chooses each part of "A; B" in a multiple select (one input and change), reads all back, and undoes to the earlier ones', async () => {
    const doc = page(`<label for="dv">Đơn vị phối hợp</label><select id="dv" multiple>
      <option value="vp" selected>Văn phòng Đảng ủy</option><option value="tc">Ban Tổ chức</option><option value="kt">Ủy ban Kiểm tra</option></select>`);
    const el = doc.querySelector('select') as HTMLSelectElement;
    const heard: string[] = [];
    el.addEventListener('change', () =>
      heard.push(
        [...el.options]
          .filter((o) => o.selected)
          .map((o) => o.value)
          .join(),
      ),
    );
    const r = await fillForm(doc, [
      { key: 'units', locator: { label: 'Đơn vị phối hợp' }, value: 'Ban Tổ chức; Ủy ban Kiểm tra' },
    ]);
    expect(r.results.units).toMatchObject({ ok: true, status: 'held', readBack: 'tc\nkt' });
    expect(heard).toEqual(['tc,kt']);
    expect((await r.undo()).message.vi).toBe('Đã hoàn tác 1/1.');
    expect(readBack(el)).toBe('vp');
    // One part the select does not offer: nothing is chosen, and that part is named.
    expect(fillField(el, 'Ban Tổ chức; Ban Kinh tế')).toMatchObject({ ok: false, status: 'no-such-choice' });
    expect(readBack(el)).toBe('vp');
  });

  it('writes numbers as the field accepts them', () => {
    const doc = page('<input type="number" name="n"><input name="t" pattern="\\d+(,\\d+)?"><input name="u">');
    expect(formatNumber(doc.querySelector('[name=n]') as Element, 2.5)).toBe('2.5');
    expect(formatNumber(doc.querySelector('[name=t]') as Element, 2.5)).toBe('2,5');
    document.documentElement.lang = 'en';
    expect(formatNumber(doc.querySelector('[name=u]') as Element, 2.5)).toBe('2.5');
    document.documentElement.lang = 'vi';
    expect(formatNumber(doc.querySelector('[name=u]') as Element, 2.5)).toBe('2,5');
    expect(formatNumber(doc.querySelector('[name=u]') as Element, 2.5, '.')).toBe('2.5');
  });

  it('never presses what submits, completes or deletes', () => {
    const doc = page(
      '<form><button>Gửi</button><button type="button">Xoá trắng</button><button type="button" aria-pressed="false">Đảm bảo</button><input type="submit" value="Nộp"></form>',
    );
    const [send, wipe, toggle] = [...doc.querySelectorAll('button')];
    expect(isDangerous(send as Element)).toBe(true);
    expect(isDangerous(wipe as Element)).toBe(true);
    expect(isDangerous(toggle as Element)).toBe(false);
    expect(isDangerous(doc.querySelector('input') as Element)).toBe(true);
    let submitted = false;
    doc.querySelector('form')?.addEventListener('submit', (e) => {
      submitted = true;
      e.preventDefault();
    });
    expect(fillField(send as Element, true).error).toBe('refused');
    expect(submitted).toBe(false);
  });
});

describe('fillForm', () => {
  it('fills a plan, leaves non-empty fields with onlyEmpty, and undo restores exactly', async () => {
    const doc = page(
      '<label>Họ và tên <input name="a" value="Cũ"></label><label>Đơn vị <input name="b"></label><label><input type="checkbox" name="c"> Cam đoan</label>',
    );
    const plan = [
      { key: 'name', locator: { label: 'Họ và tên' }, value: 'Mới' },
      { key: 'unit', locator: { label: 'Đơn vị' }, value: 'Phòng Tổ chức' },
      { key: 'pledge', locator: { name: 'c' }, value: true },
      { key: 'missing', locator: { label: 'Không có' }, value: 'x' },
    ] as const;
    const only = await fillForm(doc, plan, { onlyEmpty: true });
    expect(readBack(doc.querySelector('[name=a]') as Element)).toBe('Cũ');
    expect(only.results.missing?.error).toBe('not-found');
    await only.undo();
    const full = await fillForm(doc, plan);
    expect([...doc.querySelectorAll('input')].map((i) => readBack(i))).toEqual(['Mới', 'Phòng Tổ chức', true]);
    expect((await full.undo()).message.vi).toBe('Đã hoàn tác 3/3.');
    expect((await full.undo()).message.vi).toBe('Không có gì để hoàn tác.');
    expect([...doc.querySelectorAll('input')].map((i) => readBack(i))).toEqual(['Cũ', '', false]);
  });
});

describe('writing like a person', () => {
  it('types with focus, keydown, keypress, input, keyup, change, blur in that order', () => {
    const doc = page('<input name="a">');
    const el = doc.querySelector('input') as HTMLInputElement;
    const seen: string[] = [];
    for (const t of ['focus', 'focusin', 'keydown', 'keypress', 'input', 'keyup', 'change', 'blur', 'focusout'])
      el.addEventListener(t, () => seen.push(t));
    fillField(el, 'x');
    expect(seen).toEqual(['focus', 'focusin', 'keydown', 'keypress', 'input', 'keyup', 'change', 'blur', 'focusout']);
  });

  it('never writes read-only or disabled fields (also in a disabled fieldset), nor past maxlength', () => {
    const doc = page(`<input name="r" readonly value="A"><input name="d" disabled value="B">
      <fieldset disabled><input name="f" value="C"></fieldset><input name="m" maxlength="3">`);
    const get = (n: string) => doc.querySelector(`[name=${n}]`) as HTMLInputElement;
    expect(fillField(get('r'), 'x').status).toBe('locked');
    expect(fillField(get('d'), 'x').status).toBe('locked');
    expect(fillField(get('f'), 'x').status).toBe('locked');
    expect(fillField(get('m'), 'abcd').status).toBe('too-long');
    expect(['r', 'd', 'f', 'm'].map((n) => get(n).value)).toEqual(['A', 'B', 'C', '']);
  });

  it('a button without type submits only inside a form', () => {
    const doc = page('<button id="out">Đạt</button><form><button id="in">Đạt</button></form>');
    expect(isDangerous(doc.getElementById('out') as Element)).toBe(false);
    expect(isDangerous(doc.getElementById('in') as Element)).toBe(true);
  });
});

describe('locatorFor in a table of repeated controls', () => {
  it('tells repeated unnamed controls apart by row × column, names a button choice by its group, never a submit button', () => {
    const doc =
      page(`<table><thead><tr><th>Mã</th><th>Nhiệm vụ</th><th>Ghi chú</th><th>Đánh giá</th></tr></thead><tbody>
      <tr><td>1</td><td>Báo cáo quý</td><td><input aria-label="Ghi chú"></td><td><button>Đạt</button><button>Không đạt</button></td></tr>
      <tr><td>2</td><td>Sinh hoạt chi bộ</td><td><input aria-label="Ghi chú"></td><td><button>Đạt</button><button>Không đạt</button></td></tr>
      </tbody></table><form><button>Gửi</button></form>`);
    const [, second] = [...doc.querySelectorAll('input')];
    expect(locatorFor(second as Element)).toEqual({ table: '', row: '2 Sinh hoạt chi bộ', column: 'Ghi chú' });
    expect(locate(doc, locatorFor(second as Element) as never)).toBe(second);
    const notMet = doc.querySelectorAll('tbody tr')[0]?.querySelectorAll('button')[1] as Element;
    expect(locatorFor(notMet)).toEqual({ table: '', row: '1 Báo cáo quý', column: 'Đánh giá' });
    expect(locatorFor(doc.querySelector('form button') as Element)).toBeNull();
  });
});

describe('pageError', () => {
  it('reads the page’s error words beside a field, not a red required star', async () => {
    const { pageError } = await import('./page-error');
    const doc = page(
      '<div class="form-group"><label>Điểm <span class="text-danger">*</span></label><input name="a"><span class="err"></span></div>',
    );
    const el = doc.querySelector('input') as Element;
    expect(pageError(el)).toBeNull();
    (doc.querySelector('.err') as Element).textContent = 'Điểm không hợp lệ';
    expect(pageError(el)).toBe('Điểm không hợp lệ');
  });
});

describe('fields that appear during a fill', () => {
  it('a field the page adds after a write (no press, no wait) is still found', async () => {
    const doc = page('<label>Điểm <input name="a"></label><div id="more"></div>');
    (doc.querySelector('[name=a]') as Element).addEventListener('change', () => {
      const label = doc.createElement('label');
      label.textContent = 'Lý do ';
      label.append(doc.createElement('input'));
      doc.getElementById('more')?.append(label);
    });
    const r = await fillForm(doc, [
      { key: 'a', locator: { label: 'Điểm' }, value: 'x' },
      { key: 'why', locator: { label: 'Lý do' }, value: 'Vì' },
    ]);
    expect(r.summary.vi).toBe('Đã điền 2/2');
  });
});
