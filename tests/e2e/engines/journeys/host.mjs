// Journeys on other people's pages: two widgets on a page under a sub-path
// whose stylesheet tries to break everything; and the dark theme.

import assert from 'node:assert/strict';
import { contrastRatios } from '../../in-page.mjs';
import { HOSTILE_STYLESHEET, hostPage } from '../../pages.mjs';
import { plainDemo } from './feed.mjs';

const TWO_WIDGETS = `<p class="nd-card" id="outside">Host text with a class the widget uses</p>
  <div id="latest" data-newsdeck data-src="demo-bundle.json" data-cluster="off" data-label="Latest news"></div>
  <div id="ai" data-newsdeck data-src="demo-bundle.json" data-layout="compact" data-theme="dark" data-topics="AI"
    data-page-size="6" data-url-state="off" data-label="AI briefing"></div>`;

export async function survivesAHostilePage(reader, site) {
  // Addresses relative to the page: the site is served under a sub-path.
  const page = site.page('hostile.html', hostPage('hostile', TWO_WIDGETS, { head: HOSTILE_STYLESHEET, script: 'newsdeck.js' }));
  await reader.open(page, ['#latest', '#ai']);
  const look = await reader.read(() => {
    const box = (element) => element.getBoundingClientRect().toJSON();
    const card = $('[role="feed"] > article', '#latest');
    const more = $('.nd-more button', '#latest');
    const outside = getComputedStyle(document.getElementById('outside'));
    return {
      card: box(card),
      media: box(card.querySelector('.nd-card__media')),
      linkColor: getComputedStyle(card.querySelector('a.nd-card__link')).color,
      more: { ...box(more), text: more.textContent },
      // The element is the page's to style (`all: unset` makes it inline);
      // the widget inside keeps its own.
      widgetDisplay: getComputedStyle($('section.newsdeck', '#latest')).display,
      outside: `${outside.borderTopStyle} ${outside.borderRadius}`,
      aiCards: $$('[role="feed"] > article', '#ai').length,
      titleColours: ['#latest', '#ai'].map((host) => getComputedStyle($('[role="feed"] > article h3', host)).color),
    };
  });
  assert.ok(look.card.width > 250 && look.card.height > 250, JSON.stringify(look.card));
  assert.ok(look.media.width > 250 && Math.abs(look.media.width / look.media.height - 16 / 9) < 0.05, JSON.stringify(look.media));
  assert.notEqual(look.linkColor, 'rgb(255, 0, 0)');
  assert.ok(look.more.text === 'Show more stories' && look.more.height >= 44, JSON.stringify(look.more));
  assert.equal(look.widgetDisplay, 'block');
  assert.equal(look.outside, 'none 0px', "the widget's .nd-card rules do not reach the host page");
  assert.equal(look.aiCards, 6);
  assert.deepEqual(look.titleColours, ['rgb(23, 26, 33)', 'rgb(236, 238, 243)'], 'one light widget, one dark');

  const aiCount = await reader.text('.nd-count', '#ai');
  await reader.type('.nd-search__input', 'portals', { host: '#latest' });
  await reader.until(() => / of /.test($('.nd-count', '#latest').textContent));
  await reader.untilParam('latest.q', 'portals');
  assert.equal(await reader.text('.nd-count', '#ai'), aiCount, "one widget's search leaves the other alone");
}

export async function followsDarkMode(reader, site) {
  await reader.open(plainDemo(site));
  const colours = await reader.read(() => {
    const card = $('[role="feed"] > article');
    return [getComputedStyle(card).backgroundColor, getComputedStyle(card.querySelector('h3')).color];
  });
  assert.deepEqual(colours, ['rgb(24, 27, 34)', 'rgb(236, 238, 243)'], 'the dark theme for a reader in dark mode');
  // A dark brand accent is lightened to read on the dark background.
  await reader.open(site.demoWith('brand.html', { style: '--newsdeck-accent: #0b6e4f' }));
  const ratios = await reader.read(contrastRatios, ['.nd-more .nd-button', '.nd-facet .nd-link-button']);
  for (const [part, ratio] of Object.entries(ratios)) assert.ok(ratio >= 4.5, `${part}: ${ratio}:1`);
}
