import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

for (const lang of ['RU', 'EN']) {
  for (const path of ['./', 'calculator', 'learning', 'profile', 'no/such/page']) {
    test(`${path} has no axe violations (${lang})`, async ({ app, page }) => {
      await app.open(path);
      if (lang === 'EN') await page.getByRole('button', { name: 'EN' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    });
  }
}

test('the skip link moves focus to the page content without leaving the page', async ({ app, page, baseURL }) => {
  await app.open('calculator');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к содержимому' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(new URL('calculator', baseURL).href);
});
