import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

// GitHub Pages answers /x with x.html: the build writes one page per route
// (assets/build/routes.json), so a deep link is a real page with status 200 and its own title.
const routes: Record<string, { title: string; description: string; prerender?: string }> = JSON.parse(
  readFileSync(new URL('../../../assets/build/routes.json', import.meta.url), 'utf8'),
);
const headings: Record<string, string> = {
  calculator: 'Квалификация и зарплата',
  learning: 'Обучение',
  matrices: 'Мои матрицы',
  plan: 'План развития',
  profile: 'Профиль',
  team: 'Команда',
};

test('the list of built routes is the list checked here', () => {
  expect(Object.keys(routes).sort()).toEqual(Object.keys(headings).sort());
});

for (const [segment, { title, description }] of Object.entries(routes)) {
  test(`a deep link to ${segment} answers 200 with its own title`, async ({ request, app, page }) => {
    const response = await request.get(segment);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`content="${description}"`);
    // A static copy of its own where the build makes one (prerender.spec.ts), never the home page's.
    if (routes[segment].prerender) expect(html).toContain('<div id="prerender" data-lazy');
    else expect(html).not.toContain('id="prerender"');
    // Its wasm chunks are asked for beside the main wasm, not after it.
    expect(html, 'the chunk is fetched early').toMatch(/wasm-[0-9a-f]+\/(?!grades_bg)[^"' >]+\.wasm/);

    const visit = await app.open(segment);
    expect(visit?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[segment]);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
  });
}

test('an unknown path answers 404 and shows the not-found page', async ({ request, app, page }) => {
  const response = await request.get('no/such/page');
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('id="prerender"');
  // A route with a trailing slash is a folder, which the build does not write.
  expect((await request.get('calculator/')).status()).toBe(404);

  const visit = await app.open('calculatorx');
  expect(visit?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
});
