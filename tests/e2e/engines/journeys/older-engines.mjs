// Journeys for readers on engines older than those tested here: the page
// takes away a feature they lack before newsdeck loads, and the widget must
// still work (and look like itself).

import assert from 'node:assert/strict';
import { hostPage } from '../../pages.mjs';

// Safari before 16.4 can neither construct stylesheets nor adopt them.
const WITHOUT_CONSTRUCTED_STYLESHEETS = `<script>
  delete ShadowRoot.prototype.adoptedStyleSheets;
  window.CSSStyleSheet = function CSSStyleSheet() { throw new TypeError('Illegal constructor'); };
</script>`;

export async function styledWithoutConstructedStylesheets(reader, site) {
  const body = '<div data-newsdeck data-src="demo-bundle.json" data-cluster="off"></div>';
  await reader.open(site.page('old-styles.html', hostPage('older engine', body, { head: WITHOUT_CONSTRUCTED_STYLESHEETS, script: 'newsdeck.js' })));
  const look = await reader.read(() => {
    const card = $('[role="feed"] > article');
    const media = card.querySelector('.nd-card__media').getBoundingClientRect();
    return {
      styleElements: $$('style').length,
      cards: $$('[role="feed"] > article').length,
      background: getComputedStyle(card).backgroundColor,
      ratio: media.width / media.height,
    };
  });
  assert.equal(look.styleElements, 1, 'the styles come in a <style> element');
  assert.equal(look.cards, 24);
  assert.equal(look.background, 'rgb(255, 255, 255)');
  assert.ok(Math.abs(look.ratio - 16 / 9) < 0.05, `pictures keep their 16:9 box (${look.ratio})`);
}
