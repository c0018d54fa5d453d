// The end-to-end suite leaves review screenshots of the build it tested in
// tests/e2e/screenshots/ (the same views as `make screenshots`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { servedRelease } from './harness.mjs';
import { saveScreenshots, VIEWS } from './screenshots-views.mjs';

const env = servedRelease();

test('saves a screenshot of every view, light and dark', async () => {
  const files = await saveScreenshots(env.browser, env.server.url);
  const expected = VIEWS.reduce((sum, view) => sum + view.widths.length * 2, 0);
  assert.equal(files.length, expected);
  for (const file of files) assert.ok((await stat(file)).size > 10_000, `${file} is nearly empty`);
});
