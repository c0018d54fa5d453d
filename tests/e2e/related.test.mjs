// Related-story panels and same-story clusters on the demo page, used with
// the mouse and the keyboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoBundle, openSettled, servedRelease, withAttributes } from './harness.mjs';

const demo = await demoBundle();
const env = servedRelease();

/** The focused element, looking inside shadow roots (the widget lives in one). */
const focused = (page) =>
  page.evaluateHandle(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  });

const article = (title) => demo.articles.find((a) => a.title === title);
const cardTitled = (page, title) => page.locator('[role="feed"] > article', { has: page.locator('h3', { hasText: title }) });

async function search(page, text) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  await page.locator('.nd-count', { hasText: / of / }).waitFor();
}

test('same-story articles show as one card that names the other sources', async () => {
  const page = await openSettled(env.browser, env.server.url);
  const line = await page.locator('.nd-count').textContent();
  const stories = Number(line.split(' ')[0]);
  assert.ok(stories < 715 && stories > 650, line);
  const size = await page.locator('[role="feed"] > article').first().getAttribute('aria-setsize');
  assert.equal(size, String(stories), 'aria-setsize counts stories, as the result line does');

  await search(page, 'generative race ');
  const cards = page.locator('[role="feed"] > article');
  assert.equal(await cards.count(), 1, 'three articles, one story');
  assert.match(await cards.first().locator('.nd-card__also').textContent(), /^Also covered by \S.*, \S/);
  await page.close();
});

test('a related panel opens with the mouse, lists each story once, and Escape closes it', async () => {
  const page = await openSettled(env.browser, env.server.url);
  const title = 'Semantic image search for articles using Amazon Rekognition';
  await search(page, `"${title}"`);
  const card = cardTitled(page, title);
  const toggle = card.getByRole('button', { name: /related stories$/ });
  const expected = new Set(
    article(`${title}, Amazon SageMaker foundation models, and Amazon OpenSearch Service`)
      .related.map((r) => r.webUrl ?? r.originalUrl ?? r.ampWebUrl)
      .filter((url) => /^https?:/.test(url ?? ''))
      .map((url) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')),
  );
  assert.equal(await toggle.textContent(), `${expected.size} related stories`);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const before = await page.evaluate(() => window.scrollY);
  await toggle.click();
  const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await panel.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => window.scrollY), before, 'opening does not move the page');
  const links = panel.locator('a');
  assert.equal(await links.count(), expected.size);
  for (const link of await links.all()) {
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.ok(expected.has((await link.getAttribute('href')).replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')));
  }
  await links.first().focus();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await (await focused(page)).evaluate((el) => el?.className), 'nd-related-toggle');
  await page.close();
});

test('the panel works from the keyboard, and "Show in feed" focuses that story’s card', async () => {
  const page = await openSettled(env.browser, env.server.url);
  await search(page, 'sagemaker ');
  const card = cardTitled(page, 'Semantic image search for articles');
  const toggle = card.getByRole('button', { name: /related stories$/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const panel = card.getByRole('region', { name: 'Related stories' });
  await panel.waitFor();
  assert.equal(await (await focused(page)).evaluate((el) => el?.getAttribute('aria-expanded')), 'true', 'focus stays on the button');
  const item = panel.locator('li', { hasText: 'How Carrier predicts HVAC faults' });
  await item.getByRole('button', { name: 'Show in feed' }).click();
  const target = cardTitled(page, 'How Carrier predicts HVAC faults');
  await target.waitFor();
  const targetId = await target.getAttribute('id');
  await page.waitForFunction((id) => document.querySelector('[data-newsdeck]')?.shadowRoot?.activeElement?.id === id, targetId);
  assert.ok(await target.isVisible());
  await page.close();
});

test('with clustering off, every article is a card of its own', async () => {
  const page = await openSettled(env.browser, env.server.url, withAttributes({ 'data-cluster': 'off' }));
  assert.equal(await page.locator('.nd-count').textContent(), '715 stories');
  await search(page, 'generative race ');
  assert.equal(await page.locator('[role="feed"] > article').count(), 3);
  assert.equal(await page.locator('.nd-card__also').count(), 0);
  await page.close();
});
