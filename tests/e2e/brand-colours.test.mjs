// A site's brand colour as the widget's accent keeps its text readable
// (4.5:1, WCAG AA) in light and dark: the "Show more stories" button's
// words on the accent, and links in the accent on the widget's background.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSettled, servedRelease, withAttributes } from './harness.mjs';
import { contrastRatios } from './in-page.mjs';

const env = servedRelease();

/** Real brand colours: dark and light, saturated and not, and the extremes. */
const BRANDS = ['#0b6e4f', '#b3261e', '#f5c400', '#1da1f2', '#ff6600', '#6f2da8', '#000000', '#ffffff'];

for (const theme of ['light', 'dark']) {
  test(`brand colours keep 4.5:1 as the accent, ${theme}`, async () => {
    const low = [];
    for (const accent of BRANDS) {
      const page = await openSettled(env.browser, env.server.url, async (page) => {
        await withAttributes({ 'data-theme': theme, style: `--newsdeck-accent: ${accent}` })(page);
      });
      const found = await page.evaluate(contrastRatios, ['.nd-more .nd-button', '.nd-facet .nd-link-button']);
      for (const [part, ratio] of Object.entries(found)) if (!(ratio >= 4.5)) low.push(`${accent} ${part}: ${ratio}`);
      await page.context().close();
    }
    assert.deepEqual(low, [], 'every accent reads at 4.5:1 or more');
  });
}
