// A bundle read while it arrives, as a large feed comes over a real network:
// served in pieces by a slow server that does not announce its size, or held
// back halfway by one that does.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, assertAccessible, launchBrowser, openPage, openSettled, serveStatic, widgetSettled, withAttributes } from './harness.mjs';

const demoBytes = await readFile(join(DIST, 'demo-bundle.json'));
const demo = JSON.parse(demoBytes.toString('utf8'));
let browser;
before(async () => (browser = await launchBrowser()));
after(() => browser?.close());
const open = (server, attributes) => openSettled(browser, server.url, withAttributes({ 'data-src': 'bundle.json', ...attributes }));

/** The release build served with `/bundle.json` answered by `pieces`
 *  (Buffers), one every 15 ms and no faster than the browser takes them, in
 *  a chunked response that announces no size; with `stallAfter`, the server
 *  goes quiet after that many pieces. `sent()` resolves to how many pieces
 *  went out before the response ended or its reader went away. */
async function servedInPieces(pieces, stallAfter = Infinity) {
  let sent = 0;
  let finished;
  const done = new Promise((resolve) => (finished = resolve));
  const answer = async (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    let dropped = false;
    const closed = once(response, 'close').then(() => {
      dropped = true;
      finished();
    });
    while (!dropped && sent < Math.min(pieces.length, stallAfter)) {
      if (!response.write(pieces[sent++])) await Promise.race([once(response, 'drain'), closed]);
      await Promise.race([new Promise((next) => setTimeout(next, 15)), closed]);
    }
    if (sent === pieces.length) response.end();
  };
  const server = await serveStatic(DIST, '/', {}, { '/bundle.json': answer });
  return { ...server, sent: async () => (await done, sent) };
}

/** `bytes` cut into `count` pieces, each cut falling inside a character of
 *  more than one byte where there is one, so no piece is whole UTF-8. */
function cutInPieces(bytes, count) {
  const pieces = [];
  let start = 0;
  for (let i = 1; i < count; i++) {
    let cut = Math.floor((bytes.length * i) / count);
    const inside = bytes.subarray(cut).findIndex((b) => b >= 0x80 && b < 0xc0);
    if (inside >= 0 && inside < 4096) cut += inside;
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  pieces.push(bytes.subarray(start));
  return pieces;
}

describe('a bundle arriving in pieces', () => {
  const servers = [];
  after(() => Promise.all(servers.map((s) => s.close())));

  test('reads exactly as when it comes whole', async () => {
    const pieces = cutInPieces(demoBytes, 40);
    assert.ok(pieces.some((piece) => piece[0] >= 0x80 && piece[0] < 0xc0), 'a piece starts inside a character');
    const server = await servedInPieces(pieces);
    servers.push(server);
    const page = await open(server, { 'data-cluster': 'off' });
    assert.equal(await server.sent(), pieces.length);
    assert.equal(await page.locator('.nd-count').textContent(), `${demo.articles.length} stories`);
    const titles = await page
      .locator('[role="feed"] > article')
      .evaluateAll((cards) => cards.map((card) => card.getRootNode().getElementById(card.getAttribute('aria-labelledby')).textContent));
    assert.deepEqual(
      titles,
      demo.articles.slice(0, 24).map((a) => a.title),
    );
    await page.close();
  });

  test('is refused as soon as it passes the size cap, and its download stopped', async () => {
    const record = JSON.stringify({ title: 'Story', excerpt: 'x'.repeat(1000) });
    const piece = Buffer.from(`${record},`.repeat(100));
    const pieces = [Buffer.from('{"articles": ['), ...Array(300).fill(piece)];
    const server = await servedInPieces(pieces);
    servers.push(server);
    const page = await open(server, { 'data-max-size': '1' });
    assert.match(await page.getByRole('alert').innerText(), /larger than 1 MB/);
    // 1 MB is ten pieces; what the network held besides is a few more.
    assert.ok((await server.sent()) < pieces.length / 2, 'most was never sent');
    await page.close();
  });

  test('is given up when the server goes quiet for the time allowed', async () => {
    const pieces = cutInPieces(demoBytes, 40);
    const server = await servedInPieces(pieces, 20);
    servers.push(server);
    const page = await open(server, { 'data-timeout': '1' });
    assert.match(await page.getByRole('alert').innerText(), /did not answer within 1 second\./);
    assert.equal(await server.sent(), 20);
    await page.close();
  });
});

describe('a large bundle', () => {
  const servers = [];
  after(() => Promise.all(servers.map((s) => s.close())));

  test('shows its first stories while the rest arrives, and keeps them', async () => {
    // The demo's stories, then the same a year older at other addresses:
    // about 1.8 MB, whose newest stories all come first.
    const older = demo.articles.map((article) => ({
      ...article,
      webUrl: `${article.webUrl}-archive`,
      originalUrl: undefined,
      publishedDateTime: article.publishedDateTime?.replace(/^(\d{4})/, (year) => `${year - 1}`),
    }));
    const articles = [...demo.articles, ...older];
    const bytes = Buffer.from(JSON.stringify({ articles }));
    assert.ok(bytes.length > 1_048_576, 'large enough for a first look');
    // A third is sent; the rest once the test has looked.
    const third = Math.floor(bytes.length / 3);
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const answer = async (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
      response.write(bytes.subarray(0, third));
      await released;
      response.end(bytes.subarray(third));
    };
    const server = await serveStatic(DIST, '/', {}, { '/bundle.json': answer });
    servers.push(server);
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      // Same-story clusters on, as by default: the rest holds better
      // versions of stories shown first, which must not take their places.
      await withAttributes({ 'data-src': 'bundle.json' })(page);
      await page.goto(server.url);

      const root = page.locator('[data-newsdeck]');
      const busyFeed = root.locator('[role="feed"][aria-busy="true"]');
      await busyFeed.locator('article').first().waitFor();
      const titlesShown = () =>
        root
          .locator('[role="feed"] > article')
          .evaluateAll((cards) => cards.map((card) => card.getRootNode().getElementById(card.getAttribute('aria-labelledby')).textContent));
      const first = await titlesShown();
      assert.equal(first[0], demo.articles[0].title);
      assert.ok(first.length >= 12, 'a screenful');
      assert.equal(await root.locator('.nd-count').textContent(), 'Loading more stories…');
      assert.equal(await busyFeed.locator('article').first().getAttribute('aria-setsize'), '-1');
      assert.equal(await root.locator('.nd-facet input').count(), 0, 'filters wait for all values');
      await assertAccessible(page, 'while the rest of a large bundle arrives');
      // Marked, to tell whether the card stays the same element.
      await busyFeed.locator('article').first().evaluate((card) => (card.dataset.seen = 'yes'));

      release();
      await widgetSettled(page);
      assert.match(await root.locator('.nd-count').textContent(), /^\d+ stories$/);
      assert.deepEqual(await titlesShown(), first);
      const card = root.locator('[role="feed"] > article').first();
      assert.equal(await card.getAttribute('data-seen'), 'yes', 'the first card was kept, not drawn again');
      assert.match(await card.getAttribute('aria-setsize'), /^\d+$/);
      assert.ok((await root.locator('.nd-facet input').count()) > 0, 'filters are there');
    } finally {
      // Never left waiting, or the server could not close.
      release();
      await page.close();
    }
  });
});
