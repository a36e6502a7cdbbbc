import { FORMMAP_FORMAT, type FormMap, parseFormMap } from '@tusoi/form-kit';
import { describe, expect, it } from 'vitest';
import { TusoiDB } from './db';
import { chooseDetected, formPrint, isDetected, perForm, replacedBy, sameForm } from './form-maps';
import { Store } from './store';

// Detected maps are saved one per form: two forms of one portal host never overwrite each other,
// and a saved map is used only on the form it was made on.

/** A map as detection makes it on a page (id and title per host, as form-kit names it). */
const detected = (url: string, names: readonly string[]): FormMap => {
  const page = new URL(url);
  return {
    format: FORMMAP_FORMAT,
    id: `detected-${page.hostname}`,
    title: { vi: `Biểu mẫu nhận diện tại ${page.host}`, en: `Form detected on ${page.host}` },
    match: [`${page.origin}${page.pathname}*`],
    steps: names.map((name, i) => ({
      field: (['subject.name', 'review.strengths', 'period.quarter'] as const)[i] ?? 'subject.unit',
      locator: { name },
    })),
  };
};

const QUY = 'https://kiemdiem.tinh.gov.vn/quy/1';
const NAM = 'https://kiemdiem.tinh.gov.vn/nam/2';

describe('perForm', () => {
  it('two forms of one host get two ids, each a valid map naming its page', () => {
    const a = perForm(detected(QUY, ['hoTen', 'uuDiem', 'quy']), QUY);
    const b = perForm(detected(NAM, ['hoTen', 'uuDiem']), NAM);
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^detected-kiemdiem\.tinh\.gov\.vn-quy-1-[0-9a-f]{8}$/);
    expect(a.title.vi).toBe('Biểu mẫu nhận diện tại kiemdiem.tinh.gov.vn/quy/1');
    expect(isDetected(a) && isDetected(b)).toBe(true);
    // Saved through form-kit's own check, like every map.
    expect(parseFormMap(a).id).toBe(a.id);
  });

  it('two forms at one address get two ids; the same form detected again gets the same id', () => {
    const one = perForm(detected(QUY, ['hoTen', 'uuDiem']), QUY);
    const other = perForm(detected(QUY, ['hoTen', 'diemChung']), QUY);
    expect(other.id).not.toBe(one.id);
    expect(perForm(detected(QUY, ['hoTen', 'uuDiem']), `${QUY}?tab=2`).id).toBe(one.id);
  });

  it('criterion rows (named by the open draft’s pack) do not change a form’s fingerprint', () => {
    const map = detected(QUY, ['hoTen']);
    const withRows: FormMap = { ...map, steps: [...map.steps, { criterion: 'pl4-1.1', met: { name: 'c11' } }] };
    expect(formPrint(withRows)).toBe(formPrint(map));
  });
});

describe('chooseDetected', () => {
  const quy = perForm(detected(QUY, ['hoTen', 'uuDiem', 'quy']), QUY);
  const other = perForm(detected(QUY, ['hoTen', 'diemChung']), QUY);

  it('the map made on the form the page shows now', () => {
    expect(chooseDetected([quy, other], detected(QUY, ['hoTen', 'diemChung']))).toBe(other);
    expect(chooseDetected([quy, other], detected(QUY, ['hoTen', 'uuDiem', 'quy']))).toBe(quy);
  });

  it('a form not seen before at that address: none (it is previewed)', () => {
    expect(chooseDetected([quy], detected(QUY, ['ten', 'khac']))).toBeUndefined();
    expect(chooseDetected([quy, other], detected(QUY, ['ten', 'khac']))).toBeUndefined();
  });

  it('a per-host map saved by an earlier version keeps working on its page', () => {
    const old = detected(QUY, ['hoTen', 'uuDiem']);
    expect(isDetected(old)).toBe(true);
    expect(chooseDetected([old], detected(QUY, ['hoTen', 'uuDiem']))).toBe(old);
    // Made by an older detection: its steps may differ for the same form.
    expect(chooseDetected([old], detected(QUY, ['hoTen', 'uuDiem', 'quy']))).toBe(old);
  });

  it('nothing detected on the page now: the first matching map', () => {
    expect(chooseDetected([quy, other], null)).toBe(quy);
  });
});

/** A map with these field steps (draft field → input name), as detection or a person makes it. */
const withFields = (map: FormMap, fields: Readonly<Record<string, string>>): FormMap => ({
  ...map,
  steps: Object.entries(fields).map(([field, name]) => ({ field, locator: { name } }) as FormMap['steps'][number]),
});
const FIVE = {
  'subject.name': 'hoTen',
  'subject.unit': 'donVi',
  'review.strengths': 'uuDiem',
  'review.shortcomings': 'hanChe',
  'scores.general': 'diemChung',
};

describe('a newer detection of the same form replaces the earlier one', () => {
  const first = perForm(withFields(detected(QUY, []), FIVE), QUY);
  // Detected again later: the page grew a field, and one field is now found by another name.
  const newer = perForm(
    withFields(detected(QUY, []), { ...FIVE, 'scores.general': 'diemNhom1', 'period.quarter': 'quy' }),
    QUY,
  );
  const otherForm = perForm(withFields(detected(QUY, []), { 'subject.name': 'hoTen', 'scores.total': 'tong' }), QUY);
  const otherPage = perForm(withFields(detected(NAM, []), FIVE), NAM);
  const picked: FormMap = { ...withFields(detected(QUY, []), FIVE), id: 'custom-kiemdiem.tinh.gov.vn-quy-1' };
  const imported: FormMap = { ...withFields(detected(QUY, []), FIVE), id: 'so-noi-vu-quy' };

  it('same form: most field steps shared; another form at that address shares too few', () => {
    expect(newer.id).not.toBe(first.id);
    expect(sameForm(first, newer)).toBe(true);
    expect(sameForm(first, otherForm)).toBe(false);
    // The boundary: half of the steps of both together shared is the same form, fewer is not.
    const two = { 'subject.name': 'hoTen', 'subject.unit': 'donVi' };
    const half = withFields(first, { ...two, 'subject.cell': 'chiBo', 'review.direction': 'huong' });
    expect(sameForm(withFields(first, two), half)).toBe(true);
    expect(sameForm(withFields(first, { ...two, 'review.strengths': 'uuDiem' }), half)).toBe(false);
  });

  it('replaces only earlier detections of that form on that page: never picked, imported, another page or form', () => {
    const stored = [first, otherForm, otherPage, picked, imported];
    expect(replacedBy(stored, newer, `${QUY}?tab=1`).map((m) => m.id)).toEqual([first.id]);
    // A per-host map saved by an earlier version, of the same form: replaced too.
    const old = withFields(detected(QUY, []), FIVE);
    expect(replacedBy([old, picked], newer, QUY)).toEqual([old]);
    // A map the user picked or imported is never replaced, whatever it holds; nor is it a replacer.
    expect(replacedBy(stored, picked, QUY)).toEqual([]);
    expect(replacedBy([picked, imported], newer, QUY)).toEqual([]);
    // Saved again under its own id: nothing else to replace.
    expect(replacedBy([first], first, QUY)).toEqual([]);
  });
});

describe('Store.saveDetected (IndexedDB, read back)', () => {
  let n = 0;
  const fresh = () => new Store(new TusoiDB(`form-maps-${Date.now()}-${n++}`));
  const first = perForm(withFields(detected(QUY, []), FIVE), QUY);
  const newer = perForm(withFields(detected(QUY, []), { ...FIVE, 'period.quarter': 'quy' }), QUY);

  it('two detections of the same page leave one detected map, and say which it replaced', async () => {
    const store = fresh();
    expect((await store.saveDetected(first, QUY)).replaced).toEqual([]);
    const { replaced } = await store.saveDetected(newer, QUY);
    expect(replaced).toEqual([first.id]);
    const maps = await store.listMaps();
    expect(maps.map((m) => m.id)).toEqual([newer.id]);
    expect(maps[0]?.map.steps).toHaveLength(6);
  });

  it('a picked and an imported map of the same page are kept untouched; another page keeps its own', async () => {
    const store = fresh();
    const picked: FormMap = {
      ...first,
      id: 'custom-kiemdiem.tinh.gov.vn-quy-1',
      title: { vi: 'Tự chọn', en: 'Picked' },
    };
    const imported: FormMap = { ...first, id: 'so-noi-vu-quy', title: { vi: 'Nhập', en: 'Imported' } };
    const otherPage = perForm(withFields(detected(NAM, []), FIVE), NAM);
    for (const m of [picked, imported, otherPage, first]) await store.saveMap(m);
    const before = await store.listMaps();
    const { replaced } = await store.saveDetected(newer, QUY);
    expect(replaced).toEqual([first.id]);
    const after = await store.listMaps();
    expect(after.map((m) => m.id).sort()).toEqual([imported.id, newer.id, otherPage.id, picked.id].sort());
    for (const id of [picked.id, imported.id, otherPage.id])
      expect(after.find((m) => m.id === id)).toEqual(before.find((m) => m.id === id));
  });

  it('another form at the same address is kept beside it; a map form-kit refuses writes nothing', async () => {
    const store = fresh();
    const otherForm = perForm(withFields(detected(QUY, []), { 'subject.name': 'hoTen', 'scores.total': 'tong' }), QUY);
    await store.saveDetected(first, QUY);
    expect((await store.saveDetected(otherForm, QUY)).replaced).toEqual([]);
    await expect(store.saveDetected({ ...newer, match: [] }, QUY)).rejects.toThrow();
    expect((await store.listMaps()).map((m) => m.id).sort()).toEqual([first.id, otherForm.id].sort());
  });
});
