// A site's brand colour as the widget's accent keeps its text readable
// (4.5:1, WCAG AA) in light and dark: the "Show more stories" button's
// words on the accent, and links in the accent on the widget's background.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSettled, servedRelease, withAttributes } from './harness.mjs';

const env = servedRelease();

/** Real brand colours: dark and light, saturated and not, and the extremes. */
const BRANDS = ['#0b6e4f', '#b3261e', '#f5c400', '#1da1f2', '#ff6600', '#6f2da8', '#000000', '#ffffff'];

/** The contrast ratio of the text and background of each `selector`'s
 *  first element in the widget. Colours are read through a canvas, so any
 *  CSS colour (oklch included) comes out as the sRGB the screen shows; a
 *  transparent background is what is behind it, up to the host page. */
const contrasts = (page, selectors) =>
  page.evaluate((selectors) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const rgba = (colour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const background = (element) => {
      for (let at = element; at; at = at.parentElement ?? at.getRootNode().host) {
        const [r, g, b, a] = rgba(getComputedStyle(at).backgroundColor);
        if (a > 0) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const luminance = ([r, g, b]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const shadow = document.querySelector('[data-newsdeck]').shadowRoot;
    return Object.fromEntries(
      selectors.map((selector) => {
        const element = shadow.querySelector(selector);
        const [text, behind] = [luminance(rgba(getComputedStyle(element).color)), luminance(background(element))];
        return [selector, Math.round(((Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05)) * 100) / 100];
      }),
    );
  }, selectors);

for (const theme of ['light', 'dark']) {
  test(`brand colours keep 4.5:1 as the accent, ${theme}`, async () => {
    const low = [];
    for (const accent of BRANDS) {
      const page = await openSettled(env.browser, env.server.url, async (page) => {
        await withAttributes({ 'data-theme': theme, style: `--newsdeck-accent: ${accent}` })(page);
      });
      const found = await contrasts(page, ['.nd-more .nd-button', '.nd-facet .nd-link-button']);
      for (const [part, ratio] of Object.entries(found)) if (!(ratio >= 4.5)) low.push(`${accent} ${part}: ${ratio}`);
      await page.context().close();
    }
    assert.deepEqual(low, [], 'every accent reads at 4.5:1 or more');
  });
}
