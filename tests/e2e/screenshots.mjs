// Screenshots of the release build for review (`make screenshots`): every
// view of screenshots-views.mjs, light and dark, as PNGs in
// tests/e2e/screenshots/.

import { launchBrowser, serveStatic } from './harness.mjs';
import { saveScreenshots } from './screenshots-views.mjs';

const server = await serveStatic();
const browser = await launchBrowser();
try {
  for (const file of await saveScreenshots(browser, server.url)) console.log(file);
} finally {
  await browser.close();
  await server.close();
}
