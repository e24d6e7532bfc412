// Lighthouse 12 against the release build served like GitHub Pages: mobile and desktop, several
// runs each, medians of the four category scores, LCP, TBT, CLS and the bytes of the first load.
// Usage: node bench/lighthouse.mjs <dist> [runs] [paths…]   (default path: the home page; the
// browser: CHROMIUM_PATH, as for the build). A path is relative to the site's root, as `calculator`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from '../../../assets/build/chromium.mjs';
import { serve } from '../../../assets/build/serve.mjs';
import { keep } from './figures.mjs';

const [dist = '../../dist', runs = '3', ...paths] = process.argv.slice(2);
const flags = ['--headless=new', ...chromiumArgs];

const { server, url } = await serve(dist, 0, '/');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const forms = [['mobile', undefined], ['desktop', desktopConfig]];
const cases = (paths.length ? paths : ['./']).flatMap((path) => forms.map((f) => [path, ...f]));

const rows = [];
try {
  for (const [path, form, config] of cases) {
    const page = new URL(path, url).href;
    const results = [];
    for (let i = 0; i < Number(runs); i++) {
      const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: flags });
      try {
        const { lhr } = await lighthouse(page, { port: chrome.port, logLevel: 'error', output: 'json' }, config);
        results.push(lhr);
      } finally {
        await chrome.kill();
      }
    }
    const pick = (f) => median(results.map(f));
    rows.push({
      page: page.slice(url.length - 1),
      form,
      performance: pick((r) => r.categories.performance.score * 100),
      accessibility: pick((r) => r.categories.accessibility.score * 100),
      'best-practices': pick((r) => r.categories['best-practices'].score * 100),
      seo: pick((r) => r.categories.seo.score * 100),
      'LCP ms': Math.round(pick((r) => r.audits['largest-contentful-paint'].numericValue)),
      'TBT ms': Math.round(pick((r) => r.audits['total-blocking-time'].numericValue)),
      CLS: pick((r) => r.audits['cumulative-layout-shift'].numericValue).toFixed(3),
      'first-load KB': (pick((r) => r.audits['total-byte-weight'].numericValue) / 1024).toFixed(1),
      // From the run's trace: tasks of 50 ms or more, none when the list is empty.
      'longest task ms': Math.round(pick((r) => Math.max(0, ...(r.audits['long-tasks'].details?.items ?? []).map((t) => t.duration)))),
    });
    for (const r of results) {
      const failing = Object.values(r.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      if (failing.length) console.log(`${page} ${form}: failing audits: ${[...new Set(failing)].join(', ')}`);
    }
  }
} finally {
  server.close();
}
console.log(`Lighthouse ${runs} run(s) each, medians, ${url}`);
console.table(rows);
const figures = {};
for (const row of rows) {
  for (const figure of ['performance', 'LCP ms', 'TBT ms', 'longest task ms', 'first-load KB']) {
    figures[`Lighthouse ${row.page} ${row.form}: ${figure}`] = Number(row[figure]);
  }
}
keep('lighthouse', figures);
