// The demo page as a reader meets it: the release build, served on loopback,
// in headless Chromium that can reach no other host.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, openPage, openSettled, servedRelease, widgetSettled, withAttributes } from './harness.mjs';

const demo = await demoBundle();
const BUNDLE = '**/demo-bundle.json';
const env = servedRelease();

// Most checks compare cards with the bundle's articles one to one, so they
// embed the widget with same-story clustering off; clustering has its own tests.
const openDemo = (setUp = async () => {}, attributes = {}) =>
  openSettled(env.browser, env.server.url, async (page) => {
    await withAttributes({ 'data-cluster': 'off', ...attributes })(page);
    await setUp(page);
  });

/** The text of the element that labels a card, as a screen reader names it. */
function titleOf(card) {
  return card.evaluate((article) => article.getRootNode().getElementById(article.getAttribute('aria-labelledby')).textContent);
}

describe('the demo feed', () => {
  test('shows every corpus article, newest first, a page at a time', async () => {
    const page = await openDemo();
    const cards = page.locator('[role="feed"] > article');
    assert.equal(demo.articles.length, 715);
    assert.equal(await page.locator('.nd-count').textContent(), '715 stories');
    assert.equal(await cards.count(), 24);
    const sizes = await cards.evaluateAll((all) => [...new Set(all.map((a) => a.getAttribute('aria-setsize')))]);
    assert.deepEqual(sizes, ['715']);
    assert.equal(await cards.nth(0).getAttribute('aria-posinset'), '1');
    assert.equal(await titleOf(cards.nth(0)), demo.articles[0].title);

    // Past the first page only the rows near the viewport are in the DOM.
    await page.getByRole('button', { name: 'Show more stories' }).click();
    assert.equal(await page.locator('.nd-more__count').textContent(), 'Showing 48 of 715');
    await page.locator('.nd-more').scrollIntoViewIfNeeded();
    const last = page.locator('[role="feed"] > article[aria-posinset="48"]');
    await last.waitFor();
    assert.equal(await titleOf(last), demo.articles[47].title);
    assert.equal(await page.locator('[role="feed"] > article[aria-posinset="49"]').count(), 0);
    assert.equal(await page.locator('[role="feed"] > article[aria-posinset="1"]').count(), 0);
    assert.ok((await cards.count()) < 48);
    await page.close();
  });

  test('a card links to its article safely and labels itself for the feed pattern', async () => {
    const page = await openDemo(undefined, { 'data-locale': 'en-GB', 'data-time-zone': 'UTC' });
    const first = page.locator('[role="feed"] > article').first();
    const expected = demo.articles[0];
    const link = first.locator('a.nd-card__link');
    assert.equal(await link.getAttribute('href'), expected.webUrl ?? expected.originalUrl);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    const labelId = await first.getAttribute('aria-labelledby');
    assert.equal(await page.locator(`[id="${labelId}"]`).textContent(), expected.title);
    assert.equal(await first.getAttribute('tabindex'), '0');
    const time = first.locator('time');
    assert.equal(await time.getAttribute('datetime'), expected.publishedDateTime);
    assert.match(await time.getAttribute('title'), /^\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC$/);
    assert.match(await time.textContent(), /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, 'older stories show their date');
    await page.close();
  });

  test('pictures are lazy below the first row, keep their size, and fall back to a stand-in', async () => {
    // Hold every outside request (the corpus pictures live on real sites) so
    // the pictures are inspected before they fail; then let them fail.
    let release;
    const held = new Promise((done) => (release = done));
    const page = await openDemo((p) =>
      p.route(
        (url) => url.hostname !== '127.0.0.1',
        async (route) => {
          await held;
          p.blocked.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      ),
    );
    const cards = page.locator('[role="feed"] > article');
    const pictures = await cards.evaluateAll((all) =>
      all.map((card) => {
        const img = card.querySelector('.nd-card__media img');
        return img && { loading: img.loading, width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')) };
      }),
    );
    const expected = demo.articles.slice(0, 24).map((a, i) => (a.images?.[0] ?? null) && { loading: i < 4 ? 'eager' : 'lazy', width: a.images[0].width, height: a.images[0].height });
    assert.deepEqual(pictures, expected);
    assert.ok(pictures.filter(Boolean).length >= 20 && pictures[0], 'most of the first page has pictures');

    release();
    for (let i = 0; i < 4; i++) await cards.nth(i).locator('.nd-card__media--empty').waitFor();
    assert.equal(await cards.nth(0).locator('.nd-card__media--empty').innerText(), demo.articles[0].provider.name[0].toUpperCase());
    assert.ok(page.blocked.includes(demo.articles[0].images[0].url), 'the first picture was requested and blocked');
    await page.close();
  });

  test('shows placeholders and aria-busy while the bundle loads', async () => {
    let release;
    const held = new Promise((done) => (release = done));
    const page = await openPage(env.browser);
    await withAttributes({ 'data-cluster': 'off' })(page);
    await page.route(BUNDLE, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(env.server.url);
    const busy = page.locator('[role="feed"][aria-busy="true"]');
    await busy.waitFor();
    assert.equal(await busy.locator('.nd-card--skeleton').count(), 6);
    release();
    await widgetSettled(page);
    assert.equal(await page.locator('[role="feed"][aria-busy="false"] > article').count(), 24);
    await page.close();
  });
});

describe('when the bundle is broken', () => {
  test('unreadable JSON gives an alert, and Retry really loads again', async () => {
    let broken = true;
    const page = await openDemo((p) =>
      p.route(BUNDLE, (route) =>
        broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"articles": [{"title": "cut off' }) : route.continue(),
      ),
    );
    const alert = page.getByRole('alert');
    assert.match(await alert.innerText(), /could not be loaded[\s\S]*not valid JSON/);
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator('[role="feed"][aria-busy="false"]').waitFor();
    assert.equal(await page.locator('.nd-count').textContent(), '715 stories');
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.close();
  });

  test('an HTML error page and a server error are explained in plain words', async () => {
    for (const [response, expected] of [
      [{ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Oops</h1>' }, /not valid JSON/],
      [{ status: 500, body: 'boom' }, /server had a problem \(HTTP 500\)/],
      [{ status: 404, body: 'nope' }, /not found \(HTTP 404\)/],
    ]) {
      const page = await openDemo((p) => p.route(BUNDLE, (route) => route.fulfill(response)));
      assert.match(await page.getByRole('alert').innerText(), expected);
      assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 1);
      await page.close();
    }
  });

  test('a server that never answers times out, and a bundle over the size cap is refused', async () => {
    const silent = await openDemo((p) => p.route(BUNDLE, () => {}), { 'data-timeout': '1' });
    assert.match(await silent.getByRole('alert').innerText(), /did not answer within 1 second\./);
    await silent.close();

    const huge = JSON.stringify({ version: 1, articles: Array.from({ length: 6000 }, (_, i) => ({ title: `Story ${i}`, excerpt: 'x'.repeat(200) })) });
    assert.ok(huge.length > 1_000_000);
    const refused = await openDemo((p) => p.route(BUNDLE, (route) => route.fulfill({ contentType: 'application/json', body: huge })), { 'data-max-size': '1' });
    assert.match(await refused.getByRole('alert').innerText(), /larger than 1 MB/);
    await refused.close();
  });

  test('bad records are skipped, counted and reported; the good ones show', async () => {
    const body = JSON.stringify({
      version: 1,
      articles: [
        demo.articles[0],
        42,
        { excerpt: 'no title here' },
        demo.articles[1],
        '<script>window.__pwned = 1</script>',
      ],
    });
    const page = await openDemo((p) => p.route(BUNDLE, (route) => route.fulfill({ contentType: 'application/json', body })));
    assert.equal(await page.locator('.nd-count').textContent(), '2 stories');
    assert.equal(await page.locator('.nd-note').textContent(), '3 records could not be read');
    const sizes = await page.locator('[role="feed"] > article').evaluateAll((all) => all.map((a) => a.getAttribute('aria-setsize')));
    assert.deepEqual(sizes, ['2', '2']);
    const warnings = page.consoleMessages.filter((m) => /record \d+ was skipped/.test(m.text));
    assert.deepEqual(
      warnings.map((m) => m.text),
      [
        'record 1 was skipped: it is a number, not an object with fields',
        'record 2 was skipped: it has no title',
        'record 4 was skipped: it is a piece of text, not an object with fields',
      ],
    );
    await page.close();
  });

  test('hostile text stays text and unsafe links never become links', async () => {
    const hostile = {
      title: '<img src=x onerror="window.__pwned=1">Headline',
      excerpt: '<script>window.__pwned = 2</script>',
      webUrl: 'javascript:window.__pwned=3',
      originalUrl: ' JaVaScRiPt:window.__pwned=4',
      images: [{ url: 'javascript:alert(1)', width: 10, height: 10 }],
      provider: { name: '<b>Bold</b>', domain: 'evil.example' },
      publishedDateTime: '2024-01-01T00:00:00Z',
    };
    const page = await openDemo((p) =>
      p.route(BUNDLE, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify([hostile]) })),
    );
    const card = page.locator('[role="feed"] > article').first();
    assert.equal(await titleOf(card), hostile.title);
    assert.equal(await card.locator('.nd-card__excerpt').innerText(), hostile.excerpt);
    assert.equal(await card.locator('.nd-card__provider').innerText(), '<b>Bold</b>');
    assert.equal(await card.locator('a').count(), 0);
    assert.equal(await card.locator('img').count(), 0);
    assert.equal(await card.locator('script, b').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.close();
  });
});
