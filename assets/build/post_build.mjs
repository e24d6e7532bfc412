// Trunk post_build hook: finishes the staged dist/ so it can be hosted statically and offline.
// 0. builds the wasm (wasm.mjs: split per route for a release) and its loader in index.html;
// 1. puts the hashes of Trunk's inline scripts into the Content-Security-Policy meta tag;
// 2. release builds only: prerenders the home page into index.html (prerender.mjs, in headless
//    Chromium), so the first paint does not wait for the wasm;
// 3. writes sw.js: for a release, the service worker with the list of built files and a cache
//    name derived from their contents; for a debug build, one that caches nothing (dev.sw.js);
// 4. writes <route>.html for every route of routes.json (GitHub Pages answers /x with x.html, so a
//    deep link gets status 200): the shell with the route's own title and description, which
//    fetches the route's wasm chunks beside the main wasm; for a release, a route with a
//    `prerender` selector carries its prerendered first paint too (prerender.mjs);
// 5. writes 404.html, which GitHub Pages serves for unknown paths: the shell without the prerender.
// A debug build (`trunk serve`, `make dev`) needs cargo, wasm-bindgen and Node: no browser, no
// npm package, no split.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chunksOf } from './chunks.mjs';
import { buildWasm } from './wasm.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run me as a Trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const release = process.env.TRUNK_PROFILE === 'release';

const wasmDir = await buildWasm(stage, publicUrl, release);

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

const indexPath = join(stage, 'index.html');
const template = await readFile(indexPath, 'utf8');
if (!template.includes('__INLINE_SCRIPT_HASHES__')) throw new Error('index.html lacks the CSP placeholder');

/** The page with the hashes of its inline scripts allowed by its CSP. */
function withCsp(html) {
  // `trunk serve` rewrites its live-reload script for each request, so no hash can match it.
  if (!release) return html.replace('__INLINE_SCRIPT_HASHES__', "'unsafe-inline'");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((body) => `'sha256-${sha256(body, 'base64')}'`).join(' ');
  return html.replace('__INLINE_SCRIPT_HASHES__', hashes);
}

const shell = withCsp(template);
await writeFile(indexPath, shell);

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `html` with the route's title and description. */
function titled(html, { title, description }) {
  const named = html.replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`);
  // The minifier may reorder the attributes: the whole tag is replaced.
  const described = named.replace(
    /<meta\b[^>]*\bname="?description"?(?=[\s/>])[^>]*>/,
    `<meta name="description" content="${escape(description)}">`,
  );
  if (named === html || described === named) throw new Error('index.html lacks a <title> or a description');
  return described;
}

const routes = JSON.parse(await readFile(new URL('./routes.json', import.meta.url), 'utf8'));
const chunkUrls = (segment) => chunksOf(stage, wasmDir, segment).map((file) => `${publicUrl}${file}`);

/** The shell for a route: its title, and its chunks fetched beside the main wasm. */
function routeShell(segment, text) {
  const preloads = chunkUrls(segment)
    .map((url) => `<link as=fetch crossorigin href=${url} rel=preload type=application/wasm>`)
    .join('');
  return withCsp(titled(template, text).replace('</head>', `${preloads}</head>`));
}

for (const [segment, text] of Object.entries(routes)) {
  await writeFile(join(stage, `${segment}.html`), routeShell(segment, text));
}

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return files.flat();
}

if (release) {
  const { prerender, prerenderRoute } = await import('./prerender.mjs');
  await writeFile(indexPath, withCsp(await prerender(stage, publicUrl, template)));
  // Each from the app as staged above: the shells must work first.
  for (const [segment, text] of Object.entries(routes)) {
    if (!text.prerender) continue;
    const page = await prerenderRoute(stage, publicUrl, titled(template, text), segment, text.prerender, chunkUrls(segment));
    await writeFile(join(stage, `${segment}.html`), withCsp(page));
  }

  const skip = new Set(['sw.js', '404.html']);
  const files = (await walk(stage))
    .map((path) => relative(stage, path).split('\\').join('/'))
    .filter((path) => !skip.has(path) && !path.startsWith('.'))
    .sort();
  const digest = createHash('sha256');
  for (const file of files) digest.update(file).update(await readFile(join(stage, file)));
  const cacheName = `grades-${digest.digest('hex').slice(0, 16)}`;

  const worker = await readFile(new URL('./service-worker.js', import.meta.url), 'utf8');
  await writeFile(
    join(stage, 'sw.js'),
    worker.replace('__CACHE_NAME__', cacheName).replace('__PRECACHE__', JSON.stringify(files)),
  );
  console.log(`post_build: ${files.length} files precached as ${cacheName}`);
} else {
  await writeFile(join(stage, 'sw.js'), await readFile(new URL('./dev.sw.js', import.meta.url)));
  console.log('post_build: debug build, no prerender, a service worker that caches nothing');
}
await writeFile(join(stage, '404.html'), shell);
