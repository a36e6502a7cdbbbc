import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { FORMMAP_FORMAT, type FormMap } from './formmap';

// The name a portal fills from the login (read-only): told when it is not the draft's, never written.
const map = (steps: FormMap['steps']): FormMap => ({
  format: FORMMAP_FORMAT,
  id: 'test',
  title: { vi: 'Thử', en: 'Test' },
  match: ['http://localhost/*'],
  steps,
});
const byName = map([{ field: 'subject.name', locator: { name: 'ho_ten' } }]);
const none = map([{ field: 'review.strengths', locator: { name: 'uu' } }]);
const draft = (name: string) => ({ subject: { kind: 'staff', name }, review: { strengths: 'Tốt.' } }) as never;
const named = (html: string, m: FormMap, name = 'Nguyễn Văn A') => {
  document.body.innerHTML = html;
  return checkForm(document, m, draft(name)).filter((p) => p.field === 'subject.name');
};

describe('checkForm: a read-only name unlike the draft', () => {
  it('a readonly or disabled box: said (vi, then en), beside the box, and that Tự Soi does not change it', () => {
    for (const lock of ['readonly', 'disabled']) {
      const [p, ...more] = named(`<input name="ho_ten" value="Nguyễn Văn B" ${lock}>`, byName);
      expect(more).toEqual([]);
      expect(p?.code).toBe('READONLY_DIFFERS');
      expect(p?.element).toBe(document.querySelector('[name=ho_ten]'));
      expect(p?.message.vi).toMatch(
        /^"Họ và tên" trên trang là "Nguyễn Văn B" .*bản kiểm điểm ghi "Nguyễn Văn A"\. Tự Soi không sửa ô này/,
      );
      expect(p?.message.en).toContain('Tự Soi does not change it');
    }
  });

  it('the same name as people read it (case, spacing, composed or not) is no problem', () => {
    const nfd = 'Nguyễn Văn A'.normalize('NFD');
    expect(named(`<input name="ho_ten" value="  NGUYỄN   văn a " readonly>`, byName)).toEqual([]);
    expect(named(`<input name="ho_ten" value="${nfd}" readonly>`, byName)).toEqual([]);
    expect(named('<table><tr><td>Họ và tên:</td><td>nguyễn  VĂN a</td></tr></table>', none)).toEqual([]);
    // One letter apart is another name.
    expect(named(`<input name="ho_ten" value="Nguyễn Văn Á" readonly>`, byName).map((p) => p.code)).toEqual([
      'READONLY_DIFFERS',
    ]);
  });

  it('plain text beside the label, with no map step for the name: the cell after the label, the text after it, or after the colon', () => {
    const cases = [
      '<table><tr><td>Họ và tên:</td><td id="v">Trần Thị B</td></tr></table>',
      '<dl><dt>Họ tên</dt><dd id="v">Trần Thị B</dd></dl>',
      '<p><span id="v">Họ và tên:</span> Trần Thị B<br>Đơn vị: Phòng Tổ chức</p>',
      '<table><tr><td id="v">Họ và tên: <b>Trần Thị B</b></td></tr></table>',
    ];
    for (const html of cases) {
      const [p] = named(html, none);
      expect(p?.message.vi, html).toContain('"Họ và tên" trên trang là "Trần Thị B"');
      expect(p?.element, html).toBe(document.getElementById('v'));
    }
  });

  it('an editable name box is compared as any field (DIFFERS_FROM_DRAFT), another person’s name field is not the name', () => {
    expect(named('<input name="ho_ten" value="Nguyễn Văn B">', byName).map((p) => p.code)).toEqual([
      'DIFFERS_FROM_DRAFT',
    ]);
    expect(named('<p>Họ và tên người nhận xét: Lê Văn C</p>', none)).toEqual([]);
    expect(
      named('<table><tr><td>Họ và tên:</td><td><input name="x" value="Lê Văn C"></td></tr></table>', none),
    ).toEqual([]);
    // Dots left for a signature's name are no name.
    expect(named('<p>Họ và tên: ............................</p>', none)).toEqual([]);
    // Nothing shown: nothing to compare.
    expect(named('<input name="ho_ten" value="" readonly>', byName).map((p) => p.code)).toEqual(['EMPTY_REQUIRED']);
  });
});
