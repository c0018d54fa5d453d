// A large feed: only the rows near the viewport are in the DOM, whatever
// the number of stories, while the feed pattern counts the whole result.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, openSettled, servedRelease, withAttributes } from './harness.mjs';

const demo = await demoBundle();
const env = servedRelease();
const STORIES = 10_000;

/** The demo articles repeated to `count`, each copy a distinct story. */
function bigBundle(count) {
  const articles = Array.from({ length: count }, (_, i) => {
    const a = demo.articles[i % demo.articles.length];
    return { ...a, title: `${a.title} (${i})`, webUrl: `https://example.com/story/${i}`, originalUrl: undefined };
  });
  return JSON.stringify({ version: 1, articles });
}

test('at 10k stories the DOM holds a window of cards while the feed scrolls end to end', async () => {
  const body = bigBundle(STORIES);
  const page = await openSettled(env.browser, env.server.url, async (p) => {
    await withAttributes({ 'data-cluster': 'off' })(p);
    await p.route('**/demo-bundle.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  });
  assert.equal(await page.locator('.nd-count').textContent(), `${STORIES} stories`);
  const more = page.getByRole('button', { name: 'Show more stories' });
  for (let shown = 48; shown <= 240; shown += 24) {
    await more.click();
    await page.locator('.nd-more__count', { hasText: `Showing ${shown} of ${STORIES}` }).waitFor();
  }

  const seen = new Set();
  let most = 0;
  await page.evaluate(() => window.scrollTo(0, 0));
  for (;;) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const cards = await page.locator('[role="feed"] > article').evaluateAll((all) =>
      all.map((a) => [Number(a.getAttribute('aria-posinset')), a.getAttribute('aria-setsize')]),
    );
    most = Math.max(most, cards.length);
    for (const [position, size] of cards) {
      assert.equal(size, String(STORIES));
      seen.add(position);
    }
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    if (atEnd) break;
  }
  assert.equal(seen.size, 240, 'every revealed card was rendered on the way down');
  assert.ok(Math.max(...seen) === 240 && Math.min(...seen) === 1);
  assert.ok(most <= 40, `at most ${most} cards in the DOM at once`);
  await page.close();
});
