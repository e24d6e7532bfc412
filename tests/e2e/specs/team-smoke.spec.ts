import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

// A quick pass over the team page as its author checks it: load, errors, the same person twice,
// sorting, a matrix from a member's file, keep/forget, CSV, axe and a phone's width.

const envelope = (data: unknown) => ({ v: 1, data });
const exportFile = (keys: Record<string, unknown>, exportedAt = '2026-11-22T09:30:00.000Z') =>
  JSON.stringify({ format: 'grades-export', format_version: 1, app_version: '0.1.0', exported_at: exportedAt, keys });
const keysOf = (grade: string) =>
  [1, 2, 3, 4, 5].flatMap((i) => [`python-developer/${grade}/soft/${i}`, `python-developer/${grade}/hard/${i}`]);
const member = (name: string, ticks: string[], extra: Record<string, unknown> = {}, at?: string) =>
  exportFile(
    {
      'grades.profile': envelope({ name, profession: 'python-developer', current_grade: 'junior', target_grade: 'middle' }),
      'grades.assessment': envelope({ ticked: ticks }),
      ...extra,
    },
    at,
  );
const ownMatrix = {
  id: 'team-analytics',
  name: 'Аналитик команды',
  grades: [
    { id: 'junior', title: 'Junior', groups: [{ id: 'hard', items: [{ id: '1', text: 'SQL' }, { id: '2', text: 'BI' }] }] },
  ],
};
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const files = [
  file('anna.json', member('Анна', keysOf('junior'), {
    'grades.evidence': envelope({ items: { 'python-developer/junior/soft/1': { note: 'ревью' } } }),
  })),
  file('boris.json', member('Борис', [])),
  file('anna-later.json', member('анна', keysOf('junior').concat(keysOf('middle')), {}, '2026-11-25T09:30:00.000Z')),
  file('dina.json', exportFile({
    'grades.profile': envelope({ name: 'Дина', profession: 'team-analytics' }),
    'grades.assessment': envelope({ ticked: ['team-analytics/junior/hard/1', 'team-analytics/junior/hard/2'] }),
    'grades.matrices': envelope({ professions: [ownMatrix] }),
  })),
  file('broken.json', '{"format": "grades-export",'),
  file('foreign.json', JSON.stringify({ hello: 'world' })),
];

test('members load, bad files and the same person twice are named, and the table sorts', async ({ app, page }) => {
  await app.open('team');
  await page.getByTestId('team-import-file').setInputFiles(files);
  const rows = page.getByTestId('team-member');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('team-file-error')).toHaveCount(2);
  await expect(page.getByTestId('team-duplicate')).toHaveCount(1);
  // The newer file of Анна stays: junior and middle ticked.
  await expect(page.locator('[data-testid="team-member"][data-name="анна"]')).toHaveAttribute('data-estimate', 'middle');
  await expect(page.locator('[data-testid="team-member"][data-name="Борис"]')).toHaveAttribute('data-estimate', '');
  const item = page.locator('[data-testid="team-item"][data-item-key="python-developer/junior/soft/1"]');
  await expect(item).toHaveAttribute('data-holders', '1');
  await expect(page.locator('[data-testid="team-unknown-item"]')).toHaveCount(2);

  // Sorting by name with the keyboard.
  const nameHeading = page.getByRole('columnheader', { name: /Имя/ });
  await nameHeading.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(nameHeading).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-name', 'анна');
  await page.keyboard.press('Enter');
  await expect(nameHeading).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toHaveAttribute('data-name', 'Дина');

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Adding the matrix a member's file carries puts their ticks in its place.
  await page.getByTestId('team-add-matrix').click();
  await expect(page.getByTestId('team-unknown-item')).toHaveCount(0);
  await expect(page.locator('[data-testid="team-member"][data-name="Дина"]')).toHaveAttribute('data-estimate', 'junior');
  await expect(page.locator('[data-testid="team-item"][data-item-key="team-analytics/junior/hard/2"]')).toHaveAttribute('data-holders', '1');
});

test('the team is kept only when asked, never exported, and forgotten on request', async ({ app, page }) => {
  await app.open('team');
  await page.getByTestId('team-import-file').setInputFiles(files.slice(0, 2));
  await expect(page.getByTestId('team-member')).toHaveCount(2);
  await app.reload();
  await expect(page.getByTestId('team-member')).toHaveCount(0);

  await page.getByTestId('team-import-file').setInputFiles(files.slice(0, 2));
  await expect(page.getByTestId('team-member')).toHaveCount(2);
  await page.getByTestId('team-keep').check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('grades.team') !== null)).toBe(true);
  await app.reload();
  await expect(page.getByTestId('team-member')).toHaveCount(2);
  await expect(page.getByTestId('team-keep')).toBeChecked();

  // The user's own export leaves the team out.
  await app.open('profile');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Экспорт|Скачать/ }).first().click();
  const exported = await (await download).createReadStream();
  let text = '';
  for await (const chunk of exported) text += chunk;
  expect(text).toContain('grades-export');
  expect(text).not.toContain('grades.team');

  await app.open('team');
  await page.getByTestId('team-forget').click();
  await expect(page.getByTestId('team-member')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('grades.team'))).toBeNull();
});

test('the CSV has a byte order mark and semicolons in Russian', async ({ app, page }) => {
  await app.open('team');
  await page.getByTestId('team-import-file').setInputFiles(files.slice(0, 2));
  await expect(page.getByTestId('team-member')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByTestId('team-export-csv').click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8');
  expect(csv.startsWith('\uFEFFИмя;Файл;Профессия;')).toBe(true);
  expect(csv).toContain('\r\nАнна;anna.json;Python-разработчик;');
});

test('at 375 px the page never scrolls sideways', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await app.open('team');
  await page.getByTestId('team-import-file').setInputFiles(files);
  await expect(page.getByTestId('team-member')).toHaveCount(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
