// The loopback site the engine journeys read, in every engine alike: the
// release build under a sub-path (as a static host serving a folder would),
// pages a journey makes up, a bundle a journey can take down and bring back,
// and a copy of the demo bundle whose pictures are served here too. A
// WebDriver browser cannot have its requests rewritten as Playwright's can,
// so the server itself answers with what a journey needs.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, demoBundle, serveStatic } from '../harness.mjs';
import { demoPageWith, withoutFirstScreens } from '../pages.mjs';
import { LANDSCAPE } from '../screenshots-views.mjs';

const BASE = '/some/sub/path/';

const answer = (type, body, status = 200) => (_request, response) =>
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);

/** Serves the site on a free loopback port; `close()` stops it. */
export async function startSite() {
  const answers = {};
  const server = await serveStatic(DIST, BASE, {}, answers);
  const demo = await demoBundle();
  const writtenHtml = await readFile(join(DIST, 'index.html'), 'utf8');
  const demoHtml = withoutFirstScreens(writtenHtml);
  const wasm = await readFile(join(DIST, 'newsdeck-app_bg.wasm'));
  /** Requests for the WebAssembly held back, while it is. */
  let held = null;
  const site = {
    url: server.url,
    demo,
    /** While true, `flaky-bundle.json` answers 503, as a server that is down. */
    bundleDown: false,
    /** Serves `html` as `name` (under the sub-path) and returns `name`. */
    page(name, html) {
      answers[BASE + name] = answer('text/html; charset=utf-8', html);
      return name;
    },
    /** The demo page as the build writes it, with its first screen. */
    written: () => site.page('written.html', writtenHtml),
    /** Holds back the WebAssembly until `releaseWasm()`: what a reader
     *  sees before newsdeck has started. */
    holdWasm() {
      held = [];
    },
    releaseWasm() {
      const waiting = held ?? [];
      held = null;
      for (const serve of waiting) serve();
    },
    /** The demo page with `attributes` on its widget, served as `name`. */
    demoWith(name, attributes) {
      return site.page(name, demoPageWith(demoHtml, attributes));
    },
    close: server.close,
  };
  const bundle = answer('application/json', JSON.stringify(demo));
  const down = answer('text/plain', 'down', 503);
  answers[`${BASE}flaky-bundle.json`] = (request, response) => (site.bundleDown ? down : bundle)(request, response);
  answers[`${BASE}picture.svg`] = answer('image/svg+xml', LANDSCAPE);
  const serveWasm = answer('application/wasm', wasm);
  answers[`${BASE}newsdeck-app_bg.wasm`] = (request, response) =>
    held ? held.push(() => serveWasm(request, response)) : serveWasm(request, response);
  const withPictures = demo.articles.map((article) => ({
    ...article,
    images: article.images?.map((image) => ({ ...image, url: `${server.url}picture.svg` })),
  }));
  answers[`${BASE}pictures-bundle.json`] = answer('application/json', JSON.stringify({ ...demo, articles: withPictures }));
  return site;
}
