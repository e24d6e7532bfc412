import type { Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serve } from '../../../assets/build/serve.mjs';
import { test, expect } from './fixtures';

async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

test('after one visit the app works offline, deep links included', async ({ app, page, context }) => {
  await app.open('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
  await app.open('calculator');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Квалификация и зарплата');
  // calculator.html from the cache, as the host answers it, not the home page's index.html.
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Уровень D0–D5/);
  // Every page's code was cached with the first visit, not only the pages seen.
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  for (const [link, heading] of [['Мои матрицы', 'Мои матрицы'], ['Обучение', 'Обучение'], ['Профиль', 'Профиль']]) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await app.open('no/such/page');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await context.setOffline(false);
});

// A build of its own on a server of its own, so that it can be replaced by a "new build".
test('a new build is offered as an update and replaces the old cache', async ({ app, page }, testInfo) => {
  const site = testInfo.project.name === 'subpath'
    ? { dist: '../../dist-subpath', base: '/grades/' }
    : { dist: '../../dist', base: '/' };
  const dir = await mkdtemp(join(tmpdir(), 'grades-sw-'));
  let server: Server | undefined;
  try {
    await cp(site.dist, dir, { recursive: true });
    const served = await serve(dir, 0, site.base);
    server = served.server;

    await app.open(served.url);
    await controlledByServiceWorker(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // What a redeploy changes: the service worker's file list and so its cache name.
    const swPath = join(dir, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    const next = sw.replace(/const CACHE = 'grades-[0-9a-f]+'/, "const CACHE = 'grades-0000000000000000'");
    expect(next).not.toEqual(sw);
    await writeFile(swPath, next);

    await app.reload();
    const banner = page.getByTestId('update-banner');
    await expect(banner).toBeVisible();
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Перезагрузить и обновить' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['grades-0000000000000000']);
  } finally {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
});
