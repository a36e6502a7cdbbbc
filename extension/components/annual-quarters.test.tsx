import { cleanup, render } from '@testing-library/preact';
import { readYear } from '@tusoi/ui';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnualQuarters } from './annual-quarters';
import type { YearQuartersState } from './use-year-quarters';

afterEach(cleanup);

// "Các quý trong năm" names a quarter whose stored draft could not be read, in the language set.
const annual = { period: { year: 2026 }, subject: { kind: 'staff', name: 'Trần Thị Thử' } };
const year: YearQuartersState = {
  kind: 'read',
  found: [undefined, { id: 'q2' } as never, undefined, undefined],
  quarters: [undefined, undefined, undefined, undefined],
  unreadable: [
    { quarter: 2, why: { vi: 'không mở được bằng khoá hiện tại', en: 'cannot be opened with the current key' } },
  ],
};

describe('AnnualQuarters', () => {
  for (const [lang, said, other] of [
    [
      'vi',
      'Không đọc được bản kiểm điểm đã lưu của quý II/2026 (không mở được bằng khoá hiện tại)',
      'could not be read',
    ],
    [
      'en',
      'The stored self-review of quarter II/2026 (cannot be opened with the current key) could not be read',
      'Không',
    ],
  ] as const)
    it(`an unreadable quarter is named in the language set (${lang}), not in the other`, () => {
      const view = render(
        <AnnualQuarters
          year={year}
          reading={readYear(annual, year.kind === 'read' ? year.quarters : [])}
          draft={annual}
          lang={lang}
          onOpen={() => undefined}
        />,
      );
      const notice = view.getByTestId('unreadable-quarters').textContent ?? '';
      expect(notice).toContain(said);
      expect(notice).not.toContain(other);
    });

  it('nothing is said when every quarter found was read', () => {
    const view = render(
      <AnnualQuarters
        year={{ ...year, unreadable: [] }}
        reading={readYear(annual, [])}
        draft={annual}
        lang="vi"
        onOpen={() => undefined}
      />,
    );
    expect(view.queryByTestId('unreadable-quarters')).toBeNull();
  });
});
