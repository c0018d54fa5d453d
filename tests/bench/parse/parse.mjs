// The bundle reading benchmark (`make bench-parse`): the ways the widget
// could read a bundle into articles (page.mjs), built to WebAssembly with the
// widget's size profile (PARSE_OPT=z,3 adds opt-level 3), timed in one page
// of headless Chromium that can reach nothing but loopback, on the generated
// 10k and 100k-article bundles. Prints a table of medians; it measures, and
// fails only when two ways read different articles.

import { execFileSync } from 'node:child_process';
import { copyFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage, serveStatic } from '../../e2e/harness.mjs';
import { BUNDLES, makeBundles } from '../bundles.mjs';
import { wasmOptArgs } from '../../../scripts/wasm-opt-params.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const SIZES = (process.env.PARSE_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.PARSE_RUNS ?? 7);
const RUNS_LARGE = Number(process.env.PARSE_RUNS_LARGE ?? 3);
const OPTS = (process.env.PARSE_OPT ?? 'z').split(',');
// Each opt-level as cargo and wasm-opt take it; `z` is how the widget ships.
// z is built as the widget is (its wasm-opt arguments from index.html).
const PROFILES = { z: ['wasm-release', wasmOptArgs()], 3: ['wasm-speed', ['-O3', '--converge']] };

/** The page, its WebAssembly at `opt` and the bundles, in one folder. */
async function build(opt) {
  const [profile, wasmOpt] = PROFILES[opt];
  const out = join(ROOT, 'target/bench-parse', opt);
  const run = (command, args) => execFileSync(command, args, { cwd: import.meta.dirname, stdio: 'inherit' });
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--profile', profile, '--target-dir', join(ROOT, 'target')]);
  await rm(out, { recursive: true, force: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, join(ROOT, 'target/wasm32-unknown-unknown', profile, 'newsdeck_parse_bench.wasm')]);
  const wasm = join(out, 'newsdeck_parse_bench_bg.wasm');
  run('wasm-opt', [...wasmOpt, wasm, '-o', wasm]);
  await copyFile(join(import.meta.dirname, 'page.mjs'), join(out, 'page.mjs'));
  await writeFile(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>newsdeck parse benchmark</title><script type="module" src="page.mjs"></script>\n');
  for (const size of SIZES) await symlink(join(BUNDLES, `bundle-${size}.json`), join(out, `bundle-${size}.json`));
  return out;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Every way at `size`, in one fresh page: a first round to warm up (and
 *  grow the WebAssembly memory) left out, then `runs` rounds, each in a
 *  different order, with garbage collected before every reading. */
async function measure(browser, url, size, runs) {
  const page = await openPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => window.parseBench);
  const bytes = await page.evaluate((src) => window.parseBench.load(src), `bundle-${size}.json`);
  const ways = await page.evaluate(() => window.parseBench.ways);
  const results = Object.fromEntries(ways.map((way) => [way, []]));
  for (let round = 0; round <= runs; round++) {
    for (let i = 0; i < ways.length; i++) {
      const way = ways[(i + round) % ways.length];
      await cdp.send('HeapProfiler.collectGarbage');
      const result = await page.evaluate((w) => window.parseBench.run(w), way);
      console.error(`${size} ${round ? `run ${round}/${runs}` : 'warm-up'}: ${result.total.toFixed(0)} ms ${way}`);
      if (round) results[way].push(result);
    }
  }
  if (page.blocked.length) throw new Error(`blocked requests: ${page.blocked.join(', ')}`);
  await page.context().close();
  return { bytes, results };
}

/** The ways that did not read what the widget's way read, if any. */
function disagreeing(results) {
  const all = Object.entries(results).flatMap(([way, runs]) => runs.map((r) => [way, `${r.articles} ${r.fingerprint}`]));
  return [...new Set(all.filter(([, read]) => read !== all[0][1]).map(([way]) => way))];
}

function print(opt, measured) {
  const ways = Object.keys(measured[SIZES[0]].results);
  const cell = (runs) => {
    const phases = Object.keys(runs[0].phases).map((name) => `${name} ${median(runs.map((r) => r.phases[name])).toFixed(0)}`);
    return `${median(runs.map((r) => r.total)).toFixed(0)} ms (${phases.join(' + ')})`;
  };
  const header = ['', ...SIZES.map((s) => `${s / 1000}k articles (${(measured[s].bytes / 1e6).toFixed(1)} MB)`)];
  console.log(`\nnewsdeck bundle reading, opt-level ${opt}: medians of ${RUNS} runs (${RUNS_LARGE} at 100k), headless Chromium\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const way of ways) console.log(`| ${way} | ${SIZES.map((s) => cell(measured[s].results[way])).join(' | ')} |`);
  for (const size of SIZES) {
    const results = measured[size].results;
    const fastest = ways.reduce((a, b) => (median(results[a].map((r) => r.total)) <= median(results[b].map((r) => r.total)) ? a : b));
    const articles = results[ways[0]][0].articles;
    console.log(`\n${size / 1000}k: fastest: ${fastest}; every way read ${articles} articles${disagreeing(results).length ? '' : ', the same'}`);
  }
}

async function main() {
  await makeBundles(SIZES);
  const browser = await launchBrowser();
  try {
    for (const opt of OPTS) {
      const server = await serveStatic(await build(opt));
      const measured = {};
      try {
        for (const size of SIZES) measured[size] = await measure(browser, server.url, size, size >= 100_000 ? RUNS_LARGE : RUNS);
      } finally {
        await server.close();
      }
      print(opt, measured);
      for (const size of SIZES) {
        const wrong = disagreeing(measured[size].results);
        if (wrong.length) {
          console.error(`${size}: read differently from the widget's way: ${wrong.join('; ')}`);
          process.exitCode = 1;
        }
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
