// Screenshots of the release build for review: phone and desktop widths,
// light and dark. Writes PNGs into tests/e2e/screenshots/.

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser, openPage, serveStatic, widgetSettled } from './harness.mjs';

const out = resolve(import.meta.dirname, 'screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic();
const browser = await launchBrowser();
try {
  for (const width of [390, 768, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, { viewport: { width, height: 1000 }, colorScheme, reducedMotion: 'reduce' });
      await page.goto(server.url);
      await widgetSettled(page);
      // Let the blocked pictures fail over to their stand-ins before the shot.
      await page.waitForLoadState('networkidle');
      const file = `${out}/demo-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
