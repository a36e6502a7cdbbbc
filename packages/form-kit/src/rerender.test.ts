import { describe, expect, it } from 'vitest';
import { boxOf, selectBehind } from './enhanced';
import { fillForm } from './plan';
import { type RowKit, registerRowKit } from './row-kit';

// A form that a change draws anew (a template app's render()): each input or change event writes
// the state and replaces every element of the form with new ones holding the state's values.
// `drops`: a field whose events the page's state ignores (its redraw empties it again).
function redrawing(drops = ''): { state: Record<string, string>; renders: () => number } {
  const state: Record<string, string> = { ten: '', xl: '' };
  let renders = 0;
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const render = () => {
    renders++;
    root.innerHTML = `<label for="ten">Họ và tên</label><input id="ten" name="ten">
      <label for="xl">Đề xuất xếp loại</label><select id="xl" name="xl"><option value="">--</option><option value="tot">Hoàn thành tốt nhiệm vụ</option></select>`;
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      el.value = state[el.name] ?? '';
      for (const type of ['input', 'change'])
        el.addEventListener(type, () => {
          if (el.name !== drops) state[el.name] = el.value;
          render();
        });
    }
  };
  render();
  return { state, renders: () => renders };
}

describe('a field the page replaced while it was written', () => {
  it('an enhanced-select lookup on a select no longer in the page answers "none" (it threw: its root is an element)', () => {
    const form = document.createElement('div');
    form.innerHTML = '<select id="x"><option>a</option></select>';
    const select = form.querySelector('select') as HTMLSelectElement;
    expect(select.getRootNode()).toBe(form);
    expect(boxOf(select)).toBeNull();
    expect(selectBehind(select)).toBeNull();
  });

  it('is found again by its locator and read back from the live element; undo finds each one again and puts it back', async () => {
    const page = redrawing();
    const report = await fillForm(document, [
      { key: 'proposedLevel', locator: { name: 'xl' }, value: 'Hoàn thành tốt nhiệm vụ' },
      { key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Văn A' },
    ]);
    expect(page.renders()).toBeGreaterThan(1);
    expect(Object.values(report.results).map((r) => r.status)).toEqual(['held', 'held']);
    expect(report.summary.vi).toBe('Đã điền 2/2');
    expect(page.state).toEqual({ ten: 'Nguyễn Văn A', xl: 'tot' });
    const undone = await report.undo();
    expect([...undone.restored].sort()).toEqual(['proposedLevel', 'subject.name']);
    expect(page.state).toEqual({ ten: '', xl: '' });
  });

  it('a page whose redraw loses the value (its state never took it) is counted not filled, never "Đã điền"', async () => {
    const page = redrawing('ten');
    const report = await fillForm(document, [{ key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'X' }]);
    expect(report.results['subject.name']?.status).toBe('not-held');
    expect(report.summary.vi).toBe('Đã điền 0/1; chưa điền được: "Họ và tên": trang không giữ giá trị đã điền.');
    expect(page.state.ten).toBe('');
  });
});

describe('an unexpected error outside any one step', () => {
  it('the report says what was filled before it, names the error, and undo still puts back every field written', async () => {
    const page = redrawing();
    // Row code whose last call breaks (after the fields were written and read back).
    registerRowKit({
      taskCellName: () => undefined,
      nameCells: () => {
        throw new Error('hỏng');
      },
    } as unknown as RowKit);
    try {
      const report = await fillForm(document, [
        { key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Văn A' },
      ]);
      expect(report.summary.vi).toBe(
        'Đã điền 1/1. Sau đó gặp lỗi bất ngờ (Error: hỏng) nên dừng; "Hoàn tác" vẫn dùng được.',
      );
      expect(report.summary.en).toBe(
        'Filled 1/1. Then an unexpected error (Error: hỏng) stopped it; Undo still works.',
      );
      expect(page.state.ten).toBe('Nguyễn Văn A');
      const undone = await report.undo();
      expect(undone.restored).toEqual(['subject.name']);
      expect(page.state.ten).toBe('');
    } finally {
      registerRowKit(undefined as unknown as RowKit);
    }
  });
});
