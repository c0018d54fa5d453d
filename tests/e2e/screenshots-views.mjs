// The views saved as screenshots for review (by `make screenshots` and by
// the end-to-end suite): the demo feed at phone, tablet and desktop widths,
// each layout, a related panel open, the filters open on a phone, loading
// placeholders and the error state, all in light and dark.

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openPage, widgetSettled, withAttributes } from './harness.mjs';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
const BUNDLE = '**/demo-bundle.json';

// The newest stories have no related ones; a search finds some that do.
const openRelated = async (page) => {
  await page.getByRole('searchbox', { name: 'Search' }).fill('copilot');
  await page.locator('.nd-related-toggle').first().click();
  await page.locator('.nd-related').first().waitFor();
};

// Stands in for every picture on other sites (which the test browser cannot
// reach): a 3:2 landscape, to review how pictures are cropped and sized.
export const LANDSCAPE = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 120 80">
  <rect width="120" height="80" fill="#9cc7e8"/><circle cx="90" cy="22" r="10" fill="#ffd45c"/>
  <path d="M0 80 40 30 65 60 85 42 120 80z" fill="#3f6b4f"/></svg>`;
const withPictures = (page) =>
  page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.fulfill({ contentType: 'image/svg+xml', body: LANDSCAPE }),
  );

/** name, page (`path`, else the demo), widths, what to do before loading
 *  (`setUp`) and after (`act`). */
export const VIEWS = [
  { name: 'demo', widths: [390, 768, 1280] },
  { name: 'list', widths: [390, 1280], setUp: withAttributes({ 'data-layout': 'list' }) },
  { name: 'compact', widths: [390, 1280], setUp: withAttributes({ 'data-layout': 'compact' }) },
  { name: 'pictures', widths: [390, 1280], setUp: withPictures },
  { name: 'related', widths: [390, 1280], setUp: withPictures, act: openRelated },
  { name: 'filters', widths: [390], act: (page) => page.getByRole('button', { name: 'Filters' }).click() },
  // The bundle never arrives: the placeholders stay.
  { name: 'loading', widths: [390, 1280], setUp: (page) => page.route(BUNDLE, () => {}), loading: true },
  { name: 'error', widths: [390, 1280], setUp: (page) => page.route(BUNDLE, (route) => route.fulfill({ status: 500, body: 'boom' })) },
  // The host page with two widgets, each with a fixed theme.
  { name: 'example', path: 'example.html', widths: [390, 1280] },
];

/** Saves every view at each of its widths, light and dark, as
 *  `NAME-WIDTH-SCHEME.png` under `out`; resolves to the files written. */
export async function saveScreenshots(browser, url, out = SCREENSHOTS) {
  await mkdir(out, { recursive: true });
  const files = [];
  for (const view of VIEWS) {
    for (const width of view.widths) {
      for (const colorScheme of ['light', 'dark']) {
        // Phone widths are shot as a phone: touch, no hover.
        const phone = width < 600 ? { isMobile: true, hasTouch: true } : {};
        const page = await openPage(browser, { viewport: { width, height: 1000 }, colorScheme, reducedMotion: 'reduce', ...phone });
        await view.setUp?.(page);
        await page.goto(url + (view.path ?? ''));
        if (view.loading) {
          await page.locator('[data-newsdeck] [role="feed"][aria-busy="true"]').waitFor();
        } else {
          await widgetSettled(page);
          // Let the blocked pictures fail over to their stand-ins before the shot.
          await page.waitForLoadState('networkidle');
        }
        await view.act?.(page);
        const file = `${out}/${view.name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        files.push(file);
        await page.context().close();
      }
    }
  }
  return files;
}
