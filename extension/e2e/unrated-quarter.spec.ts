import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { importFile } from './panel';

// A quarter not rated (chưa xếp loại, Q26-30: here 3 months of maternity leave) and a quarter whose
// data is still missing are two different things: the first is settled by rule, the second is not.
// The header badge, the result's heading, the spoken level and the history row tell them apart.
const UNRATED = JSON.parse(
  readFileSync(new URL('../../rubric-core/examples/q04-staff-unrated-maternity.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const PERSON = 'Phạm Thị Nghỉ';

const backup = (id: string, periodKey: string, assessment: unknown) => ({
  format: 'tusoi.export/1',
  exportedAt: '2026-10-01T00:00:00.000Z',
  drafts: [{ id, person: PERSON, periodKey, createdAt: 1, updatedAt: id === 'q2' ? 2 : 1, data: { assessment } }],
  packs: [],
  settings: {},
});

test('a quarter not rated says "Chưa xếp loại" and "chưa xếp loại quý này"; a quarter with data missing says "Chưa đủ dữ liệu"', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const subject = { ...(UNRATED.subject as object), name: PERSON };
  await importFile(options, 'import', backup('q2', '2026-Q2', { ...UNRATED, subject }));
  // Quarter III begun: its pack chosen, nothing scored, no task list yet.
  await importFile(
    options,
    'import',
    backup('q3', '2026-Q3', {
      format: 'tusoi.assessment/2',
      period: { year: 2026, quarter: 3 },
      subject,
      criteria: { pack: 'q2026-vatm-09a', items: {} },
    }),
  );
  await options.close();

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.locator('[data-action="history"]').click();
  const row = (period: string) => panel.locator('.history-row', { hasText: period }).locator('.level-badge');
  await expect(row('Quý II/2026')).toHaveText('Chưa xếp loại');
  await expect(row('Quý III/2026')).toHaveText('Chưa đủ dữ liệu');

  await panel.locator('.history-row', { hasText: 'Quý II/2026' }).click();
  await expect(panel.getByTestId('live-level')).toHaveText('Chưa xếp loại');
  await expect(panel.getByTestId('level')).toHaveText('Kết quả: chưa xếp loại quý này');
  await expect(panel.getByTestId('level')).toHaveAttribute('data-level', 'unrated');
  await expect(panel.getByTestId('level-announce')).toHaveText('Mức xếp loại hiện tại: Chưa xếp loại');

  await panel.locator('[data-action="history"]').click();
  await panel.locator('.history-row', { hasText: 'Quý III/2026' }).click();
  await expect(panel.getByTestId('live-level')).toHaveText('Chưa đủ dữ liệu');
  await expect(panel.getByTestId('level-announce')).toHaveText('Mức xếp loại hiện tại: Chưa đủ dữ liệu');
});
