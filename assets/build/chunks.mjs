// The wasm chunks a lazy page needs (src/pages/lazy.rs), read from the loader wasm-split-cli
// writes beside the main module: the page's own chunk and the shared chunks it waits for.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of `chunk`'s wasm files relative to `dist`, for the wasm folder `dir`; none for an
 * unsplit build (`make dev`) or a page in the main module. */
export function chunksOf(dist, dir, chunk) {
  const loader = join(dist, dir, '__wasm_split.js');
  if (!existsSync(loader)) return [];
  const js = readFileSync(loader, 'utf8');
  const own = new RegExp(`__wasm_split_load_${chunk} = [\\s\\S]*?"\\./([^"]+\\.wasm)"[\\s\\S]*?, \\[([^\\]]*)\\]`).exec(js);
  if (!own) return [];
  const shared = own[2].split(',').map((d) => d.trim()).filter(Boolean).map((name) => {
    const file = new RegExp(`const ${name} = [\\s\\S]*?"\\./([^"]+\\.wasm)"`).exec(js)?.[1];
    if (!file) throw new Error(`${loader}: no file for the shared chunk ${name}`);
    return file;
  });
  return [own[1], ...shared].map((file) => `${dir}/${file}`);
}
