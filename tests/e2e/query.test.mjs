// Search, filters and shareable state, used the way a reader uses them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, openSettled, servedRelease, withAttributes } from './harness.mjs';
import { fold, searchable } from './stories.mjs';

const demo = await demoBundle();
const env = servedRelease();

// Counts here are compared with scans of the bundle's articles, so the widget
// runs with same-story clustering off.
const open = (url = env.server.url) => openSettled(env.browser, url, withAttributes({ 'data-cluster': 'off' }));
const countLine = (page) => page.locator('.nd-count').textContent();
const cards = (page) => page.locator('[role="feed"] > article');

async function waitForCount(page, text) {
  await page.locator('.nd-count', { hasText: new RegExp(`^${text}$`) }).waitFor();
}

test('typing narrows the feed as you type, and every card shown contains the word', async () => {
  const page = await open();
  const expected = demo.articles.filter((a) => /\bcopilot/.test(fold(searchable(a)))).length;
  assert.ok(expected > 5 && expected < 715);
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('copil');
  await waitForCount(page, `${expected} of 715 stories`);
  const texts = await cards(page).evaluateAll((all) => all.map((card) => card.textContent));
  assert.equal(texts.length, Math.min(expected, 24));
  for (const text of texts) assert.match(fold(text), /copil/);
  const marks = await page.locator('[role="feed"] mark').allTextContents();
  assert.ok(marks.length >= texts.length && marks.every((m) => fold(m).startsWith('copil')), marks.join());
  assert.equal(await page.locator('.nd-count').getAttribute('aria-live'), 'polite');
  await page.close();
});

test('a narrower search keeps the cards it finds again, and starts at its first page', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Show more stories' }).press('Enter');
  await page.locator('.nd-more__count', { hasText: 'Showing 48 of 715' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await cards(page).first().waitFor();
  // Marked on the elements themselves: only the same element keeps it.
  const before = await cards(page).evaluateAll((all) => all.map((card) => ((card.seenBefore = true), card.id)));
  // One change of view (typed letter by letter, a card could leave and
  // come back between letters).
  await page.getByRole('searchbox', { name: 'Search' }).fill('copil');
  const expected = demo.articles.filter((a) => /\bcopil/.test(fold(searchable(a)))).length;
  await waitForCount(page, `${expected} of 715 stories`);
  const after = await cards(page).evaluateAll((all) => all.map((card) => [card.id, card.seenBefore === true]));
  assert.equal(after.length, Math.min(expected, 24), 'the first page of the new result');
  assert.equal(await page.locator('.nd-more__count').textContent(), `Showing ${Math.min(expected, 24)} of ${expected}`);
  const again = after.filter(([id]) => before.includes(id));
  assert.ok(again.length > 0, 'some cards are found again');
  assert.deepEqual(again.filter(([, kept]) => !kept), [], 'cards found again keep their elements');
  await page.close();
});

test('a facet click filters, updates the other counts and the URL; Back restores the view', async () => {
  const page = await open();
  const isAi = (a) => (a.topics ?? []).includes('AI');
  const ai = demo.articles.filter(isAi);
  await page.getByRole('checkbox', { name: /^AI \d+$/ }).check();
  await waitForCount(page, `${ai.length} of 715 stories`);
  assert.match(page.url(), /[?&]news\.topic=ai(&|$)/);
  const fromAws = ai.filter((a) => a.provider?.domain === 'aws.amazon.com').length;
  const awsLabel = await page.locator('.nd-facet__item', { has: page.getByRole('checkbox', { name: /^AWS \d+$/ }) }).textContent();
  assert.equal(awsLabel, `AWS${fromAws}`);
  assert.ok(await page.getByRole('button', { name: 'Remove filter Topic: AI' }).isVisible());

  await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
  await page.waitForURL(/news\.sort=oldest/);
  const oldestAi = ai.filter((a) => a.publishedDateTime).sort((x, y) => Date.parse(x.publishedDateTime) - Date.parse(y.publishedDateTime))[0];
  await cards(page).first().locator('h3', { hasText: oldestAi.title }).waitFor();
  // Back to an order picked in the menu before: the menu shows it again
  // (browsers stop following `selected` on an option once it was picked).
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('trending');
  await page.waitForURL(/news\.sort=trending/);
  await page.goBack();
  await page.waitForURL(/news\.sort=oldest/);
  await cards(page).first().locator('h3', { hasText: oldestAi.title }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Sort' }).inputValue(), 'oldest');

  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('sort='));
  await waitForCount(page, `${ai.length} of 715 stories`);
  // The menu shows the view's order, not the one last picked in it.
  assert.equal(await page.getByRole('combobox', { name: 'Sort' }).inputValue(), 'newest');
  await page.goBack();
  await waitForCount(page, '715 stories');
  assert.equal(await page.getByRole('checkbox', { name: /^AI \d+$/ }).isChecked(), false);
  await page.goForward();
  await waitForCount(page, `${ai.length} of 715 stories`);
  assert.equal(await page.getByRole('checkbox', { name: /^AI \d+$/ }).isChecked(), true);
  await page.close();
});

test('a copied link reopens the same view in a fresh page', async () => {
  const page = await open();
  await page.getByRole('searchbox', { name: 'Search' }).fill('power apps');
  await page.getByRole('checkbox', { name: /^Videos \d+$/ }).check();
  await page.waitForURL(/news\.type=video/);
  const line = await countLine(page);
  const titles = await cards(page).locator('h3').allTextContents();
  const link = page.url();
  assert.match(link, /news\.q=power(\+|%20)apps/);
  await page.close();

  const fresh = await open(link);
  await waitForCount(fresh, line);
  assert.deepEqual(await cards(fresh).locator('h3').allTextContents(), titles);
  assert.equal(await fresh.getByRole('searchbox', { name: 'Search' }).inputValue(), 'power apps');
  assert.equal(await fresh.getByRole('checkbox', { name: /^Videos \d+$/ }).isChecked(), true);
  await fresh.close();
});

test('a search that finds nothing says so and offers a way out', async () => {
  const page = await open();
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzzqqq ');
  await page.getByText('No stories match “zzzqqq”.').waitFor();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await waitForCount(page, '715 stories');
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), '');
  await page.close();
});

test('the host page’s own parameters and fragment survive the widget’s URL changes', async () => {
  const page = await open(`${env.server.url}?campaign=spring#top`);
  await page.getByRole('checkbox', { name: /^Portals \d+$/ }).check();
  await page.waitForURL(/news\.topic=portals/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('campaign'), 'spring');
  assert.equal(url.hash, '#top');
  await page.close();
});

test('on a phone the filters fold behind a "Filters" button', async () => {
  const page = await openSettled(env.browser, env.server.url, withAttributes({ 'data-cluster': 'off' }), { viewport: { width: 390, height: 800 } });
  const toggle = page.getByRole('button', { name: /^Filters/ });
  const topics = page.getByRole('group', { name: 'Filters' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await topics.isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await topics.isVisible());
  await page.getByRole('checkbox', { name: /^Videos \d+$/ }).check();
  await page.locator('.nd-count', { hasText: /^12 of 715 stories$/ }).waitFor();
  assert.equal(await toggle.textContent(), 'Filters (1)');
  await page.close();

  const wide = await openSettled(env.browser, env.server.url, withAttributes({ 'data-cluster': 'off' }));
  assert.equal(await wide.getByRole('button', { name: /^Filters/ }).isVisible(), false, 'wide widgets show the filters beside the feed');
  assert.ok(await wide.getByRole('group', { name: 'Filters' }).isVisible());
  await wide.close();
});
