// Paging: "Show more", infinite scroll, API pages followed through nextPage,
// and sharded archives loaded shard by shard, each only when needed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, openPage, servedRelease } from './harness.mjs';
import { hostPage } from './pages.mjs';

const demo = await demoBundle();
const env = servedRelease();

/** A page embedding one widget, with `files` (path → JSON) served beside it;
 *  `fetched` lists the files the widget asked for, in order. */
async function openWithFiles(attributes, files) {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  page.fetched = [];
  for (const [path, body] of Object.entries(files)) {
    await page.route(`**${path}`, (route) => {
      page.fetched.push(path);
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
    });
  }
  const html = hostPage('paging', `<div data-newsdeck data-cluster="off" ${attributes}></div>`);
  await page.route('**/paging.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.server.url}paging.html`);
  await page.locator('[role="feed"][aria-busy="false"]').waitFor();
  return page;
}

const count = (page, text) => page.locator('.nd-count', { hasText: new RegExp(`^${text}$`) }).waitFor();
const cards = (page) => page.locator('[role="feed"] > article');

test('API pages are followed through nextPage only when the reader gets there', async () => {
  const pages = {};
  for (let n = 1; n <= 3; n++) {
    const value = demo.articles.slice((n - 1) * 100, n * 100);
    pages[`/feed/page/${n}/index.json`] = { page: n, value, ...(n < 3 ? { nextPage: n + 1 } : {}) };
  }
  const page = await openWithFiles('data-src="/feed/page/1/index.json" data-page-size="50"', pages);
  await count(page, '100 stories');
  assert.equal(await cards(page).count(), 50);
  const more = page.getByRole('button', { name: 'Show more stories' });
  // The reader scrolls to the end before each next step: past the first
  // page only the cards near the viewport are rendered.
  const reach = async (position) => {
    await page.locator('.nd-more, [role="feed"] + *').last().scrollIntoViewIfNeeded();
    await page.locator(`[role="feed"] > article[aria-posinset="${position}"]`).waitFor();
  };
  await more.click();
  await reach(100);
  assert.deepEqual(page.fetched, ['/feed/page/1/index.json'], 'nothing more fetched while loaded cards remain');
  await more.click();
  await count(page, '200 stories');
  await reach(150);
  await more.click();
  await reach(200);
  await more.click();
  await count(page, '300 stories');
  assert.deepEqual(page.fetched, ['/feed/page/1/index.json', '/feed/page/2/index.json', '/feed/page/3/index.json']);
  await reach(250);
  await page.close();
});

test('a sharded archive loads shard by shard, and a search looks deeper', async () => {
  const size = 200;
  const shards = [];
  for (let start = 0; start < demo.articles.length; start += size) {
    shards.push({ path: `news-${String(shards.length + 1).padStart(4, '0')}.json`, count: Math.min(size, demo.articles.length - start) });
  }
  const files = { '/archive/news.json': { version: 1, kind: 'manifest', total: demo.articles.length, shardSize: size, shards } };
  shards.forEach((shard, i) => {
    files[`/archive/${shard.path}`] = { version: 1, articles: demo.articles.slice(i * size, (i + 1) * size) };
  });
  const page = await openWithFiles('data-src="/archive/news.json"', files);
  await count(page, '200 stories');
  assert.deepEqual(page.fetched, ['/archive/news.json', '/archive/news-0001.json']);

  // The oldest story sits in the last shard: searching for it fetches deeper.
  const oldest = demo.articles.at(-1);
  const word = oldest.title.split(/\s+/).find((w) => w.length > 6) ?? oldest.title;
  await page.getByRole('searchbox', { name: 'Search' }).fill(`"${oldest.title}"`);
  await page.locator('[role="feed"] article h3', { hasText: oldest.title }).first().waitFor();
  assert.equal(page.fetched.at(-1), `/archive/${shards.at(-1).path}`, word);
  assert.equal(page.fetched.length, shards.length + 1, 'every shard once, no more');
  await page.close();
});

test('infinite scroll adds cards as the reader nears the end, and keeps focus', async () => {
  const page = await openWithFiles('data-src="/all.json" data-paging="infinite" data-page-size="12"', { '/all.json': demo });
  assert.equal(await cards(page).count(), 12);
  await cards(page).nth(11).focus();
  await page.mouse.wheel(0, 20000);
  // More cards arrive without a click; past the first page only those near
  // the viewport are rendered, so look for any card beyond the first page.
  await page.waitForFunction(() => {
    const feed = document.querySelector('[data-newsdeck]').shadowRoot;
    return [...feed.querySelectorAll('[role="feed"] > article')].some((card) => Number(card.getAttribute('aria-posinset')) > 12);
  });
  const focusedPosition = await page.evaluate(() => document.querySelector('[data-newsdeck]').shadowRoot.activeElement?.getAttribute('aria-posinset'));
  assert.equal(focusedPosition, '12', 'focus stays where the reader left it');
  await page.close();
});

test('when the feed cannot be fetched, the copy saved on the last visit is shown, and Retry still works', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
  await page.goto(`${env.server.url}?news.q=copilot`);
  await page.locator('[role="feed"][aria-busy="false"]').waitFor();
  const line = await page.locator('.nd-count').textContent();
  // The copy is kept once the cards show, off the way to the first card.
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('newsdeck:copy:')));

  let failing = true;
  await page.route('**/demo-bundle.json', (route) => (failing ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.reload();
  await page.locator('.nd-saved-copy').waitFor();
  assert.match(await page.locator('.nd-saved-copy').textContent(), /could not be refreshed\. Showing the copy saved (just now|\d+ seconds? ago|1 minute ago)\./i);
  assert.equal(await page.locator('.nd-count').textContent(), line, 'the saved copy shows the same stories');
  assert.equal(await page.getByRole('alert').count(), 0);

  failing = false;
  await page.locator('.nd-saved-copy').getByRole('button', { name: 'Retry' }).click();
  await page.locator('.nd-saved-copy').waitFor({ state: 'detached' });
  await page.locator('.nd-count', { hasText: line }).waitFor();
  await context.close();
});
