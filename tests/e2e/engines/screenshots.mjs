// Review screenshots of the demo in one engine, light and dark, at phone and
// desktop width, as `ENGINE-VIEW-WIDTH-SCHEME.png` beside the Chromium ones.
// Engines' windows will not all shrink to a phone's width (Firefox stops at
// 500 px, WebKitGTK's MiniBrowser at 447), so the phone width is a 390 px
// frame at the top left of a wider page, cut out of the viewport's shot:
// the same width in every engine.

import { mkdir, writeFile } from 'node:fs/promises';
import { SCREENSHOTS } from '../screenshots-views.mjs';
import { cropPng } from './png-crop.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const openRelated = async (reader) => {
  await reader.type('.nd-search__input', 'copilot');
  await reader.click('.nd-related-toggle');
  const panel = await reader.until(() => $('.nd-related'));
  // The panel opens below its button: bring its card into view.
  await reader.read((panel) => panel.closest('article').scrollIntoView(), panel);
};

/** name, page (a path of the site, made on demand), what to do once loaded. */
const VIEWS = [
  { name: 'demo', page: (site) => site.demoWith('pictures.html', { 'data-src': 'pictures-bundle.json' }) },
  { name: 'related', page: (site) => site.demoWith('pictures.html', { 'data-src': 'pictures-bundle.json' }), act: openRelated },
  { name: 'filters', phoneOnly: true, page: () => 'index.html', act: (reader) => reader.click('.nd-filters-toggle') },
  { name: 'error', page: (site) => site.demoWith('flaky.html', { 'data-src': 'flaky-bundle.json' }), down: true },
  { name: 'example', page: () => 'example.html', hosts: ['#latest', '#ai'] },
];

/** Saves every view at both widths with `reader` (whose engine prefers
 *  `scheme`); resolves to the files written. */
export async function saveEngineScreenshots(key, scheme, reader, site, out = SCREENSHOTS) {
  await mkdir(out, { recursive: true });
  const files = [];
  await reader.session.viewport(DESKTOP.width, DESKTOP.height);
  for (const view of VIEWS) {
    for (const [width, size] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
      if (view.phoneOnly && width !== 'phone') continue;
      site.bundleDown = Boolean(view.down);
      const path = view.page(site);
      let frame = null;
      if (width === 'phone') {
        const holder = site.page(`phone-${view.name}.html`, phoneFrame(path));
        await reader.session.navigate(site.url + holder);
        frame = await reader.until(() => document.querySelector('iframe'));
        await reader.session.frame(frame);
      } else {
        await reader.session.navigate(site.url + path);
      }
      for (const host of view.hosts ?? ['[data-newsdeck]']) await reader.settled(host);
      await view.act?.(reader);
      // Pictures on screen loaded (or failed) and transitions over before
      // the shot, so nothing is caught half-drawn (WebDriver cannot ask for
      // reduced motion in every engine); lazy pictures off screen wait.
      await reader.until(() =>
        [...document.images, ...$$('img')].every((img) => {
          const { top, bottom } = img.getBoundingClientRect();
          return img.complete || top > innerHeight || bottom < 0;
        }) && [document, widget()].every((root) => root.getAnimations().every((a) => a.playState !== 'running')),
      );
      if (frame) await reader.session.frame(null);
      const file = `${out}/${key}-${view.name}-${width}-${scheme}.png`;
      const shot = await reader.session.screenshot();
      await writeFile(file, frame ? cropPng(shot, { x: 0, y: 0, ...PHONE }) : shot);
      files.push(file);
    }
  }
  site.bundleDown = false;
  return files;
}

// The frame's page asks for light and dark as the demo page does, so the
// frame is not painted over with the other scheme's background.
const phoneFrame = (path) => `<!doctype html><html lang="en"><title>phone</title>
  <meta name="color-scheme" content="light dark">
  <style>html, body { margin: 0; } iframe { display: block; border: 0; }</style>
  <iframe title="phone" src="${path}" width="${PHONE.width}" height="${PHONE.height}"></iframe></html>`;
