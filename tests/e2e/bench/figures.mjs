// The figures of one `make bench`, kept for bench/compare.mjs: each script adds its own under a
// name of its own (a JSON file in $BENCH_OUT, which the Makefile sets). Without BENCH_OUT, as
// when a script is run by hand, nothing is kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Keeps `figures` (a flat object: label → number) as part `name` of this run. */
export function keep(name, figures) {
  const dir = process.env.BENCH_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}
