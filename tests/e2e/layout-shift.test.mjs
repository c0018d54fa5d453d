// What is on screen stays where it is while the page works: logos failing to
// load, a search typed in and cleared by a script, an infinite feed scrolled
// to its end by a script (neither is input, so whatever they move counts as
// a layout shift).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, openSettled, servedRelease, withAttributes } from './harness.mjs';

const demo = await demoBundle();
const env = servedRelease();

// Cards compared with the bundle's articles one to one: clustering off.
const open = (setUp = async () => {}) =>
  openSettled(env.browser, env.server.url, async (page) => {
    await withAttributes({ 'data-cluster': 'off' })(page);
    await setUp(page);
  });

/** Where each card's source name starts, from the card's left edge, and
 *  what its logo's box holds and whether it is on screen. */
const bylines = (page) =>
  page.locator('[role="feed"] > article').evaluateAll((all) =>
    all.map((card) => {
      const name = card.querySelector('.nd-card__provider');
      const logo = card.querySelector('.nd-card__logo');
      const box = logo?.getBoundingClientRect();
      return {
        name: name && Math.round(name.getBoundingClientRect().left - card.getBoundingClientRect().left),
        logo: logo && { tag: logo.localName, width: box.width, height: box.height, hidden: logo.getAttribute('aria-hidden'), text: logo.textContent },
        onScreen: card.getBoundingClientRect().top < window.innerHeight,
      };
    }),
  );

test('a logo that fails to load leaves its box to the source’s initial: names stay put and line up', async () => {
  // Outside requests (the corpus logos live on real sites) are held until
  // the cards are measured, then fail.
  let release;
  const held = new Promise((done) => (release = done));
  const page = await open((p) =>
    p.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        await held;
        await route.abort('blockedbyclient');
      },
    ),
  );
  const before = await bylines(page);
  const withLogo = demo.articles.slice(0, before.length).map((a) => Boolean(a.provider?.images?.length));
  assert.ok(withLogo.filter(Boolean).length >= 10, 'most of the first page has logos');
  assert.ok(withLogo.some((has, i) => !has && demo.articles[i].provider), 'some sources have no logo');

  release();
  // Logos below the screen are not asked for yet (they load lazily).
  await page.waitForFunction(() =>
    [...document.querySelector('[data-newsdeck]').shadowRoot.querySelectorAll('img.nd-card__logo')].every((img) => img.getBoundingClientRect().top > window.innerHeight),
  );
  const after = await bylines(page);
  assert.deepEqual(after.map((b) => b.name), before.map((b) => b.name), 'no source name moved');
  const places = new Set(after.filter((b) => b.name !== null).map((b) => b.name));
  assert.equal(places.size, 1, `source names line up from card to card (${[...places]})`);
  assert.ok(after.filter((b, i) => b.onScreen && withLogo[i]).length >= 4, 'logos on screen failed');
  after.forEach((byline, i) => {
    const provider = demo.articles[i].provider;
    if (!provider) return assert.equal(byline.logo, null);
    const initial = provider.name.match(/[\p{L}\p{N}]/u)[0].toUpperCase();
    const waiting = { tag: 'img', width: 20, height: 20, hidden: null, text: '' };
    const monogram = { tag: 'span', width: 20, height: 20, hidden: 'true', text: initial };
    const asked = byline.onScreen || byline.logo.tag !== 'img';
    assert.deepEqual(byline.logo, withLogo[i] && !asked ? waiting : monogram, `card ${i + 1}`);
  });
  await page.close();
});

/** Where the boxes that frame the feed are: the toolbar's controls (and
 *  their sizes), the count line and the feed. */
const frame = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-newsdeck]').shadowRoot;
    const box = (selector, sized) => {
      const { x, y, width, height } = root.querySelector(selector).getBoundingClientRect();
      return `${selector} ${(sized ? [x, y, width, height] : [x, y]).map(Math.round)}`;
    };
    return [box('.nd-search', true), box('.nd-sort', true), box('.nd-shortcuts-toggle', true), box('.nd-count'), box('[role="feed"]')];
  });

/** Sets the search box to `text` as a script does, and waits for the count
 *  line to say `count`. */
async function search(page, text, count) {
  await page.evaluate((text) => {
    const input = document.querySelector('[data-newsdeck]').shadowRoot.querySelector('input[type="search"]');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, text);
  await page.locator('.nd-count', { hasText: count }).waitFor();
}

test('a search typed in and cleared moves neither the toolbar nor the count line nor the feed', async () => {
  const page = await open();
  const still = await frame(page);
  for (let i = 1; i <= 'copilot'.length; i++) {
    await search(page, 'copilot'.slice(0, i), / of 715 stories$/);
    assert.ok(await page.getByRole('button', { name: /^Remove filter “/ }).isVisible(), 'the search shows as a chip');
    assert.deepEqual(await frame(page), still, `searching "${'copilot'.slice(0, i)}"`);
  }
  await search(page, '', /^715 stories$/);
  assert.deepEqual(await frame(page), still, 'search cleared');
  await page.close();
});

test('an infinite feed jumped to its end by a script, page after page, moves nothing on screen', async () => {
  const page = await openSettled(env.browser, env.server.url, async (p) => {
    await withAttributes({ 'data-cluster': 'off', 'data-paging': 'infinite' })(p);
    await p.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((entries) => {
        for (const e of entries.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
  });
  const shown = () => page.locator('.nd-more__count').textContent();
  for (let i = 0; i < 4; i++) {
    const before = await shown();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction((before) => document.querySelector('[data-newsdeck]').shadowRoot.querySelector('.nd-more__count').textContent !== before, before);
    // Shifts are reported after the frame that made them.
    await page.waitForTimeout(300);
  }
  const reached = Number((await shown()).match(/^Showing (\d+) of 715$/)[1]);
  assert.ok(reached >= 120, `pages were revealed (${reached} stories)`);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  // The keyboard still reaches "Show more", and sees it.
  await page.getByRole('button', { name: 'Show more stories' }).focus();
  const box = await page.getByRole('button', { name: 'Show more stories' }).boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `shown when focused (${box.width} × ${box.height})`);
  await page.close();
});
