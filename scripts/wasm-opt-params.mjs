// The wasm-opt params the release build uses, read from index.html's
// `data-wasm-opt-params`, so that copies built outside Trunk (the size
// profile, the parse benchmark) are optimised exactly as the release is.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function wasmOptParams() {
  const page = readFileSync(join(import.meta.dirname, '../index.html'), 'utf8');
  const params = /data-wasm-opt-params="([^"]*)"/.exec(page);
  if (!params) throw new Error('index.html has no data-wasm-opt-params');
  return params[1].split(/\s+/).filter(Boolean);
}
