// What a host page decides about its widgets: whether they show (its own
// rules and `hidden`), how they print, the dark panel, where story links
// send the referrer, and whether a copy of the feed is kept in storage.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, servedRelease, widgetSettled } from './harness.mjs';

const env = servedRelease();

/** Opens a page made of `body` (plus the embed script) at `/name.html`. */
async function openHostPage(name, body, head = '', options = { viewport: { width: 1280, height: 900 } }) {
  const page = await openPage(env.browser, options);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}
    <script type="module" src="/newsdeck.js"></script></head><body>${body}</body></html>`;
  await page.route(`**/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.server.url}${name}.html`);
  return page;
}

test('the host page hides a widget with its own rules or the hidden attribute', async () => {
  const page = await openHostPage(
    'hiding',
    `<div id="latest" data-newsdeck data-src="/demo-bundle.json"></div>
     <div id="other" data-newsdeck data-src="/demo-bundle.json" data-url-state="off"></div>`,
    '<style>@media (min-width: 600px) { #latest { display: none } }</style>',
  );
  await widgetSettled(page, '#other');
  const shown = (selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().height > 0);
  assert.equal(await shown('#latest'), false, "the page's media query hides #latest");
  assert.equal(await shown('#other'), true);
  await page.locator('#other').evaluate((el) => { el.hidden = true; });
  assert.equal(await shown('#other'), false, 'hidden = true hides it');
  await page.locator('#other').evaluate((el) => { el.hidden = false; });
  assert.equal(await shown('#other'), true);
  assert.equal(await page.locator('#other').getAttribute('style'), null, 'nothing is written on the element');
  await page.close();
});

test("a byline's dot stays with the source's name when the time wraps", async () => {
  const page = await openHostPage('byline', '<div data-newsdeck data-src="/demo-bundle.json" data-layout="compact"></div>');
  await widgetSettled(page);
  const card = page.locator('[role="feed"] > article').first();
  const dots = await card.evaluate((article) => ({
    afterName: getComputedStyle(article.querySelector('.nd-card__provider'), '::after').content,
    beforeTime: getComputedStyle(article.querySelector('.nd-card__time'), '::before').content,
  }));
  assert.deepEqual(dots, { afterName: '"·"', beforeTime: 'none' });
  await page.close();
});

test('dark, the widget is a panel of its own; light, it is see-through; data-theme and the reader alike', async () => {
  const look = async (scheme, theme) => {
    const page = await openHostPage(`theme-${scheme}-${theme}`, `<div data-newsdeck data-src="/demo-bundle.json" data-theme="${theme}"></div>`, '', {
      viewport: { width: 1280, height: 900 },
      colorScheme: scheme,
    });
    await widgetSettled(page);
    const section = await page.locator('section.newsdeck').evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, padding: style.paddingTop };
    });
    await page.close();
    return section;
  };
  const clear = { background: 'rgba(0, 0, 0, 0)', padding: '0px' };
  assert.deepEqual(await look('light', 'auto'), clear);
  assert.deepEqual(await look('dark', 'light'), clear, 'data-theme="light" on a dark page is see-through too');
  for (const [scheme, theme] of [['dark', 'auto'], ['light', 'dark']]) {
    const panel = await look(scheme, theme);
    assert.notEqual(panel.background, clear.background, `${scheme} reader, data-theme="${theme}"`);
    assert.equal(panel.padding, '16px');
  }
});

test('printed, the stories are a plain list without controls', async () => {
  const page = await openHostPage('print', '<div data-newsdeck data-src="/demo-bundle.json"></div>');
  await widgetSettled(page);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('[data-newsdeck]').evaluate((host) => {
    const root = host.shadowRoot;
    const visible = (el) => el.getClientRects().length > 0;
    return {
      controls: [...root.querySelectorAll('button, input, select')].filter(visible).length,
      feed: getComputedStyle(root.querySelector('[role="feed"]')).display,
      cards: [...root.querySelectorAll('[role="feed"] > article')].filter(visible).length,
      pictures: [...root.querySelectorAll('.nd-card__media')].filter(visible).length,
    };
  });
  assert.deepEqual(printed, { controls: 0, feed: 'block', cards: 24, pictures: 0 });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
  assert.ok(pages <= 4, `${pages} printed pages for 24 stories`);
  await page.close();
});

test("story links keep the referrer for the site's own pages, and data-noreferrer=\"off\" for all", async () => {
  const origin = env.server.url.replace(/\/$/, '');
  const bundle = JSON.stringify([
    { title: 'Our own story', webUrl: `${origin}/news/own.html` },
    { title: 'Another site', webUrl: 'https://example.com/story' },
  ]);
  const rels = async (attributes) => {
    const page = await openHostPage('referrer', `<div data-newsdeck data-src="/links.json" data-cluster="off" ${attributes}></div>`);
    await page.route('**/links.json', (route) => route.fulfill({ contentType: 'application/json', body: bundle }));
    await page.reload();
    await widgetSettled(page);
    const found = Object.fromEntries(await page.locator('a.nd-card__link').evaluateAll((links) => links.map((a) => [a.textContent.trim().replace(' (opens in a new tab)', ''), a.rel])));
    await page.close();
    return found;
  };
  assert.deepEqual(await rels(''), { 'Our own story': 'noopener', 'Another site': 'noopener noreferrer' });
  assert.deepEqual(await rels('data-noreferrer="off"'), { 'Our own story': 'noopener', 'Another site': 'noopener' });
});

test('data-offline-copy="off" keeps the feed out of local storage', async () => {
  const page = await openHostPage('offline-off', '<div data-newsdeck data-src="/demo-bundle.json" data-offline-copy="off"></div>');
  await widgetSettled(page);
  // The copy would be written once the cards are painted: give it frames to.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await page.close();
});
