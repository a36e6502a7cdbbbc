import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { FORMMAP_FORMAT, type FormMap } from './formmap';

const map: FormMap = {
  format: FORMMAP_FORMAT,
  id: 'test',
  title: { vi: 'Thử', en: 'Test' },
  match: ['http://localhost/*'],
  steps: [
    { field: 'review.strengths', locator: { name: 'uu' } },
    { field: 'review.shortcomings', locator: { name: 'han' } },
  ],
};

describe('checkForm: a required text empty on the page', () => {
  it('says plainly when the draft has nothing for it either; else "Chưa nhập" alone', () => {
    document.body.innerHTML = '<textarea name="uu"></textarea><textarea name="han"></textarea>';
    const problems = checkForm(document, map, { review: { strengths: 'Tốt.', shortcomings: [] } } as never);
    const said = Object.fromEntries(problems.map((p) => [p.field, p.message.vi]));
    expect(said['review.strengths']).toBe('Chưa nhập "Ưu điểm, kết quả đạt được".');
    expect(said['review.shortcomings']).toMatch(/^Chưa nhập "[^"]+"; bản kiểm điểm cũng chưa có: hãy viết/);
  });
});
