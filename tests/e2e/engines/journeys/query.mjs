// Journeys that narrow and order the feed: search, a filter, sort, and the
// URL that keeps the view (with Back).

import assert from 'node:assert/strict';
import { fold, searchable } from '../../stories.mjs';
import { plainDemo } from './feed.mjs';

export async function searches(reader, site) {
  await reader.open(plainDemo(site));
  const expected = site.demo.articles.filter((a) => /\bcopil/.test(fold(searchable(a)))).length;
  assert.ok(expected > 5 && expected < 715);
  await reader.type('.nd-search__input', 'copil');
  await reader.untilText('.nd-count', `${expected} of 715 stories`);
  const { texts, marks } = await reader.read(() => ({
    texts: $$('[role="feed"] > article').map((card) => card.textContent),
    marks: $$('[role="feed"] mark').map((mark) => mark.textContent),
  }));
  assert.equal(texts.length, Math.min(expected, 24));
  for (const text of texts) assert.match(fold(text), /copil/);
  assert.ok(marks.length >= texts.length && marks.every((m) => fold(m).startsWith('copil')), marks.join());
}

export async function filtersAndSorts(reader, site) {
  await reader.open(plainDemo(site));
  const ai = site.demo.articles.filter((a) => (a.topics ?? []).includes('AI'));
  const box = await reader.until(() => $$('.nd-facet__item').find((item) => /^AI\d+$/.test(item.textContent))?.querySelector('input'));
  await reader.session.click(box);
  await reader.untilText('.nd-count', `${ai.length} of 715 stories`);
  await reader.untilParam('news.topic', 'ai');

  await reader.click('.nd-sort option[value="oldest"]');
  const oldest = ai.filter((a) => a.publishedDateTime).sort((x, y) => Date.parse(x.publishedDateTime) - Date.parse(y.publishedDateTime))[0];
  await reader.until((title) => titleOf($('[role="feed"] > article')) === title, oldest.title);
  await reader.untilParam('news.sort', 'oldest');

  await reader.session.back();
  await reader.until(() => $('.nd-sort select').value === 'newest');
  await reader.untilParam('news.sort', null);
  await reader.untilText('.nd-count', `${ai.length} of 715 stories`);
  assert.equal(await reader.read(() => titleOf($('[role="feed"] > article'))), ai[0].title);
}
