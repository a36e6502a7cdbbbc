import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { BUILTIN_PACKS, classify } from '@tusoi/rubric-core';
import { liveResult, ResultView } from '@tusoi/ui';
import { describe, expect, it } from 'vitest';
import { TusoiDB } from '@/lib/db';
import { Store } from '@/lib/store';
import { DraftEditor } from './draft-editor';
import { SidePanel } from './side-panel';

let n = 0;
const input = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });

describe('ResultView', () => {
  it('shows level, total, cited reasons and warnings; page text stays text', () => {
    const result = classify({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      scores: { general: 29.9, results: 60.1 },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
      proposedLevel: 'HTXSNV',
    });
    render(
      <ResultView
        result={result}
        lang="vi"
        checks={[{ code: 'X', path: 'p', cite: 'c', message: { vi: '<img src=x onerror=alert(1)>', en: 'x' } }]}
      />,
    );
    expect(screen.getByTestId('level').textContent).toBe(
      'Kết quả: Hoàn thành xuất sắc nhiệm vụ (HTXSNV), theo quy định',
    );
    expect(screen.getByTestId('total').textContent).toContain('90/100');
    expect(screen.getByText(/3\/10 nhiệm vụ hoàn thành vượt mức/).textContent).toContain('Điều 11, khoản 1, điểm 1.3');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('checks').textContent).toContain('<img src=x');
  });

  it('lists why an incomplete draft cannot be rated yet, in English too', () => {
    render(
      <ResultView
        result={null}
        issues={[{ code: 'scores-missing', path: 'scores', message: { vi: 'thiếu điểm', en: 'scores missing' } }]}
        lang="en"
      />,
    );
    expect(screen.getByTestId('level').textContent).toBe('Cannot rate yet: data missing or wrong');
    // Named by the form's label, never by the key.
    expect(screen.getByTestId('issues').textContent).toBe('Self-scores (both groups): scores missing');
  });
});

describe('DraftEditor', () => {
  it('sets fields by path, removing cleared ones, and shows the pack table when a pack is chosen', () => {
    const changes: [readonly (string | number)[], unknown][] = [];
    const a = { format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'staff' } };
    const view = render(
      <DraftEditor assessment={a} packs={BUILTIN_PACKS} lang="vi" set={(p, v) => changes.push([p, v])} />,
    );
    type('scores.general', '27,5');
    type('scores.results', '27,5,1'); // refused: nothing is set
    type('tasks.assigned', '12');
    fireEvent.change(input('proposedLevel'), { target: { value: 'HTTNV' } });
    fireEvent.click(document.querySelector('input[name="selfCheck.II-9"]') as HTMLElement);
    expect(changes).toEqual([
      [['scores', 'general'], 27.5],
      [['tasks', 'assigned'], 12],
      [['proposedLevel'], 'HTTNV'],
      [['selfCheck', 'II-9'], { noted: true }],
    ]);
    expect(document.querySelector('.self-check')?.textContent).toContain('không phải văn bản gốc');
    view.rerender(
      <DraftEditor
        assessment={{ ...a, criteria: { pack: 'qd366-pl4-staff-example', items: { 'pl4-k': 60 } } }}
        packs={BUILTIN_PACKS}
        lang="en"
        set={() => {}}
      />,
    );
    expect(screen.getByTestId('pack-totals').textContent).toContain('Task results 60/70');
    expect(document.querySelectorAll('.tusoi-unverified').length).toBeGreaterThan(5);
  });

  it('edits disciplinary decisions and names the form (Mẫu 05 for a quarter)', () => {
    const changes: [readonly (string | number)[], unknown][] = [];
    const a = {
      subject: { kind: 'staff' },
      period: { year: 2025, quarter: 2 },
      findings: { discipline: [{ form: 'khien-trach', dutyRelated: false }] },
    };
    render(<DraftEditor assessment={a} packs={BUILTIN_PACKS} lang="vi" set={(p, v) => changes.push([p, v])} />);
    expect(screen.getByTestId('form-name').textContent).toBe('Viết theo Mẫu 05 – Quý');
    fireEvent.click(input('findings.discipline.0.dutyRelated'));
    fireEvent.change(input('findings.discipline.0.form'), { target: { value: 'canh-cao' } });
    expect(changes).toEqual([
      [['findings', 'discipline', 0, 'dutyRelated'], true],
      [['findings', 'discipline', 0, 'form'], 'canh-cao'],
    ]);
  });

  it('asks leaders for the units they lead, staff for their own tasks', () => {
    render(<DraftEditor assessment={{ subject: { kind: 'leader' } }} packs={BUILTIN_PACKS} lang="vi" set={() => {}} />);
    expect(input('ledUnits.assigned')).not.toBeNull();
    expect(input('tasks.assigned')).toBeNull();
    expect(input('confidenceVote.lowShare')).not.toBeNull();
  });
});

describe('DraftEditor: date of birth', () => {
  const birth = () => screen.getByRole('textbox', { name: 'Ngày sinh' }) as HTMLInputElement;
  it.each(['02/05/1980', '2/5/1980', '02-05-1980', '1980-05-02'])(
    'reads %s as 1980-05-02, shown dd/mm/yyyy with a hint',
    (typed) => {
      const changes: [unknown, unknown][] = [];
      render(<DraftEditor assessment={{}} packs={BUILTIN_PACKS} lang="vi" set={(p, v) => changes.push([p, v])} />);
      expect(birth().placeholder).toBe('dd/mm/yyyy');
      expect(screen.getByText('ngày/tháng/năm, ví dụ 02/05/1980')).toBeTruthy();
      fireEvent.input(birth(), { target: { value: typed } });
      expect(changes).toEqual([[['subject', 'birthDate'], '1980-05-02']]);
      fireEvent.blur(birth());
      expect(birth().value).toBe('02/05/1980');
      expect(screen.queryByTestId('date-error')).toBeNull();
    },
  );

  it('says an impossible day beside the field and stores nothing', () => {
    const changes: [unknown, unknown][] = [];
    render(
      <DraftEditor
        assessment={{ subject: { birthDate: '1980-05-02' } }}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={(p, v) => changes.push([p, v])}
      />,
    );
    expect(birth().value).toBe('02/05/1980');
    fireEvent.input(birth(), { target: { value: '31/02/1980' } });
    expect(changes).toEqual([]);
    expect(screen.getByTestId('date-error').textContent).toBe(
      'Không có ngày 31/02/1980 trên lịch. Ngày đã lưu không đổi.',
    );
    expect(birth().getAttribute('aria-invalid')).toBe('true');
  });
});

describe('SidePanel', () => {
  it('creates a draft, rates it live as the user types, and keeps every keystroke', async () => {
    const db = new TusoiDB(`panel-${n++}`);
    render(<SidePanel store={new Store(db)} />);
    fireEvent.click(await screen.findByText('Bản kiểm điểm mới'));
    await waitFor(() => expect(input('scores.general')).not.toBeNull());
    type('subject.name', 'Nguyễn Văn A');
    type('scores.general', '25');
    type('scores.results', '50');
    for (const [f, v] of [
      ['assigned', '10'],
      ['completed', '10'],
      ['onTimeWithQuality', '10'],
      ['exceeded', '0'],
      ['late', '0'],
    ])
      type(`tasks.${f}`, v as string);
    await waitFor(() => expect(screen.getByTestId('level').dataset.level).toBe('HTTNV'));
    type('scores.results', '65');
    type('tasks.exceeded', '3');
    await waitFor(() => expect(screen.getByTestId('level').dataset.level).toBe('HTXSNV'));
    await waitFor(async () => {
      const [saved] = await new Store(db).listDrafts();
      expect(saved?.data.assessment).toMatchObject({
        subject: { name: 'Nguyễn Văn A' },
        scores: { general: 25, results: 65 },
        tasks: { exceeded: 3 },
      });
    });
    // "Đã lưu" is said once the last write committed, never before.
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.status).toBe('saved'));
  });

  it('opening: says nothing about the drafts until they are read, then the newest one and the whole list', async () => {
    const db = new TusoiDB(`panel-${n++}`);
    // More drafts than the first screen reads: the rest of the list comes after it.
    const names = Array.from({ length: 30 }, (_, i) =>
      i === 29 ? 'Nguyễn Văn A' : i === 0 ? 'Phạm Thị Cuối' : `Đảng viên ${i}`,
    );
    await db.drafts.bulkPut(
      names.map((name, i) => ({
        id: `d${i}`,
        person: name,
        periodKey: '2025',
        createdAt: i,
        updatedAt: 1000 + i,
        rev: 1,
        data: {
          assessment: { format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'staff', name } },
        },
      })),
    );
    const store = new Store(db);
    // The first screen's read is held: the panel must not say "no drafts" (nor any count) meanwhile.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const listHead = store.listHead.bind(store);
    store.listHead = async (limit) => {
      await held;
      return listHead(limit);
    };
    render(<SidePanel store={store} />);
    expect((await screen.findByTestId('panel-reading')).textContent).toBe('Đang đọc các bản kiểm điểm…');
    expect(document.body.textContent).not.toContain('Chưa có bản kiểm điểm');
    expect(document.querySelector('[data-action="new"]')).toBeNull();
    release();
    await waitFor(() => expect(input('subject.name')?.value).toBe('Nguyễn Văn A'));
    expect(screen.queryByTestId('panel-reading')).toBeNull();
    fireEvent.click(document.querySelector('[data-action="history"]') as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('30 bản'));
    // A draft past the first screen is found once the whole list is in.
    fireEvent.input(screen.getByLabelText('Tìm theo tên hoặc kỳ'), { target: { value: 'pham thi cuoi' } });
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('1 bản'));
    expect(document.querySelector('.history-row')?.getAttribute('data-id')).toBe('d0');
  });

  it('liveResult returns issues rather than a level for an incomplete draft', () => {
    const live = liveResult(
      { format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'staff' } },
      BUILTIN_PACKS,
    );
    expect(live.result).toBeNull();
    expect(live.issues.map((i) => i.path)).toEqual(['scores', 'tasks']);
  });
});
