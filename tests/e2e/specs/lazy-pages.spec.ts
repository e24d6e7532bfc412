import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

// The release loads a page's code (its wasm chunk) when the page is first shown
// (docs/architecture.md, "Loading per route"). A chunk that does not arrive must leave the app
// working, say so on the page and load on a retry.
const calculatorChunk = '**/split_calculator.wasm';

// Without the service worker: it would answer from its cache, which page.route does not see
// (offline.spec.ts covers that cache). This is the first visit, before the worker is installed.
test.use({ serviceWorkers: 'block' });

test('the home page starts without any page chunk, which come with their page', async ({ app, page }) => {
  // The pages' own chunks; the check of stored keys is a chunk too, fetched once the page is up.
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (/\/split_(?!stored_check)[^/]*\.wasm$/.test(request.url())) chunks.push(request.url());
  });
  await app.open('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
  expect(chunks).toEqual([]);

  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Калькулятор' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Квалификация и зарплата');
  expect(chunks.some((url) => url.endsWith('/split_calculator.wasm'))).toBe(true);
  expect(chunks.some((url) => url.includes('/split_matrices.wasm'))).toBe(false);
});

test('a page whose code does not arrive says so, and the app keeps working', async ({ app, page }) => {
  await page.route(calculatorChunk, (route) => route.abort());
  await app.open('./');
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  await nav.getByRole('link', { name: 'Калькулятор' }).click();

  const failed = page.getByTestId('chunk-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не загрузилась');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The rest of the app still answers.
  await nav.getByRole('link', { name: 'Профиль' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профиль');
  await nav.getByRole('link', { name: 'Профессии' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
});

test('a retry loads the page once its code arrives, deep link included', async ({ app, page }) => {
  let attempts = 0;
  await page.route(calculatorChunk, (route) => {
    attempts += 1;
    return route.abort();
  });
  await app.open('calculator');
  await expect(page.getByTestId('chunk-failed')).toBeVisible();
  expect(attempts).toBe(1);

  // Still failing: a new attempt, the message again.
  await page.getByRole('button', { name: 'Попробовать снова' }).click();
  await expect.poll(() => attempts).toBe(2);
  await expect(page.getByTestId('chunk-failed')).toBeVisible();

  await page.unroute(calculatorChunk);
  await page.getByRole('button', { name: 'Попробовать снова' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Квалификация и зарплата');
  await expect(page.getByTestId('chunk-failed')).toHaveCount(0);
});

test('the message follows the language', async ({ app, page }) => {
  await page.route(calculatorChunk, (route) => route.abort());
  await app.open('calculator');
  await expect(page.getByTestId('chunk-failed')).toBeVisible();
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The page did not load');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
