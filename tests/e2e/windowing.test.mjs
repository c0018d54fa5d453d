// A large feed: only the rows near the viewport are in the DOM, whatever
// the number of stories, while the feed pattern counts the whole result.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, localPictures, openSettled, servedRelease, withAttributes } from './harness.mjs';

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
    // By keyboard: scrolled to, the last rows render for the first time and
    // may move the button between a pointer's press and release.
    await more.press('Enter');
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

/** Sums the layout shifts not caused by input (what CLS counts) from the
 *  moment `window.__shifts.from` is set, listing each with what moved. */
function watchShifts() {
  const shifts = (window.__shifts = { from: Infinity, list: [] });
  new PerformanceObserver((entries) => {
    for (const e of entries.getEntries()) {
      if (e.hadRecentInput || e.startTime < shifts.from) continue;
      const moved = (e.sources ?? []).map((s) => `${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
      shifts.list.push({ value: e.value, moved: moved.join(' ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Scrolls the page by `step` screens a frame at a time, `steps` times, as
 *  a script does (not input, so every shift counts); the shifts meanwhile. */
async function scrollAndWatch(page, steps, step) {
  await page.evaluate(() => (window.__shifts.from = performance.now()));
  await page.evaluate(
    async ([steps, step]) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      for (let i = 0; i < steps; i++) {
        window.scrollBy(0, window.innerHeight * step);
        await frame();
      }
    },
    [steps, step],
  );
  // Shifts are reported after the frame that made them.
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__shifts.list.splice(0));
}

/** The 10k stories in an infinite feed, with shifts watched. */
async function openInfinite() {
  const body = bigBundle(STORIES);
  return openSettled(env.browser, env.server.url, async (p) => {
    await withAttributes({ 'data-cluster': 'off', 'data-paging': 'infinite' })(p);
    await p.route('**/demo-bundle.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    // Pictures load (locally), as on a real page.
    await localPictures(p);
    await p.addInitScript(watchShifts);
  });
}

test('an infinite feed scrolled end over end never moves what is on screen', async () => {
  const page = await openInfinite();
  // A screen a frame outruns the loading of pages: the reader reaches the
  // space kept for the next one, and then the cards are added into it.
  const down = await scrollAndWatch(page, 60, 1);
  const reached = await page.locator('[role="feed"] > article').evaluateAll((all) => Math.max(...all.map((a) => Number(a.getAttribute('aria-posinset')))));
  assert.ok(reached > 200, `scrolling revealed more pages (reached ${reached})`);
  assert.deepEqual(down, [], 'no layout shift while scrolling down');
  await page.close();
});

test('scrolling back up into stories never rendered keeps the cards on screen still', async () => {
  const page = await openInfinite();
  // Pages revealed by jumping to the end: most of their rows are never
  // rendered, so their heights are estimates until the reader comes back.
  for (let i = 0; i < 12; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.8));
  await page.waitForTimeout(300);
  const up = await scrollAndWatch(page, 40, -0.5);
  assert.deepEqual(up, [], 'no layout shift while scrolling up');
  await page.close();
});
