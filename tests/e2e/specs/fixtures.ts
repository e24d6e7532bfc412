import { test as base, expect, type Page } from '@playwright/test';

// Every test fails if the page throws (a Rust panic in WebAssembly surfaces as a page error)
// or if the Content-Security-Policy blocks anything.
// index.html carries a static, inert copy of the home page until the app starts: after a
// navigation, wait for the app, or clicks and keys would go to the copy and be lost.
async function appStarted(page: Page) {
  await page.waitForFunction(() => !document.getElementById('prerender'));
}

export const test = base.extend<{ pageErrors: string[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appStarted(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await appStarted(page);
      return response;
    };
    await use(page);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          errors.push(message.text());
        }
      });
      await use(errors);
      expect(errors, 'uncaught errors or CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});



/**
 * Writes values into this page's storage, then reloads so the app starts with them. The reload
 * waits until the browser holds the writes: Chromium passes them on asynchronously, and the new
 * page would otherwise receive them as another tab's edits.
 */
export async function writeAndReload(page: Page, values: Record<string, string>) {
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, values);
  const probe = await page.context().newPage();
  await probe.goto(new URL('robots.txt', page.url()).href);
  await expect
    .poll(() => probe.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), Object.keys(values)))
    .toEqual(Object.values(values));
  await probe.close();
  await page.reload();
}

/** Opens the profile page, lets the app's first start finish, then restarts it with `values` stored. */
export async function startWith(page: Page, values: Record<string, string>) {
  await page.goto('profile');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await writeAndReload(page, values);
}

export { expect };
