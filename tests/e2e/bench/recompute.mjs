// Benchmark, run by hand (not a test): how long the calculator takes to show a new result for
// a project of 1 000 technologies after one edit, measured in the page with performance.now().
//
//   node assets/build/serve.mjs dist 4380 /         # in one shell (a release build in dist/)
//   node tests/e2e/bench/recompute.mjs [base-url] [runs]
//
// Two ways in: a share link (the project in memory, no storage writes) and saved data in
// localStorage (every edit also writes storage). Each run edits row 1 (weight 100 among 999 of
// weight 1, so Q moves): its level L (the developer's levels change) or its weight W (the project
// changes), and times (a) until the `qualification` hook shows the new value and (b) until the
// next frame after that.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../assets/build/chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4380/';
const runs = Number(process.argv[3] ?? 15);
const COUNT = 1000;

const names = Array.from({ length: COUNT }, (_, i) => `Технология ${String(i + 1).padStart(4, '0')}`);
const shared = {
  v: 1,
  settings: {},
  project: {
    name: 'Тысяча технологий',
    technologies: names.map((name, i) => ({ name, min: 1, weight: i === 0 ? '100' : '1', level: 3 })),
  },
};
const payload = Buffer.from(JSON.stringify(shared)).toString('base64url');

const stored = {
  'grades.projects': {
    v: 1,
    data: {
      projects: [
        {
          id: 1,
          name: 'Тысяча технологий',
          technologies: names.map((name, i) => ({ id: i + 2, name, min: '1', weight: i === 0 ? '100' : '1' })),
        },
      ],
      current: 1,
      next_id: COUNT + 2,
    },
  },
  'grades.levels': {
    v: 1,
    data: Object.fromEntries(names.map((name) => [name.toLowerCase(), { name, level: '3' }])),
  },
};

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

/** One edit of row 1's field (`level` or `weight`), timed until Q changes and to the next frame. */
async function measure(page, field) {
  const selector = `input[id$="-${field}"]`;
  const current = await page.locator(selector).first().inputValue();
  const next = field === 'level' ? (current === '5' ? '3' : '5') : current === '100' ? '50' : '100';
  return page.evaluate(
    ([selector, next]) => {
      const input = document.querySelector(selector);
      const before = document.querySelector('[data-testid="qualification"]').getAttribute('data-value');
      return new Promise((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const now = document.querySelector('[data-testid="qualification"]');
          if (now && now.getAttribute('data-value') !== before) {
            observer.disconnect();
            const shown = performance.now() - start;
            requestAnimationFrame(() => setTimeout(() => resolve({ shown, painted: performance.now() - start }), 0));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        input.value = next;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    [selector, next],
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function bench(label, open) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const t0 = Date.now();
  await open(page);
  await page.getByTestId('qualification').waitFor({ timeout: 120_000 });
  const firstLoad = Date.now() - t0;
  const f = (x) => x.toFixed(1);
  // Row 1 above the rest, so that its weight moves Q.
  await page.locator('input[id$="-level"]').first().fill('5');
  await page.waitForFunction(() => document.querySelector('[data-testid="qualification"]')?.dataset.value === '3.18');
  for (const field of ['level', 'weight']) {
    await measure(page, field); // warm-up
    const shown = [];
    const painted = [];
    for (let i = 0; i < runs; i++) {
      const r = await measure(page, field);
      shown.push(r.shown);
      painted.push(r.painted);
    }
    console.log(
      `${label}, edit of ${field === 'level' ? 'L (developer levels)' : 'W (the project)'}: new Q in the DOM: ` +
        `median ${f(median(shown))} ms (min ${f(Math.min(...shown))}, max ${f(Math.max(...shown))}); ` +
        `to next frame: median ${f(median(painted))} ms (min ${f(Math.min(...painted))}, max ${f(Math.max(...painted))}); ${runs} runs`,
    );
  }
  console.log(`${label}: first load to result ${firstLoad} ms`);
  await context.close();
}

console.log(`${COUNT} technologies, ${base}, link payload ${payload.length} characters`);
// A 1 000-technology link is ~100 kB, more than static servers accept in a request line
// (Node's default is 16 kB): the bench hands it to the app's router in the page instead.
await bench('share link (in memory)', async (page) => {
  await page.goto(`${base}calculator`);
  await page.getByTestId('qualification').waitFor();
  await page.evaluate((query) => {
    history.pushState(null, '', `calculator?s=${query}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, payload);
  await page.getByTestId('shared-banner').waitFor({ timeout: 120_000 });
});
await bench('saved (localStorage)', async (page) => {
  await page.goto(`${base}calculator`);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, stored);
  await page.reload();
});
await browser.close();
