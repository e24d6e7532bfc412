import { test as base, expect, type Page, type Response } from '@playwright/test';

/**
 * The app in one browser page. index.html carries a static, inert copy of the home page until the
 * app starts: every navigation here waits for the app, or clicks and keys would go to the copy
 * and be lost.
 */
export class App {
  constructor(readonly page: Page) {}

  /** Opens `path` relative to the site's base (root or sub-path), or an absolute URL. */
  async open(path: string): Promise<Response | null> {
    const response = await this.page.goto(path);
    await this.started();
    return response;
  }

  async reload(): Promise<Response | null> {
    const response = await this.page.reload();
    await this.started();
    return response;
  }

  /** The app in a new page of the same browser context (same storage), like a second tab. */
  async newTab(): Promise<App> {
    return new App(await this.page.context().newPage());
  }

  /**
   * Writes values into the storage of this page's site, then opens the page again so the app
   * starts with them. The writes happen on a page without the app: a running app could check,
   * back up or overwrite them before the reload. The reload waits until the browser holds the
   * writes: Chromium passes them on asynchronously, and the new page would otherwise receive them
   * as another tab's edits.
   */
  async writeAndReload(values: Record<string, string>) {
    const url = this.page.url();
    const plain = new URL('robots.txt', url).href;
    await this.page.goto(plain);
    await this.page.evaluate((values) => {
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, values);
    const probe = await this.page.context().newPage();
    await probe.goto(plain);
    await expect
      .poll(() => probe.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), Object.keys(values)))
      .toEqual(Object.values(values));
    await probe.close();
    await this.open(url);
  }

  /** Opens the profile page, lets the app's first start finish, then restarts it with `values` stored. */
  async startWith(values: Record<string, string>) {
    await this.open('profile');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await this.writeAndReload(values);
  }

  private async started() {
    await this.page.waitForFunction(() => !document.getElementById('prerender'));
  }
}

// Every test fails if the page throws (a Rust panic in WebAssembly surfaces as a page error)
// or if the Content-Security-Policy blocks anything.
export const test = base.extend<{ app: App; pageErrors: string[] }>({
  app: async ({ page }, use) => {
    await use(new App(page));
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
