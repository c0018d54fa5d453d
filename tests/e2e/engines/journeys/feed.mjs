// Journeys through the feed itself: it loads, pages, fails with a Retry
// that works, and falls back to the copy saved on the last visit.

import assert from 'node:assert/strict';

/** The demo page with clustering off, so cards match articles one to one;
 *  dates in a fixed locale and zone, so their text can be checked. */
export const plainDemo = (site) =>
  site.demoWith('plain.html', { 'data-cluster': 'off', 'data-locale': 'en-GB', 'data-time-zone': 'UTC' });

const flakyPage = (site) => site.demoWith('flaky.html', { 'data-cluster': 'off', 'data-src': 'flaky-bundle.json' });

export async function loads(reader, site) {
  await reader.open(plainDemo(site));
  const feed = await reader.read(() => {
    const cards = $$('[role="feed"] > article');
    const time = cards[0].querySelector('time');
    return {
      count: $('.nd-count').textContent,
      cards: cards.length,
      sizes: [...new Set(cards.map((card) => card.getAttribute('aria-setsize')))],
      title: titleOf(cards[0]),
      datetime: time.getAttribute('datetime'),
      date: time.textContent,
      fullDate: time.title,
      background: getComputedStyle(cards[0]).backgroundColor,
    };
  });
  const newest = site.demo.articles[0];
  assert.deepEqual(
    { count: feed.count, cards: feed.cards, sizes: feed.sizes, title: feed.title, datetime: feed.datetime },
    { count: '715 stories', cards: 24, sizes: ['715'], title: newest.title, datetime: newest.publishedDateTime },
  );
  // Dates are written by the engine's Intl.
  assert.match(feed.date, /^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  assert.match(feed.fullDate, /^\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC$/);
  assert.equal(feed.background, 'rgb(255, 255, 255)', 'the light theme for a reader in light mode');
}

export async function pages(reader, site) {
  await reader.open(plainDemo(site));
  await reader.click('.nd-more button', { text: 'Show more stories' });
  await reader.untilText('.nd-more__count', 'Showing 48 of 715');
  // Past the first page only the rows near the viewport are rendered.
  await reader.read(() => $('.nd-more').scrollIntoView());
  await reader.until(() => $('[role="feed"] > article[aria-posinset="48"]'));
  assert.equal(await reader.read(() => $$('[role="feed"] > article[aria-posinset="1"]').length), 0);

  // Infinite paging: scrolled near the end, more cards come without a click.
  await reader.open(site.demoWith('infinite.html', { 'data-cluster': 'off', 'data-paging': 'infinite', 'data-page-size': '12' }));
  assert.equal(await reader.read(() => $$('[role="feed"] > article').length), 12);
  await reader.read(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await reader.until(() => $$('[role="feed"] > article').some((card) => Number(card.getAttribute('aria-posinset')) > 12));
}

export async function failsAndRetries(reader, site) {
  site.bundleDown = true;
  await reader.open(flakyPage(site));
  assert.match(await reader.text('[role="alert"]'), /server had a problem \(HTTP 503\)/);
  site.bundleDown = false;
  await reader.click('[role="alert"] button', { text: 'Retry' });
  await reader.untilText('.nd-count', '715 stories');
  assert.equal(await reader.read(() => $$('[role="alert"]').length), 0);
}

export async function showsTheSavedCopy(reader, site) {
  await reader.open(flakyPage(site));
  const line = await reader.text('.nd-count');
  // The copy is kept once the cards show.
  await reader.until(() => Object.keys(localStorage).some((key) => key.startsWith('newsdeck:copy:')));

  site.bundleDown = true;
  await reader.session.refresh();
  await reader.settled();
  const notice = await reader.until(() => $('.nd-saved-copy')?.textContent);
  assert.match(notice, /could not be refreshed\. Showing the copy saved (just now|\d+ seconds? ago|1 minute ago)\./i);
  assert.equal(await reader.text('.nd-count'), line, 'the saved copy shows the same stories');
  assert.equal(await reader.read(() => $$('[role="alert"]').length), 0);

  site.bundleDown = false;
  await reader.click('.nd-saved-copy button', { text: 'Retry' });
  await reader.until(() => !$('.nd-saved-copy'));
  await reader.untilText('.nd-count', line);
}
