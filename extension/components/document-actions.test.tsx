import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { BUILTIN_PACKS } from '@tusoi/rubric-core';
import { buildReviewDocument } from '@tusoi/rubric-core/document';
import { DocumentView, fieldLabel } from '@tusoi/ui';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TusoiDB } from '@/lib/db';
import type { Draft } from '@/lib/store';
import { Store } from '@/lib/store';
import { DocumentActions, savedFileName } from './document-actions';
import { PanelStatus } from './panel-status';
import { PrintPage } from './print-page';

const assessment = {
  format: 'tusoi.assessment/1',
  period: { year: 2026, quarter: 3 },
  subject: { kind: 'staff', name: 'Lê <b>Hoa</b>' },
  scores: { general: 25, results: 55 },
  tasks: { assigned: 2, completed: 2, onTimeWithQuality: 2, exceeded: 0, late: 0 },
  review: { strengths: '<img src=x onerror=alert(1)> vẫn là chữ' },
};
const draft = (a: Record<string, unknown>): Draft => ({
  id: 'd1',
  person: '',
  periodKey: '',
  createdAt: 1,
  updatedAt: 1,
  rev: 0,
  data: { assessment: a },
});
let n = 0;

describe('DocumentView', () => {
  it('draws every block as text nodes: user text never becomes HTML', () => {
    const doc = buildReviewDocument({ assessment });
    render(<DocumentView doc={doc} />);
    const article = document.querySelector('.tusoi-doc') as HTMLElement;
    expect(article.dataset.form).toBe('quarterly');
    expect(article.querySelector('h1')?.textContent).toBe('BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN');
    expect(article.querySelector('img, b')).toBeNull();
    expect(article.textContent).toContain('<img src=x onerror=alert(1)> vẫn là chữ');
    expect(article.textContent).toContain('Lê <b>Hoa</b>');
    expect(article.querySelectorAll('table.grid').length).toBe(2);
    expect(article.querySelectorAll('table.signatures').length).toBe(2);
    // The print rules that keep tables and signature blocks whole.
    const css = article.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.signatures \{ break-inside: avoid/);
    expect(css).toMatch(/\.grid \{[^}]*break-inside: avoid/);
    expect(css).toContain('size: A4');
  });
});

describe('savedFileName', () => {
  const name = 'Bản kiểm điểm Năm 2025 - Nguyễn Thị Hồng Nhung.docx';

  it('on Linux, where Chromium may save a Vietnamese name as "download", the name has no diacritics', () => {
    for (const platform of ['Linux', 'Linux x86_64', 'linux aarch64', ' Linux ']) {
      expect(savedFileName(name, platform)).toBe('Ban kiem diem Nam 2025 - Nguyen Thi Hong Nhung.docx');
    }
  });

  it('Windows, macOS and ChromeOS keep the Vietnamese name; so does a platform the browser does not tell', () => {
    for (const platform of ['Windows', 'Win32', 'macOS', 'MacIntel', 'Chrome OS', 'Android', '']) {
      expect(savedFileName(name, platform)).toBe(name);
    }
  });
});

describe('DocumentActions', () => {
  it('Tải bản Word makes the file on this computer and names it by period and person', async () => {
    const created: Blob[] = [];
    const clicked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:tusoi/1';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<DocumentActions draft={draft(assessment)} packs={BUILTIN_PACKS} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
    await waitFor(() => expect(screen.getByTestId('document-status').textContent).toContain('Đã tạo tệp'), {
      timeout: 10_000,
    });
    expect(clicked).toEqual(['Bản tự đánh giá Quý 3 Năm 2026 - Lê _b_Hoa__b_.docx']);
    expect(created[0]?.size).toBeGreaterThan(5_000);
    vi.restoreAllMocks();
  });

  it('the draft beside the assessment is checked too: a stored note that is not text is named, nothing made', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const bad: Draft = { ...draft(assessment), data: { assessment, notes: { 'c-1': 5 as never } } };
    render(<DocumentActions draft={bad} packs={BUILTIN_PACKS} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
    await waitFor(() =>
      expect(screen.getByTestId('document-status').textContent).toContain('“Lý do tiêu chí chưa đạt”'),
    );
    expect(screen.getByTestId('document-status').textContent).toContain('Chưa tạo được bản kiểm điểm');
    expect(screen.getByTestId('document-status').textContent).not.toContain('notes.');
    expect(click).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('a draft not yet valid: both buttons say what is missing, by label, on the panel status line too; nothing made', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    const said: string[] = [];
    const incomplete = draft({ ...assessment, scores: { general: 25 }, tasks: undefined });
    for (const [lang, button] of [
      ['en', 'Print'],
      ['vi', 'Tải bản Word'],
    ] as const) {
      const { unmount } = render(
        <PanelStatus.Provider value={(text) => said.push(text)}>
          <DocumentActions draft={incomplete} packs={BUILTIN_PACKS} lang={lang} />
        </PanelStatus.Provider>,
      );
      fireEvent.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(said).toHaveLength(lang === 'en' ? 1 : 2));
      expect(screen.getByTestId('document-status').textContent).toBe(said.at(-1));
      unmount();
    }
    expect(said[0]).toMatch(/^The document could not be made yet; still needed: /);
    expect(said[0]).toContain(`“${fieldLabel('tasks', 'en')}”`);
    expect(said[0]).toContain(`“${fieldLabel('scores.results', 'en')}”: not filled in`);
    expect(said[1]).toMatch(/^Chưa tạo được bản kiểm điểm, cần bổ sung: /);
    expect(said[1]).toContain(`“${fieldLabel('tasks', 'vi')}”`);
    expect(said[1]).toContain(`“${fieldLabel('scores.results', 'vi')}”: chưa điền`);
    // Labels, never keys.
    for (const text of said) expect(text).not.toMatch(/scores|tasks[.:]|—/);
    expect(open).not.toHaveBeenCalled();
  });

  it('In opens the print page of this draft', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<DocumentActions draft={draft(assessment)} packs={BUILTIN_PACKS} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'In' }));
    await waitFor(() => expect(open).toHaveBeenCalled());
    expect(open.mock.calls[0]?.[0].url).toMatch(/\/print\.html\?draft=d1$/);
  });
});

describe('PrintPage', () => {
  it('shows the stored draft as a document and calls print; an unknown id says so', async () => {
    const store = new Store(new TusoiDB(`print-${n++}`));
    const saved = await store.saveDraft(draft(assessment));
    const print = vi.fn();
    window.print = print;
    render(<PrintPage store={store} draftId={saved.id} autoPrint={true} />);
    await waitFor(() => expect(document.querySelector('.tusoi-doc h1')).not.toBeNull());
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(document.title).toContain('Quý 3, Năm 2026');
    render(<PrintPage store={store} draftId="nope" autoPrint={false} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Draft not found'));
    vi.restoreAllMocks();
  });
});
