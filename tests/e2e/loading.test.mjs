// How widgets load their bundles: two widgets showing the same bundle ask
// for it once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localPictures, openPage, servedRelease, widgetSettled } from './harness.mjs';
import { hostPage } from './pages.mjs';

const env = servedRelease();

test('two widgets with the same data-src download the bundle once, and both show it', async () => {
  const page = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await localPictures(page);
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const body = `<div id="one" data-newsdeck data-src="demo-bundle.json" data-page-size="6"></div>
    <div id="two" data-newsdeck data-src="demo-bundle.json" data-layout="compact" data-page-size="4" data-url-state="off"></div>`;
  await page.route('**/two.html', (route) => route.fulfill({ contentType: 'text/html', body: hostPage('two', body) }));
  await page.goto(`${env.server.url}two.html`);
  await widgetSettled(page, '#one');
  await widgetSettled(page, '#two');
  assert.equal(await page.locator('#one [role="feed"] > article').count(), 6);
  assert.equal(await page.locator('#two [role="feed"] > article').count(), 4);
  assert.deepEqual(asked.filter((path) => path.endsWith('demo-bundle.json')), ['/demo-bundle.json']);
});
