import {
  applyQuota,
  type CohortResult,
  cohortFromCsv,
  formatNumber,
  type InputIssue,
  type Lang,
  LEVEL_NAMES,
  QUOTA_RATES,
  quotaAllowance,
  quotaKeep,
  TusoiInputError,
} from '@tusoi/rubric-core';
import Papa from 'papaparse';
import { useMemo, useState } from 'preact/hooks';

type Rate = (typeof QUOTA_RATES)[number];
type Rounding = 'floor' | 'half-up';
type GroupSummary = CohortResult['groups'][string];

const T = {
  vi: {
    title: 'Tỉ lệ xuất sắc của chi bộ',
    intro:
      'Dán danh sách (hoặc mở tệp CSV xuất từ Excel) gồm họ và tên, mức đề xuất, tổng điểm; có thể thêm cột chi bộ. Tự Soi áp tỉ lệ HTXSNV không quá 20% (hoặc 25%, khi cấp có thẩm quyền quyết định) số HTTNV theo Điều 11 khoản 1 điểm 1.5; mỗi chi bộ có tỉ lệ riêng.',
    list: 'Danh sách',
    file: 'Mở tệp CSV',
    rate: 'Tỉ lệ cho mọi chi bộ',
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
    summary: (g: string, s: GroupSummary) =>
      `${g}: ${s.htxsnv} đề xuất HTXSNV, ${s.httnv} HTTNV; tỉ lệ ${Math.round(s.rate * 100)}%: giữ ${s.kept}, hạ ${s.demoted}, chờ quyết định ${s.tied}.`,
    invalid: 'Danh sách chưa đọc được',
    cells: 'Từng chi bộ: tỉ lệ và phép tính',
    good: 'HTTNV (G)',
    excellent: 'Đề xuất HTXSNV (|E|)',
    cellRate: 'Tỉ lệ',
    arithmetic: 'Phép tính: giữ k lớn nhất với k ≤ làm tròn(tỉ lệ × (G + |E| − k))',
    keep: 'Giữ',
    toDecide: 'chờ quyết định',
    tie: (k: number, tied: number) => `${k} suất, ${tied} người bằng điểm ở ngưỡng: cấp có thẩm quyền quyết định.`,
    roundName: { floor: 'làm tròn xuống', 'half-up': 'làm tròn' } as Record<Rounding, string>,
    none: 'Không có đề xuất HTXSNV: không cần áp tỉ lệ.',
    yes: 'đúng',
    no: 'sai',
    exportCsv: 'Tải kết quả (CSV)',
    print: 'In kết quả',
    row: 'dòng',
    column: 'cột',
    csvHead: ['Họ và tên', 'Chi bộ', 'Mức đề xuất', 'Tổng điểm', 'Sau khi áp tỉ lệ', 'Căn cứ'],
    fileName: 'ti-le-xuat-sac.csv',
  },
  en: {
    title: 'A party cell’s HTXSNV quota',
    intro:
      'Paste a list (or open a CSV saved from Excel) with name, proposed level and total, optionally a party cell column. Tự Soi applies the rule that HTXSNV may not exceed 20% (or 25%, where the competent level decides) of HTTNV (Điều 11 khoản 1 điểm 1.5); each cell has its own rate.',
    list: 'List',
    file: 'Open a CSV file',
    rate: 'Rate for every cell',
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
    summary: (g: string, s: GroupSummary) =>
      `${g}: ${s.htxsnv} proposed HTXSNV, ${s.httnv} HTTNV; rate ${Math.round(s.rate * 100)}%: ${s.kept} kept, ${s.demoted} demoted, ${s.tied} to decide.`,
    invalid: 'The list cannot be read yet',
    cells: 'Each party cell: rate and arithmetic',
    good: 'HTTNV (G)',
    excellent: 'Proposed HTXSNV (|E|)',
    cellRate: 'Rate',
    arithmetic: 'Arithmetic: keep the largest k with k ≤ round(rate × (G + |E| − k))',
    keep: 'Kept',
    toDecide: 'to decide',
    tie: (k: number, tied: number) =>
      `${k} place${k === 1 ? '' : 's'}, ${tied} people tied at the line: the competent level decides.`,
    roundName: { floor: 'round down', 'half-up': 'round' } as Record<Rounding, string>,
    none: 'No HTXSNV proposed: no quota to apply.',
    yes: 'true',
    no: 'false',
    exportCsv: 'Download the result (CSV)',
    print: 'Print the result',
    row: 'row',
    column: 'column',
    csvHead: ['Name', 'Party cell', 'Proposed level', 'Total', 'After the quota', 'Reason'],
    fileName: 'htxsnv-quota.csv',
  },
} as const;

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

type Rows = ReturnType<typeof cohortFromCsv>['members'];

function run(
  text: string,
  rateOf: (group: string) => Rate,
  rounding: Rounding,
): { result: CohortResult; rows: Rows } | { issues: readonly InputIssue[] } {
  try {
    const cohort = cohortFromCsv(text);
    const groups = Object.fromEntries(
      [...new Set(cohort.members.map((m) => m.group))].map((g) => [g, { rate: rateOf(g) }]),
    );
    return { result: applyQuota({ ...cohort, groups }, { rounding }), rows: cohort.members };
  } catch (e) {
    if (e instanceof TusoiInputError) return { issues: e.issues };
    throw e;
  }
}

/** rubric-core names a CSV cell "row 2, column B (Mức đề xuất)"; in Vietnamese that is "dòng 2, cột B (…)". */
export function cellName(path: string, lang: Lang): string {
  const m = /^row (\d+)(?:, column ([A-Z]+)(.*))?$/.exec(path);
  if (!m) return path;
  const t = T[lang];
  return `${t.row} ${m[1]}${m[2] ? `, ${t.column} ${m[2]}${m[3] ?? ''}` : ''}`;
}

const pct = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * The quota's arithmetic for one cell, as a trainer writes it on the board: the check for the k
 * kept and, when some are demoted, the check that fails for k + 1; with `tied` members at the
 * line (so fewer than k are kept by rule), a line saying the k places go to the competent level.
 */
export function quotaArithmetic(
  excellent: number,
  good: number,
  rate: Rate,
  rounding: Rounding,
  lang: Lang,
  tied = 0,
): string[] {
  const t = T[lang];
  if (excellent === 0) return [t.none];
  const k = quotaKeep(excellent, good, rate, rounding);
  const check = (j: number) => {
    const n = good + excellent - j;
    const product = formatNumber(Math.round(rate * n * 100) / 100, lang);
    const allowed = quotaAllowance(n, rate, rounding);
    const ok = j <= allowed;
    const r = t.roundName[rounding];
    return `k = ${j}: ${j} ${ok ? '≤' : '>'} ${r}(${pct(rate)} × (${good} + ${excellent} − ${j})) = ${r}(${product}) = ${allowed} (${ok ? t.yes : t.no})`;
  };
  const lines = k < excellent ? [check(k), check(k + 1)] : [check(k)];
  return tied > 0 ? [...lines, t.tie(k, tied)] : lines;
}

function download(text: string, name: string): void {
  // A BOM so that Excel opens the Vietnamese text as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The quota demo: a party cell's list in, who keeps HTXSNV, who is demoted, and which ties go up. */
export function QuotaDemo() {
  const [lang, setLang] = useState<Lang>('vi');
  const [text, setText] = useState(SAMPLE_CSV);
  const [rate, setRate] = useState<Rate>(QUOTA_RATES[0]);
  const [cellRates, setCellRates] = useState<Record<string, Rate>>({});
  const [rounding, setRounding] = useState<Rounding>('floor');
  const t = T[lang];
  const rateOf = (g: string) => cellRates[g] ?? rate;
  const out = useMemo(() => run(text, rateOf, rounding), [text, rate, cellRates, rounding]);
  const state = (m: CohortResult['members'][number], proposed: string | undefined) =>
    m.decision === 'discretion' ? 'tied' : m.demoted ? 'demoted' : proposed === 'HTXSNV' ? 'kept' : '';
  const outcomeText = (m: CohortResult['members'][number], proposed: string | undefined) => {
    const s = state(m, proposed);
    return `${m.level ? `${LEVEL_NAMES[m.level][lang]} (${m.level})` : m.candidates?.join(' / ')}${s ? ` — ${t[s]}` : ''}`;
  };
  const exportCsv = () => {
    if ('issues' in out) return;
    const data = out.result.members.map((m, i) => {
      const row = out.rows[i];
      return [
        m.id,
        row?.group ?? '',
        row?.level ?? '',
        row ? formatNumber(row.total, lang) : '',
        outcomeText(m, row?.level),
        m.reason ? `${m.reason.message[lang]} (${m.reason.cite})` : '',
      ];
    });
    // Names come from the list as typed: a leading = + - @ is escaped so Excel never runs it.
    download(
      Papa.unparse({ fields: [...t.csvHead], data }, { delimiter: ';', escapeFormulae: true, newline: '\r\n' }),
      t.fileName,
    );
  };
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
        <div class="actions">
          <button type="button" data-action="export-csv" disabled={'issues' in out} onClick={exportCsv}>
            {t.exportCsv}
          </button>
          <button type="button" data-action="print" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
      </header>
      <p class="intro no-print">{t.intro}</p>
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
            <select
              name="rate"
              value={String(rate)}
              onChange={(e) => {
                setRate(Number(e.currentTarget.value) as Rate);
                setCellRates({});
              }}
            >
              {QUOTA_RATES.map((q) => (
                <option key={q} value={String(q)}>
                  {pct(q)}
                </option>
              ))}
            </select>
          </label>
          <label class="field inline">
            <span>{t.rounding}</span>
            <select name="rounding" value={rounding} onChange={(e) => setRounding(e.currentTarget.value as Rounding)}>
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
                    {cellName(i.path, lang)}: {i.message[lang]}
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
              <h2>{t.cells}</h2>
              <p class="note">{t.arithmetic}</p>
              <table class="quota-table" data-testid="quota-cells">
                <thead>
                  <tr>
                    <th class="cell-name">{t.group}</th>
                    <th>{t.good}</th>
                    <th>{t.excellent}</th>
                    <th>{t.cellRate}</th>
                    <th>{t.keep}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(out.result.groups).map(([g, s]) => [
                    <tr key={g} data-group={g}>
                      <td class="cell-name">{g}</td>
                      <td>{s.httnv}</td>
                      <td>{s.htxsnv}</td>
                      <td>
                        <span class="print-inline" data-print-rate={g}>
                          {pct(rateOf(g))}
                        </span>
                        <select
                          class="no-print"
                          aria-label={`${t.cellRate}: ${g}`}
                          data-cell-rate={g}
                          value={String(rateOf(g))}
                          onChange={(e) => {
                            const value = Number(e.currentTarget.value) as Rate;
                            setCellRates((r) => ({ ...r, [g]: value }));
                          }}
                        >
                          {QUOTA_RATES.map((q) => (
                            <option key={q} value={String(q)}>
                              {pct(q)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{s.tied > 0 ? `${s.kept} (+${s.tied} ${t.toDecide})` : s.kept}</td>
                    </tr>,
                    <tr key={`${g}-math`} class="quota-math" data-arithmetic={g}>
                      <td colSpan={5}>
                        {quotaArithmetic(s.htxsnv, s.httnv, rateOf(g), rounding, lang, s.tied).map((line) => (
                          <div key={line}>{line}</div>
                        ))}
                      </td>
                    </tr>,
                  ])}
                </tbody>
              </table>
              <table class="quota-table" data-testid="quota-table">
                <thead>
                  <tr>
                    <th>{t.name}</th>
                    <th class="cell-name">{t.group}</th>
                    <th>{t.proposed}</th>
                    <th>{t.total}</th>
                    <th>{t.outcome}</th>
                    <th>{t.why}</th>
                  </tr>
                </thead>
                <tbody>
                  {out.result.members.map((m, i) => {
                    const row = out.rows[i];
                    return (
                      <tr key={m.id} data-id={m.id} data-state={state(m, row?.level)}>
                        <td>{m.id}</td>
                        <td class="cell-name">{row?.group}</td>
                        <td>{row?.level}</td>
                        <td>{row ? formatNumber(row.total, lang) : ''}</td>
                        <td>{outcomeText(m, row?.level)}</td>
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
