// The app's wasm, built by post_build.mjs instead of Trunk (index.html marks the Rust asset
// data-trunk-skip): Trunk cannot split a wasm, and the release loads each lazy page's code
// (src/pages/lazy.rs) only when the page is first shown. docs/architecture.md, "Loading per route".
//
// Release: cargo with the `split` feature and relocations kept (--emit-relocs, added to the
//   config's rustflags, not replacing them) → wasm-split-cli (one main module, one chunk per
//   lazy page and chunks of shared code, __wasm_split.js that fetches them) → wasm-bindgen
//   --keep-lld-exports on the main module → wasm-opt on every .wasm.
// Debug (`make dev`): one unsplit wasm, wasm-bindgen only.
// The output goes into wasm-<hash of its contents>/ in the staged dist, so a new build's files
// never meet an old one's in a cache; the loader script goes into index.html.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
// binaryen 132 from npm: Debian's wasm-opt 108 breaks the wasm without an error.
const wasmOpt = fileURLToPath(new URL('./node_modules/.bin/wasm-opt', import.meta.url));
const wasmOptFeatures = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];
const NAME = 'grades';

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', (e) => reject(new Error(`${command}: ${e.message} (run \`make setup\`)`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code})`))));
  });
}

function output(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('error', () => resolve(''));
    child.on('exit', () => resolve(text.trim()));
  });
}

/** wasm-bindgen's CLI must be the exact version of the crate in Cargo.lock. */
async function checkWasmBindgen() {
  const lock = await readFile(join(root, 'Cargo.lock'), 'utf8');
  const locked = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
  const cli = await output('wasm-bindgen', ['--version']);
  if (cli !== `wasm-bindgen ${locked}`) {
    throw new Error(`wasm-bindgen ${locked} is needed, found "${cli || 'none'}": run \`make setup\``);
  }
}

/** Runs `jobs` (functions returning promises) two at a time: the machines have two cores. */
async function parallel(jobs, width = 2) {
  const queue = [...jobs];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length) await queue.shift()();
  }));
}

async function cargoBuild(release) {
  const args = ['build', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', NAME];
  if (release) {
    // Arrays given with --config join the config files' ones (.cargo/config.toml's cfg stays).
    args.push('--release', '--features', 'split',
      '--config', 'target.wasm32-unknown-unknown.rustflags=["-Clink-args=--emit-relocs"]');
  }
  await run('cargo', args);
  return join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);
}

/** Builds the wasm into a fresh directory of target/ and returns it. */
async function buildInto(release) {
  await checkWasmBindgen();
  const wasm = await cargoBuild(release);
  const work = join(targetDir, 'wasm-split');
  await rm(work, { recursive: true, force: true });
  const out = join(work, 'out');
  if (!release) {
    await run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', NAME, wasm]);
    return out;
  }
  const split = join(work, 'split');
  await run('wasm-split-cli', ['--out-name', NAME, wasm, split]);
  await run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
    '--out-dir', out, '--out-name', NAME, join(split, `${NAME}.wasm`)]);
  for (const file of await readdir(split)) {
    if (file !== `${NAME}.wasm`) await copyFile(join(split, file), join(out, file));
  }
  // The main module first: it takes longest.
  const wasms = (await readdir(out)).filter((f) => f.endsWith('.wasm'))
    .sort((a, b) => (b === `${NAME}_bg.wasm`) - (a === `${NAME}_bg.wasm`));
  await parallel(wasms.map((file) => () =>
    run(wasmOpt, ['-Oz', ...wasmOptFeatures, '--strip-debug', '--strip-producers', join(out, file), '-o', join(out, file)])));
  return out;
}

/**
 * Builds the app's wasm into `stage` and puts its loader into the staged index.html; returns the
 * directory's name. Trunk's own loader is kept as it was (prerender.mjs rewrites it).
 */
export async function buildWasm(stage, publicUrl, release) {
  const out = await buildInto(release);
  const files = (await readdir(out)).sort();
  const digest = createHash('sha256');
  for (const file of files) digest.update(file).update(await readFile(join(out, file)));
  const dir = `wasm-${digest.digest('hex').slice(0, 16)}`;
  await mkdir(join(stage, dir));
  for (const file of files) await copyFile(join(out, file), join(stage, dir, file));

  const js = `${publicUrl}${dir}/${NAME}.js`;
  const wasm = `${publicUrl}${dir}/${NAME}_bg.wasm`;
  const loader = `<script type=module>import init, * as bindings from '${js}';\n`
    + `const wasm = await init({ module_or_path: '${wasm}' });\n`
    + 'window.wasmBindings = bindings;\n'
    + 'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));</script>'
    + `<link crossorigin href=${js} rel=modulepreload>`
    + `<link as=fetch crossorigin href=${wasm} rel=preload type=application/wasm>`;
  const indexPath = join(stage, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  await writeFile(indexPath, html.replace('</head>', `${loader}</head>`));
  return dir;
}
