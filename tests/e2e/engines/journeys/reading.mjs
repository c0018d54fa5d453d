// Journeys of a reader going through stories: the related panel, and the
// keyboard shortcuts j, k and /.

import assert from 'node:assert/strict';
import { plainDemo } from './feed.mjs';

export async function opensRelated(reader, site) {
  await reader.open(site.demoWith('clustered.html', {}));
  const title = 'Semantic image search for articles using Amazon Rekognition';
  await reader.type('.nd-search__input', `"${title}"`);
  const card = `[role="feed"] > article:has(.nd-related-toggle)`;
  const toggle = await reader.until((card, title) => $$(card).find((c) => titleOf(c).startsWith(title))?.querySelector('.nd-related-toggle'), card, title);
  const label = await reader.read((toggle) => toggle.textContent, toggle);
  assert.match(label, /^\d+ related stories$/);
  const stories = Number(label.split(' ')[0]);
  await reader.session.click(toggle);
  const panel = await reader.until((toggle) => toggle.getAttribute('aria-expanded') === 'true' && widget().getElementById(toggle.getAttribute('aria-controls')), toggle);
  const links = await reader.read((panel) => [...panel.querySelectorAll('a')].map((a) => a.rel), panel);
  assert.deepEqual(links, Array(stories).fill('noopener noreferrer'));
  // Cards beside an open panel keep their own height rather than stretch.
  const alignments = () => reader.read(() => [...new Set($$('[role="feed"] > article').map((card) => getComputedStyle(card).alignSelf))]);
  assert.deepEqual(await alignments(), ['start']);

  // Into the panel with Tab; Escape closes it and gives focus back.
  await reader.press('Tab');
  assert.ok(await reader.read((panel) => panel.contains(widget().activeElement), panel), 'Tab went into the panel');
  await reader.press('Escape');
  await reader.until((toggle) => toggle.getAttribute('aria-expanded') === 'false' && widget().activeElement === toggle, toggle);
  assert.deepEqual(await alignments(), ['auto']);
}

const onShortcutsButton = (f) => f.className.includes('nd-shortcuts-toggle');

export async function usesTheKeyboard(reader, site) {
  await reader.open(plainDemo(site));
  await reader.tabUntil(onShortcutsButton);
  await reader.press('j');
  await reader.cardFocused(1);
  await reader.press('j');
  await reader.cardFocused(2);
  await reader.press('j');
  await reader.cardFocused(3);
  await reader.press('k');
  await reader.cardFocused(2);

  await reader.press('/');
  assert.equal((await reader.focused()).className, 'nd-search__input');
  await reader.press(...'copil');
  await reader.until(() => / of /.test($('.nd-count').textContent));
  assert.equal(await reader.read(() => $('.nd-search__input').value), 'copil', 'the / is not typed, the rest is');
  await reader.press('Escape');
  await reader.untilText('.nd-count', '715 stories');
  await reader.press('Escape');
  await reader.cardFocused(2);
}
