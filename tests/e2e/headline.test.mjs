// A headline box: five stories in a narrow sidebar, without the controls a
// full feed has, and a link to the site's news page; and controls that
// could do nothing for a bundle are not offered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localPictures, openPage, routeBody, servedRelease, widgetSettled } from './harness.mjs';
import { hostPage } from './pages.mjs';

const env = servedRelease();

async function openSidebar(attributes, setUp = async () => {}) {
  const page = await openPage(env.browser, { viewport: { width: 1100, height: 900 } });
  await localPictures(page);
  await setUp(page);
  const body = `<main class="page"><h1>Company</h1><aside class="sidebar"><h2>Latest news</h2>
    <div id="latest" data-newsdeck ${attributes}></div></aside></main>`;
  const head = '<style>.page { display: grid; grid-template-columns: 1fr 240px; gap: 32px; } .sidebar { width: 240px; }</style>';
  await page.route('**/sidebar.html', (route) => route.fulfill({ contentType: 'text/html', body: hostPage('sidebar', body, { head }) }));
  await page.goto(`${env.server.url}sidebar.html`);
  await widgetSettled(page);
  return page;
}

test('data-controls="none": five headlines, nothing above them, and a link to more', async () => {
  const page = await openSidebar('data-src="demo-bundle.json" data-controls="none" data-page-size="5" data-layout="compact" data-more-href="/news/"');
  const widget = page.locator('#latest');
  assert.equal(await widget.locator('[role="feed"] > article').count(), 5);
  for (const part of ['.nd-bar', '.nd-status', '.nd-panel', '.nd-more .nd-button', '.nd-more__count']) {
    assert.equal(await widget.locator(part).count(), 0, `no ${part}`);
  }
  const above = await widget.evaluate((host) => {
    const shadow = host.shadowRoot;
    return shadow.querySelector('[role="feed"] > article').getBoundingClientRect().top - shadow.querySelector('section.newsdeck').getBoundingClientRect().top;
  });
  assert.ok(above < 8, `the first headline starts the box (${above} px above it)`);
  const more = widget.locator('a.nd-more__page');
  assert.equal(await more.textContent(), 'More stories');
  assert.equal(await more.getAttribute('href'), '/news/');
});

test('data-controls names the controls kept', async () => {
  const page = await openSidebar('data-src="demo-bundle.json" data-controls="search,count" data-page-size="5"');
  const widget = page.locator('#latest');
  assert.equal(await widget.locator('.nd-search input').count(), 1);
  assert.equal(await widget.locator('.nd-count').count(), 1);
  for (const part of ['.nd-sort', '.nd-filters-toggle', '.nd-shortcuts-toggle', '.nd-panel', '.nd-more .nd-button']) {
    assert.equal(await widget.locator(part).count(), 0, `no ${part}`);
  }
});

test('orders and filters a bundle gives nothing to work with are not offered', async () => {
  const articles = Array.from({ length: 6 }, (_, i) => ({
    title: `Story ${i + 1}`,
    webUrl: `https://example.com/${i + 1}`,
    publishedDateTime: `2026-11-0${i + 1}T10:00:00Z`,
    topics: i % 2 ? ['AI'] : ['Cloud'],
  }));
  const page = await openSidebar('data-src="plain.json"', (p) => routeBody(p, '/plain.json', 'application/json', JSON.stringify({ version: 1, articles })));
  const sorts = await page.locator('#latest .nd-sort option').evaluateAll((options) => options.map((o) => o.value));
  assert.deepEqual(sorts, ['newest', 'oldest']);
  assert.equal(await page.locator('#latest .nd-quality').count(), 0, 'no minimum quality without scores');

  // The demo bundle has heat and quality: every order, and the quality filter.
  const demo = await openSidebar('data-src="demo-bundle.json"');
  const all = await demo.locator('#latest .nd-sort option').evaluateAll((options) => options.map((o) => o.value));
  assert.deepEqual(all, ['newest', 'oldest', 'trending', 'quality']);
  assert.equal(await demo.locator('#latest .nd-quality').count(), 1);
});
