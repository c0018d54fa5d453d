// Trunk's post-build hook: each widget element of the demo pages is
// replaced by the first screen `newsdeck render` writes for its settings,
// so the demo reads before (and without) JavaScript, as a site using
// `render` does. An element keeps its other attributes (an `id`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const ELEMENT = /<div ([^>]*\bdata-newsdeck\b[^>]*)><\/div>/g;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;

/** The first screen for the element with `attributes`, as the CLI writes it. */
function firstScreen(attributes) {
  const args = ['run', '-q', '-p', 'newsdeck-cli', '--locked', '--', '--quiet', 'render', join(staging, 'demo-bundle.json'), '-o', '-'];
  const others = [];
  for (const [, name, value = ''] of attributes.matchAll(ATTRIBUTE)) {
    if (name === 'data-newsdeck') continue;
    else if (name === 'data-src') args.push('--src', value);
    else if (name.startsWith('data-')) args.push('--set', `${name.slice(5)}=${value}`);
    else others.push(` ${name}="${value}"`);
  }
  const html = execFileSync('cargo', args, { encoding: 'utf8' }).trim();
  return html.replace('<div data-newsdeck', `<div data-newsdeck${others.join('')}`);
}

for (const name of ['index.html', 'example.html']) {
  const path = join(staging, name);
  const page = readFileSync(path, 'utf8');
  writeFileSync(path, page.replace(ELEMENT, (_, attributes) => firstScreen(attributes)));
}
