// Lighthouse on the release build (`make audit`): serves dist/ (or
// NEWSDECK_DIST) on loopback, audits the demo page with the desktop preset in
// headless Chromium that can reach nothing but loopback, prints the four
// category scores, and fails when one is under its floor.

import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';
// Lighthouse's own launcher (a dependency of lighthouse, pinned by the lock).
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS, DIST, serveStatic } from '../e2e/harness.mjs';

/** The lowest score each category may have; SEO is printed, not enforced. */
const FLOORS = { accessibility: 95, 'best-practices': 95, performance: 90, seo: 0 };

const server = await serveStatic();
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
let failed = false;
try {
  const url = `${server.url}index.html`;
  const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: Object.keys(FLOORS) }, desktop);
  console.log(`Lighthouse ${lhr.lighthouseVersion}, desktop preset, ${url} (from ${DIST})`);
  for (const [id, floor] of Object.entries(FLOORS)) {
    const category = lhr.categories[id];
    const score = Math.round(category.score * 100);
    const low = score < floor;
    failed ||= low;
    console.log(`  ${category.title.padEnd(15)} ${String(score).padStart(3)}${low ? `  (below ${floor})` : ''}`);
    // What cost points, so a low score says where to look.
    for (const ref of category.auditRefs.filter((r) => r.weight > 0)) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1) continue;
      console.log(`      ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      for (const item of (audit.details?.items ?? []).slice(0, 3)) {
        console.log(`        ${item.description ?? item.url ?? JSON.stringify(item).slice(0, 160)}`);
      }
    }
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit the page: ${lhr.runtimeError.message}`);
} finally {
  await chrome.kill();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
