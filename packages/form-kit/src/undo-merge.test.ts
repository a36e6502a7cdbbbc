import { describe, expect, it } from 'vitest';
import type { FillPlan } from './fill-plan';
import { fillForm } from './plan';

// Two fills on one page, the second given the first's undo (as the extension's content script
// does): one record, so undo takes the page back to before the first fill not undone.
function page(): Record<string, HTMLInputElement | HTMLSelectElement> {
  document.body.innerHTML = `<form>
    <label for="ten">Họ và tên</label><input id="ten" name="ten" value="Cũ">
    <label for="dv">Đơn vị</label><input id="dv" name="dv">
    <label for="cv">Chức vụ</label><input id="cv" name="cv" value="Trước">
    <label for="xl">Đề xuất xếp loại</label><select id="xl" name="xl"><option value="">--</option><option value="tot">Hoàn thành tốt nhiệm vụ</option><option value="ht">Hoàn thành nhiệm vụ</option></select>
  </form>`;
  const q = (id: string) => document.getElementById(id) as HTMLInputElement;
  return { ten: q('ten'), dv: q('dv'), cv: q('cv'), xl: q('xl') };
}
const PLAN: FillPlan = [
  { key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Văn A' },
  { key: 'subject.unit', locator: { label: 'Đơn vị' }, value: 'Phòng Tổ chức' },
  { key: 'proposedLevel', locator: { name: 'xl' }, value: 'Hoàn thành tốt nhiệm vụ' },
];
const values = (f: ReturnType<typeof page>) => Object.fromEntries(Object.entries(f).map(([k, el]) => [k, el.value]));
const type = (el: HTMLInputElement, v: string) => {
  el.value = v;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('fill, fill again, undo', () => {
  it('puts back what each field held before the first fill, counts every field, and a second undo has nothing left', async () => {
    const f = page();
    const first = await fillForm(document, PLAN);
    const second = await fillForm(document, PLAN, { previousUndo: first.undo });
    expect(second.summary.vi).toBe('Đã điền 3/3');
    const u = await second.undo();
    expect(values(f)).toEqual({ ten: 'Cũ', dv: '', cv: 'Trước', xl: '' });
    expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
    expect((await second.undo()).message.vi).toBe('Không có gì để hoàn tác.');
    // The first report's record was taken over: it undoes nothing more.
    expect((await first.undo()).message.vi).toBe('Không có gì để hoàn tác.');
  });

  it('a field only the later fill writes goes back to its own before-value; one only the earlier fill wrote is undone too', async () => {
    const f = page();
    const first = await fillForm(document, PLAN.slice(0, 2));
    const second = await fillForm(
      document,
      [PLAN[0] as FillPlan[number], { key: 'subject.position', locator: { label: 'Chức vụ' }, value: 'Trưởng phòng' }],
      { previousUndo: first.undo },
    );
    expect(values(f)).toEqual({ ten: 'Nguyễn Văn A', dv: 'Phòng Tổ chức', cv: 'Trưởng phòng', xl: '' });
    const u = await second.undo();
    expect(values(f)).toEqual({ ten: 'Cũ', dv: '', cv: 'Trước', xl: '' });
    expect([...u.restored].sort()).toEqual(['subject.name', 'subject.position', 'subject.unit']);
    expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
  });

  it("a field the user typed in between the fills goes back to the user's value, not the one before the first fill", async () => {
    const f = page();
    const first = await fillForm(document, PLAN);
    type(f.dv as HTMLInputElement, 'Phòng của tôi');
    const second = await fillForm(document, PLAN, { previousUndo: first.undo });
    expect(f.dv?.value).toBe('Phòng Tổ chức');
    const u = await second.undo();
    expect(values(f)).toEqual({ ten: 'Cũ', dv: 'Phòng của tôi', cv: 'Trước', xl: '' });
    expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
  });

  it('a fill after an undo starts a record of its own (the undone one is not merged again)', async () => {
    const f = page();
    const first = await fillForm(document, PLAN);
    await first.undo();
    type(f.ten as HTMLInputElement, 'Mới');
    const second = await fillForm(document, PLAN, { previousUndo: first.undo });
    const u = await second.undo();
    expect(values(f)).toEqual({ ten: 'Mới', dv: '', cv: 'Trước', xl: '' });
    expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
  });

  it('a field the later fill skips (only empty fields) keeps the earlier fill’s record and is undone', async () => {
    const f = page();
    const first = await fillForm(document, PLAN);
    const second = await fillForm(document, PLAN, { previousUndo: first.undo, onlyEmpty: true });
    expect(Object.values(second.results).map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    const u = await second.undo();
    expect(values(f)).toEqual({ ten: 'Cũ', dv: '', cv: 'Trước', xl: '' });
    expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
  });

  it('without previousUndo each fill keeps its own record, as before', async () => {
    const f = page();
    await fillForm(document, PLAN);
    const second = await fillForm(document, PLAN);
    await second.undo();
    expect(f.ten?.value).toBe('Nguyễn Văn A');
  });
});
