// First load of each route, file by file: the page's html, its stylesheets, the app's js and main
// wasm, and for a page in a wasm chunk of its own (src/pages/lazy.rs) that chunk and the shared
// chunks it needs, as __wasm_split.js lists them. Raw, gzip -9 and brotli (quality 11) bytes.
// Usage: node .ci/first-load.mjs dist
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chunksOf } from '../assets/build/chunks.mjs';
import { keep } from '../tests/e2e/bench/figures.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const routes = JSON.parse(readFileSync(new URL('../assets/build/routes.json', import.meta.url), 'utf8'));

const sizes = (file) => {
  const data = readFileSync(join(dist, file));
  return [
    data.length,
    gzipSync(data, { level: 9 }).length,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
};

/** The built files an html page asks for (public URL prefix removed), stylesheets and code only. */
function assetsOf(html) {
  const text = readFileSync(join(dist, html), 'utf8');
  const base = /<base href=["']?([^"' >]+)/.exec(text)?.[1] ?? '/';
  const urls = [...text.matchAll(/(?:href=|from |import\(|module_or_path:)\s*["']?([^"' >)]+\.(?:css|js|wasm))/g)]
    .map((m) => m[1].startsWith(base) ? m[1].slice(base.length) : m[1].replace(/^\//, ''));
  return [...new Set(urls)].filter((file) => existsSync(join(dist, file)));
}

const row = (name, [raw, gz, br]) =>
  `${name.padEnd(52)} ${String(raw).padStart(10)} ${String(gz).padStart(10)} ${String(br).padStart(10)}`;

const figures = {};
for (const [segment, html] of [['', 'index.html'], ...Object.keys(routes).map((s) => [s, `${s}.html`])]) {
  // An older build (the previous release's, for bench/compare.mjs) may lack a newer route.
  if (!existsSync(join(dist, html))) {
    console.log(`\nfirst load of /${segment}: not built`);
    continue;
  }
  let files = assetsOf(html);
  const main = files.find((f) => f.endsWith('.js') && existsSync(join(dist, f.replace(/[^/]+$/, '__wasm_split.js'))));
  if (main) {
    const dir = main.replace(/\/[^/]+$/, '');
    files.push(`${dir}/__wasm_split.js`, ...chunksOf(dist, dir, segment));
  }
  files = [html, ...new Set(files)];
  console.log(`\nfirst load of /${segment}`);
  console.log(row('file', ['raw', 'gzip-9', 'brotli']));
  const total = [0, 0, 0];
  for (const file of files) {
    const s = sizes(file);
    s.forEach((v, i) => (total[i] += v));
    console.log(row(file, s));
  }
  console.log(row('TOTAL', total));
  figures[`first load /${segment}, brotli bytes`] = total[2];
}
keep('first-load', figures);
