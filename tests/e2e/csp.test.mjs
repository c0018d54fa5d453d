// The release build under a strict Content Security Policy: no inline
// script or style is needed, so nothing is blocked and the feed works.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, launchBrowser, openPage, serveStatic, widgetSettled } from './harness.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src https: data:";

test('the feed works under a strict CSP with no violation reported', async () => {
  const server = await serveStatic(DIST, '/', { 'content-security-policy': POLICY });
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(server.url);
    await widgetSettled(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('copilot ');
    await page.locator('.nd-count', { hasText: / of / }).waitFor();
    await page.locator('.nd-related-toggle').first().click();
    assert.ok((await page.locator('[role="feed"] > article').count()) > 0);
    const radius = await page.locator('[role="feed"] > article').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.equal(radius, '14px', 'the widget styles apply');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const cspErrors = page.consoleMessages.filter((m) => /Content Security Policy/i.test(m.text));
    assert.deepEqual(cspErrors, []);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
