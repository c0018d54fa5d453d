// The readers' journeys in every engine readers use: Firefox ESR, WebKitGTK
// (Safari's engine) and Chromium, each through its W3C WebDriver server,
// all reading one loopback site. NEWSDECK_ENGINES=firefox,webkit picks some.

import { after, before, describe, test } from 'node:test';
import { chosenEngines, ENGINES, startEngine } from './engines.mjs';
import { JOURNEYS } from './journeys.mjs';
import { Reader } from './reader.mjs';
import { saveEngineScreenshots } from './screenshots.mjs';
import { startSite } from './site.mjs';

let site;
before(async () => {
  site = await startSite();
  site.page('blank.html', '<!doctype html><html lang="en"><title>blank</title></html>');
});
after(() => site?.close());

for (const key of chosenEngines()) {
  describe(ENGINES[key].name, () => {
    // One browser per colour scheme, started when a journey first needs it.
    const browsers = {};
    const readerFor = async (scheme = 'light') => {
      browsers[scheme] ??= startEngine(key, { scheme });
      return new Reader((await browsers[scheme]).session, site);
    };
    after(async () => {
      for (const browser of Object.values(browsers)) await (await browser.catch(() => null))?.stop();
    });

    for (const journey of JOURNEYS) {
      test(journey.title, { todo: journey.todo }, async () => {
        if (!journey.run) return;
        const reader = await readerFor(journey.scheme);
        // Each journey starts as a first visit: no saved copy, the flaky bundle up.
        await reader.session.navigate(`${site.url}blank.html`);
        await reader.read(() => localStorage.clear());
        site.bundleDown = false;
        await journey.run(reader, site);
      });
    }

    test('saves screenshots of the demo, light and dark, at phone and desktop width', async () => {
      for (const scheme of ['light', 'dark']) await saveEngineScreenshots(key, scheme, await readerFor(scheme), site);
    });
  });
}
