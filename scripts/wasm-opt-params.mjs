// The wasm-opt arguments the release build uses, read from index.html's
// `data-wasm-opt` and `data-wasm-opt-params`, so that copies built outside
// Trunk (the size profile, the parse benchmark) are optimised exactly as
// the release is.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `['-Os', '--converge', …]`, as Trunk passes them. */
export function wasmOptArgs() {
  const page = readFileSync(join(import.meta.dirname, '../index.html'), 'utf8');
  const level = /data-wasm-opt="([^"]*)"/.exec(page);
  const params = /data-wasm-opt-params="([^"]*)"/.exec(page);
  if (!level || !params) throw new Error('index.html has no data-wasm-opt or data-wasm-opt-params');
  return [`-O${level[1]}`, ...params[1].split(/\s+/).filter(Boolean)];
}
