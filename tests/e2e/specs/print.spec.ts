import { test, expect } from './fixtures';

// Printing keeps the content and drops what only works on screen.
test('the calculator prints its inputs, result and charts without controls', async ({ app, page }) => {
  await app.open('calculator');
  await expect(page.getByTestId('qualification')).toHaveAttribute('data-value', '2.22');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Основная навигация' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Поделиться' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Новый проект' })).toBeHidden();
  await expect(page.getByTestId('qualification')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Справочная таблица уровней' })).toBeVisible();
  const charts = page.getByRole('region', { name: 'Графики' }).getByRole('img');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) await expect(chart).toBeVisible();

  // Fields print as their whole values, not cut to the width of an input box.
  const name = page.getByRole('group', { name: /^Технология 1\b/ }).getByLabel('Технология', { exact: true });
  const fits = await name.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth);
  expect(fits).toBe(true);

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(0);
});

test('with a matrix open, the home page prints that profession only', async ({ app, page }) => {
  await app.open('./');
  const card = page.getByRole('article', { name: 'Python-разработчик', exact: true });
  await card.getByRole('button', { name: 'Показать навыки' }).click();
  await page.emulateMedia({ media: 'print' });

  await expect(card).toBeVisible();
  await expect(card.getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByTestId('profession')).toHaveCount(11);
  await expect(page.getByTestId('profession').filter({ visible: true })).toHaveCount(1);
  await expect(page.getByRole('search')).toBeHidden();
});
