// The generated bundles both browser benchmarks read: the demo corpus scaled
// to each size by `newsdeck_core::sample`, written once to tests/bench/out/.

import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const BUNDLES = join(import.meta.dirname, 'out');

/** Generates the bundle of each size that is not there yet. */
export async function makeBundles(sizes) {
  await mkdir(BUNDLES, { recursive: true });
  for (const size of sizes) {
    const file = join(BUNDLES, `bundle-${size}.json`);
    if (await stat(file).catch(() => null)) continue;
    console.error(`generating ${size} articles`);
    execFileSync('cargo', ['run', '-q', '--release', '--locked', '-p', 'newsdeck-core', '--example', 'scaled_bundle', '--', join(ROOT, 'static/demo-bundle.json'), String(size), file], { cwd: ROOT, stdio: 'inherit' });
  }
}
