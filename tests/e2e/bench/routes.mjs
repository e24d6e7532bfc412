// Benchmark (not a test), part of `make bench`: per route of the release build, when its heading
// shows and the longest main-thread task of the load (from a trace); then the user's own matrices: the home
// page's first render with 10 large professions of one's own, and reading a pasted CSV of 2 000
// items into the import preview; then the snapshots of /plan with a 2 000-item profession of
// one's own and 365 snapshots: comparing the first with the last, and the timeline drawn after a
// navigation to the page; then the team view loading 50 members' export files of 2 000 items
// each. Times come from the page's own clock (performance.now()).
// Usage: node bench/routes.mjs <dist> [runs]
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../assets/build/chromium.mjs';
import { serve } from '../../../assets/build/serve.mjs';
import { keep } from './figures.mjs';

const [dist = '../../dist', runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
// An older build (the previous release's, for bench/compare.mjs) may lack a newer page.
const built = (path) => path === '/' || existsSync(join(dist, `${path.slice(1)}.html`));
const { server, url } = await serve(dist, 0, '/');
const base = url.replace(/\/$/, '');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// Installed before the app loads: long tasks, and the moment a selector first matches `count`
// elements.
const probe = () => {
  window.__longest = 0;
  window.__tasks = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__tasks += 1;
      window.__longest = Math.max(window.__longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  window.__seen = (selector, count) =>
    new Promise((done) => {
      const check = () => document.querySelectorAll(selector).length >= count;
      if (check()) return done(performance.now());
      const observer = new MutationObserver(() => {
        if (check()) {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
};

/// A profession of `grades` × `groups` × `items` items, in the stored form of the matrices key.
const profession = (n, grades, groups, items) => ({
  id: `bench-${n}`,
  name: `Профессия ${n}`,
  grades: Array.from({ length: grades }, (_, g) => ({
    id: `g${g + 1}`,
    title: `Грейд ${g + 1}`,
    groups: Array.from({ length: groups }, (_, s) => ({
      id: `s${s + 1}`,
      title: `Группа ${s + 1}`,
      items: Array.from({ length: items }, (_, i) => ({
        id: String(i + 1),
        text: `Навык ${n}.${g + 1}.${s + 1}.${i + 1}: проектирует, пишет и сопровождает сервисы`,
      })),
    })),
  })),
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/// A fresh browser context whose storage holds `seed` (key → stored text) when its first page
/// loads; a reload keeps what the app has made of it since.
async function seeded(seed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(
    ([entries]) => {
      if (sessionStorage.getItem('bench-seeded')) return;
      sessionStorage.setItem('bench-seeded', '1');
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    },
    [seed],
  );
  return context;
}

/// One fresh load of `path` with `seed` in storage; `ready` is [selector, count].
async function load(path, ready, seed = {}) {
  const context = await seeded(seed);
  await context.addInitScript(probe);
  const page = await context.newPage();
  let shown;
  const longest = await longestTask(page, async () => {
    await page.goto(`${base}${path}`);
    shown = await page.evaluate(([s, c]) => window.__seen(s, c), ready);
    await page.waitForTimeout(300);
  });
  await context.close();
  return { shown, longest };
}

/// The longest task on the page's main thread while `run` runs, from a trace of it: every task,
/// not only those the Long Tasks API reports (50 ms and over).
async function longestTask(page, run) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let trace;
  try {
    await run();
  } finally {
    trace = await browser.stopTracing();
  }
  const events = JSON.parse(trace.toString()).traceEvents;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`));
  return Math.max(0, ...tasks.map((e) => e.dur / 1000));
}

// The home page's cards drawn by the app, not the prerendered copy it replaces.
const CARD = '[data-testid=profession]:not(#prerender [data-testid=profession])';

const rows = [];
// The app's own heading, not a prerendered copy's (the calculator's, say): the page is usable.
const HEADING = 'main h1:not(#prerender h1)';
const routes = [
  ['/', [CARD, 11]],
  ['/calculator', [HEADING, 1]],
  ['/matrices', [HEADING, 1]],
  ['/learning', ['[data-testid=level]', 1]],
  ['/profile', [HEADING, 1]],
  ['/plan', [HEADING, 1]],
  ['/team', [HEADING, 1]],
];
for (const [path, ready] of routes.filter(([path]) => built(path))) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await load(path, ready));
  rows.push({
    page: path,
    'ready ms': Math.round(median(results.map((r) => r.shown))),
    'longest task ms': Math.round(median(results.map((r) => r.longest))),
  });
}

const own = Array.from({ length: 10 }, (_, n) => profession(n + 1, 10, 5, 10));
const seed = { 'grades.matrices': JSON.stringify({ v: 1, data: { professions: own } }) };
const ownItems = own.length * 10 * 5 * 10;
{
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await load('/', [CARD, 21], seed));
  rows.push({
    page: `/ with 10 own professions (${ownItems} items)`,
    'ready ms': Math.round(median(results.map((r) => r.shown))),
    'longest task ms': Math.round(median(results.map((r) => r.longest))),
  });
}
console.log(`Routes of ${url}: ${runs} fresh loads each, medians`);
console.table(rows);
const figures = {};
for (const row of rows) {
  figures[`${row.page}: ready ms`] = row['ready ms'];
  figures[`${row.page}: longest task ms`] = row['longest task ms'];
}

// Reading a pasted CSV of 2 000 items: from the click on "read" to the preview.
const lines = ['profession,grade,group,item'];
for (let g = 1; g <= 10; g++)
  for (let s = 1; s <= 10; s++)
    for (let i = 1; i <= 20; i++)
      lines.push(`Бэкенд,Грейд ${g},Группа ${s},"Навык ${g}.${s}.${i}: пишет код, тесты и документацию"`);
const csv = lines.join('\n');
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/matrices`);
  await page.waitForSelector('[data-testid=matrix-import-text]');
  const times = [];
  for (let i = 0; i < runs; i++) {
    // Playwright's fill types a large text slowly; a paste sets it at once.
    await page.evaluate((text) => {
      const area = document.querySelector('[data-testid=matrix-import-text]');
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, csv);
    const ms = await page.evaluate(async () => {
      const preview = () => document.querySelector('[data-testid=matrix-import-preview]');
      const start = performance.now();
      document.querySelector('[data-testid=matrix-import-read]').click();
      while (!preview()) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    });
    times.push(ms);
    await page.reload();
    await page.waitForSelector('[data-testid=matrix-import-text]');
  }
  figures[`paste of a ${lines.length - 1}-item CSV to its preview: ms`] = Math.round(median(times));
  console.log(
    `Paste of a ${lines.length - 1}-item CSV (${(csv.length / 1024).toFixed(0)} KB) to its preview: ` +
      `median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms (${runs} runs, frame-rounded)`,
  );
  await context.close();
}

// Snapshots: an own profession of 2 000 items and 365 snapshots, the ticks growing from none to
// all of them (quadratically, so the stored key stays within the browser's quota).
if (built('/plan')) {
  const big = profession('s', 10, 10, 20);
  const keys = big.grades.flatMap((g) => g.groups.flatMap((s) => s.items.map((i) => `${big.id}/${g.id}/${s.id}/${i.id}`)));
  const snapshots = Array.from({ length: 365 }, (_, n) => {
    const count = Math.round(keys.length * (n / 364) ** 2);
    const grade = Math.floor((count * 10) / keys.length);
    return {
      taken_at: new Date(Date.UTC(2025, 11, 1) + n * 86_400_000).toISOString(),
      automatic: n % 7 !== 0,
      ticks: keys.slice(0, count).sort(),
      estimates: { [big.id]: grade > 0 ? `g${Math.min(grade, 10)}` : null },
      projects: [{ name: 'Проект', q: (1 + n / 200).toFixed(2), d: `D${1 + Math.floor(n / 200)}` }],
    };
  });
  const store = (data) => JSON.stringify({ v: 1, data });
  const seed = {
    'grades.matrices': store({ professions: [big] }),
    'grades.profile': store({ profession: big.id, target_grade: 'g8' }),
    'grades.snapshots': store({ snapshots }),
  };
  const size = Object.values(seed).reduce((sum, v) => sum + v.length, 0);
  // Start-up with all of it stored: home reads none of the snapshots.
  {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await load('/', [CARD, 12], seed));
    const page = `/ with 365 snapshots stored (${(size / 1e6).toFixed(1)} MB)`;
    figures[`${page}: ready ms`] = Math.round(median(results.map((r) => r.shown)));
    figures[`${page}: longest task ms`] = Math.round(median(results.map((r) => r.longest)));
    console.log(`${page}: ready ${figures[`${page}: ready ms`]} ms, longest task ${figures[`${page}: longest task ms`]} ms`);
  }
  const compare = [];
  const timeline = [];
  const twin = [];
  for (let i = 0; i < runs; i++) {
    const context = await seeded(seed);
    const page = await context.newPage();
    // From another page to /plan by the header link: the app is running, the data loaded.
    await page.goto(`${base}/profile`);
    await page.waitForSelector('main h1');
    await page.waitForFunction(() => !document.getElementById('prerender'));
    timeline.push(
      await page.evaluate(async () => {
        const start = performance.now();
        document.querySelector('a[href$="/plan"]').click();
        while (!document.querySelector('[data-testid=timeline-chart]')) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }),
    );
    // The table twin makes its rows when opened.
    twin.push(
      await page.evaluate(async () => {
        const start = performance.now();
        document.querySelector('[data-testid=timeline-twin] summary').click();
        while (!document.querySelector('[data-testid=timeline-row]')) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }),
    );
    const rows = await page.locator('[data-testid=timeline-row]').count();
    if (rows !== 365) throw new Error(`the timeline's table has ${rows} rows, not 365`);
    while (await page.locator('[data-testid=snapshot-more]').count()) await page.click('[data-testid=snapshot-more]');
    const picks = page.locator('[data-testid=snapshot-pick]');
    await picks.first().check();
    await picks.last().check();
    compare.push(
      await page.evaluate(async () => {
        const start = performance.now();
        document.querySelector('[data-testid=snapshot-compare]').click();
        while (!document.querySelector('[data-testid=snapshot-gained]')) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }),
    );
    const gained = await page.getAttribute('[data-testid=snapshot-gained]', 'data-value');
    if (gained !== String(keys.length)) throw new Error(`gained ${gained}, not ${keys.length}`);
    await context.close();
  }
  figures['/plan, 365 snapshots: timeline painted ms'] = Math.round(median(timeline));
  figures['/plan, 365 snapshots: table twin painted ms'] = Math.round(median(twin));
  figures['/plan, 2 000 items: compare painted ms'] = Math.round(median(compare));
  const summary = (times) => `median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`;
  console.log(
    `Snapshots of a ${keys.length}-item profession, 365 of them (${(size / 1024 / 1024).toFixed(1)} MB stored), ${runs} runs, frame-rounded, to the frame after:\n` +
      `  navigation to /plan → timeline painted: ${summary(timeline)}\n` +
      `  opening its table twin → 365 rows painted: ${summary(twin)}\n` +
      `  compare the first with the last (${keys.length} items gained) → painted: ${summary(compare)}`,
  );
}

// The team view: 50 members' export files, each carrying the team's own profession of 2 000
// items (10 grades × 10 groups × 20) with about half of it ticked, as a lead would receive them.
// From the moment the file input changes (what setInputFiles fires) to the members table
// painted, then to every item row drawn, and the longest main-thread task of all of it; once
// with the profession already in the lead's browser (the heatmap), once without (every tick
// under an unknown matrix).
if (built('/team')) {
  const MEMBERS = 50;
  const team = profession('team', 10, 10, 20);
  const keys = team.grades.flatMap((g) => g.groups.flatMap((s) => s.items.map((i) => `${team.id}/${g.id}/${s.id}/${i.id}`)));
  // serde_json's pretty print of a Value: members sorted, two-space indents (docs/formats.md#export-file).
  const sorted = (v) =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
        : v;
  let state = 7;
  const next = () => {
    // mulberry32: the same files on every run.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const folder = await mkdtemp(join(tmpdir(), 'grades-team-'));
  const paths = [];
  const held = new Set();
  let bytes = 0;
  for (let m = 0; m < MEMBERS; m++) {
    const share = 0.2 + 0.6 * (m / (MEMBERS - 1));
    const ticked = keys.filter(() => next() < share).sort();
    for (const key of ticked) held.add(key);
    const text = JSON.stringify(
      sorted({
        app_version: '0.1.0',
        exported_at: `2026-11-30T09:${String(m).padStart(2, '0')}:00.000Z`,
        format: 'grades-export',
        format_version: 1,
        keys: {
          'grades.assessment': { data: { ticked }, v: 1 },
          'grades.matrices': { data: { professions: [team] }, v: 1 },
          'grades.profile': {
            data: { current_grade: 'g1', name: `Участник ${m + 1}`, profession: team.id, target_grade: 'g3' },
            v: 1,
          },
        },
      }),
      null,
      2,
    );
    const path = join(folder, `member-${m + 1}.json`);
    await writeFile(path, text);
    paths.push(path);
    bytes += Buffer.byteLength(text);
  }

  // `rows`: the heatmap's rows ([selector, count]) when every one is drawn.
  const loadTeam = async (stored, [rows, count]) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, stored);
    await context.addInitScript(probe);
    const page = await context.newPage();
    await page.goto(`${base}/team`);
    const input = page.locator('[data-testid=team-import-file]');
    await input.waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.__longest = 0;
      window.__tasks = 0;
      const field = document.querySelector('[data-testid=team-import-file]');
      field.addEventListener('change', () => (window.__start = performance.now()), { capture: true, once: true });
    });
    await input.setInputFiles(paths);
    const ms = await page.evaluate(async (count) => {
      await window.__seen('[data-testid=team-member]', count);
      // Painted: the frame after the rows are in, and the task after that frame.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return performance.now() - window.__start;
    }, MEMBERS);
    const heatmap = await page.evaluate(
      async ([selector, count]) => {
        await window.__seen(selector, count);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - window.__start;
      },
      [rows, count],
    );
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => ({ longest: window.__longest, tasks: window.__tasks }));
    await context.close();
    return { ms, heatmap, ...result };
  };

  const variants = [
    [
      'profession in this browser',
      { 'grades.matrices': JSON.stringify({ v: 1, data: { professions: [team] } }) },
      ['[data-testid=team-item]', keys.length],
    ],
    ['profession unknown here', {}, ['[data-testid=team-unknown-item]', held.size]],
  ];
  const teamRows = [];
  for (const [label, stored, rows] of variants) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await loadTeam(stored, rows));
    teamRows.push({
      '/team, 50 files': `${label} (${rows[1]} item rows)`,
      'table painted ms': Math.round(median(results.map((r) => r.ms))),
      'min ms': Math.round(Math.min(...results.map((r) => r.ms))),
      'all item rows ms': Math.round(median(results.map((r) => r.heatmap))),
      'longest task ms': Math.round(median(results.map((r) => r.longest))),
      'long tasks': median(results.map((r) => r.tasks)),
    });
  }
  console.log(
    `Team view: ${MEMBERS} export files of ${keys.length} items each (${(bytes / 1024 / 1024).toFixed(1)} MB in all), ` +
      `from the file input's change to the members table painted; ${runs} runs, medians`,
  );
  console.table(teamRows);
  for (const row of teamRows) {
    for (const figure of ['table painted ms', 'all item rows ms', 'longest task ms']) {
      figures[`/team, 50 files, ${row['/team, 50 files']}: ${figure}`] = row[figure];
    }
  }
  await rm(folder, { recursive: true, force: true });
}

keep('routes', figures);
await browser.close();
server.close();
