// The bundles both browser benchmarks read, written once to tests/bench/out/:
// `demo` is the demo bundle as it ships (715 articles), a number is the demo
// corpus scaled to that many articles by `newsdeck_core::sample`, and a
// number with `-shuffled` is the same bundle in a fixed random order, as API
// pages and hand-made bundles often come (not newest first).

import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const BUNDLES = join(import.meta.dirname, 'out');
const DEMO = join(ROOT, 'static/demo-bundle.json');

/** How many articles a bundle name stands for. */
export const articleCount = (name) => (name === 'demo' ? 715 : parseInt(name, 10));

/** The file of the bundle called `name`. */
export const bundleFile = (name) => join(BUNDLES, `bundle-${name}.json`);

/** Generates each named bundle that is not there yet. */
export async function makeBundles(names) {
  await mkdir(BUNDLES, { recursive: true });
  for (const name of names.map(String)) {
    const file = bundleFile(name);
    if (await stat(file).catch(() => null)) continue;
    console.error(`generating bundle ${name}`);
    if (name === 'demo') {
      await copyFile(DEMO, file);
    } else if (name.endsWith('-shuffled')) {
      const base = name.slice(0, -'-shuffled'.length);
      await makeBundles([base]);
      const bundle = JSON.parse(await readFile(bundleFile(base), 'utf8'));
      shuffle(bundle.articles);
      await writeFile(file, JSON.stringify(bundle));
    } else {
      const args = ['run', '-q', '--release', '--locked', '-p', 'newsdeck-core', '--example', 'scaled_bundle', '--', DEMO, name, file];
      execFileSync('cargo', args, { cwd: ROOT, stdio: 'inherit' });
    }
  }
}

/** Fisher–Yates with a fixed seed, so every run reads the same order. */
function shuffle(list) {
  let seed = 20_241_208;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}
