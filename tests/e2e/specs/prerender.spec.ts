import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// index.html carries the home page as the build rendered it, so the first paint does not wait
// for the wasm. These tests hold the wasm back to see what a visitor sees before the app starts.
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
  { why: 'another page', path: 'calculator', storage: {} },
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

test('the other routes and 404.html are shells, without the static copy', async ({ request }) => {
  const deep = await request.get('calculator');
  expect(deep.status()).toBe(200);
  expect(await deep.text()).not.toContain('id="prerender"');
  const unknown = await request.get('no/such/page');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).not.toContain('id="prerender"');
  expect(await (await request.get('./')).text()).toContain('id="prerender"');
});
