// Host pages the end-to-end tests embed newsdeck in, as text: the same pages
// whichever way a test serves them (a Playwright route, or the loopback
// server the engine journeys read).

/** A page made of `body`, after newsdeck's entry script (`script`, absolute
 *  by default; relative for a page under a sub-path) and `head`. */
export const hostPage = (title, body, { head = '', script = '/newsdeck.js' } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}
    <script type="module" src="${script}"></script></head><body>${body}</body></html>`;

/** The demo page (`html`, the build's index.html) with extra attributes on
 *  its widget element, as a host page configuring newsdeck would. */
export function demoPageWith(html, attributes) {
  const extra = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  return html.replace('<div data-newsdeck ', `<div data-newsdeck ${extra} `);
}

/** A host stylesheet that tries to break everything it can reach. */
export const HOSTILE_STYLESHEET = `<style>
    * { all: unset !important; }
    img { width: 3px !important; height: 3px !important; }
    a { color: rgb(255, 0, 0) !important; }
    button { display: none !important; }
  </style>`;

/** A widget element with the first screen `newsdeck render` wrote in it,
 *  and the JSON-LD beside it. */
const WRITTEN = /<div data-newsdeck([^>]*)>\s*<template shadowrootmode[\s\S]*?<\/template>[\s\S]*?<\/div>\s*<script type="application\/ld\+json">[\s\S]*?<\/script>/g;

/** `html` as a site that writes no first screen has it: the demo page's
 *  widget element, empty. Most tests are of the widget itself, loading
 *  from nothing; first-screen.test.mjs tests the written first screen. */
export const withoutFirstScreens = (html) => html.replace(WRITTEN, '<div data-newsdeck$1></div>');
