// The first screen `newsdeck render` writes into a page: shown from the
// page's HTML before newsdeck starts, then replaced by the live widget
// without moving a card.

import assert from 'node:assert/strict';

/** Where the first six cards are, in the page (functions here run inside it). */
const cardTops = (within) => $$(`${within} [role="feed"] > article`).slice(0, 6).map((card) => Math.round(card.getBoundingClientRect().top));

export async function takesOverTheWrittenScreen(reader, site) {
  site.holdWasm();
  let before;
  try {
    await reader.session.navigate(site.url + site.written());
    await reader.until(() => $$('.nd-first article.nd-card').length > 0);
    before = {
      cards: await reader.read(() => $$('.nd-first article.nd-card').length),
      templates: await reader.read(() => document.querySelectorAll('[data-newsdeck] > template').length),
      tops: await reader.read(cardTops, '.nd-first'),
    };
  } finally {
    site.releaseWasm();
  }
  assert.equal(before.cards, 24);
  assert.equal(before.templates, 0, 'the first screen is a shadow root, made from the HTML');
  await reader.until(() => !$('.nd-first') && $('[role="feed"][aria-busy="false"]'));
  assert.deepEqual(await reader.read(cardTops, 'div:not(.nd-first) > section'), before.tops, 'no card moved as the widget took over');
}
