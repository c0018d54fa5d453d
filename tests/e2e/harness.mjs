// Shared pieces of the end-to-end tests: a static server for the release
// build on loopback, and a headless Chromium that can reach nothing else.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { SETTLED } from './in-page.mjs';
import { withoutFirstScreens } from './pages.mjs';
import { demoPageWith } from './pages.mjs';

// NEWSDECK_DIST lets a second build (say, a branch under review) be tested
// without overwriting dist/.
export const DIST = resolve(process.env.NEWSDECK_DIST ?? resolve(import.meta.dirname, '../../dist'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `root` on 127.0.0.1 at a free port, under `base` (as a static
 *  host serving a sub-path would), adding `headers` to every file;
 *  `answers` maps paths to handlers `(request, response)` that answer
 *  instead. Pages are served without their written first screens unless
 *  `firstScreens`. Resolves to { url, close, misses }. */
export async function serveStatic(root = DIST, base = '/', headers = {}, answers = {}, { firstScreens = false } = {}) {
  const misses = [];
  const server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (answers[requested]) {
      answers[requested](request, response);
      return;
    }
    if (!requested.startsWith(base)) {
      misses.push(requested);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = `/${requested.slice(base.length)}`;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      if (!firstScreens && extname(file) === '.html') body = withoutFirstScreens(body.toString());
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      misses.push(requested);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    misses,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Chromium's flags for tests and audits: quiet, sandbox-free for root, and
 *  unable to resolve any host but loopback (corpus images name real sites). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Headless Chromium as the tests need it (see CHROMIUM_FLAGS). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh page whose requests to anything but loopback are aborted and
 *  recorded in `page.blocked`; `data:` URLs are allowed. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.blocked = [];
  page.consoleMessages = [];
  page.on('console', (message) => page.consoleMessages.push({ type: message.type(), text: message.text() }));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOOPBACK.has(url.hostname)) return route.continue();
    page.blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return page;
}

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Pictures from anywhere but loopback get a local one (nothing leaves the
 *  machine), so they stay in the page and log no load failures. */
export const localPictures = (page) =>
  page.route((url) => url.hostname !== '127.0.0.1', (route) => route.fulfill({ contentType: 'image/png', body: PIXEL }));

/** Resolves when the widget in `page` has finished loading (or failing):
 *  the live widget, not a first screen written ahead of time. */
export async function widgetSettled(page, root = '[data-newsdeck]') {
  await page.locator(SETTLED.map((part) => `${root} ${part}`).join(', ')).first().waitFor();
}

/** Opens `url` in a fresh page (after `setUp(page)`, e.g. to add routes) and
 *  waits for the widget to settle. */
export async function openSettled(browser, url, setUp = async () => {}, options = { viewport: { width: 1280, height: 900 } }) {
  const page = await openPage(browser, options);
  await setUp(page);
  await page.goto(url);
  await widgetSettled(page);
  return page;
}

/** Serves the demo page with extra attributes on its widget element, as a
 *  host page configuring newsdeck would (e.g. `{ 'data-cluster': 'off' }`). */
export function withAttributes(attributes) {
  return (page) =>
    page.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: demoPageWith(await response.text(), attributes) });
      },
    );
}

/** The demo bundle as the release build serves it. */
export async function demoBundle() {
  return JSON.parse(await readFile(join(DIST, 'demo-bundle.json'), 'utf8'));
}

/** For a test file: serves dist/ and starts the browser before its tests,
 *  stops both after them. Read `env.server` and `env.browser` inside tests. */
export function servedRelease() {
  const env = {};
  before(async () => {
    env.server = await serveStatic();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Answers `page`'s requests for `path` (any origin) with `body`: host pages
 *  and bundles a test makes up. `headers` go with it, e.g. a policy. */
export function routeBody(page, path, contentType, body, headers = {}) {
  return page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType, headers, body }));
}

const AXE_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe over the whole page, shadow roots included, and fails with
 *  each violation's rule, impact, elements and help. */
export async function assertAccessible(page, state) {
  // AxeBuilder injects axe through the debugging protocol: no page's CSP can stop it.
  const results = await new AxeBuilder({ page }).withTags(AXE_RULES).analyze();
  const violations = results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' >> ')),
  }));
  const report = violations
    .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.targets.map((t) => `    ${t}`).join('\n')}`)
    .join('\n');
  assert.equal(violations.length, 0, `axe found violations ${state}:\n${report}`);
}
