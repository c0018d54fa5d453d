// Screenshots of the release build for review (`make screenshots`): every
// view of screenshots-views.mjs in Chromium, light and dark, then the demo's
// views in each engine (engines/screenshots.mjs), as PNGs in
// tests/e2e/screenshots/.

import { chosenEngines, startEngine } from './engines/engines.mjs';
import { Reader } from './engines/reader.mjs';
import { saveEngineScreenshots } from './engines/screenshots.mjs';
import { startSite } from './engines/site.mjs';
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

const site = await startSite();
try {
  for (const key of chosenEngines()) {
    for (const scheme of ['light', 'dark']) {
      const engine = await startEngine(key, { scheme });
      try {
        for (const file of await saveEngineScreenshots(key, scheme, new Reader(engine.session, site), site)) console.log(file);
      } finally {
        await engine.stop();
      }
    }
  }
} finally {
  await site.close();
}
