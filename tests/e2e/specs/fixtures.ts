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

export { expect };
