// Trunk post_build hook: finishes the staged dist/ so it can be hosted statically and offline.
// 1. puts the hashes of Trunk's inline scripts into the Content-Security-Policy meta tag;
// 2. prerenders the home page into index.html (rendered by the built app itself in headless
//    Chromium), so the first paint does not wait for the wasm; the app replaces it when it starts;
// 3. writes sw.js with the list of built files and a cache name derived from their contents;
// 4. writes 404.html, which GitHub Pages serves for deep links: the shell without the prerender.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run me as a Trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

const indexPath = join(stage, 'index.html');
const template = await readFile(indexPath, 'utf8');
if (!template.includes('__INLINE_SCRIPT_HASHES__')) throw new Error('index.html lacks the CSP placeholder');

/** The page with the hashes of its inline scripts allowed by its CSP. */
function withCsp(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((body) => `'sha256-${sha256(body, 'base64')}'`).join(' ');
  return html.replace('__INLINE_SCRIPT_HASHES__', hashes);
}

const shell = withCsp(template);
await writeFile(indexPath, shell);

/** The home page's markup as the built app renders it for a first visit (Russian, nothing ticked). */
async function renderHome() {
  const { chromium } = await import('../../tests/e2e/node_modules/playwright/index.mjs');
  const serve = new URL('../../tests/e2e/serve.mjs', import.meta.url).pathname;
  const server = spawn('node', [serve, stage, '0', publicUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const origin = await new Promise((resolve, reject) => {
      server.once('exit', () => reject(new Error('serve.mjs exited')));
      server.stdout.once('data', (chunk) => resolve(/at (http:\/\/[^/\s]+)/.exec(chunk.toString())[1]));
    });
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(origin + publicUrl);
    await page.locator('[data-testid="profession"]').first().waitFor();
    if (errors.length) throw new Error(`the app failed while prerendering: ${errors.join('; ')}`);
    return await page.evaluate(() =>
      [...document.body.children]
        .filter((e) => !['SCRIPT', 'NOSCRIPT', 'LINK', 'TEMPLATE'].includes(e.tagName))
        .map((e) => e.outerHTML)
        .join(''));
  } finally {
    await browser.close();
    server.kill();
  }
}

// Shown only where the app would render the same thing: the home page, Russian, nothing ticked.
// Inert, so nothing can be typed into it before the app takes over.
const gate = `(function(){var p=document.getElementById("prerender");try{var b=new URL(document.baseURI).pathname,h=location.pathname,l=localStorage.getItem("grades.language")||"",a=localStorage.getItem("grades.assessment")||"";if(h!==b&&h!==b+"index.html"||l&&l.indexOf('"ru"')<0||/"ticked":\\[\\s*"/.test(a))p.remove()}catch(e){p.remove()}})()`;
/**
 * Trunk's loader, changed so that with the static copy shown the app starts after its first paint:
 * the copy is painted at once instead of after the wasm (which a preload in <head> would fetch
 * first, competing with the stylesheets), and the app's identical rendering is not a new paint.
 */
function startAfterFirstPaint(html) {
  const loader = /<script type=module>([\s\S]*?)<\/script>/.exec(html);
  const js = loader && /from '([^']+\.js)'/.exec(loader[1]);
  const wasm = loader && /module_or_path: '([^']+\.wasm)'/.exec(loader[1]);
  if (!js || !wasm) throw new Error("Trunk's loader script changed: update post_build.mjs");
  const script = `const p=document.getElementById("prerender");`
    + `if(p)await new Promise(r=>requestAnimationFrame(()=>setTimeout(r)));`
    + `const bindings=await import(${JSON.stringify(js[1])});`
    + `const wasm=await bindings.default({module_or_path:${JSON.stringify(wasm[1])}});`
    + `window.wasmBindings=bindings;`
    + `dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}));`;
  return html
    .replace(loader[0], `<script type=module>${script}</script>`)
    .replace(/<link[^>]*\brel=(?:modulepreload|preload)\b[^>]*>/g, '');
}

const home = await renderHome();
const prerendered = startAfterFirstPaint(template).replace(
  '</body>',
  `<div id="prerender" inert>${home}</div><script>${gate}</script></body>`,
);
const html = withCsp(prerendered);
await writeFile(indexPath, html);

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return files.flat();
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
await writeFile(join(stage, '404.html'), shell);
console.log(`post_build: ${files.length} files precached as ${cacheName}`);
