import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// index.html carries the home page as the build rendered it, and calculator.html the calculator,
// so the first paint does not wait for the wasm. These tests hold the wasm back to see what a
// visitor sees before the app starts.
const professions = 11;

/** A page of its own (not the app fixture's, which waits for the app) whose wasm never arrives:
 * the app does not start, and nothing fails either. */
async function pageWithoutWasm(browser: Browser, baseURL?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {});
  return page;
}

test('without JavaScript the home page is there to read, inert', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('Профессии и грейды');
  await expect(page.getByTestId('profession')).toHaveCount(professions);
  await expect(page.locator('#prerender')).toHaveAttribute('inert', '');
  await context.close();
});

test('before the app starts a first visit sees the home page', async ({ browser, baseURL }) => {
  const page = await pageWithoutWasm(browser, baseURL);
  await page.goto('./');
  await expect(page.locator('#prerender h1')).toHaveText('Профессии и грейды');
  await expect(page.locator('#prerender [data-testid="profession"]')).toHaveCount(professions);
  await page.context().close();
});

test('the app replaces the static copy instead of adding to it', async ({ app, page }) => {
  await app.open('./');
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.getByTestId('profession')).toHaveCount(professions);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
});

const differs = [
  { why: 'a page without one', path: 'profile', storage: {} },
  { why: 'the calculator with English chosen', path: 'calculator', storage: { 'grades.language': '{"v":1,"data":"en"}' } },
  { why: 'the calculator with anything stored', path: 'calculator', storage: { 'grades.profile': '{"v":1,"data":{}}' } },
  { why: 'the calculator opened from a link with a query', path: 'calculator?from=link', storage: {} },
  { why: 'English chosen', path: './', storage: { 'grades.language': '{"v":1,"data":"en"}' } },
  {
    why: 'skills ticked',
    path: './',
    storage: { 'grades.assessment': '{"v":1,"data":{"ticked":["python-developer/junior/0"]}}' },
  },
];

for (const { why, path, storage } of differs) {
  test(`no static copy where the app would show something else: ${why}`, async ({ browser, baseURL }) => {
    const page = await pageWithoutWasm(browser, baseURL);
    await page.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
    await page.goto(path);
    await expect(page.locator('noscript')).toHaveCount(1);
    await expect(page.locator('#prerender')).toHaveCount(0);
    await page.context().close();
  });
}

test('before the app starts a first visit to the calculator sees the calculator, its fields filled', async ({ browser, baseURL }) => {
  const page = await pageWithoutWasm(browser, baseURL);
  await page.goto('calculator');
  const copy = page.locator('#prerender[data-lazy]');
  await expect(copy).toHaveAttribute('inert', '');
  await expect(copy.locator('h1')).toHaveText('Квалификация и зарплата');
  await expect(copy.getByTestId('qualification')).toBeVisible();
  const values = await copy.locator('input:not([type=checkbox]):not([type=radio])').evaluateAll((fields) =>
    fields.map((f) => (f as HTMLInputElement).value),
  );
  expect(values.length).toBeGreaterThan(0);
  expect(values.some((v) => v !== '')).toBe(true);
  await page.context().close();
});

test("the calculator's copy stays until the page's code is in, then the app takes its place", async ({ page }) => {
  // The main wasm goes through; the calculator's chunks wait until the test lets them.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    if (!route.request().url().endsWith('/grades_bg.wasm')) await held;
    await route.continue();
  });
  await page.goto('calculator');
  const copy = page.locator('#prerender[data-lazy]');
  const copied = (await copy.locator('h1').textContent()) ?? '';
  const result = (await copy.getByTestId('qualification').textContent()) ?? '';
  await page.waitForFunction(() => 'wasmBindings' in window);
  // The app is up, hidden behind the copy: one visible heading, the copy's.
  await expect(copy).toBeVisible();
  await expect(page.locator('#prerender ~ :not(script)').first()).toBeHidden();
  await expect(page.locator('h1:visible')).toHaveCount(1);
  release();
  await expect(copy).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(copied);
  await expect(page.getByTestId('qualification')).toHaveText(result);
  await expect(page.locator('main')).toHaveCount(1);
});

test('the other routes and 404.html are shells, without the static copy', async ({ request }) => {
  const deep = await request.get('profile');
  expect(deep.status()).toBe(200);
  expect(await deep.text()).not.toContain('id="prerender"');
  const unknown = await request.get('no/such/page');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).not.toContain('id="prerender"');
  expect(await (await request.get('./')).text()).toContain('id="prerender"');
});
