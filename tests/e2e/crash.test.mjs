// The crash boundary: a panic or a trap inside the widget's WebAssembly leaves
// no dead or blank widget. Every widget shows an error box with Retry, and
// Retry brings the feeds back in a fresh copy of the WebAssembly, under the
// strict Content Security Policy the README promises.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, openPage, routeBody, servedRelease, serveStatic } from './harness.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src https: data:";
const PANIC = 'newsdeck: the widget stopped because of a bug: panicForTesting() was called';
const TRAP = 'newsdeck: the widget stopped because of an error: RuntimeError: unreachable';
const env = servedRelease();

// One widget from markup, one from script (a file: the policy forbids inline script).
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>crash</title>
  <script type="module" src="/newsdeck.js"></script><script type="module" src="/crash-page.js"></script></head>
  <body><div id="markup" data-newsdeck data-src="/demo-bundle.json" data-cluster="off" data-label="Markup news"></div><div id="scripted"></div></body></html>`;
const HOST_SCRIPT = `import newsdeck from '/newsdeck.js';
  window.handle = newsdeck.mount(document.getElementById('scripted'),
    { src: '/demo-bundle.json', pageSize: 3, layout: 'list', cluster: false, urlState: false, label: 'Scripted news' });`;

async function openCrashPage() {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page.glueRequests = [];
  page.on('request', (request) => request.url().includes('newsdeck-app.js') && page.glueRequests.push(new URL(request.url()).search));
  await routeBody(page, '/crash.html', 'text/html', HOST_PAGE, { 'content-security-policy': POLICY });
  await routeBody(page, '/crash-page.js', 'text/javascript', HOST_SCRIPT);
  await page.goto(`${env.server.url}crash.html`);
  await feedsBack(page);
  return page;
}

/** Both widgets show their feeds and no alert. */
async function feedsBack(page) {
  for (const host of ['#markup', '#scripted']) await page.locator(`${host} [role="feed"][aria-busy="false"] > article`).first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
}

/** Makes the widget panic (or `trap`) and checks what the reader and the console get. */
async function panicAndCheck(page, trap = false) {
  const logged = trap ? TRAP : PANIC;
  const errorsBefore = page.consoleMessages.filter((m) => m.type === 'error' && m.text.startsWith(logged)).length;
  await page.evaluate((trap) => (trap ? window.newsdeck.trapForTesting() : window.newsdeck.panicForTesting()), trap);
  for (const host of ['#markup', '#scripted']) {
    const alert = page.locator(host).getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.innerText().then((t) => t.replace(/\s+/g, ' ').trim()), 'The news stopped working. Something went wrong inside the news feed. Retry starts it again. Retry');
    assert.equal(await page.locator(`${host} article`).count(), 0, 'the dead feed is gone');
  }
  for (const [host, name] of [['#markup', 'Markup news'], ['#scripted', 'Scripted news']]) {
    assert.equal(await page.locator(`${host} section.newsdeck`).getAttribute('aria-label'), name, 'the box keeps the widget\'s name');
  }
  assert.equal(await page.locator('#scripted .newsdeck.newsdeck--list .nd-error').count(), 1, 'the box keeps the widget\'s own section and styles');
  assert.notEqual(await page.locator('#markup .nd-error').evaluate((box) => getComputedStyle(box).borderInlineStartWidth), '0px');
  const errors = page.consoleMessages.filter((m) => m.type === 'error' && m.text.startsWith(logged)).length;
  assert.equal(errors, errorsBefore + 1, 'the message is logged once');
}

test('a panic shows an error box in every widget, and Retry brings the feeds back, twice', async () => {
  const page = await openCrashPage();
  assert.deepEqual(page.glueRequests, ['']);

  await panicAndCheck(page);
  await page.locator('#markup').getByRole('button', { name: 'Retry' }).click();
  await feedsBack(page);
  assert.deepEqual(page.glueRequests, ['', '?restart=1'], 'Retry loads a fresh copy of the WebAssembly');
  assert.equal(await page.locator('#scripted [role="feed"] > article').count(), 3, 'the scripted widget keeps its settings');
  assert.equal(await page.locator('#scripted .newsdeck--list').count(), 1);

  // The fresh copy works: search narrows the feed, the old handle still steers its widget.
  await page.locator('#markup').getByRole('searchbox', { name: 'Search' }).fill('copilot ');
  await page.locator('#markup .nd-count', { hasText: /^\d+ of 715 stories$/ }).waitFor();
  await page.evaluate(() => window.handle.setQuery('q=copilot'));
  await page.locator('#scripted .nd-count', { hasText: /^\d+ of 715 stories$/ }).waitFor();

  // And has its own boundary.
  await panicAndCheck(page);
  await page.locator('#scripted').getByRole('button', { name: 'Retry' }).click();
  await feedsBack(page);
  assert.deepEqual(page.glueRequests, ['', '?restart=1', '?restart=2']);
  assert.match(await page.locator('#markup .nd-count').textContent(), /^\d+ of 715 stories$/, 'the view in the URL survives');
  // Widgets the page adds after a Retry start too.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="late" data-newsdeck data-src="/demo-bundle.json"></div>'));
  await page.locator('#late [role="feed"][aria-busy="false"] > article').first().waitFor();

  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await page.close();
});

test('a widget destroyed while crashed stays empty after Retry', async () => {
  const page = await openCrashPage();
  await panicAndCheck(page);
  await page.evaluate(() => window.handle.destroy());
  assert.equal(await page.locator('#scripted [role="alert"]').count(), 0);
  assert.equal(await page.locator('#scripted').getAttribute('data-newsdeck'), null);
  await page.locator('#markup').getByRole('button', { name: 'Retry' }).click();
  await page.locator('#markup [role="feed"][aria-busy="false"] > article').first().waitFor();
  // Whatever the page adds next, the destroyed widget does not come back.
  await page.evaluate(() => document.body.append(document.createElement('p')));
  await page.locator('#markup [role="feed"]').first().waitFor();
  assert.equal(await page.locator('#scripted *:not(slot)').count(), 0);
  await page.close();
});

test('a trap that is no panic (out of memory) shows the error box in every widget too; an older copy\'s errors leave the fresh one alone', async () => {
  const page = await openCrashPage();
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await panicAndCheck(page, true);
  await page.locator('#markup').getByRole('button', { name: 'Retry' }).click();
  await feedsBack(page);
  // The copy that trapped is still loaded: it traps again, and a panic in
  // it calls back into the page, and neither stops the fresh copy.
  await page.evaluate(async () => {
    const first = await import('/newsdeck-app.js');
    first.trapForTesting();
    first.panicForTesting();
    await new Promise(requestAnimationFrame);
  });
  await page.locator('#markup').getByRole('searchbox', { name: 'Search' }).fill('copilot ');
  await page.locator('#markup .nd-count', { hasText: /^\d+ of 715 stories$/ }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.equal(page.consoleMessages.filter((m) => m.text.startsWith(TRAP)).length, 1, 'the older copy\'s trap is not reported as this one\'s');
  assert.deepEqual(uncaught, [], 'no error reaches the page uncaught');
  await page.close();
});

test('a server announcing 999 MB to five widgets costs no memory up front: each says what went wrong', async () => {
  // Each body is announced at 999 MB, under the widgets' 1000 MB limit, and
  // cut off after its first bytes.
  const announced = (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '999000000' });
    response.write('{"version": 1, "articles": [', () => response.socket.destroy());
  };
  const server = await serveStatic(DIST, '/', {}, { '/announced.json': announced });
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  const hosts = [1, 2, 3, 4, 5].map((n) => `<div id="w${n}" data-newsdeck data-src="/announced.json?${n}" data-max-size="1000" data-url-state="off"></div>`);
  await routeBody(page, '/announced.html', 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>announced</title>
    <script type="module" src="/newsdeck.js"></script></head><body>${hosts.join('')}</body></html>`);
  try {
    await page.goto(`${server.url}announced.html`);
    for (const n of [1, 2, 3, 4, 5]) {
      const alert = page.locator(`#w${n}`).getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /could not be reached/, `widget ${n}`);
    }
    assert.deepEqual(uncaught, []);
  } finally {
    await page.close();
    await server.close();
  }
});
