// The widget from the keyboard alone: the feed pattern's keys, the reader
// shortcuts (j, k, o, r, /, Esc, ?), and the keys it must leave alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSettled, servedRelease, widgetSettled, withAttributes } from './harness.mjs';
import { focusedElement } from './in-page.mjs';

const env = servedRelease();

const focused = (page) => page.evaluate(focusedElement);

/** Waits until the focused card is the one at `position` (from 1). */
const cardFocused = (page, position, widget = '[data-newsdeck]') =>
  page.waitForFunction(
    ([selector, position]) => document.querySelector(selector)?.shadowRoot?.activeElement?.getAttribute('aria-posinset') === position,
    [widget, String(position)],
  );

/** Presses Tab until `matches(focused)` holds (the widget's controls come first in the demo page). */
async function tabUntil(page, matches, most = 20) {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  assert.fail(`Tab never reached it; focus is on ${JSON.stringify(await focused(page))}`);
}

const onShortcutsButton = (f) => f.className.includes('nd-shortcuts-toggle');

/** Tabs to the toolbar's last control, then j focuses the first card. */
async function toFirstCard(page) {
  await tabUntil(page, onShortcutsButton);
  await page.keyboard.press('j');
  await cardFocused(page, 1);
}

/** A page whose widget shows the one story matching `phrase`, with a link after it. */
function oneStoryThenALink(phrase) {
  return (page) =>
    page.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text())
          .replace('<div data-newsdeck ', `<div data-newsdeck data-query="&quot;${phrase}&quot;" `)
          .replace('</main>', '</main><a id="after" href="#after">After the news</a>');
        await route.fulfill({ response, body });
      },
    );
}

test('Tab into the widget, then j, j, k move focus card by card, and j goes on past the rendered window', async () => {
  const page = await openSettled(env.browser, env.server.url);
  await toFirstCard(page);
  await page.keyboard.press('j');
  await cardFocused(page, 2);
  await page.keyboard.press('j');
  await cardFocused(page, 3);
  await page.keyboard.press('k');
  await cardFocused(page, 2);

  // Ctrl+End reaches "Show more stories"; Enter there reveals two more pages.
  await page.keyboard.press('Control+End');
  assert.equal((await focused(page)).text, 'Show more stories');
  await page.keyboard.press('Enter');
  await page.locator('.nd-more__count', { hasText: 'Showing 48 of' }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.nd-more__count', { hasText: 'Showing 72 of' }).waitFor();

  // From outside the feed, j starts at the first card; then card after card,
  // rendering each before focusing it.
  await page.keyboard.press('j');
  await cardFocused(page, 1);
  for (let n = 2; n <= 60; n += 1) {
    await page.keyboard.press('j');
    await cardFocused(page, n);
  }
  const inDom = await page.locator('[role="feed"] > article').count();
  assert.ok(inDom < 60, `a window of cards is rendered (${inDom}), not every one`);
  await page.keyboard.press('k');
  await cardFocused(page, 59);
  await page.close();
});

test('o and Enter on a card open its story in a new tab', async () => {
  const page = await openSettled(env.browser, env.server.url);
  await toFirstCard(page);
  const href = await page.locator('[role="feed"] > article[aria-posinset="1"] .nd-card__link').getAttribute('href');
  const opened = async (key) => {
    const context = page.context();
    // The story's host is not loopback, so its request is stopped; the new
    // tab and its request are enough to tell.
    const [popup, request] = await Promise.all([
      context.waitForEvent('page'),
      context.waitForEvent('request', (r) => r.url() === new URL(href).href),
      page.keyboard.press(key),
    ]);
    assert.equal(request.frame().page(), popup, `${key} opened ${href} in a new tab`);
    await popup.close();
  };
  await opened('o');
  await cardFocused(page, 1);
  await opened('Enter');
  await page.close();
});

test('r opens and closes the related stories, with aria-expanded true to it and focus kept', async () => {
  const page = await openSettled(env.browser, env.server.url, withAttributes({ 'data-query': 'sagemaker' }));
  const card = page.locator('[role="feed"] > article', { has: page.locator('.nd-related-toggle') }).first();
  const position = Number(await card.getAttribute('aria-posinset'));
  const toggle = card.locator('.nd-related-toggle');
  await tabUntil(page, onShortcutsButton);
  for (let n = 1; n <= position; n += 1) {
    await page.keyboard.press('j');
    await cardFocused(page, n);
  }
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('r');
  const panel = card.locator('.nd-related');
  await panel.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal((await focused(page)).position, String(position), 'focus stays on the card');
  await page.keyboard.press('r');
  await panel.waitFor({ state: 'detached' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

  // From inside the panel, r closes it and focus goes to its button.
  await page.keyboard.press('r');
  await panel.waitFor();
  await tabUntil(page, (f) => f.className === 'nd-related__link');
  await page.keyboard.press('r');
  await panel.waitFor({ state: 'detached' });
  assert.equal((await focused(page)).className, 'nd-related-toggle');
  await page.close();
});

test('/ focuses the search box; Esc clears it, then goes back to the card; typed keys stay in the box', async () => {
  const page = await openSettled(env.browser, env.server.url);
  const count = page.locator('.nd-count');
  const everything = await count.textContent();
  const search = page.getByRole('searchbox', { name: 'Search' });
  // Reached with Tab, an empty search box lets focus go on Esc.
  await tabUntil(page, (f) => f.className === 'nd-search__input');
  await page.keyboard.press('Escape');
  assert.equal((await focused(page)).widget, null, 'focus left the widget');

  await tabUntil(page, onShortcutsButton);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await cardFocused(page, 2);

  await page.keyboard.press('/');
  assert.equal((await focused(page)).className, 'nd-search__input');
  assert.equal(await search.inputValue(), '', 'the / is not typed');
  await page.keyboard.type('jkor/?');
  assert.equal(await search.inputValue(), 'jkor/?', 'shortcut keys type into the box');
  assert.equal((await focused(page)).className, 'nd-search__input');
  assert.equal(await page.locator('dialog[open]').count(), 0);
  await count.filter({ hasText: / of / }).waitFor();

  await page.keyboard.press('Escape');
  await count.filter({ hasText: everything }).waitFor();
  assert.equal(await search.inputValue(), '');
  assert.equal((await focused(page)).className, 'nd-search__input', 'the first Esc only clears');
  await page.keyboard.press('Escape');
  await cardFocused(page, 2);
  await page.close();
});

test('? opens the shortcuts dialog, which lists every key; Esc or Close shuts it and focus goes back', async () => {
  const page = await openSettled(env.browser, env.server.url);
  await toFirstCard(page);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  assert.ok(await dialog.evaluate((d) => d.open && d.matches(':modal')), 'a modal dialog');
  const keys = await dialog.locator('kbd').allTextContents();
  for (const key of ['j', 'k', 'Page Down', 'o', 'Enter', 'r', '/', 'Esc', '?', 'Ctrl + End', 'Ctrl + Home']) {
    assert.ok(keys.includes(key), `${key} is listed`);
  }
  assert.ok((await focused(page)).className.includes('nd-button'), 'focus is in the dialog, on Close');
  // The dialog's keys are its own: j does not move the feed behind it.
  await page.keyboard.press('j');
  assert.ok(await dialog.isVisible());
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await cardFocused(page, 1);

  // The toolbar button opens it too, for readers who do not know the key.
  await tabUntil(page, onShortcutsButton, 60);
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(onShortcutsButton(await focused(page)), 'focus is back on the button');
  await page.close();
});

test('Ctrl+Home leaves the feed for the controls before it, Ctrl+End for what follows, into the host page', async () => {
  const page = await openSettled(env.browser, env.server.url, oneStoryThenALink('Semantic image search for articles'));
  assert.equal(await page.locator('[role="feed"] > article').count(), 1);
  await toFirstCard(page);

  await page.keyboard.press('Control+Home');
  const before = await focused(page);
  assert.equal(before.position, null, 'out of the feed');
  const precedes = await page.evaluate(() => {
    const root = document.querySelector('[data-newsdeck]').shadowRoot;
    const feed = root.querySelector('[role="feed"]');
    return Boolean(root.activeElement.compareDocumentPosition(feed) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(precedes, `${JSON.stringify(before)} comes before the feed`);

  await page.keyboard.press('j');
  await cardFocused(page, 1);
  await page.keyboard.press('Control+End');
  const after = await focused(page);
  assert.equal(after.href, '#after', 'nothing follows in the widget, so the host page’s next link');
  assert.equal(after.widget, null);
  await page.close();
});

test('keys pressed outside the widget, or in another widget, are not taken', async () => {
  const page = await openSettled(env.browser, `${env.server.url}example.html`);
  // Both widgets loaded, toolbars and all: tabbing must find them whole.
  await widgetSettled(page, '#latest');
  await widgetSettled(page, '#ai');
  await page.evaluate(() => {
    window.hostKeys = [];
    document.addEventListener('keydown', (event) => window.hostKeys.push(event.key));
  });
  // Focus on the host page: nothing in either widget reacts.
  await page.keyboard.press('j');
  await page.keyboard.press('/');
  await page.keyboard.press('?');
  assert.equal((await focused(page)).widget, null);
  assert.equal(await page.locator('dialog[open]').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.hostKeys), ['j', '/', '?'], 'the host page gets its keys');

  // In the first widget, its keys move its own cards only, and the host page
  // does not also act on them.
  await tabUntil(page, (f) => f.widget === 'latest' && onShortcutsButton(f));
  await page.keyboard.press('j');
  await cardFocused(page, 1, '#latest');
  await page.keyboard.press('j');
  await cardFocused(page, 2, '#latest');
  await page.keyboard.press('?');
  await page.locator('#latest dialog[open]').waitFor();
  assert.equal(await page.locator('#ai dialog[open]').count(), 0);
  await page.keyboard.press('Escape');
  await page.locator('#latest dialog[open]').waitFor({ state: 'detached' });
  await cardFocused(page, 2, '#latest');
  assert.equal(await page.evaluate(() => document.querySelector('#ai').shadowRoot.activeElement), null);
  const later = (await page.evaluate(() => window.hostKeys)).slice(3);
  assert.ok(!later.includes('j') && !later.includes('?'), `the host page saw ${later}`);
  await page.close();
});

test('a removed filter’s chip, Clear all and the empty view’s way out leave focus in the widget', async () => {
  const page = await openSettled(env.browser, `${env.server.url}?news.topic=ai&news.type=article`);
  const chip = (name) => page.getByRole('button', { name: `Remove filter ${name}` });
  await chip('Topic: AI').focus();
  await page.keyboard.press('Enter');
  await chip('Topic: AI').waitFor({ state: 'detached' });
  assert.deepEqual([(await focused(page)).className, (await focused(page)).text], ['nd-chip', 'Type: Articles'], 'on the next chip');

  await page.getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Clear all' }).waitFor({ state: 'detached' });
  assert.equal((await focused(page)).className, 'nd-search__input', 'no chip left: on the search box');

  await page.keyboard.type('zzzqqq ');
  const wayOut = page.getByRole('button', { name: 'Clear search and filters' });
  await wayOut.focus();
  await page.keyboard.press('Enter');
  await wayOut.waitFor({ state: 'detached' });
  assert.equal((await focused(page)).className, 'nd-search__input');
  await page.close();
});
