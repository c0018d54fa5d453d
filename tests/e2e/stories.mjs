// What the tests expect of the demo bundle, worked out from its articles as
// the widget should: searches ignore case and accents, and look in titles,
// excerpts, source names and topics.

export const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const searchable = (article) =>
  [article.title, article.excerpt, article.provider?.name, ...(article.topics ?? [])].filter(Boolean).join(' ');
