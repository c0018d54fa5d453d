// Prints the size of the release build's code (wasm + JS), gzip and brotli,
// and fails when gzip passes the ceiling: a ratchet, so the size cannot
// creep. Run through `make size` (part of `make test`), which builds dist/.
// Lower CEILING_KB when a change makes the build smaller.

import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = resolve(process.env.NEWSDECK_DIST ?? resolve(import.meta.dirname, '../../dist'));
const CEILING_KB = 195;

const kb = (bytes) => (bytes / 1000).toFixed(1);
const brotli = (body) => brotliCompressSync(body, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
}).length;
const files = (await readdir(DIST)).filter((name) => name.endsWith('.wasm') || name.endsWith('.js')).sort();
if (files.length === 0) {
  console.error(`no .wasm or .js files in ${DIST}: build the release first (make dist)`);
  process.exit(1);
}
let gzipTotal = 0;
let brotliTotal = 0;
console.log('file'.padEnd(36), 'raw kB'.padStart(9), 'gzip kB'.padStart(9), 'brotli kB'.padStart(10));
for (const name of files) {
  const body = await readFile(join(DIST, name));
  const gzipped = gzipSync(body, { level: 9 }).length;
  const brotlied = brotli(body);
  gzipTotal += gzipped;
  brotliTotal += brotlied;
  console.log(name.padEnd(36), kb(body.length).padStart(9), kb(gzipped).padStart(9), kb(brotlied).padStart(10));
}
console.log(`total: ${kb(gzipTotal)} kB gzip, ${kb(brotliTotal)} kB brotli; ceiling ${CEILING_KB} kB gzip`);
if (gzipTotal > CEILING_KB * 1000) {
  console.error(`over the ceiling by ${kb(gzipTotal - CEILING_KB * 1000)} kB gzip`);
  process.exitCode = 1;
}
