import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './home.page';
import { ProfilePage } from './profile.page';

// Evidence on skill items (docs/rules.md#evidence): a note, links and a date per item, shown
// beside it as text, counted per grade, carried by export and import.

const FIRST = 'python-developer/junior/soft/1';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(summary).toEqual([]);
}

/** The home page with the Python developer's skills open; its Junior grade. */
async function junior(home: HomePage): Promise<Locator> {
  await home.open();
  const card = await home.expand('Python-разработчик');
  return home.grade(card, 'Junior');
}

function item(grade: Locator, key: string): Locator {
  return grade.getByRole('listitem').filter({ has: grade.page().locator(`input[data-item-key="${key}"]`) });
}

function editor(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Подтверждение навыка' });
}

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('grades.evidence'));

test('evidence is saved, shown beside its item as text with safe links, and kept after a reload', async ({ app, page }) => {
  const home = new HomePage(app);
  const grade = await junior(home);
  await expect(grade.getByTestId('grade-evidence')).toHaveText('с подтверждением: 0');
  const first = item(grade, FIRST);
  const open = first.getByTestId('evidence-open');
  await expect(open).toHaveAccessibleName(/^Подтверждение: .+/);
  await open.click();

  const dialog = editor(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('evidence-note')).toBeFocused();
  await dialog.getByTestId('evidence-note').fill('Провёл ревью <script>alert(1)</script>\nвторая строка');
  await expect(dialog.getByText(/^52 из 2\s000 символов$/)).toBeVisible();
  await dialog.getByLabel('Ссылка 1').fill('https://example.com/review/1');
  await dialog.getByRole('button', { name: 'Добавить ссылку' }).click();
  await dialog.getByLabel('Ссылка 2').fill('http://example.org/talk');
  await dialog.getByLabel('Дата').fill('2026-03-15');
  await dialog.getByTestId('evidence-save').click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  const check = async (grade: Locator) => {
    const shown = item(grade, FIRST).getByTestId('evidence');
    await expect(shown).toContainText('есть подтверждение');
    await expect(shown).toContainText('дата: 2026-03-15');
    await expect(shown.locator('.evidence__note')).toHaveText('Провёл ревью <script>alert(1)</script>\nвторая строка');
    await expect(shown.locator('script')).toHaveCount(0);
    const links = shown.getByRole('link');
    await expect(links).toHaveText(['https://example.com/review/1', 'http://example.org/talk']);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
    }
    await expect(links.first()).toHaveAttribute('href', 'https://example.com/review/1');
    await expect(grade.getByTestId('grade-evidence')).toHaveText('с подтверждением: 1');
  };
  await check(grade);
  expect(JSON.parse((await stored(page)) ?? 'null')).toEqual({
    v: 1,
    data: {
      items: {
        [FIRST]: {
          note: 'Провёл ревью <script>alert(1)</script>\nвторая строка',
          links: ['https://example.com/review/1', 'http://example.org/talk'],
          date: '2026-03-15',
        },
      },
    },
  });
  await expectNoViolations(page);

  // Printed with its item; the editor's button is not.
  await page.emulateMedia({ media: 'print' });
  await expect(item(grade, FIRST).getByTestId('evidence')).toBeVisible();
  await expect(item(grade, FIRST).getByTestId('evidence-open')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await app.reload();
  await check(await junior(home));
});

test('a javascript: link is refused next to its field, nothing typed is lost and nothing stored', async ({ app, page }) => {
  const home = new HomePage(app);
  const grade = await junior(home);
  await item(grade, FIRST).getByTestId('evidence-open').click();
  const dialog = editor(page);
  await dialog.getByTestId('evidence-note').fill('Доклад на митапе');
  const link = dialog.getByLabel('Ссылка 1');
  await link.fill('javascript:alert(document.cookie)');
  await expectNoViolations(page);
  await dialog.getByTestId('evidence-save').click();

  await expect(dialog).toBeVisible();
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription(/только ссылки http и https/);
  await expect(link).toBeFocused();
  await expect(link).toHaveValue('javascript:alert(document.cookie)');
  await expect(dialog.getByTestId('evidence-note')).toHaveValue('Доклад на митапе');
  expect(await stored(page)).toBeNull();
  await expectNoViolations(page);

  // Cancelling keeps nothing; reopening starts from what is stored.
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(item(grade, FIRST).getByTestId('evidence')).toHaveCount(0);
  expect(await stored(page)).toBeNull();
  await item(grade, FIRST).getByTestId('evidence-open').click();
  await expect(dialog.getByTestId('evidence-note')).toHaveValue('');

  await dialog.getByTestId('evidence-note').fill('Доклад на митапе');
  await dialog.getByLabel('Ссылка 1').fill('https://example.com/talk');
  await dialog.getByTestId('evidence-save').click();
  await expect(dialog).toBeHidden();
  await expect(item(grade, FIRST).getByTestId('evidence').getByRole('link')).toHaveText('https://example.com/talk');

  // Removing the evidence takes it off the item and out of storage.
  await item(grade, FIRST).getByTestId('evidence-open').click();
  await dialog.getByRole('button', { name: 'Удалить подтверждение' }).click();
  await expect(dialog).toBeHidden();
  await expect(item(grade, FIRST).getByTestId('evidence')).toHaveCount(0);
  expect(JSON.parse((await stored(page)) ?? 'null')).toEqual({ v: 1, data: { items: {} } });
});

const saved = JSON.stringify({
  v: 1,
  data: {
    items: {
      'python-developer/junior/soft/1': { note: 'Наставничество' },
      'python-developer/junior/soft/2': { note: '', links: ['https://example.com/a'] },
      'python-developer/middle/soft/1': { note: '', date: '2025-12-01' },
      'python-developer/gone/soft/1': { note: 'пункта больше нет' },
    },
  },
});

test('each grade counts its items with evidence', async ({ app, page }) => {
  const home = new HomePage(app);
  await app.startWith({ 'grades.evidence': saved });
  await home.open();
  const card = await home.expand('Python-разработчик');
  await expect(home.grade(card, 'Junior').getByTestId('grade-evidence')).toHaveText('с подтверждением: 2');
  await expect(home.grade(card, 'Middle').getByTestId('grade-evidence')).toHaveText('с подтверждением: 1');
  await expect(home.grade(card, 'Senior').getByTestId('grade-evidence')).toHaveText('с подтверждением: 0');
  await expect(card.getByTestId('evidence')).toHaveCount(3);

  await page.getByRole('button', { name: 'EN' }).click();
  await expect(home.grade(card, 'Junior').getByTestId('grade-evidence')).toHaveText('with evidence: 2');
  await expect(card.getByTestId('evidence').first()).toContainText('has evidence');
  await expectNoViolations(page);
});

test('export, reset, then import restores the evidence', async ({ app, page }) => {
  const profile = new ProfilePage(app);
  await app.startWith({ 'grades.evidence': saved });
  const before = await stored(page);
  expect(JSON.parse(before ?? 'null')).toEqual(JSON.parse(saved));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать данные' }).click();
  const download = await downloading;

  await page.getByRole('button', { name: 'Удалить все данные…' }).click();
  await page.getByRole('dialog', { name: 'Удалить все данные?' }).getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Все данные удалены');
  expect(await stored(page)).toBeNull();

  await profile.importFile.setInputFiles(await download.path());
  const preview = page.getByRole('dialog', { name: 'Заменить данные из файла?' });
  // The preview counts the items with evidence, now and after the import.
  const row = preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Подтверждения навыков' }) });
  await expect(row.getByRole('cell')).toHaveText(['нет (по умолчанию)', 'пунктов с подтверждениями: 4']);
  await preview.getByRole('button', { name: 'Заменить данные' }).click();
  await expect(page.getByTestId('notice')).toContainText('Данные импортированы');
  expect(JSON.parse((await stored(page)) ?? 'null')).toEqual(JSON.parse(saved));

  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Python-разработчик');
  await expect(home.grade(card, 'Junior').getByTestId('grade-evidence')).toHaveText('с подтверждением: 2');
  await expect(item(home.grade(card, 'Junior'), FIRST).getByTestId('evidence')).toContainText('Наставничество');
});

test('keyboard only: reach the button after its checkbox, open, type, save', async ({ app, page }) => {
  const home = new HomePage(app);
  const grade = await junior(home);
  await item(grade, FIRST).getByRole('checkbox').focus();
  await page.keyboard.press('Tab');
  const open = item(grade, FIRST).getByTestId('evidence-open');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = editor(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('evidence-note')).toBeFocused();
  await page.keyboard.type('Написал тесты');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Ссылка 1')).toBeFocused();
  await page.keyboard.type('https://example.com/tests');
  // Enter in a link field saves, like the save button.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(item(grade, FIRST).getByTestId('evidence')).toContainText('Написал тесты');

  // Escape closes without saving.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.type(' и ещё');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(item(grade, FIRST).getByTestId('evidence').locator('.evidence__note')).toHaveText('Написал тесты');
});
