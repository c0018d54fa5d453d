// The browser benchmark (`make bench`): the release build and a fair
// hand-written vanilla page (vanilla.html: text folded once, newest first,
// the same cards), side by side in one run, each fed the demo bundle (715
// articles), generated 10k and 100k-article bundles and a 10k bundle that is
// not newest first, from loopback in headless Chromium that can reach
// nothing else. Prints a table of medians and ratios; it measures, it never
// asserts.

import { createServer } from 'node:http';
import { cpus, totalmem, release } from 'node:os';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { launchBrowser, openPage } from '../e2e/harness.mjs';
import { withoutFirstScreens } from '../e2e/pages.mjs';
import { BUNDLES, articleCount, makeBundles } from './bundles.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
// Bundle names (bundles.mjs): `demo`, an article count, or a count with
// `-shuffled` for one that is not newest first.
const SIZES = (process.env.BENCH_SIZES ?? 'demo,10000,10000-shuffled,100000').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? 1);
// BENCH_KINDS=widget skips the vanilla page (its columns then show –).
const KINDS = (process.env.BENCH_KINDS ?? 'widget,vanilla').split(',');
// BENCH_SHIFTS=1 prints every layout shift: the step, what moved and how.
const SHIFTS = Boolean(process.env.BENCH_SHIFTS);
// BENCH_MBPS=10 serves the bundles at 10 megabytes a second, as a network
// link delivers them, instead of as fast as loopback goes.
const MBPS = Number(process.env.BENCH_MBPS ?? 0);
const SCROLL_STEPS = 120;
const VIEWPORT = { width: 1280, height: 900 };

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css' };

/** dist/ at /, the bundles at /bundles/, the vanilla page, and the widget
 *  page pointed at a bundle (`/widget.html?src=...`), on 127.0.0.1 only. */
async function serve() {
  // The widget as a page without a written first screen shows it: what
  // is timed is newsdeck's own first card.
  const demo = withoutFirstScreens(await readFile(join(DIST, 'index.html'), 'utf8'));
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    let file;
    if (url.pathname === '/widget.html') {
      const src = url.searchParams.get('src');
      // The 100k bundle is over the default 50 MB cap: raised, as a site
      // serving such a bundle would.
      const body = demo.replace('data-src="demo-bundle.json"', `data-src="${src}" data-paging="infinite" data-url-state="off" data-max-size="500"`);
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(body);
      return;
    }
    if (url.pathname === '/written.html') file = join(DIST, 'index.html');
    else if (url.pathname === '/vanilla.html') file = join(import.meta.dirname, 'vanilla.html');
    else if (url.pathname.startsWith('/bundles/')) file = normalize(join(BUNDLES, url.pathname.slice('/bundles/'.length)));
    else file = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(BUNDLES + sep) && !file.startsWith(DIST + sep) && !file.endsWith('vanilla.html')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      // With its size announced, as a static host serves a file.
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
      if (MBPS && file.startsWith(BUNDLES + sep)) paced(response, body);
      else response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

/** Writes `body` at `MBPS` megabytes a second, 64 KiB at a time, each
 *  piece when the link would have delivered it. */
function paced(response, body) {
  const piece = 64 * 1024;
  const start = performance.now();
  const send = (at) => {
    if (at >= body.length || response.destroyed) return response.end();
    const delivered = start + Math.min(at + piece, body.length) / (MBPS * 1000);
    setTimeout(() => {
      response.write(body.subarray(at, at + piece));
      send(at + piece);
    }, Math.max(0, delivered - performance.now()));
  };
  send(0);
}

/** Injected before any page script: first card, idle, long tasks, layout
 *  shifts (each named by its step, `__bench.step`, and with `describe` what
 *  moved), and the wasm memory once instantiated. */
function probe(describe) {
  const bench = (window.__bench = { longTasks: [], cls: 0, shifts: [], step: 'load', steps: {} });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      bench.cls += e.value;
      bench.steps[bench.step] = (bench.steps[bench.step] ?? 0) + e.value;
      if (!describe) continue;
      // What moved: the element and how far. Chromium names no element in a
      // shadow root (source.node is null), so the one now at the middle of
      // where it went is named instead (marked ~).
      const name = (node) => `${node.nodeName.toLowerCase()}${node.getAttribute?.('class') ? '.' + node.getAttribute('class').split(' ')[0] : ''}`;
      const at = (r) => {
        const node = r.width && r.height ? window.__root().elementFromPoint?.(r.x + r.width / 2, r.y + r.height / 2) : null;
        return node ? `~${name(node)}` : '?';
      };
      const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
      const moved = (e.sources ?? []).map((s) => `${s.node ? name(s.node) : at(s.currentRect)} ${rect(s.previousRect)}→${rect(s.currentRect)}`);
      bench.shifts.push(`${bench.step} ${e.value.toFixed(5)} at ${Math.round(e.startTime)} ms: ${moved.join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      bench.memory = (result.instance ?? result).exports?.memory;
      return result;
    };
  }
  window.__root = () => document.querySelector('[data-newsdeck]')?.shadowRoot ?? document;
  // Interactive: the first idle moment once the feed is whole (a large
  // bundle's first stories show while the rest is still arriving).
  const whole = () => {
    if (window.__root().querySelector('[role="feed"]:not([aria-busy="true"]) > article')) {
      requestIdleCallback(() => (bench.interactive = performance.now()));
    } else requestAnimationFrame(whole);
  };
  const look = () => {
    if (window.__root().querySelector('[role="feed"] > article')) {
      bench.firstCard = performance.now();
      whole();
    } else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** In the page: from each event of the type timed (`input` for the search,
 *  `change` for a facet) to after the next frame, in `__bench.inputTimes`.
 *  The time starts at the event's own time stamp. */
function timeInputs() {
  const times = (window.__bench.inputTimes = []);
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  for (const type of ['input', 'change']) {
    window.__root().addEventListener(
      type,
      (event) => type === window.__bench.timing && frame().then(() => times.push(performance.now() - event.timeStamp)),
      true,
    );
  }
}

/** The search box, the widget's or the vanilla page's. */
const searchBox = (page) => page.locator('[data-newsdeck] input[type="search"], #search').first();

/** Runs `act(i)` `times` times, 50 ms apart, each once its event of `type`
 *  is timed; the times, from each event to the next paint. */
async function timeEach(page, type, times, act) {
  await page.evaluate((type) => {
    window.__bench.timing = type;
    window.__bench.inputTimes.length = 0;
  }, type);
  for (let i = 1; i <= times; i++) {
    await page.waitForTimeout(50);
    await act(i - 1);
    await page.waitForFunction((count) => window.__bench.inputTimes.length >= count, i, { polling: 'raf' });
  }
  return page.evaluate(() => window.__bench.inputTimes.slice());
}

/** Types `text` into the search box key by key, as a reader does (trusted
 *  input, so layout shifts right after it are the reader's doing, as in
 *  the CLS definition). */
async function typeTimes(page, text) {
  await searchBox(page).focus();
  return timeEach(page, 'input', text.length, (i) => page.keyboard.type(text[i]));
}

/** Clears the search box as a reader does: select all, delete. */
async function clearSearch(page) {
  await searchBox(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

/** Replaces the whole query at once, as a pasted word, a topic chip or
 *  Back does: one input event, and most cards new each time. Select all,
 *  then the new text inserted in one go, as a paste: the key press makes
 *  what moves next the reader's doing, as in the CLS definition. */
const REPLACEMENTS = ['copilot', 'power apps', 'security', 'windows', 'teams', 'azure', 'ai', 'excel'];
async function replaceTimes(page) {
  await searchBox(page).focus();
  return timeEach(page, 'input', REPLACEMENTS.length, async (i) => {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(REPLACEMENTS[i]);
  });
}

/** Clicks the first topic filter on and off, the widget's or the vanilla
 *  page's. */
async function facetTimes(page) {
  const box = page.locator('[data-newsdeck] .nd-facet input[type="checkbox"]:not(:disabled), #topics input[type="checkbox"]').first();
  if ((await box.count()) === 0) return [];
  return timeEach(page, 'change', 4, () => box.click());
}

/** Scrolls the list down in steps, a frame apart; long tasks meanwhile and
 *  the most cards the DOM held. */
function scrollRun(steps) {
  return (async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    const start = performance.now();
    let most = 0;
    for (let i = 0; i < steps; i++) {
      window.scrollBy(0, window.innerHeight);
      await frame();
      most = Math.max(most, window.__root().querySelectorAll('[role="feed"] > article').length);
    }
    const end = performance.now();
    const tasks = window.__bench.longTasks.filter(([at]) => at >= start && at <= end).map(([, d]) => d);
    const last = [...window.__root().querySelectorAll('[role="feed"] > article')].at(-1);
    return { longest: Math.max(0, ...tasks), count: tasks.length, most, reached: Number(last?.getAttribute('aria-posinset') ?? 0) };
  })();
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

async function measure(browser, url, kind, size) {
  const page = await openPage(browser, { viewport: VIEWPORT });
  await page.addInitScript(probe, SHIFTS);
  const src = `/bundles/bundle-${size}.json`;
  await page.goto(kind === 'widget' ? `${url}/widget.html?src=${src}` : `${url}/vanilla.html?src=${src}`);
  await page.waitForFunction(() => window.__bench.interactive || window.__root().querySelector('[role="alert"]'), null, { timeout: 600_000, polling: 100 });
  const failure = await page.evaluate(() => !window.__bench.interactive && window.__root().querySelector('[role="alert"]')?.textContent);
  if (failure) throw new Error(`${kind} at ${size} articles did not load: ${failure}`);
  const result = await page.evaluate(() => ({ firstCard: __bench.firstCard, interactive: __bench.interactive, loadCls: __bench.cls }));
  const step = (name) => page.evaluate((name) => (window.__bench.step = name), name);
  await page.evaluate(timeInputs);
  await step('search');
  result.keystroke = median(await typeTimes(page, 'copilot'));
  await step('replace');
  result.replace = median(await replaceTimes(page));
  await clearSearch(page);
  await page.waitForTimeout(300);
  await step('filters');
  result.facet = median(await facetTimes(page));
  if (kind === 'widget') {
    await page.waitForTimeout(300);
    result.clsBeforeScroll = await page.evaluate(() => window.__bench.cls);
    await step('scroll');
    Object.assign(result, await page.evaluate(scrollRun, SCROLL_STEPS));
  }
  const cdp = await page.context().newCDPSession(page);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }))).metrics?.map((m) => [m.name, m.value]) ?? []);
  result.heap = metrics.JSHeapUsedSize ?? (await page.evaluate(() => performance.memory?.usedJSHeapSize));
  result.wasm = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? 0);
  result.cls = await page.evaluate(() => window.__bench.cls);
  if (SHIFTS) {
    const { shifts, steps } = await page.evaluate(() => window.__bench);
    console.error([...shifts, `CLS by step: ${Object.entries(steps).map(([name, value]) => `${name} ${value.toFixed(5)}`).join(', ')}`].join('\n'));
  }
  result.blocked = page.blocked.length;
  await page.context().close();
  return result;
}

/** The demo page as the build writes it, with the first screen `newsdeck
 *  render` wrote: when its first card shows (from the page's HTML), and
 *  when the live widget has taken over from it. */
async function measureWritten(browser, url) {
  const page = await openPage(browser, { viewport: VIEWPORT });
  await page.addInitScript(probe, SHIFTS);
  await page.goto(`${url}/written.html`);
  await page.waitForFunction(() => !window.__root().querySelector('.nd-first'), null, { timeout: 600_000, polling: 'raf' });
  const takeover = await page.evaluate(() => performance.now());
  const result = await page.evaluate(() => ({ firstCard: __bench.firstCard, cls: __bench.cls }));
  await page.context().close();
  return { ...result, takeover };
}

async function main() {
  await makeBundles(SIZES);
  const server = await serve();
  const browser = await launchBrowser();
  const version = browser.version();
  const rows = {};
  try {
    for (const size of SIZES) {
      const runs = articleCount(size) >= 100_000 ? RUNS_LARGE : RUNS;
      // The widget and the vanilla page take turns, so a machine that
      // slows down during the run slows both alike.
      const results = Object.fromEntries(KINDS.map((kind) => [kind, []]));
      for (let run = 0; run < runs; run++) {
        for (const kind of KINDS) {
          console.error(`${kind} ${size} run ${run + 1}/${runs}`);
          results[kind].push(await measure(browser, server.url, kind, size));
        }
      }
      if (size === 'demo') {
        results.written = [];
        for (let run = 0; run < runs; run++) results.written.push(await measureWritten(browser, server.url));
      }
      for (const [kind, list] of Object.entries(results)) {
        rows[`${kind} ${size}`] = Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((r) => r[key]))]));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  print(rows, version);
}

/** How a bundle is called in the table. */
function title(name) {
  if (name === 'demo') return '715 (demo)';
  const n = articleCount(name);
  const count = n >= 1000 ? `${n / 1000}k` : String(n);
  return name.endsWith('-shuffled') ? `${count}, not newest first` : count;
}

function print(found, version) {
  // A kind left out (BENCH_KINDS) prints as –.
  const rows = new Proxy(found, { get: (target, key) => target[key] ?? {} });
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');
  const mb = (v) => (Number.isFinite(v) && v > 0 ? `${(v / 1e6).toFixed(1)} MB` : '–');
  const cls = (v) => (Number.isFinite(v) ? v.toFixed(3) : '–');
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  const pair = (key) => (s) => `${ms(rows[`widget ${s}`][key])} / ${ms(rows[`vanilla ${s}`][key])} (${ratio(rows[`widget ${s}`][key], rows[`vanilla ${s}`][key])})`;
  const lines = [
    ['articles', ...SIZES.map(title)],
    ['first card (widget / vanilla, ratio)', ...SIZES.map(pair('firstCard'))],
    ['first card with a first screen written by `newsdeck render`; the live widget took over at; CLS', ...SIZES.map((s) => (rows[`written ${s}`].firstCard ? `${ms(rows[`written ${s}`].firstCard)}; ${ms(rows[`written ${s}`].takeover)}; ${cls(rows[`written ${s}`].cls)}` : '–'))],
    ['fully interactive (widget / vanilla, ratio)', ...SIZES.map(pair('interactive'))],
    ['search, typed key by key, to next frame (widget / vanilla, ratio)', ...SIZES.map(pair('keystroke'))],
    ['search replaced at once, to next frame (widget / vanilla, ratio)', ...SIZES.map(pair('replace'))],
    ['topic toggle to next frame (widget / vanilla, ratio)', ...SIZES.map(pair('facet'))],
    [`scrolling ${SCROLL_STEPS} screens: longest task, tasks > 50 ms`, ...SIZES.map((s) => `${ms(rows[`widget ${s}`].longest)}, ${rows[`widget ${s}`].count}`)],
    ['cards reached / most cards in the DOM', ...SIZES.map((s) => `${rows[`widget ${s}`].reached} / ${rows[`widget ${s}`].most}`)],
    ['CLS: loading, + search and filters, + scrolling (widget)', ...SIZES.map((s) => `${cls(rows[`widget ${s}`].loadCls)}, ${cls(rows[`widget ${s}`].clsBeforeScroll)}, ${cls(rows[`widget ${s}`].cls)}`)],
    ['CLS (vanilla)', ...SIZES.map((s) => cls(rows[`vanilla ${s}`].cls))],
    ['JS heap (widget / vanilla)', ...SIZES.map((s) => `${mb(rows[`widget ${s}`].heap)} / ${mb(rows[`vanilla ${s}`].heap)}`)],
    ['wasm memory', ...SIZES.map((s) => mb(rows[`widget ${s}`].wasm))],
  ];
  const link = MBPS ? `bundles at ${MBPS} MB/s` : 'bundles from loopback';
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Chromium ${version}`;
  console.log(`\nnewsdeck browser benchmark: medians of ${RUNS} runs (${RUNS_LARGE} at 100k), ${VIEWPORT.width}×${VIEWPORT.height}, headless, ${link}`);
  console.log(`machine: ${machine}\n`);
  console.log(`| ${lines[0].join(' | ')} |`);
  console.log(`|${lines[0].map(() => '---').join('|')}|`);
  for (const line of lines.slice(1)) console.log(`| ${line.join(' | ')} |`);
}

await main();
