import { test, expect } from './fixtures';

// What the matrices say reaches the reader as text: inline code as code, without backticks,
// and the source of each matrix in words.

test('skills marked as code in the source show as code, without backticks', async ({ app, page }) => {
  await app.open('./');
  const card = page.getByRole('article', { name: 'Python-разработчик', exact: true });
  await card.getByRole('button', { name: 'Показать навыки' }).click();
  const item = card.getByRole('checkbox', { name: 'Написание простых юнит-тестов с unittest или pytest' });
  await expect(item).toBeVisible();
  const codes = card.getByRole('listitem').filter({ hasText: 'Написание простых юнит-тестов' }).locator('code');
  await expect(codes).toHaveText(['unittest', 'pytest']);
  await expect(card).not.toContainText('`');
});

test('Learning shows the same code without backticks', async ({ app, page }) => {
  await app.open('learning');
  const module = page.getByTestId('module').filter({ hasText: 'Работа со стандартными библиотеками' });
  await expect(module.locator('code')).toHaveText(['json', 'math', 'datetime']);
  await expect(page.locator('main')).not.toContainText('`');
});

test('code in a skill is text, never markup', async ({ app, page }) => {
  await app.open('./');
  await page.getByRole('button', { name: 'Показать навыки' }).first().click();
  // No element inside a code span: the splitter hands the view plain text only.
  await expect(page.locator('code.inline-code *')).toHaveCount(0);
  await expect(page.locator('code.inline-code')).toHaveCount(9);
});

test('an open profession says where its matrix comes from, in both languages', async ({ app, page }) => {
  await app.open('./');
  const card = page.getByRole('article', { name: 'Python-разработчик (расширенная матрица)', exact: true });
  await card.getByRole('button', { name: 'Показать навыки' }).click();
  await expect(card.locator('.profession__source')).toHaveText(
    'Источник: подробная матрица навыков Python-разработчика с глоссарием',
  );
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(card.locator('.profession__source')).toHaveText(
    'Source: a detailed skills matrix of a Python developer, with a glossary',
  );
});
