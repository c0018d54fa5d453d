// A headline box in a narrow sidebar: five stories, no controls, a link on.

import assert from 'node:assert/strict';
import { hostPage } from '../../pages.mjs';

const SIDEBAR = `<main style="display: grid; grid-template-columns: 1fr 240px; gap: 32px">
  <p>The page's own column.</p>
  <aside><h2>Latest news</h2>
    <div data-newsdeck data-src="demo-bundle.json" data-controls="none" data-page-size="5" data-layout="compact" data-more-href="news/"></div>
  </aside></main>`;

export async function showsAHeadlineBox(reader, site) {
  await reader.open(site.page('headlines.html', hostPage('headlines', SIDEBAR, { script: 'newsdeck.js' })));
  const box = await reader.read(() => ({
    cards: $$('[role="feed"] > article').length,
    controls: $$('.nd-bar, .nd-status, .nd-panel, .nd-more .nd-button').length,
    more: $('a.nd-more__page')?.getAttribute('href'),
    width: Math.round($('section.newsdeck').getBoundingClientRect().width),
  }));
  assert.deepEqual(box, { cards: 5, controls: 0, more: 'news/', width: 240 });
}
