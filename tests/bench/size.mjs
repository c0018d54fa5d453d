// Prints the gzip size of the release build's code (wasm + JS) against the
// budget. Run through `make size`, which builds dist/ first.

import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.env.NEWSDECK_DIST ?? resolve(import.meta.dirname, '../../dist'));
const BUDGET_KB = 150;

const kb = (bytes) => (bytes / 1000).toFixed(1);
const files = (await readdir(DIST)).filter((name) => name.endsWith('.wasm') || name.endsWith('.js')).sort();
let total = 0;
console.log('file'.padEnd(48), 'raw kB'.padStart(9), 'gzip kB'.padStart(9));
for (const name of files) {
  const body = await readFile(join(DIST, name));
  const gzipped = gzipSync(body, { level: 9 }).length;
  total += gzipped;
  console.log(name.padEnd(48), kb(body.length).padStart(9), kb(gzipped).padStart(9));
}
console.log(`total gzip: ${kb(total)} kB of a ${BUDGET_KB} kB budget`);
if (total > BUDGET_KB * 1000) {
  console.log(`over budget by ${kb(total - BUDGET_KB * 1000)} kB`);
  process.exitCode = 1;
}
