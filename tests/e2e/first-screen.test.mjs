// The first screen `newsdeck render` writes into the page (the demo page's
// build writes one): it reads without JavaScript, it is the widget's own
// markup, and the widget takes over from it without moving anything.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launchBrowser, localPictures, openPage, serveStatic, widgetSettled } from './harness.mjs';
import { hostPage } from './pages.mjs';

const env = {};
before(async () => {
  env.server = await serveStatic(DIST, '/', {}, {}, { firstScreens: true });
  env.browser = await launchBrowser();
  const demo = await readFile(join(DIST, 'index.html'), 'utf8');
  // The widget element with its first screen, and its JSON-LD, as a site
  // pastes them into its own pages.
  env.fragment = demo.slice(demo.indexOf('<div data-newsdeck'), demo.indexOf('</script>', demo.indexOf('application/ld+json')) + 9);
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const desktop = { viewport: { width: 1280, height: 900 } };

/** A page whose WebAssembly is held back until `release()`: what the
 *  reader sees before newsdeck has started. */
async function heldPage(options = desktop) {
  const page = await openPage(env.browser, options);
  await localPictures(page);
  let release;
  const held = new Promise((go) => (release = go));
  await page.route('**/newsdeck-app_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  page.release = release;
  return page;
}

/** Serves `body` as a page beside the widget's files. */
const pageWith = (page, body) =>
  page.route(`${env.server.url}made-up.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage('News', body, { script: 'newsdeck.js' }) }),
  );

/** Resolves once the live widget has replaced the first screen. */
const takenOver = (page) =>
  page.waitForFunction(() => {
    const shadow = document.querySelector('[data-newsdeck]')?.shadowRoot;
    return shadow && !shadow.querySelector('.nd-first') && shadow.querySelector('section.newsdeck [role="feed"][aria-busy="false"]');
  });

/** The widget's section as structure: each element's tag, attributes and
 *  text, with element ids' per-widget prefix as `ID`. Left out: the words of
 *  times (the written screen says "11 Apr 2024", the live widget the
 *  reader's own "Apr 11, 2024" or "3 hours ago"); a control's value as an
 *  attribute, as the written screen has it (the live widget sets the
 *  property, which is compared instead); and the feed's inline padding, the
 *  space the live widget keeps for cards out of view (none on the first
 *  screen, checked apart). */
const structure = (page, selector) =>
  page.evaluate((selector) => {
    const shadow = document.querySelector('[data-newsdeck]').shadowRoot;
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      const control = node.localName === 'input' || node.localName === 'select';
      const attributes = [...node.attributes]
        .filter((a) => !(node.localName === 'time' && a.name === 'title'))
        .filter((a) => !(control && a.name === 'value'))
        .filter((a) => !(node.getAttribute('role') === 'feed' && a.name === 'style'))
        .map((a) => `${a.name}=${a.value.replace(/newsdeck-(first|\d+)/g, 'ID')}`)
        .concat(control ? [`.value=${node.value}`] : [])
        .sort();
      const children = node.localName === 'time' ? [] : [...node.childNodes].map(walk).filter((c) => c !== '');
      return { tag: node.localName, attributes, children };
    };
    return walk(shadow.querySelector(selector));
  }, selector);

test('without JavaScript, the first screen reads: cards with links, pictures and dates, and the stories for search engines', async () => {
  const page = await openPage(env.browser, { ...desktop, javaScriptEnabled: false });
  await localPictures(page);
  await page.goto(env.server.url);
  const cards = page.locator('.nd-first article.nd-card');
  assert.equal(await cards.count(), 24);
  const links = await page.locator('.nd-first .nd-card__link').evaluateAll((all) => all.map((a) => a.href));
  assert.equal(links.length, 24);
  assert.ok(links.every((href) => /^https?:\/\//.test(href)), 'every title is a web link');
  assert.equal(await page.locator('.nd-first article.nd-card time[datetime]').count(), 24);
  const pictures = await page.locator('.nd-first article.nd-card img:not(.nd-card__logo)').evaluateAll((all) => all.map((img) => [img.getAttribute('width'), img.getAttribute('height')]));
  assert.ok(pictures.length > 0 && pictures.every(([w, h]) => Number(w) > 0 && Number(h) > 0), 'pictures keep their size');
  // Controls that need newsdeck are not offered without it.
  assert.equal(await page.locator('.nd-first .nd-bar').isVisible(), false);
  assert.equal(await page.locator('.nd-first .nd-panel').isVisible(), false);
  // The plain links are there for browsers with no shadow root, not shown here.
  assert.equal(await page.locator('ul.newsdeck-links > li').count(), 24);
  assert.equal(await page.locator('ul.newsdeck-links').isVisible(), false);
  const data = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(data['@type'], 'ItemList');
  assert.deepEqual(data.itemListElement.map((item) => item.item.url), links);
  assert.ok(data.itemListElement.every((item) => item.item['@type'] === 'NewsArticle' && item.item.headline));
});

test('the first screen is the widget’s own markup: the live widget draws the same elements', async () => {
  const page = await heldPage();
  await page.goto(env.server.url);
  const written = await structure(page, '.nd-first > section');
  page.release();
  await takenOver(page);
  const live = await structure(page, 'div:not(.nd-first) > section');
  assert.deepEqual(live, written);
  const padding = await page.evaluate(() => {
    const feed = document.querySelector('[data-newsdeck]').shadowRoot.querySelector('[role="feed"]');
    return [feed.style.paddingTop, feed.style.paddingBottom];
  });
  assert.deepEqual(padding, ['0px', '0px'], 'no space kept for cards out of view on a first page');
});

test('taking over moves nothing on the page, keeps the reader’s place and the link they focused', async () => {
  const page = await heldPage();
  await page.goto(env.server.url);
  await page.evaluate(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const boxes = () =>
    page.locator('[data-newsdeck] article.nd-card').evaluateAll((all) =>
      all.slice(0, 12).map((card) => {
        const box = card.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height].map(Math.round);
      }),
    );
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => window.scrollY >= 400);
  const before = await boxes();
  const scrolled = await page.evaluate(() => window.scrollY);
  const link = page.locator('.nd-first article.nd-card').nth(4).locator('.nd-card__link');
  const href = await link.getAttribute('href');
  await link.focus();
  const shiftsBefore = await page.evaluate(() => window.shifts);

  page.release();
  await takenOver(page);
  assert.deepEqual(await boxes(), before, 'every card is where it was');
  assert.equal(await page.evaluate(() => window.scrollY), scrolled);
  assert.equal(await page.evaluate(() => window.shifts), shiftsBefore, 'no layout shift');
  const focused = await page.evaluate(() => {
    const active = document.querySelector('[data-newsdeck]').shadowRoot.activeElement;
    return active && { href: active.getAttribute('href'), live: !active.closest('.nd-first') };
  });
  assert.deepEqual(focused, { href, live: true });
});

test('below the fold, the widget loads nothing until the reader comes near it', async () => {
  const page = await openPage(env.browser, desktop);
  await localPictures(page);
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await pageWith(page, `<h1>News</h1><p class="tall">Above the news.</p><style>.tall { height: 300vh }</style>${env.fragment}`);
  await page.goto(`${env.server.url}made-up.html`);
  // Two frames after load: the entry script has run and looked.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.ok(asked.includes('/newsdeck.js'));
  assert.deepEqual(asked.filter((path) => path.endsWith('.wasm') || path.endsWith('.json')), [], 'no WebAssembly, no bundle');
  await page.locator('[data-newsdeck]').scrollIntoViewIfNeeded();
  await takenOver(page);
  assert.ok(asked.includes('/newsdeck-app_bg.wasm') && asked.includes('/demo-bundle.json'));
});

test('a page that adds the first screen through innerHTML (no declarative shadow root) still shows it, then the widget', async () => {
  const page = await heldPage();
  await pageWith(page, '<main id="news"></main>');
  await page.goto(`${env.server.url}made-up.html`);
  await page.evaluate((fragment) => {
    document.querySelector('#news').innerHTML = fragment;
  }, env.fragment);
  await page.locator('.nd-first article.nd-card').first().waitFor();
  assert.equal(await page.locator('[data-newsdeck] > template').count(), 0, 'the template became the shadow root');
  assert.equal(await page.locator('.nd-first article.nd-card').count(), 24);
  page.release();
  await takenOver(page);
});

test('a first screen from another release or older data never stops the widget: the live feed replaces it', async () => {
  const page = await openPage(env.browser, desktop);
  await localPictures(page);
  const stale = env.fragment.replace(/<div class="nd-first">[\s\S]*<\/template>/, '<div class="nd-first"><section class="newsdeck"><p class="nd-old">Yesterday’s news</p></section></div></template>');
  await pageWith(page, stale);
  await page.goto(`${env.server.url}made-up.html`);
  await takenOver(page);
  await widgetSettled(page);
  assert.equal(await page.locator('.nd-old').count(), 0);
  assert.ok((await page.locator('[data-newsdeck] article.nd-card').count()) >= 24);
});

test('a feed that cannot load leaves the written stories to read, and tells the host page', async () => {
  const page = await openPage(env.browser, desktop);
  await localPictures(page);
  await page.route('**/demo-bundle.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.addInitScript(() => {
    window.errors = [];
    document.addEventListener('newsdeck:error', (event) => window.errors.push(event.detail.message));
  });
  await page.goto(env.server.url);
  await page.waitForFunction(() => window.errors.length > 0);
  assert.equal(await page.locator('.nd-first article.nd-card').count(), 24);
  assert.ok(await page.locator('.nd-first article.nd-card').first().isVisible());
});
