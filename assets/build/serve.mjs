// Serves a built dist/ the way GitHub Pages does: real files under the base path, `/x` from
// `x.html` and `/x/` from `x/index.html`, otherwise 404.html with status 404. Unlike `trunk serve`, deep-link and sub-path bugs show up here.
// Like GitHub Pages it gzips text and wasm for clients that accept it.
// Usage: node serve.mjs <dir> <port> [base]   (port 0 picks a free one; the first line printed
// names the address), or `serve(dir, port, base)` from another script.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that `urlPath` names below `base`, or null. */
async function fileFor(root, base, urlPath) {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return null;
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + '/')) return null;
  const isFile = (path) => stat(path).then((info) => info.isFile(), () => false);
  const info = await stat(full).catch(() => null);
  if (info?.isDirectory()) {
    const index = join(full, 'index.html');
    return (await isFile(index)) ? index : null;
  }
  if (info?.isFile()) return full;
  // `/x` (no trailing slash) from `x.html`.
  if (!rel.endsWith('/') && (await isFile(`${full}.html`))) return `${full}.html`;
  return null;
}

/** Starts serving `dir` under `base`; resolves to the server and the site's address. */
export function serve(dir, port, rawBase = '/') {
  const root = resolve(dir);
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await fileFor(root, base, url.pathname);
    const [status, path] = file ? [200, file] : [404, join(root, '404.html')];
    try {
      const raw = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const gzip = !type.startsWith('image/png') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipSync(raw, { level: 6 }) : raw;
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'max-age=600',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(Number(port), '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${server.address().port}${base}` }));
  });
}

// Run as a script (Node resolves the script's real path for import.meta.url).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
  const { url } = await serve(dir, port, base);
  console.log(`serving ${resolve(dir)} at ${url}`);
}
