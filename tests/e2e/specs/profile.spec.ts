import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { ProfilePage } from './profile.page';

// The profile page: about the user, the summary, and export / import / reset of local data.

const everything: Record<string, string> = {
  'grades.language': '{"data":"ru","v":1}',
  'grades.settings': '{"data":{"base_rate":"60","currency":"EUR"},"v":1}',
  'grades.projects':
    '{"data":{"current":1,"next_id":3,"projects":[{"id":1,"name":"A","technologies":[]},{"id":2,"name":"B","technologies":[]}]},"v":1}',
  'grades.levels': '{"data":{"rust":{"level":"3","name":"Rust"},"sql":{"level":"2","name":"SQL"}},"v":1}',
  'grades.assessment': '{"data":{"ticked":["python-developer/junior/hard/2","python-developer/junior/soft/1"]},"v":1}',
  'grades.profile':
    '{"data":{"current_grade":"junior","name":"Анна","profession":"python-backend","target_grade":"middle"},"v":1}',
};

const parsed = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.parse(v)]));

test('the profile is saved as it is filled in and survives a reload', async ({ app, page }) => {
  const profile = new ProfilePage(app);
  await profile.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профиль');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  await profile.name.fill('Анна Петрова');
  await profile.profession.selectOption({ label: 'Бэкендер / Веб-разработчик' });
  await profile.currentGrade.selectOption({ label: 'Джун' });
  await profile.targetGrade.selectOption({ label: 'Мидл' });
  await app.reload();

  await expect(profile.name).toHaveValue('Анна Петрова');
  await expect(profile.profession).toHaveValue('python-backend');
  await expect(profile.currentGrade).toHaveValue('junior');
  await expect(profile.targetGrade).toHaveValue('middle');
  const stored = await page.evaluate(() => localStorage.getItem('grades.profile'));
  expect(JSON.parse(stored ?? 'null')).toEqual({
    v: 1,
    data: {
      name: 'Анна Петрова',
      profession: 'python-backend',
      current_grade: 'junior',
      target_grade: 'middle',
    },
  });
});

test('grades come from the chosen profession, the target only above the current', async ({
  app,
  page,
}) => {
  const profile = new ProfilePage(app);
  await profile.open();
  const current = profile.currentGrade;
  const target = profile.targetGrade;
  await expect(current).toBeDisabled();
  await expect(page.getByText('Сначала выберите профессию.').first()).toBeVisible();

  await profile.profession.selectOption('python-developer-extended');
  await expect(current.getByRole('option')).toHaveText([
    '— не выбран —',
    'Junior',
    'Junior+ / Middle-',
    'Middle+',
    'Senior',
    'Lead',
  ]);
  await current.selectOption({ label: 'Middle+' });
  await expect(target.getByRole('option')).toHaveText(['— не выбран —', 'Senior', 'Lead']);
  await target.selectOption({ label: 'Lead' });

  // Raising the current grade to the target clears the target.
  await current.selectOption({ label: 'Lead' });
  await expect(target).toHaveValue('');
  await expect(target).toBeDisabled();

  // A profession without grades clears both and says why.
  await profile.profession.selectOption('python-gamedev');
  await expect(current).toHaveValue('');
  await expect(current).toBeDisabled();
  await expect(page.getByText('Для этой профессии грейды пока не определены.').first()).toBeVisible();
});

test('the summary counts ticked skills and saved projects', async ({ app, page }) => {
  const profile = new ProfilePage(app);
  await profile.open();
  await expect(page.getByTestId('summary-ticks')).toHaveText('пока нет');
  await expect(page.getByTestId('summary-projects')).toHaveText('пока нет');
  await app.startWith(everything);
  await expect(page.getByTestId('summary-ticks')).toHaveText(/^2 из \d+$/);
  await expect(page.getByTestId('summary-projects')).toHaveText('2');
});

test('the page reads in English and has no accessibility violations', async ({ app, page }) => {
  const profile = new ProfilePage(app);
  await profile.open();
  await page.getByRole('button', { name: 'EN' }).click();
  for (const label of ['Name', 'Profession', 'Current grade', 'Target grade', 'Export file']) {
    await expect(page.getByLabel(label)).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Download data' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('export, reset, then import restores every stored value', async ({ app, page }) => {
  const profile = new ProfilePage(app);
  await app.startWith(everything);
  const before = await profile.storedData();
  expect(before).toEqual(parsed(everything));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать данные' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^grades-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'grades-export', format_version: 1 });
  expect(typeof file.app_version).toBe('string');
  expect(Date.parse(file.exported_at)).not.toBeNaN();
  expect(file.keys).toEqual(parsed(everything));

  await page.getByRole('button', { name: 'Удалить все данные…' }).click();
  const reset = page.getByRole('dialog', { name: 'Удалить все данные?' });
  await expect(reset).toBeVisible();
  await reset.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Все данные удалены');
  expect(await profile.storedData()).toEqual({});
  await expect(profile.name).toHaveValue('');

  await profile.importFile.setInputFiles(await download.path());
  const preview = page.getByRole('dialog', { name: 'Заменить данные из файла?' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('row', { name: /Профиль/ })).toContainText('Анна');
  await expect(preview.getByRole('row', { name: /Проекты/ })).toContainText('сохранено: 2');
  await preview.getByRole('button', { name: 'Заменить данные' }).click();

  await expect(page.getByTestId('notice')).toContainText('Данные импортированы');
  expect(await profile.storedData()).toEqual(before);
  await expect(profile.name).toHaveValue('Анна');
  await expect(profile.targetGrade).toHaveValue('middle');
});

test('the reset and import dialogs change nothing when cancelled', async ({ app, page }) => {
  const profile = new ProfilePage(app);
  await app.startWith(everything);
  await page.getByRole('button', { name: 'Удалить все данные…' }).click();
  const reset = page.getByRole('dialog', { name: 'Удалить все данные?' });
  await expect(reset.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reset).toBeHidden();
  // Focus goes back to what opened the dialog.
  await expect(page.getByRole('button', { name: 'Удалить все данные…' })).toBeFocused();

  const file = JSON.stringify({
    format: 'grades-export',
    format_version: 1,
    keys: { 'grades.profile': { v: 1, data: { name: 'Борис' } } },
  });
  await profile.importFile.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  const preview = page.getByRole('dialog', { name: 'Заменить данные из файла?' });
  await expect(preview.getByRole('row', { name: /Самооценка/ })).toContainText('нет (по умолчанию)');
  const results = await new AxeBuilder({ page }).include('#import-preview').analyze();
  expect(results.violations).toEqual([]);
  await preview.getByRole('button', { name: 'Отмена' }).click();
  await expect(preview).toBeHidden();
  expect(await profile.storedData()).toEqual(parsed(everything));
});

const exportOf = (keys: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'grades-export', format_version: 1, keys, ...extra });

const badFiles = [
  { case: 'not JSON', body: 'hello, world', message: /Это не JSON: ошибка в строке 1/ },
  { case: 'JSON that is not an export', body: '{"hello":1}', message: /не файл экспорта «Грейдов»/ },
  {
    case: 'an export with a section of the wrong shape',
    body: exportOf({ 'grades.profile': { v: 1, data: { name: 5 } } }),
    message: /Неверная структура раздела «Профиль»/,
  },
  {
    case: 'an export with an unknown section',
    body: exportOf({ 'grades.secrets': { v: 1, data: {} } }),
    message: /неизвестный раздел «grades\.secrets»/,
  },
  {
    case: 'an export of a newer format',
    body: exportOf({}, { format_version: 2 }),
    message: /более новой версией приложения \(формат 2\)/,
  },
  {
    case: 'an export with data of a newer version',
    body: exportOf({ 'grades.settings': { v: 7, data: {} } }),
    message: /«Настройки калькулятора» записан более новой версией/,
  },
  {
    case: 'a file over 1 MB',
    body: exportOf({}, { padding: ' '.repeat(1024 * 1024) }),
    message: /Файл слишком большой/,
  },
];

for (const bad of badFiles) {
  test(`importing ${bad.case} changes nothing and says what is wrong`, async ({ app, page }) => {
    const profile = new ProfilePage(app);
    await app.startWith(everything);
    await profile.importFile.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad.body),
    });
    await expect(page.getByTestId('import-error')).toHaveText(bad.message);
    await expect(page.getByTestId('import-error')).toContainText('Ничего не изменено.');
    await expect(profile.importFile).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await profile.storedData()).toEqual(parsed(everything));
  });
}
