import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './home.page';

// Snapshots of the user's growth on /plan (docs/rules.md#snapshots): saving, the automatic one,
// the list, comparing two, the timeline and its table twin, and the stored key.

/** An own profession: grade `a` with 4 items, `b` with 2, `c` with 3. */
const team = {
  id: 'team',
  name: 'Команда',
  grades: [
    { id: 'a', title: 'Первый', groups: [{ id: 's', title: 'Навыки', items: [1, 2, 3, 4].map((n) => ({ id: String(n), text: `Умеет a${n}` })) }] },
    { id: 'b', title: 'Второй', groups: [{ id: 's', title: 'Навыки', items: [1, 2].map((n) => ({ id: String(n), text: `Умеет b${n}` })) }] },
    { id: 'c', title: 'Третий', groups: [{ id: 's', title: 'Навыки', items: [1, 2, 3].map((n) => ({ id: String(n), text: `Умеет c${n}` })) }] },
  ],
};
const key = (grade: string, n: number) => `team/${grade}/s/${n}`;
const stored = (data: unknown) => JSON.stringify({ v: 1, data });
const ticks = (keys: string[]) => stored({ ticked: [...keys].sort() });

const base: Record<string, string> = {
  'grades.matrices': stored({ professions: [team] }),
  'grades.profile': stored({ profession: 'team', target_grade: 'b' }),
};
const manualOnly = stored({ automatic_off: true });

const read = (page: Page, name: string) => page.evaluate((name) => localStorage.getItem(name), name);
const snapshotsIn = async (page: Page) => {
  const raw = await read(page, 'grades.snapshots');
  return raw ? JSON.parse(raw).data.snapshots ?? [] : [];
};

async function openPlan(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: 'Снимки прогресса' })).toBeVisible();
}

test('two snapshots with ticks changed between them compare older to newer', async ({ app, page }) => {
  const first = [key('a', 1), key('a', 2), key('b', 1), 'gone/x/s/1'];
  const second = [key('a', 1), key('a', 3), key('a', 4), key('c', 2)];
  await app.startWith({ ...base, 'grades.snapshots': manualOnly, 'grades.assessment': ticks(first) });
  await app.open('plan');
  await openPlan(page);
  await page.getByLabel('Подпись снимка (необязательно)').fill('До ревью');
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot-saved')).toHaveText('Снимок сохранён.');
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(page.getByTestId('snapshot').first()).toContainText('До ревью');

  await app.writeAndReload({ 'grades.assessment': ticks(second) });
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot')).toHaveCount(2);

  const compare = page.getByTestId('snapshot-compare');
  await expect(compare).toBeDisabled();
  // Picked newer first: the comparison still runs older → newer.
  await page.getByTestId('snapshot-pick').nth(0).check();
  await expect(compare).toBeDisabled();
  await page.getByTestId('snapshot-pick').nth(1).check();
  await compare.click();

  const gained = second.filter((k) => !first.includes(k));
  const lost = first.filter((k) => !second.includes(k));
  await expect(page.getByTestId('snapshot-gained')).toHaveAttribute('data-value', String(gained.length));
  await expect(page.getByTestId('snapshot-lost')).toHaveAttribute('data-value', String(lost.length));
  const keysIn = (id: string) =>
    page.getByTestId(id).locator('[data-item-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-key')));
  expect((await keysIn('snapshot-gained')).sort()).toEqual([...gained].sort());
  expect((await keysIn('snapshot-lost')).sort()).toEqual([...lost].sort());
  // Grade titles and item texts from the catalog; an unknown item by its key.
  await expect(page.getByTestId('snapshot-gained')).toContainText('Команда — Первый (2)');
  await expect(page.getByTestId('snapshot-gained')).toContainText('Умеет c2');
  await expect(page.getByTestId('snapshot-lost')).toContainText('gone/x/s/1');
  await expect(page.getByRole('heading', { name: /^Изменения с / })).toBeFocused();
  const saved = await snapshotsIn(page);
  expect(saved.map((s: { ticks: string[] }) => s.ticks)).toEqual([[...first].sort(), [...second].sort()]);
  expect(saved[0].label).toBe('До ревью');
  expect(saved[0].projects).toEqual([{ name: 'Пример из методики', q: '2.22', d: 'D2' }]);
});

test('a label that is too long gets a message and nothing is lost or saved', async ({ app, page }) => {
  await app.startWith({ ...base, 'grades.snapshots': manualOnly });
  await app.open('plan');
  await openPlan(page);
  const field = page.getByLabel('Подпись снимка (необязательно)');
  const long = 'я'.repeat(101);
  await field.fill(long);
  await expect(page.locator('#snapshot-label-error')).toContainText('101 символов, можно не больше 100');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('snapshot-save').click();
  await expect(field).toHaveValue(long);
  await expect(field).toBeFocused();
  await expect(page.getByTestId('snapshot')).toHaveCount(0);
  expect(await snapshotsIn(page)).toEqual([]);
});

test('a snapshot is deleted, and comes back with undo', async ({ app, page }) => {
  await app.startWith({ ...base, 'grades.snapshots': manualOnly });
  await app.open('plan');
  await openPlan(page);
  await page.getByTestId('snapshot-save').click();
  await page.getByLabel('Подпись снимка (необязательно)').fill('второй');
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot')).toHaveCount(2);
  await page.getByTestId('snapshot').filter({ hasText: 'второй' }).getByTestId('snapshot-delete').click();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(page.getByTestId('snapshot-undo')).toBeFocused();
  expect(await snapshotsIn(page)).toHaveLength(1);
  await page.getByTestId('snapshot-undo').click();
  await expect(page.getByTestId('snapshot')).toHaveCount(2);
  expect((await snapshotsIn(page)).map((s: { label?: string }) => s.label ?? null)).toEqual([null, 'второй']);
});

test('the timeline table twin lists every snapshot with its progress to the target', async ({ app, page }) => {
  // Up to grade b there are 6 items (4 + 2); items of c do not count.
  const lists = [[], [key('a', 1), key('c', 1)], [key('a', 1), key('a', 2), key('a', 3), key('a', 4)], [key('a', 1), key('a', 2), key('a', 3), key('a', 4), key('b', 1), key('b', 2)]];
  const estimates = [null, null, 'a', 'b'];
  const snapshots = lists.map((t, i) => ({
    taken_at: `2026-11-2${i}T10:00:00.000Z`,
    automatic: i % 2 === 0,
    ticks: [...t].sort(),
    estimates: { team: estimates[i] },
    projects: [],
    ...(i === 3 ? { label: 'цель' } : {}),
  }));
  await app.startWith({ ...base, 'grades.snapshots': stored({ snapshots }) });
  await app.open('plan');
  await openPlan(page);
  await expect(page.getByTestId('snapshot')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /Прогресс к грейду «Второй» \(Команда\)/ })).toBeVisible();
  await page.getByTestId('timeline').getByText('Показать данные таблицей').click();
  const rows = page.getByTestId('timeline-row');
  await expect(rows).toHaveCount(4);
  const wanted = [key('a', 1), key('a', 2), key('a', 3), key('a', 4), key('b', 1), key('b', 2)];
  const percents = lists.map((t) => String(Math.floor((t.filter((k) => wanted.includes(k)).length * 100) / wanted.length)));
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-progress')))).toEqual(percents);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-estimate')))).toEqual(['', '', 'a', 'b']);
  await expect(rows.nth(3)).toContainText('цель');
  await expect(rows.nth(3)).toContainText('100 % (6 из 6)');
  await expect(rows.nth(2)).toContainText('Первый');
});

test('ticking on the home page saves one automatic snapshot a day, unless turned off', async ({ app, page }) => {
  await app.startWith(base);
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Команда');
  await card.locator(`[data-item-key="${key('a', 1)}"]`).check();
  await expect.poll(async () => (await snapshotsIn(page)).length).toBe(1);
  const [auto] = await snapshotsIn(page);
  expect(auto).toMatchObject({ automatic: true, ticks: [key('a', 1)], estimates: { team: null } });
  // The same day: no second one.
  await card.locator(`[data-item-key="${key('a', 2)}"]`).check();
  await expect.poll(() => read(page, 'grades.assessment')).toContain(key('a', 2));
  await page.waitForTimeout(400);
  expect(await snapshotsIn(page)).toHaveLength(1);

  await app.open('plan');
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(page.getByTestId('snapshot')).toContainText('автоматический');
  const setting = page.getByTestId('snapshot-automatic');
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect.poll(() => read(page, 'grades.snapshots')).toContain('"automatic_off":true');
});

test('with automatic snapshots off, ticking saves none', async ({ app, page }) => {
  await app.startWith({ ...base, 'grades.snapshots': manualOnly });
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Команда');
  await card.locator(`[data-item-key="${key('a', 1)}"]`).check();
  await expect.poll(() => read(page, 'grades.assessment')).toContain(key('a', 1));
  await page.waitForTimeout(400);
  expect(await snapshotsIn(page)).toEqual([]);
});

test('corrupted snapshots are backed up and reported, and the app starts', async ({ app, page }) => {
  const raw = '{"v":1,"data":{"snapshots":[{"taken_at":5}]}}';
  await app.startWith({ 'grades.snapshots': raw });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профиль');
  const notice = page.getByTestId('notice').filter({ hasText: '«Снимки прогресса»' });
  await expect(notice).toContainText('не удалось прочитать');
  expect(await read(page, 'grades.snapshots.backup')).toBe(raw);
  expect(await read(page, 'grades.snapshots')).toBeNull();
  await app.open('plan');
  await expect(page.getByTestId('snapshots-empty')).toBeVisible();
});

test('export, reset, then import brings the snapshots back', async ({ app, page }) => {
  await app.startWith({ ...base, 'grades.snapshots': manualOnly });
  await app.open('plan');
  await page.getByLabel('Подпись снимка (необязательно)').fill('на память');
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  const before = await read(page, 'grades.snapshots');

  await app.open('profile');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать данные' }).click();
  const download = await downloading;
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.keys['grades.snapshots']).toEqual(JSON.parse(before!));
  await page.getByRole('button', { name: 'Удалить все данные…' }).click();
  await page.getByRole('dialog', { name: 'Удалить все данные?' }).getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Все данные удалены');
  expect(await read(page, 'grades.snapshots')).toBeNull();
  await page.getByLabel('Файл экспорта').setInputFiles(await download.path());
  const preview = page.getByRole('dialog', { name: 'Заменить данные из файла?' });
  await expect(preview.getByRole('row', { name: /Снимки прогресса/ }).getByRole('cell')).toHaveText(['нет (по умолчанию)', 'снимков: 1']);
  await preview.getByRole('button', { name: 'Заменить данные' }).click();
  await expect(page.getByTestId('notice')).toContainText('Данные импортированы');
  expect(JSON.parse((await read(page, 'grades.snapshots'))!)).toEqual(JSON.parse(before!));
  await app.open('plan');
  await expect(page.getByTestId('snapshot')).toContainText('на память');
});

const twoSnapshots = stored({
  automatic_off: true,
  snapshots: [
    { taken_at: '2026-11-01T09:00:00.000Z', automatic: true, ticks: [key('a', 1)], estimates: { team: null }, projects: [{ name: 'Магазин', q: '1.50', d: 'D1' }] },
    { taken_at: '2026-11-20T09:00:00.000Z', automatic: false, label: 'Перед ревью и очень длинная подпись, которая не должна ломать вёрстку на телефоне', ticks: [key('a', 1), key('a', 2), key('a', 3), key('a', 4), key('b', 1)], estimates: { team: 'a' }, projects: [{ name: 'Магазин', q: '2.25', d: 'D2' }] },
  ],
});

for (const lang of ['RU', 'EN']) {
  test(`the snapshots section with a comparison has no axe violations (${lang})`, async ({ app, page }) => {
    await app.startWith({ ...base, 'grades.snapshots': twoSnapshots });
    await app.open('plan');
    if (lang === 'EN') await page.getByRole('button', { name: 'EN' }).click();
    await expect(page.getByTestId('snapshot')).toHaveCount(2);
    for (const pick of await page.getByTestId('snapshot-pick').all()) await pick.check();
    await page.getByTestId('snapshot-compare').click();
    await expect(page.getByTestId('snapshot-comparison')).toBeVisible();
    await page.getByTestId('timeline').locator('summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  });
}

test('picking and comparing work from the keyboard', async ({ app, page }) => {
  await app.startWith({ ...base, 'grades.snapshots': twoSnapshots });
  await app.open('plan');
  const picks = page.getByTestId('snapshot-pick');
  await expect(picks).toHaveCount(2);
  await picks.nth(0).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // edit label
  await page.keyboard.press('Tab'); // delete
  await page.keyboard.press('Tab');
  await expect(picks.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByTestId('snapshot-compare').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('snapshot-gained')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('snapshot-lost')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('snapshot-project-change')).toContainText('+0.75');
  await expect(page.getByTestId('snapshot-estimate-change')).toContainText('Первый');
});

test('at 375 px the section does not scroll sideways', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await app.startWith({ ...base, 'grades.snapshots': twoSnapshots });
  await app.open('plan');
  for (const pick of await page.getByTestId('snapshot-pick').all()) await pick.check();
  await page.getByTestId('snapshot-compare').click();
  await page.getByTestId('timeline').locator('summary').click();
  await page.getByTestId('snapshot-edit-label').first().click();
  await expect(page.getByTestId('timeline-row')).toHaveCount(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
