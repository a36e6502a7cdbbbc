import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPack, TusoiInputError } from '@tusoi/rubric-core';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import {
  type FormMap,
  fieldValue,
  formMapFromPanel,
  formMapJsonSchema,
  mapMatches,
  notOnPage,
  parseFormMap,
  planFromMap,
  statusInText,
} from './formmap';
import { DEMO_MAPS } from './maps';

const draft = {
  format: 'tusoi.assessment/1' as const,
  period: { year: 2025, quarter: 3 },
  subject: { kind: 'staff' as const, name: 'Nguyễn Văn A' },
  scores: { general: 29.9, results: 60.1 },
  review: { strengths: 'Tốt.', shortcomings: [{ text: 'Chậm', cause: 'Chủ quan', remedy: 'Lập lịch' }] },
  priorShortcomings: [{ text: 'Ít phát biểu', status: 'in-progress' as const, progress: 0.6 }],
  proposedLevel: 'HTTNV' as const,
};

describe('form maps', () => {
  it('every built-in map validates, and a bad map is refused with its path', () => {
    for (const map of DEMO_MAPS) expect(parseFormMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
    let error: unknown;
    try {
      parseFormMap({ ...DEMO_MAPS[0], steps: [{ field: 'scores.bonus', locator: { name: 'x' } }], extra: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TusoiInputError);
    const issues = (error as TusoiInputError).issues;
    expect(issues.map((i) => i.path)).toEqual(['steps[0].field', 'extra']);
    expect(issues[1]?.message).toEqual({
      vi: 'trường không có trong định dạng (có thể gõ sai tên)',
      en: 'field is not part of the format (a misspelt name?)',
    });
  });

  it("the page's check of a map from the panel: the same schema, refused by path, in both languages", () => {
    for (const map of DEMO_MAPS) expect(formMapFromPanel(JSON.parse(JSON.stringify(map)))).toEqual(map);
    const bad = { ...DEMO_MAPS[0], steps: [{ field: 'scores.bonus', locator: { name: 'x' } }], extra: 1 };
    let error: unknown;
    try {
      formMapFromPanel(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TusoiInputError);
    const issues = (error as TusoiInputError).issues;
    // By the schema's paths: a step none of whose kinds fits is refused whole (the panel's parseFormMap explains it).
    expect(issues.map((i) => i.path)).toEqual(['steps[0]', 'extra']);
    expect(issues[0]?.message.vi).toMatch(/bản đồ biểu mẫu/);
    expect(issues[0]?.message.en).toMatch(/form map/);
    expect(() => formMapFromPanel(null)).toThrow(TusoiInputError);
  });

  it('matches URLs by pattern', () => {
    const map = DEMO_MAPS[0];
    if (!map) throw new Error('no map');
    expect(mapMatches(map, 'http://127.0.0.1:5174/mau-2b.html')).toBe(true);
    expect(mapMatches(map, 'https://evil.example/mau-2b.html')).toBe(false);
  });

  it('turns a draft into form values: exact total, numbered lists, statuses, level by the portal’s own values', () => {
    expect(fieldValue(draft, 'scores.total')).toBe(90);
    expect(fieldValue(draft, 'review.shortcomings')).toBe('1. Chậm. Nguyên nhân: Chủ quan. Khắc phục: Lập lịch');
    expect(fieldValue(draft, 'priorShortcomings')).toBe('1. Ít phát biểu. Kết quả: đang khắc phục. Mức độ: 60%');
    expect(fieldValue(draft, 'period.quarter')).toBe('3');
    const plan = planFromMap(DEMO_MAPS[0] as never, draft);
    expect(plan.find((s) => s.key === 'proposedLevel')?.value).toBe('2');
    // A field the draft has nothing for is a step that writes nothing and says why.
    const unit = plan.find((s) => s.key === 'subject.unit');
    expect(unit?.value).toBeUndefined();
    expect(unit?.absent?.vi).toBe('bản kiểm điểm chưa có nội dung này');
    const annual = planFromMap(DEMO_MAPS[1] as never, { ...draft, period: { year: 2026 } } as never);
    expect(annual.find((s) => s.key === 'period.quarter')?.absent?.vi).toBe('bản kiểm điểm là cả năm, không có quý');
    const wizard = planFromMap(DEMO_MAPS[1] as never, draft);
    expect(wizard.filter((s) => s.click).length).toBe(2);
    expect(wizard.find((s) => s.key === 'proposedLevel')?.value).toBe('Hoàn thành tốt nhiệm vụ');
  });

  it('a draft scored by pack: met / not met per criterion, the reason after "Không đảm bảo", groups computed by rubric-core', () => {
    const pack = builtinPack('qd366-pl4-staff-example');
    const map = DEMO_MAPS.find((m) => m.id === 'demo-bang-diem-quy');
    if (!(pack && map)) throw new Error('missing pack or map');
    const items: Record<string, number | boolean> = { 'pl4-k': 62.5 };
    for (const step of map.steps) if ('criterion' in step) items[step.criterion] = step.criterion !== 'pl4-2.3';
    const byPack = { ...draft, scores: undefined, criteria: { pack: pack.id, items } };
    const plan = planFromMap(map, byPack, { pack, notes: { 'pl4-2.3': 'Chưa học xong' } });
    expect(plan.find((s) => s.key === 'criteria.pl4-1.1')?.locator).toEqual({
      table: '',
      row: '1.1',
      column: 'Đảm bảo',
    });
    expect(plan.find((s) => s.key === 'criteria.pl4-2.3')?.locator).toEqual({
      table: '',
      row: '2.3',
      column: 'Không đảm bảo',
    });
    expect(plan.find((s) => s.key === 'criteria.pl4-2.3.reason')).toMatchObject({
      value: 'Chưa học xong',
      waitMs: 2000,
    });
    expect(plan.filter((s) => s.key.endsWith('.reason'))).toHaveLength(1);
    // One value asked for twice keeps two keys, so a report counts both.
    expect(plan.filter((s) => s.key.startsWith('scores.results')).map((s) => s.value)).toEqual([62.5, 62.5]);
    expect(fieldValue(byPack, 'scores.general', { pack })).toBe(28);
    expect(fieldValue(byPack, 'scores.total', { pack })).toBe(90.5);
    // Without the pack, or with another one, nothing is guessed.
    expect(fieldValue(byPack, 'scores.general')).toBeUndefined();
    expect(fieldValue(byPack, 'scores.general', { pack: builtinPack('qd366-frame') ?? pack })).toBeUndefined();
    // No reason written: the toggle is pressed and the reason is left for the user.
    expect(planFromMap(map, byPack, { pack }).some((s) => s.key.endsWith('.reason'))).toBe(false);
  });

  it('ships a JSON Schema that matches the Valibot schema (run `pnpm build` after changing it)', () => {
    const shipped = JSON.parse(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../schema/formmap.schema.json'), 'utf8'),
    );
    expect(shipped).toEqual(formMapJsonSchema(toJsonSchema as never));
    expect(shipped.title).toBe('tusoi.formmap/1');
    expect(shipped.properties.steps.items.anyOf).toHaveLength(4);
  });

  it('reads back each status it writes into "Kết quả khắc phục", and finds none where none is written', () => {
    for (const status of ['fixed', 'in-progress', 'not-fixed'] as const) {
      const text = fieldValue({ priorShortcomings: [{ text: 'Ít phát biểu', status }] }, 'priorShortcomings');
      expect(statusInText(String(text))).toBe(status);
    }
    expect(statusInText('1. Ít phát biểu. Kết quả: KHẮC PHỤC XONG')).toBe('fixed');
    expect(statusInText('1. Ít phát biểu')).toBeUndefined();
  });
});

describe('a refused step or locator is explained by the kind its key names', () => {
  const issuesOf = (steps: unknown[]) => {
    try {
      parseFormMap({ ...DEMO_MAPS[0], steps });
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues;
      throw e;
    }
    return [];
  };

  it('a field step with a field not in the format names the field and lists the allowed ones', () => {
    const issues = issuesOf([
      { field: 'subject.name', locator: { label: 'Họ và tên' } },
      { field: 'total', locator: { name: 'tongDiem' } },
    ]);
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['not-allowed@steps[1].field']);
    expect(issues[0]?.message.vi).toContain('"scores.total"');
    expect(issues[0]?.message.vi).toContain('(nhận "total")');
    expect(issues[0]?.message.en).toContain('(got "total")');
    expect(issues[0]?.message.vi).not.toContain('Object');
  });

  it('a locator with a misspelt key inside a criterion step is named at its own path', () => {
    const issues = issuesOf([{ criterion: 'pl4-1.1', met: { nmae: 'x' } }]);
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['not-allowed@steps[0].met']);
    expect(issues[0]?.message.vi).toContain('"label", "name", "css", "table", "rows"');
    const cell = issuesOf([{ criterion: 'pl4-1.1', met: { rows: 'tr', row: 0, cell: 'td' } }]);
    expect(cell.map((i) => `${i.code}@${i.path}`)).toEqual(['min-value@steps[0].met.row']);
  });

  it("a step with none of the kinds' keys lists them; an extra key on a known kind is named", () => {
    const none = issuesOf([{ feild: 'subject.name', locator: { name: 'x' } }]);
    expect(none.map((i) => `${i.code}@${i.path}`)).toEqual(['not-allowed@steps[0]']);
    expect(none[0]?.message).toEqual({
      vi: 'bước điền cần một trong các khoá "field", "criterion", "tasks", "click"',
      en: 'a step needs one of the keys "field", "criterion", "tasks", "click"',
    });
    const extra = issuesOf([{ click: { css: '#b' }, wait: 5 }]);
    expect(extra.map((i) => `${i.code}@${i.path}`)).toEqual(['unknown-field@steps[0].wait']);
  });
});

describe('a value list names only values the field can hold', () => {
  it('a level key that is no level (a typo) is refused at its path; the four levels and quarters 1–4 are taken', () => {
    const withValues = (field: string, values: Record<string, string>) => ({
      ...DEMO_MAPS[0],
      steps: [{ field, locator: { name: 'x' }, values }],
    });
    let issues: TusoiInputError['issues'] = [];
    try {
      parseFormMap(withValues('proposedLevel', { HTXSNV: '1', GOOD: '2', htnv: '3' }));
    } catch (e) {
      if (e instanceof TusoiInputError) issues = e.issues;
    }
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'not-allowed@steps[0].values.GOOD',
      'not-allowed@steps[0].values.htnv',
    ]);
    expect(issues[0]?.message.vi).toBe('"GOOD" không phải giá trị của trường này (chỉ HTXSNV, HTTNV, HTNV, KHTNV)');
    expect(() =>
      parseFormMap(withValues('proposedLevel', { HTXSNV: '1', HTTNV: '2', HTNV: '3', KHTNV: '4' })),
    ).not.toThrow();
    expect(() => parseFormMap(withValues('period.quarter', { '1': 'I', '4': 'IV' }))).not.toThrow();
    expect(() => parseFormMap(withValues('period.quarter', { '5': 'V' }))).toThrow(TusoiInputError);
    // A field whose values are the pack's own (a frame) keeps any key.
    expect(() => parseFormMap(withValues('frame.id', { K9: 'Khung 9' }))).not.toThrow();
  });
});

describe('form map value lists and decimal marks', () => {
  it('maps any choice through the map’s own list (a quarter "3" → "III"), passes a stated decimal mark, refuses another mark', () => {
    const map = parseFormMap({
      format: 'tusoi.formmap/1',
      id: 'q',
      title: { vi: 'Q' },
      match: ['https://kiemdiem.example.vn/*'],
      steps: [
        { field: 'period.quarter', locator: { name: 'quy' }, values: { '3': 'III' } },
        { field: 'scores.general', locator: { name: 'diem' }, decimal: ',' },
      ],
    });
    expect(planFromMap(map, { period: { year: 2026, quarter: 3 }, scores: { general: 27.5, results: 60 } })).toEqual([
      // The draft's year goes with the quarter (an option "Quý III/2026" over "Quý III/2025").
      { key: 'period.quarter', locator: { name: 'quy' }, value: 'III', keepChosen: true, aliases: ['Quý III/2026'] },
      { key: 'scores.general', locator: { name: 'diem' }, value: 27.5, decimal: ',' },
    ]);
    expect(() =>
      parseFormMap({ ...map, steps: [{ field: 'scores.general', locator: { name: 'diem' }, decimal: ';' }] }),
    ).toThrow(TusoiInputError);
  });
});

describe('notOnPage', () => {
  const map = {
    format: 'tusoi.formmap/1',
    id: 'x',
    title: { vi: 'x' },
    match: ['https://x.test/*'],
    steps: [
      { field: 'subject.name', locator: { label: 'Họ và tên' } },
      { field: 'scores.results', locator: { label: 'Kết quả thực hiện nhiệm vụ' } },
    ],
  } as unknown as FormMap;
  it('names what the draft holds and the map has no step for, criteria answered included; nothing a map covers', () => {
    const draft = {
      subject: { name: 'Nguyễn Văn A', cell: 'Chi bộ Văn phòng' },
      scores: { general: 27.5, results: 62.5 },
      criteria: { pack: 'p', items: { '1.1': true, '1.2': false } },
    } as never;
    expect(notOnPage(map, draft)).toEqual({
      fields: ['subject.cell', 'scores.general', 'scores.total'],
      criteria: ['1.1', '1.2'],
      tasks: 0,
    });
  });
  it('a map with both groups needs no criteria and no total', () => {
    const both = {
      ...map,
      steps: [...map.steps, { field: 'scores.general', locator: { label: 'Nhóm tiêu chí chung' } }],
    };
    const draft = {
      scores: { general: 27.5, results: 62.5 },
      criteria: { pack: 'p', items: { '1.1': true } },
    } as never;
    expect(notOnPage(both as FormMap, draft)).toEqual({ fields: [], criteria: [], tasks: 0 });
  });
});
