// The last part of `make bench`: this run's figures (the parts in $BENCH_OUT) beside the previous
// release's, which the repository keeps in bench/release.json, with the ratio now / then. Every
// figure is smaller-is-better except the Lighthouse scores. `--record` (`make bench RECORD=1`)
// makes this run the release's figures: run it on a release once it has landed.
// Usage: node bench/compare.mjs [--record]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const dir = process.env.BENCH_OUT;
if (!dir) throw new Error('BENCH_OUT is not set: run me from `make bench`');
const releaseFile = new URL('./release.json', import.meta.url);

const now = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  Object.assign(now, JSON.parse(readFileSync(join(dir, file), 'utf8')));
}
const release = JSON.parse(readFileSync(releaseFile, 'utf8'));

const rows = Object.entries(now).map(([figure, value]) => {
  const then = release.figures[figure];
  return {
    figure,
    [`release ${release.commit}`]: then ?? '—',
    now: value,
    'now/then': typeof then === 'number' && then !== 0 ? (value / then).toFixed(2) : '—',
  };
});
console.log(`This run beside the previous release's figures (${release.commit}, measured ${release.measured}):`);
console.table(rows);
const gone = Object.keys(release.figures).filter((figure) => !(figure in now));
if (gone.length) console.log(`Not measured in this run: ${gone.join('; ')}`);

if (process.argv.includes('--record')) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(releaseFile, `${JSON.stringify({ commit, measured: date, figures: now }, null, 2)}\n`);
  console.log(`Recorded as the release's figures: bench/release.json (${commit}, ${date})`);
}
