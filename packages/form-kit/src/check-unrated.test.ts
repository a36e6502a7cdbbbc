import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { FORMMAP_FORMAT, type FormMap } from './formmap';

const map = (steps: FormMap['steps']): FormMap => ({
  format: FORMMAP_FORMAT,
  id: 'test',
  title: { vi: 'Thử', en: 'Test' },
  match: ['http://localhost/*'],
  steps,
});

describe('checkForm: a quarter not rated (Q26-30) has no level to propose', () => {
  const levelMap = map([{ field: 'proposedLevel', locator: { name: 'muc' } }]);
  const page =
    '<select name="muc"><option value="">-- Chọn --</option><option value="1">Hoàn thành tốt nhiệm vụ</option></select>';
  it('asks for no level when the context says the quarter is not rated', () => {
    document.body.innerHTML = page;
    const draft = { period: { year: 2026, quarter: 2 }, unrated: { sickOrMaternityMonths: 3 } } as never;
    expect(checkForm(document, levelMap, draft, { unrated: true }).map((p) => p.code)).not.toContain(
      'NO_PROPOSED_LEVEL',
    );
  });
  it('still asks for one for a quarter that is rated', () => {
    document.body.innerHTML = page;
    expect(checkForm(document, levelMap, {} as never).map((p) => p.code)).toContain('NO_PROPOSED_LEVEL');
  });
});

describe('checkForm: a quarter offered as radios', () => {
  it('a quarter that differs is noted beside its radio group (not panel-only), as a select is', () => {
    document.body.innerHTML = `<fieldset><legend>Quý</legend>
      <label><input type="radio" name="q" value="1" checked> Quý I</label>
      <label><input type="radio" name="q" value="3"> Quý III</label></fieldset>`;
    const problems = checkForm(document, map([{ field: 'period.quarter', locator: { name: 'q' } }]), {
      period: { year: 2026, quarter: 3 },
    } as never);
    const quarter = problems.find((p) => p.field === 'period.quarter');
    expect(quarter?.code).toBe('DIFFERS_FROM_DRAFT');
    expect(quarter?.panelOnly).toBeUndefined();
    expect(quarter?.element).not.toBeNull();
    expect(quarter?.message.vi).toContain('bản kiểm điểm là "Quý III/2026"');
  });
});
