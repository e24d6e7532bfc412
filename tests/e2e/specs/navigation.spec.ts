import { test, expect } from './fixtures';

const pages = [
  { path: './', link: 'Профессии', heading: 'Профессии и грейды' },
  { path: 'calculator', link: 'Калькулятор', heading: 'Квалификация и зарплата' },
  { path: 'matrices', link: 'Мои матрицы', heading: 'Мои матрицы' },
  { path: 'plan', link: 'План', heading: 'План развития' },
  { path: 'team', link: 'Команда', heading: 'Команда' },
  { path: 'learning', link: 'Обучение', heading: 'Обучение' },
  { path: 'profile', link: 'Профиль', heading: 'Профиль' },
];

test('every page is reachable through the navigation', async ({ app, page, baseURL }) => {
  await app.open('./');
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  for (const p of pages) {
    await nav.getByRole('link', { name: p.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
    await expect(page).toHaveURL(new URL(p.path, baseURL).href);
    await expect(nav.getByRole('link', { name: p.link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

for (const p of pages) {
  test(`a direct visit to ${p.path} renders its page`, async ({ app, page }) => {
    const response = await app.open(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
    await expect(page.getByTestId('not-found')).toHaveCount(0);
  });
}

test('an unknown path shows the not-found page with a way home', async ({ app, page, baseURL }) => {
  await app.open('no/such/page');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await page.getByRole('link', { name: 'На главную' }).click();
  await expect(page).toHaveURL(new URL('./', baseURL).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
});

test('the language switch translates the interface and is remembered', async ({ app, page }) => {
  await app.open('./');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Professions and grades');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Professions and grades');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});
