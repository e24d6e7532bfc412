import type { Page } from '@playwright/test';
import { App, test, expect } from './fixtures';

// Local data never lost (docs/formats.md#backups): unreadable values are backed up and reported,
// older versions migrate, two tabs stay consistent, and a refusing storage is reported once.

const keys = [
  { name: 'grades.language', label: 'Язык интерфейса' },
  { name: 'grades.settings', label: 'Настройки калькулятора' },
  { name: 'grades.projects', label: 'Проекты' },
  { name: 'grades.levels', label: 'Уровни владения технологиями' },
  { name: 'grades.assessment', label: 'Самооценка' },
  { name: 'grades.profile', label: 'Профиль' },
];

const read = (page: Page, key: string) =>
  page.evaluate((key) => localStorage.getItem(key), key);

const notices = (page: Page) => page.getByTestId('notice');

/** Opens the profile page and waits until the app runs (and listens to other tabs). */
async function openProfile(page: Page) {
  await new App(page).open('profile');
  await expect(page.getByLabel('Имя')).toBeEditable();
}

for (const key of keys) {
  test(`corrupted JSON under ${key.name} is backed up and reported, and the app starts`, async ({
    app,
    page,
  }) => {
    const raw = '{"v":1,"data":{"oops"';
    await app.startWith({ [key.name]: raw });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профиль');
    const notice = notices(page).filter({ hasText: `«${key.label}»` });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('не удалось прочитать');
    await expect(notice.getByRole('button', { name: 'Скачать исходные данные' })).toBeVisible();
    expect(await read(page, `${key.name}.backup`)).toBe(raw);
    expect(await read(page, key.name)).toBeNull();
  });

  test(`a value from a newer version under ${key.name} is backed up and reported`, async ({
    app,
    page,
  }) => {
    const raw = '{"v":99,"data":{"from":"the future"}}';
    await app.startWith({ [key.name]: raw });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профиль');
    const notice = notices(page).filter({ hasText: `«${key.label}»` });
    await expect(notice).toContainText('более новой версией');
    expect(await read(page, `${key.name}.backup`)).toBe(raw);
  });
}

test('the original of unreadable data downloads from the notice', async ({ app, page }) => {
  const raw = 'not json at all';
  await app.startWith({ 'grades.profile': raw });
  const downloading = page.waitForEvent('download');
  await notices(page).getByRole('button', { name: 'Скачать исходные данные' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^grades\.profile-backup-\d{4}-\d{2}-\d{2}\.txt$/);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await download.path(), 'utf8')).toBe(raw);
});

test('a second unreadable value never overwrites an earlier backup', async ({ app, page }) => {
  await app.startWith({ 'grades.profile': '{first' });
  await expect(notices(page)).toHaveCount(1);
  await app.writeAndReload({ 'grades.profile': '{second' });
  await expect(notices(page)).toHaveCount(1);
  expect(await read(page, 'grades.profile.backup')).toBe('{first');
  expect(await read(page, 'grades.profile.backup.2')).toBe('{second');

  // Backups stay until the user deletes one, after confirming.
  const second = page.getByRole('listitem').filter({ hasText: 'grades.profile.backup.2' });
  await second.getByRole('button', { name: 'Удалить' }).click();
  const confirm = page.getByRole('dialog', { name: 'Удалить резервную копию?' });
  await confirm.getByRole('button', { name: 'Удалить' }).click();
  await expect(second).toHaveCount(0);
  expect(await read(page, 'grades.profile.backup.2')).toBeNull();
  expect(await read(page, 'grades.profile.backup')).toBe('{first');
});

test('values stored without an envelope (version 0) are migrated', async ({ app, page }) => {
  await app.startWith({
    'grades.language': '"en"',
    'grades.profile': '{"name":"Анна"}',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profile');
  await expect(page.getByLabel('Name')).toHaveValue('Анна');
  await expect(notices(page)).toHaveCount(0);
  expect(await read(page, 'grades.language')).toBe('{"data":"en","v":1}');
  expect(JSON.parse((await read(page, 'grades.profile')) ?? 'null')).toEqual({
    v: 1,
    data: { name: 'Анна' },
  });
});

test('an edit in one tab shows up in the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openProfile(first);
  await openProfile(second);

  await first.getByLabel('Имя').fill('Анна');
  await expect(second.getByLabel('Имя')).toHaveValue('Анна');

  await second.getByLabel('Профессия').selectOption('python-backend');
  await expect(first.getByLabel('Профессия')).toHaveValue('python-backend');

  await first.getByRole('button', { name: 'EN' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Profile');
  await expect(second.getByLabel('Name')).toHaveValue('Анна');
});

test('a tab never overwrites data a newer version stored from another tab', async ({ context }) => {
  const older = await context.newPage();
  const newer = await context.newPage();
  await openProfile(older);
  await openProfile(newer);
  const future = '{"v":2,"data":{"name":"из будущего","nickname":"x"}}';
  await newer.evaluate((future) => localStorage.setItem('grades.profile', future), future);

  const notice = notices(older).filter({ hasText: '«Профиль»' });
  await expect(notice).toContainText('не может прочитать');
  await older.getByLabel('Имя').fill('Старое');
  // A later change that does show proves the profile's save has been tried by now.
  await older.getByRole('button', { name: 'EN' }).click();
  await expect(newer.getByRole('heading', { level: 1 })).toHaveText('Profile');
  await expect(older.getByLabel('Name')).toHaveValue('Старое');
  expect(await read(newer, 'grades.profile')).toBe(future);
});

test('a write made over data another tab changed meanwhile takes theirs instead', async ({
  app,
  page,
}) => {
  await app.open('profile');
  await page.getByLabel('Имя').fill('Анна');
  await expect.poll(() => read(page, 'grades.profile')).toContain('Анна');
  // Another tab writes before this one has heard of it: a same-page write fires no event here.
  const theirs = '{"data":{"name":"Борис"},"v":1}';
  await page.evaluate((theirs) => localStorage.setItem('grades.profile', theirs), theirs);
  await page.getByLabel('Имя').fill('Анна Петровна');

  await expect(page.getByLabel('Имя')).toHaveValue('Борис');
  await expect(notices(page).filter({ hasText: '«Профиль»' })).toContainText(
    'изменились в другой вкладке',
  );
  expect(await read(page, 'grades.profile')).toBe(theirs);
});

test('storage that refuses writes is reported once and the app works on in memory', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await app.open('profile');
  await page.getByLabel('Имя').fill('Анна');
  const full = notices(page).filter({ hasText: 'Браузер отказался сохранить данные' });
  await expect(full).toHaveCount(1);
  await page.getByLabel('Имя').fill('Анна П.');
  await page.getByLabel('Профессия').selectOption('python-devops');
  await expect(notices(page)).toHaveCount(1);

  await full.getByRole('button', { name: 'Закрыть' }).click();
  await page.getByLabel('Имя').fill('Анна Петровна');
  await expect(notices(page)).toHaveCount(0);

  // Still working, in memory: across pages, and in another language.
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  await nav.getByRole('link', { name: 'Калькулятор' }).click();
  await nav.getByRole('link', { name: 'Профиль' }).click();
  await expect(page.getByLabel('Имя')).toHaveValue('Анна Петровна');
  await expect(page.getByLabel('Профессия')).toHaveValue('python-devops');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profile');
  expect(await read(page, 'grades.profile')).toBeNull();
});

test('storage that cannot be opened at all is reported and the app works', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await app.open('profile');
  await expect(notices(page)).toContainText('Локальное хранилище недоступно');
  await page.getByLabel('Имя').fill('Анна');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Анна');
  await expect(notices(page)).toHaveCount(1);
});
