import {
  applyQuota,
  type CohortResult,
  cohortFromCsv,
  formatNumber,
  type InputIssue,
  type Lang,
  LEVEL_NAMES,
  QUOTA_RATES,
  TusoiInputError,
} from '@tusoi/rubric-core';
import { useMemo, useState } from 'preact/hooks';

const T = {
  vi: {
    title: 'Tỉ lệ xuất sắc của chi bộ',
    intro:
      'Dán danh sách (hoặc mở tệp CSV xuất từ Excel) gồm họ và tên, mức đề xuất, tổng điểm; có thể thêm cột chi bộ. Tự Soi áp tỉ lệ HTXSNV không quá 20% (hoặc 25%) số HTTNV theo Điều 11 khoản 1 điểm 1.5.',
    list: 'Danh sách',
    file: 'Mở tệp CSV',
    rate: 'Tỉ lệ',
    rounding: 'Làm tròn',
    floor: 'xuống (không vượt quá)',
    halfUp: '0,5 lên 1',
    name: 'Họ và tên',
    group: 'Chi bộ',
    proposed: 'Đề xuất',
    total: 'Tổng điểm',
    outcome: 'Sau khi áp tỉ lệ',
    why: 'Căn cứ',
    kept: 'giữ',
    demoted: 'hạ xuống HTTNV',
    tied: 'bằng điểm ở ranh giới: cấp có thẩm quyền quyết định',
    summary: (g: string, s: CohortResult['groups'][string]) =>
      `${g}: ${s.htxsnv} đề xuất HTXSNV, ${s.httnv} HTTNV; tỉ lệ ${Math.round(s.rate * 100)}%: giữ ${s.kept}, hạ ${s.demoted}, chờ quyết định ${s.tied}.`,
    invalid: 'Danh sách chưa đọc được',
  },
  en: {
    title: 'A party cell’s HTXSNV quota',
    intro:
      'Paste a list (or open a CSV saved from Excel) with name, proposed level and total, optionally a party cell column. Tự Soi applies the rule that HTXSNV may not exceed 20% (or 25%) of HTTNV (Điều 11 khoản 1 điểm 1.5).',
    list: 'List',
    file: 'Open a CSV file',
    rate: 'Rate',
    rounding: 'Rounding',
    floor: 'down (never exceed)',
    halfUp: '0.5 up',
    name: 'Name',
    group: 'Party cell',
    proposed: 'Proposed',
    total: 'Total',
    outcome: 'After the quota',
    why: 'Reason',
    kept: 'kept',
    demoted: 'demoted to HTTNV',
    tied: 'tied at the line: for the competent level',
    summary: (g: string, s: CohortResult['groups'][string]) =>
      `${g}: ${s.htxsnv} proposed HTXSNV, ${s.httnv} HTTNV; rate ${Math.round(s.rate * 100)}%: ${s.kept} kept, ${s.demoted} demoted, ${s.tied} to decide.`,
    invalid: 'The list cannot be read yet',
  },
} as const;

type Rate = (typeof QUOTA_RATES)[number];

/** A party cell of 12: 3 HTXSNV and 8 HTTNV proposed. At 20% one HTXSNV is kept; at 25% two, so the two tied at 93,5 go to the competent level. */
export const SAMPLE_CSV = `Họ và tên;Chi bộ;Mức đề xuất;Tổng điểm
Nguyễn Văn An;Chi bộ Văn phòng;HTXSNV;96
Trần Thị Bình;Chi bộ Văn phòng;HTXSNV;93,5
Lê Văn Cường;Chi bộ Văn phòng;HTXSNV;93,5
Phạm Thị Dung;Chi bộ Văn phòng;HTTNV;88
Hoàng Văn Em;Chi bộ Văn phòng;HTTNV;86
Vũ Thị Giang;Chi bộ Văn phòng;HTTNV;85
Đặng Văn Hải;Chi bộ Văn phòng;HTTNV;84
Bùi Thị Hoa;Chi bộ Văn phòng;HTTNV;82
Đỗ Văn Khánh;Chi bộ Văn phòng;HTTNV;80
Hồ Thị Lan;Chi bộ Văn phòng;HTTNV;79
Ngô Văn Minh;Chi bộ Văn phòng;HTTNV;77
Dương Thị Nga;Chi bộ Văn phòng;HTNV;65
`;

function run(
  text: string,
  rate: Rate,
  rounding: 'floor' | 'half-up',
): { result: CohortResult; rows: ReturnType<typeof cohortFromCsv>['members'] } | { issues: readonly InputIssue[] } {
  try {
    const cohort = cohortFromCsv(text);
    const groups = Object.fromEntries([...new Set(cohort.members.map((m) => m.group))].map((g) => [g, { rate }]));
    return { result: applyQuota({ ...cohort, groups }, { rounding }), rows: cohort.members };
  } catch (e) {
    if (e instanceof TusoiInputError) return { issues: e.issues };
    throw e;
  }
}

/** The quota demo: a party cell's list in, who keeps HTXSNV, who is demoted, and which ties go up. */
export function QuotaDemo() {
  const [lang, setLang] = useState<Lang>('vi');
  const [text, setText] = useState(SAMPLE_CSV);
  const [rate, setRate] = useState<Rate>(QUOTA_RATES[0]);
  const [rounding, setRounding] = useState<'floor' | 'half-up'>('floor');
  const t = T[lang];
  const out = useMemo(() => run(text, rate, rounding), [text, rate, rounding]);
  return (
    <div class="quota">
      <header class="toolbar">
        <h1>Tự Soi · {t.title}</h1>
        <label class="field inline">
          <span>Ngôn ngữ / Language</span>
          <select name="lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <p>{t.intro}</p>
      <main class="workspace">
        <form class="controls" onSubmit={(e) => e.preventDefault()}>
          <label class="field">
            <span>{t.list}</span>
            <textarea name="csv" rows={14} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t.file}</span>
            <input
              name="file"
              type="file"
              accept=".csv,text/csv"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (file) setText(await file.text());
              }}
            />
          </label>
          <label class="field inline">
            <span>{t.rate}</span>
            <select name="rate" value={String(rate)} onChange={(e) => setRate(Number(e.currentTarget.value) as Rate)}>
              {QUOTA_RATES.map((q) => (
                <option key={q} value={String(q)}>
                  {Math.round(q * 100)}%
                </option>
              ))}
            </select>
          </label>
          <label class="field inline">
            <span>{t.rounding}</span>
            <select name="rounding" value={rounding} onChange={(e) => setRounding(e.currentTarget.value as 'floor')}>
              <option value="floor">{t.floor}</option>
              <option value="half-up">{t.halfUp}</option>
            </select>
          </label>
        </form>
        <section class="live" aria-live="polite">
          {'issues' in out ? (
            <div class="error" role="alert" data-testid="quota-errors">
              <h2>{t.invalid}</h2>
              <ul>
                {out.issues.map((i) => (
                  <li key={i.path + i.message.en}>
                    {i.path}: {i.message[lang]}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              {Object.entries(out.result.groups).map(([g, s]) => (
                <p key={g} data-testid="quota-summary">
                  {t.summary(g, s)}
                </p>
              ))}
              <table class="quota-table" data-testid="quota-table">
                <thead>
                  <tr>
                    <th>{t.name}</th>
                    <th>{t.group}</th>
                    <th>{t.proposed}</th>
                    <th>{t.total}</th>
                    <th>{t.outcome}</th>
                    <th>{t.why}</th>
                  </tr>
                </thead>
                <tbody>
                  {out.result.members.map((m, i) => {
                    const row = out.rows[i];
                    const state =
                      m.decision === 'discretion'
                        ? 'tied'
                        : m.demoted
                          ? 'demoted'
                          : row?.level === 'HTXSNV'
                            ? 'kept'
                            : '';
                    return (
                      <tr key={m.id} data-id={m.id} data-state={state}>
                        <td>{m.id}</td>
                        <td>{row?.group}</td>
                        <td>{row?.level}</td>
                        <td>{row ? formatNumber(row.total, lang) : ''}</td>
                        <td>
                          {m.level ? `${LEVEL_NAMES[m.level][lang]} (${m.level})` : m.candidates?.join(' / ')}
                          {state ? ` — ${t[state]}` : ''}
                        </td>
                        <td>{m.reason ? `${m.reason.message[lang]} (${m.reason.cite})` : ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
