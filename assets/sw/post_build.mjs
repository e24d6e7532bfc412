// Trunk post_build hook: finishes the staged dist/ so it can be hosted statically and offline.
// 1. puts the hashes of Trunk's inline scripts into the Content-Security-Policy meta tag;
// 2. writes sw.js with the list of built files and a cache name derived from their contents;
// 3. copies index.html to 404.html, which GitHub Pages serves for deep links.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run me as a Trunk hook');

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

const indexPath = join(stage, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inlineScripts.map((body) => `'sha256-${sha256(body, 'base64')}'`).join(' ');
if (!html.includes('__INLINE_SCRIPT_HASHES__')) throw new Error('index.html lacks the CSP placeholder');
html = html.replace('__INLINE_SCRIPT_HASHES__', hashes);
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

const template = await readFile(new URL('./service-worker.js', import.meta.url), 'utf8');
await writeFile(
  join(stage, 'sw.js'),
  template.replace('__CACHE_NAME__', cacheName).replace('__PRECACHE__', JSON.stringify(files)),
);
await writeFile(join(stage, '404.html'), html);
console.log(`post_build: ${files.length} files precached as ${cacheName}`);
