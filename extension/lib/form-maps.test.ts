import { FORMMAP_FORMAT, type FormMap, parseFormMap } from '@tusoi/form-kit';
import { describe, expect, it } from 'vitest';
import { chooseDetected, formPrint, isDetected, perForm } from './form-maps';

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
