// Embedding newsdeck in other people's pages: the example host page, a
// hostile stylesheet, the JavaScript API and its events, elements added
// later, and bad attribute values.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, openSettled, routeBody, servedRelease, serveStatic } from './harness.mjs';
import { HOSTILE_STYLESHEET, hostPage } from './pages.mjs';

const env = servedRelease();

/** Opens a page made of `body` (plus the embed script) at `/name.html`. */
async function openHostPage(name, body, head = '') {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.route(`**/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(name, body, { head }) }));
  await page.goto(`${env.server.url}${name}.html`);
  return page;
}

const settled = (page, host) =>
  page.locator(`${host} [role="feed"][aria-busy="false"], ${host} [role="alert"]`).first().waitFor();

test('the example host page holds two independently configured widgets', async () => {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}example.html`);
  await settled(page, '#latest');
  await settled(page, '#ai');
  const latest = page.locator('#latest');
  const ai = page.locator('#ai');
  assert.equal(await latest.locator('[role="feed"] > article').count(), 8, 'data-page-size="8"');
  assert.equal(await ai.locator('[role="feed"] > article').count(), 6, 'data-page-size="6"');
  assert.match(await latest.locator('.nd-count').textContent(), /^\d+ of \d+ stories$/);
  assert.ok(await latest.locator('.newsdeck.newsdeck--list').count());
  assert.ok(await ai.locator('.newsdeck.newsdeck--compact.newsdeck--dark').count());
  assert.equal(await ai.locator('.nd-card__media').first().isVisible(), false, 'compact cards show no pictures');
  assert.ok(await latest.locator('.nd-card__media').first().isVisible());
  const background = (locator) => locator.locator('[role="feed"] > article').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await background(latest), await background(ai), 'light and dark themes');

  const aiCount = await ai.locator('.nd-count').textContent();
  await latest.getByRole('searchbox', { name: 'Search' }).fill('portals ');
  await page.waitForURL(/latest\.q=portals/);
  assert.equal(await ai.locator('.nd-count').textContent(), aiCount, 'one widget\'s search leaves the other alone');
  await ai.getByRole('searchbox', { name: 'Search' }).fill('sagemaker ');
  await ai.locator('.nd-count', { hasText: /^\d+ of/ }).filter({ hasNotText: aiCount }).waitFor();
  assert.ok(!new URL(page.url()).search.includes('ai.'), 'the widget with data-url-state="off" leaves the URL alone');
  await page.close();
});

test('a hostile host stylesheet cannot break the widget, and the widget styles nothing outside', async () => {
  const page = await openHostPage(
    'hostile',
    `<p class="nd-card" id="outside">Host text with a class the widget uses</p>
     <div data-newsdeck data-src="/demo-bundle.json" data-cluster="off"></div>`,
    HOSTILE_STYLESHEET,
  );
  await settled(page, '[data-newsdeck]');
  const card = page.locator('[role="feed"] > article').first();
  const box = await card.boundingBox();
  assert.ok(box.width > 250 && box.height > 250, JSON.stringify(box));
  const media = await card.locator('.nd-card__media').boundingBox();
  assert.ok(media.width > 250 && Math.abs(media.width / media.height - 16 / 9) < 0.05, JSON.stringify(media));
  const linkColor = await card.locator('a.nd-card__link').evaluate((a) => getComputedStyle(a).color);
  assert.notEqual(linkColor, 'rgb(255, 0, 0)');
  const more = page.getByRole('button', { name: 'Show more stories' });
  assert.ok(await more.isVisible());
  assert.ok((await more.boundingBox()).height >= 44);
  // The element is the page's to style (here inline, as `all: unset` makes
  // it); the widget inside keeps its own.
  assert.equal(await page.locator('section.newsdeck').evaluate((el) => getComputedStyle(el).display), 'block');
  const outside = await page.locator('#outside').evaluate((el) => getComputedStyle(el).borderTopStyle + ' ' + getComputedStyle(el).borderRadius);
  assert.equal(outside, 'none 0px', "the widget's .nd-card rules do not reach the host page");
  await page.close();
});

test('the JavaScript API mounts, changes the view, reports events and destroys', async () => {
  const page = await openHostPage(
    'api',
    `<div id="box"></div>
     <script type="module">
       import newsdeck from '/newsdeck.js';
       const box = document.getElementById('box');
       window.events = [];
       for (const name of ['newsdeck:ready', 'newsdeck:change', 'newsdeck:open']) {
         box.addEventListener(name, (event) => window.events.push({ name, detail: event.detail }));
       }
       window.handle = newsdeck.mount(box, { src: '/demo-bundle.json', pageSize: 5, cluster: false, urlState: false });
     </script>`,
  );
  await settled(page, '#box');
  assert.equal(await page.locator('#box [role="feed"] > article').count(), 5);
  const ready = await page.evaluate(() => window.events.find((e) => e.name === 'newsdeck:ready')?.detail);
  assert.deepEqual(ready, { stories: 715, articles: 715, skipped: 0 });

  await page.evaluate(() => window.handle.setQuery({ topic: ['AI'], sort: 'oldest' }));
  await page.locator('#box .nd-count', { hasText: /^41 of 715 stories$/ }).waitFor();
  const change = await page.evaluate(() => window.events.filter((e) => e.name === 'newsdeck:change').at(-1)?.detail);
  assert.deepEqual(change, { query: { topic: 'ai', sort: 'oldest' }, results: 41 });
  await page.evaluate(() => window.handle.setQuery('q=copilot'));
  await page.locator('#box .nd-count', { hasText: / of 715 stories$/ }).filter({ hasNotText: /^41 / }).waitFor();

  const link = page.locator('#box a.nd-card__link').first();
  const title = await page.locator('#box [role="feed"] > article h3 span[id]').first().textContent();
  const popup = page.waitForEvent('popup');
  await link.click();
  await (await popup).close();
  const open = await page.evaluate(() => window.events.find((e) => e.name === 'newsdeck:open')?.detail);
  assert.equal(open.title, title);
  assert.match(open.url, /^https?:\/\//);

  await page.evaluate(() => window.handle.destroy());
  assert.equal(await page.locator('#box article').count(), 0);
  assert.equal(await page.locator('#box').getAttribute('data-newsdeck'), null);
  await page.close();
});

test('the JavaScript API refuses arguments of the wrong type with a TypeError, and its handle keeps working', async () => {
  const page = await openHostPage('api-arguments', '<div id="box"></div><div id="other"></div>');
  await page.waitForFunction(() => window.newsdeck);
  const thrown = await page.evaluate(() => {
    const outcome = (call) => {
      try {
        call();
        return 'returned';
      } catch (error) {
        return `${error.name}: ${error.message}`;
      }
    };
    const box = document.getElementById('box');
    window.handle = window.newsdeck.mount(box, { src: '/demo-bundle.json', cluster: false, urlState: false });
    const handle = window.handle;
    return {
      views: [() => handle.setQuery(null), () => handle.setQuery(), () => handle.setQuery(undefined), () => handle.setQuery(5), () => handle.setQuery(['q=ai'])].map(outcome),
      getter: outcome(() => handle.setQuery({ get q() { throw new RangeError('from the page'); } })),
      mounts: [() => window.newsdeck.mount(null), () => window.newsdeck.mount('#other'), () => window.newsdeck.mount(document.getElementById('other'), 'src=/demo-bundle.json')].map(outcome),
    };
  });
  for (const [index, got] of ['null', 'undefined', 'undefined', 'a number', 'an array'].entries()) {
    assert.equal(thrown.views[index], `TypeError: newsdeck: setQuery(view) takes a string such as 'q=ai' or an object such as { q: 'ai' }, not ${got}; setQuery('') shows everything`);
  }
  assert.equal(thrown.getter, 'RangeError: from the page', "the page's own error, before the widget is touched");
  assert.deepEqual(thrown.mounts, [
    'TypeError: newsdeck.mount(element, options): the element is null, not an element',
    'TypeError: newsdeck.mount(element, options): the element is a string, not an element',
    "TypeError: newsdeck.mount(element, options): the options are a string, not an object such as { src: 'news.json' }",
  ]);
  assert.equal(await page.locator('#other').evaluate((el) => el.getAttributeNames().join()), 'id', 'a refused mount leaves the element alone');
  // The handle still works: views of each kind, then destroy, twice.
  await settled(page, '#box');
  await page.evaluate(() => window.handle.setQuery({ topic: ['AI'], sort: 'oldest' }));
  await page.locator('#box .nd-count', { hasText: /^41 of 715 stories$/ }).waitFor();
  await page.evaluate(() => window.handle.setQuery(new URLSearchParams('q=copilot')));
  await page.locator('#box .nd-count', { hasText: / of 715 stories$/ }).filter({ hasNotText: /^41 / }).waitFor();
  await page.evaluate(() => window.handle.setQuery(''));
  await page.locator('#box .nd-count', { hasText: /^715 stories$/ }).waitFor();
  await page.evaluate(() => {
    window.handle.destroy();
    window.handle.destroy();
    window.handle.setQuery('q=ai');
  });
  assert.equal(await page.locator('#box article').count(), 0);
  await page.close();
});

test('elements added later are mounted, and bad attribute values warn and fall back', async () => {
  const page = await openHostPage('later', '<main id="main"></main>');
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.waitForFunction(() => window.newsdeck);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'late';
    div.dataset.newsdeck = '';
    div.dataset.src = '/demo-bundle.json';
    div.dataset.layout = 'masonry';
    div.dataset.pageSize = 'lots';
    document.getElementById('main').append(div);
  });
  await settled(page, '#late');
  assert.equal(await page.locator('#late [role="feed"] > article').count(), 24, 'the default page size');
  assert.ok(await page.locator('#late .newsdeck.newsdeck--grid').count(), 'the default layout');
  assert.ok(warnings.some((w) => w.includes('data-layout="masonry"') && w.includes('using grid')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('data-page-size="lots"')), warnings.join('\n'));
  await page.close();
});

test('a copy of a widget\'s element gets a widget of its own, and a moved element keeps its one', async () => {
  const page = await openHostPage(
    'copies',
    `<div id="wrap"><div class="feed" data-newsdeck data-src="/demo-bundle.json" data-url-state="off"></div></div>
     <div id="other"><div class="feed" data-newsdeck data-src="/demo-bundle.json" data-url-state="off"></div></div>`,
  );
  const cards = (selector) => page.locator(`${selector} [role="feed"][aria-busy="false"] > article`).first().waitFor();
  await cards('#wrap .feed');
  await cards('#other .feed');
  assert.deepEqual(await page.locator('.feed').evaluateAll((hosts) => hosts.map((h) => h.getAttributeNames().join())), ['class,data-newsdeck,data-src,data-url-state', 'class,data-newsdeck,data-src,data-url-state'], 'no marker attribute for a copy to carry');

  // A copy made by cloneNode, put in place of its original.
  await page.evaluate(() => {
    const original = document.querySelector('#wrap .feed');
    original.replaceWith(original.cloneNode(true));
  });
  await cards('#wrap .feed');
  // A copy made by writing the markup again.
  await page.evaluate(() => {
    const other = document.getElementById('other');
    other.innerHTML = other.innerHTML;
  });
  await cards('#other .feed');

  // An element moved elsewhere keeps its one widget.
  await page.evaluate(() => document.body.append(document.querySelector('#wrap .feed')));
  await page.evaluate(() => document.body.append(document.createElement('p')));
  await cards('body > .feed');
  assert.equal(await page.locator('body > .feed').evaluate((host) => host.shadowRoot.querySelectorAll('section.newsdeck').length), 1);
  await page.close();
});

test('a page whose fetch throws gets the usual message, whether it replaced fetch before newsdeck loaded or after', async () => {
  const THROWING = 'window.fetch = () => { throw new TypeError("this page allows no fetch"); };';
  const before = await openHostPage('fetch-before', '<div id="feed" data-newsdeck data-src="/demo-bundle.json"></div>', `<script>${THROWING}</script>`);
  const uncaught = [];
  before.on('pageerror', (error) => uncaught.push(error.message));
  await settled(before, '#feed');
  assert.match(await before.locator('#feed').getByRole('alert').textContent(), /The news feed could not be reached/);
  await before.close();

  const after = await openHostPage('fetch-after', '<main id="main"></main>');
  after.on('pageerror', (error) => uncaught.push(error.message));
  await after.waitForFunction(() => window.newsdeck);
  await after.evaluate((throwing) => {
    new Function(throwing)();
    document.getElementById('main').innerHTML = '<div id="late" data-newsdeck data-src="/demo-bundle.json"></div>';
  }, THROWING);
  await settled(after, '#late');
  assert.match(await after.locator('#late').getByRole('alert').textContent(), /The news feed could not be reached/);
  assert.deepEqual(uncaught, []);
  await after.close();
});

test('a page that put signal on Object.prototype gets the error box, and the console says what the page broke', async () => {
  const page = await openHostPage(
    'prototype',
    '<div id="feed" data-newsdeck data-src="/demo-bundle.json"></div>',
    '<script>Object.prototype.signal = "everywhere";</script>',
  );
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  const alert = page.locator('#feed').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The news stopped working\./);
  assert.ok(await page.locator('#feed').getByRole('button', { name: 'Retry' }).isVisible());
  const said = page.consoleMessages.filter((m) => m.type === 'error' && m.text.startsWith('newsdeck:')).map((m) => m.text);
  assert.equal(said.length, 1, said.join('\n'));
  assert.match(said[0], /^newsdeck: the widget stopped because of an error: this page changed Object\.prototype, and the browser refuses event listener options \(.*'signal'.*\)$/);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('two widgets of one id keep their views apart: the second is warned about by name and gets a prefix of its own', async () => {
  const page = await openHostPage(
    'same-id',
    `<div id="feed" class="first" data-newsdeck data-src="/demo-bundle.json" data-cluster="off"></div>
     <div id="feed" class="second" data-newsdeck data-src="/demo-bundle.json" data-cluster="off"></div>`,
  );
  await settled(page, '.first');
  await settled(page, '.second');
  const warnings = page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text);
  assert.deepEqual(warnings, ['newsdeck: <div id="feed"> has the URL prefix of another widget on the page; it uses "feed2" instead (give each widget its own id or data-state-key)']);
  await page.locator('.second').getByRole('searchbox', { name: 'Search' }).fill('portals ');
  await page.waitForURL(/[?&]feed2\.q=portals/);
  assert.equal(new URL(page.url()).searchParams.get('feed.q'), null);
  assert.equal(await page.locator('.first .nd-count').textContent(), '715 stories', "the first widget keeps its own view");
  await page.close();
});

test('a widget whose data-src changes loads the feed from there', async () => {
  const page = await openHostPage('new-source', '<div id="feed" data-newsdeck data-src="/demo-bundle.json" data-cluster="off"></div>');
  const small = [
    { title: 'The first of two', publishedDateTime: '2024-05-02T10:00:00Z' },
    { title: 'The second of two', publishedDateTime: '2024-05-01T10:00:00Z' },
  ];
  await routeBody(page, '/small.json', 'application/json', JSON.stringify(small));
  await settled(page, '#feed');
  assert.equal(await page.locator('#feed .nd-count').textContent(), '715 stories');
  await page.locator('#feed').evaluate((host) => host.setAttribute('data-src', '/small.json'));
  await page.locator('#feed .nd-count', { hasText: /^2 stories$/ }).waitFor();
  assert.deepEqual(await page.locator('#feed [role="feed"] > article h3').allTextContents(), ['The first of two', 'The second of two']);
  // The same address again changes nothing.
  await page.locator('#feed').evaluate((host) => host.setAttribute('data-src', '/small.json'));
  assert.equal(await page.locator('#feed').evaluate((host) => host.shadowRoot.querySelectorAll('section.newsdeck').length), 1);
  await page.close();
});

test('an element that cannot hold a widget is told about once, saying why; mount() refuses it and leaves it as it was', async () => {
  const page = await openHostPage(
    'cannot-hold',
    `<div id="open-root" data-newsdeck data-src="/demo-bundle.json"></div>
     <div id="closed-root" data-newsdeck data-src="/demo-bundle.json"></div>
     <img id="picture" data-newsdeck data-src="/demo-bundle.json" alt="">
     <img id="scripted" alt="">
     <main id="main"></main>
     <script>
       document.getElementById('open-root').attachShadow({ mode: 'open' }).textContent = 'theirs';
       document.getElementById('closed-root').attachShadow({ mode: 'closed' });
     </script>`,
  );
  await page.waitForFunction(() => window.newsdeck);
  for (let change = 0; change < 3; change += 1) await page.evaluate(() => document.getElementById('main').append(document.createElement('p')));
  const refused = await page.evaluate(() => {
    const img = document.getElementById('scripted');
    try {
      window.newsdeck.mount(img, { src: '/demo-bundle.json', pageSize: 5 });
    } catch (error) {
      return { message: error.message, attributes: img.getAttributeNames() };
    }
  });
  assert.deepEqual(refused, { message: 'newsdeck: an <img> cannot hold a widget; use a <div>', attributes: ['id', 'alt'] });
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text), [
    "newsdeck: <div id=\"open-root\"> already has a shadow root, another script's; give the widget an element of its own",
    "newsdeck: <div id=\"closed-root\"> already has a shadow root, another script's; give the widget an element of its own",
    'newsdeck: an <img> cannot hold a widget; use a <div>',
  ]);
  assert.equal(await page.locator('#open-root').evaluate((host) => host.shadowRoot.innerHTML), 'theirs', "the other script's shadow root is left alone");
  await page.close();
});

test('the release build works from a sub-path of a static host', async () => {
  const nested = await serveStatic(undefined, '/some/sub/path/');
  try {
    const page = await openSettled(env.browser, nested.url);
    assert.match(await page.locator('.nd-count').textContent(), /^\d+ stories$/);
    assert.ok((await page.locator('[role="feed"] > article').count()) > 0);
    const missing = nested.misses.filter((path) => path !== '/favicon.ico');
    assert.deepEqual(missing, [], 'every file was found under the sub-path');
    await page.close();
  } finally {
    await nested.close();
  }
});

test('the bundle and the WebAssembly are fetched at start, the bundle once for both widgets showing it, and a late widget fetches its own', async () => {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(url.pathname + url.search);
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>early</title>
    <script type="module" src="/newsdeck.js"></script></head><body>
    <div id="first" data-newsdeck data-src="demo-bundle.json" data-url-state="off"></div>
    <div id="same" data-newsdeck data-src="/demo-bundle.json" data-url-state="off"></div></body></html>`;
  await page.route('**/early.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.server.url}early.html`);
  await settled(page, '#first');
  await settled(page, '#same');
  const bundle = requests.indexOf('/demo-bundle.json');
  const wasm = requests.findIndex((path) => path.endsWith('.wasm'));
  assert.ok(bundle >= 0 && wasm >= 0, requests.join(' '));
  assert.ok(bundle < wasm, `the bundle is asked for before the WebAssembly: ${requests.join(' ')}`);
  assert.ok(wasm < requests.indexOf('/newsdeck-app.js'), `the WebAssembly before its glue script: ${requests.join(' ')}`);
  // Two widgets of the same address: one request, a copy of its answer each.
  assert.equal(requests.filter((path) => path === '/demo-bundle.json').length, 1);
  for (const host of ['#first', '#same']) {
    assert.ok((await page.locator(`${host} [role="feed"] > article`).count()) > 0, host);
  }
  // A widget added after start-up is not helped, and still loads.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="late" data-newsdeck data-src="demo-bundle.json?late" data-url-state="off"></div>'));
  await settled(page, '#late');
  assert.ok((await page.locator('#late [role="feed"] > article').count()) > 0);
  assert.deepEqual(requests.filter((path) => path.startsWith('/demo-bundle.json')), ['/demo-bundle.json', '/demo-bundle.json?late']);
  await page.close();
});

test('dates follow data-locale and data-time-zone', async () => {
  const german = await openHostPage(
    'german',
    '<div data-newsdeck data-src="/demo-bundle.json" data-locale="de-DE" data-time-zone="America/Los_Angeles" data-cluster="off"></div>',
  );
  await settled(german, '[data-newsdeck]');
  const time = german.locator('[role="feed"] > article time').first();
  // The newest story: 2024-04-11T08:00:16Z, which is 01:00 in Los Angeles.
  assert.equal(await time.getAttribute('datetime'), '2024-04-11T08:00:16Z');
  assert.equal(await time.textContent(), '11. Apr. 2024');
  assert.equal(await time.getAttribute('title'), '11. April 2024 um 01:00 GMT-7');
  await german.close();

  const broken = await openHostPage('badzone', '<div data-newsdeck data-src="/demo-bundle.json" data-time-zone="Mars/Olympus_Mons"></div>');
  await settled(broken, '[data-newsdeck]');
  assert.ok((await broken.locator('[role="feed"] > article time').first().textContent()).length > 0, 'an unknown zone falls back, the feed still shows');
  // It has the shape of a zone; only the browser knows it is none.
  assert.deepEqual(broken.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text), [
    'newsdeck: <div>: data-time-zone="Mars/Olympus_Mons" is not valid (expected a time zone such as Europe/Paris or UTC); using the reader\'s own',
  ]);
  await broken.close();
});

test('data-show picks the card parts and data-link-target keeps stories in the same tab', async () => {
  const page = await openHostPage(
    'parts',
    '<div data-newsdeck data-src="/demo-bundle.json" data-show="excerpt" data-link-target="_self" data-cluster="off"></div>',
  );
  await settled(page, '[data-newsdeck]');
  const card = page.locator('[role="feed"] > article').first();
  assert.equal(await card.locator('.nd-card__media').count(), 0, 'no picture');
  assert.equal(await card.locator('.nd-card__provider, .nd-card__logo').count(), 0, 'no source');
  assert.equal(await card.locator('.nd-topics').count(), 0, 'no topics');
  assert.equal(await page.locator('.nd-related-toggle').count(), 0, 'no related panels');
  assert.ok(await card.locator('.nd-card__excerpt').isVisible());
  const link = card.locator('a.nd-card__link');
  assert.equal(await link.getAttribute('target'), '_self');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.ok(!(await link.textContent()).includes('opens in a new tab'));
  await page.close();
});

test('a classic script can call newsdeck.mount before the WebAssembly is ready; calls wait for it', async () => {
  const page = await openHostPage(
    'early',
    `<div id="box"></div>
     <script>
       // A classic script runs before the module's WebAssembly has loaded.
       window.early = typeof window.newsdeck;
       window.addEventListener('DOMContentLoaded', () => {
         window.handle = newsdeck.mount(document.getElementById('box'), { src: '/demo-bundle.json', urlState: false, cluster: false });
         window.handle.setQuery({ topic: 'AI' });
       });
     </script>`,
  );
  await page.locator('#box .nd-count', { hasText: /^41 of 715 stories$/ }).waitFor();
  assert.equal(await page.evaluate(() => window.early), 'undefined', 'the module had not run yet when the classic script started');
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error' && !m.text.startsWith('Failed to load resource')), []);
  await page.close();
});

test('mount keeps its options in the widget; destroy leaves the element as it was, and a new mount has its own', async () => {
  const page = await openHostPage('remount', '<div id="box" class="news"><p>Our news, once the widget is gone.</p></div>');
  await page.waitForFunction(() => window.newsdeck);
  const attributes = () => page.locator('#box').evaluate((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
  const before = await attributes();
  await page.evaluate(() => { window.handle = newsdeck.mount(document.getElementById('box'), { src: '/demo-bundle.json', pageSize: 5, topics: ['AI'], urlState: false, cluster: false }); });
  await page.locator('#box .nd-count', { hasText: /^41 of 715 stories$/ }).waitFor();
  assert.equal(await page.locator('#box [role="feed"] > article').count(), 5);
  assert.deepEqual((await attributes()).filter((a) => a !== 'data-newsdeck='), before, 'no option is written on the element');
  await page.evaluate(() => window.handle.destroy());
  assert.deepEqual(await attributes(), before);
  assert.ok(await page.getByText('Our news, once the widget is gone.').isVisible(), "the element's own content shows again");

  await page.evaluate(() => { window.handle = newsdeck.mount(document.getElementById('box'), { src: '/demo-bundle.json', pageSize: 3, urlState: false, cluster: false }); });
  await page.locator('#box .nd-count', { hasText: /^715 stories$/ }).waitFor();
  assert.equal(await page.locator('#box [role="feed"] > article').count(), 3);
  assert.equal(await page.locator('#box .nd-chip').count(), 0, 'no topic chip from the first mount');
  await page.close();
});

test('warnings name their element; setQuery warns about what it cannot use, as attributes do', async () => {
  const page = await openHostPage('named-warnings', '<div id="latest" data-newsdeck data-src="/demo-bundle.json" data-page-size="0" data-url-state="off"></div>');
  await settled(page, '#latest');
  const handle = await page.evaluateHandle(() => newsdeck.mount(Object.assign(document.body.appendChild(document.createElement('div')), { id: 'box' }), { src: '/demo-bundle.json', urlState: false }));
  await settled(page, '#box');
  await handle.evaluate((feed) => feed.setQuery({ topc: 'ai', sort: 'best', q: 'robots' }));
  await page.locator('#box .nd-count', { hasText: / of / }).waitFor();
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text), [
    'newsdeck: #latest: data-page-size="0" is not valid (expected a whole number from 1 to 200); using 24',
    'newsdeck: #box: setQuery "topc" is not a view parameter (expected q, topic, source, category, type, time, quality or sort); left out',
    'newsdeck: #box: setQuery sort="best" is not valid (expected one of newest, oldest, trending, quality, relevance); left out',
  ]);
  await page.close();
});

test('newsdeck:error tells the page a feed could not load, and newsdeck:open can be cancelled', async () => {
  const page = await openHostPage(
    'events',
    `<section id="missing-section"><div id="missing" data-newsdeck data-src="/no-such-feed.json"></div></section>
     <div id="box" data-newsdeck data-src="/demo-bundle.json" data-url-state="off"></div>
     <script>
       document.addEventListener('newsdeck:error', (event) => {
         window.failed = { id: event.target.id, message: event.detail.message };
         event.target.closest('section').hidden = true;
       });
       document.addEventListener('newsdeck:open', (event) => { window.opened = event.detail.title; event.preventDefault(); });
     </script>`,
  );
  await page.waitForFunction(() => window.failed);
  assert.deepEqual(await page.evaluate(() => window.failed), { id: 'missing', message: 'The news feed was not found (HTTP 404).' });
  assert.equal(await page.locator('#missing-section').isVisible(), false);
  await settled(page, '#box');
  const url = page.url();
  const title = await page.locator('#box [role="feed"] > article h3 span[id]').first().textContent();
  let popups = 0;
  page.on('popup', () => { popups += 1; });
  await page.locator('#box a.nd-card__link').first().click();
  assert.equal(await page.evaluate(() => window.opened), title);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  assert.equal(popups, 0, 'a cancelled open opens nothing');
  assert.equal(page.url(), url);
  await page.close();
});
