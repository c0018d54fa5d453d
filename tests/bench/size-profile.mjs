// Where the release WebAssembly's gzip bytes go (`make size-profile`): the
// framework, the components' views, the widget, core, the standard library,
// the bindings and the data (strings and the style sheet). `make size` gives
// the total; this says what a change to it would have to come from.
//
// The release build has no function names, so this builds a copy that keeps
// them: the same compiled wasm (target/.../wasm-release/newsdeck-app.wasm,
// left by `make dist`) through wasm-bindgen and wasm-opt as Trunk runs
// them, plus `-g`. A part's gzip figure is what the code section's gzip size
// drops by without that part's functions: gzip shares matches across parts,
// so the figures are estimates and do not add up to the total exactly.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { descriptorEnd, readLeb } from '../../scripts/wasm-binary.mjs';
import { wasmOptArgs } from '../../scripts/wasm-opt-params.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const COMPILED = join(ROOT, 'target/wasm32-unknown-unknown/wasm-release/newsdeck-app.wasm');
const WASM_OPT_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-reference-types', '--enable-mutable-globals', '--enable-multivalue'];

// Parts by function name, first match wins. A component's view is compiled
// into Yew's generic `CompStateInner::view`, so it is named after Yew.
const PARTS = [
  ['component views', (name) => name.includes('CompStateInner') && name.includes('::view')],
  ['core logic (newsdeck-core)', (name) => name.includes('newsdeck_core')],
  ['widget (newsdeck)', (name) => /newsdeck/.test(name) && !/^<?yew/.test(name)],
  ['Yew', (name) => /yew|implicit_clone/.test(name)],
  ['bindings (wasm-bindgen, web-sys, js-sys)', (name) => /wasm_bindgen|js_sys|web_sys|externref|gloo|__wbindgen/.test(name)],
  ['allocator', (name) => /dlmalloc|__rust_(alloc|realloc|dealloc)/.test(name)],
  ['formatting and panics', (name) => /fmt|Formatter|Display|Debug|panic|pad_integral/.test(name)],
  ['standard library, hash tables', (name) => /^<?(core|alloc|std|hashbrown)|hashbrown/.test(name)],
];
const OTHER = 'other';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / 1000).toFixed(1);

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

/** The module's sections as `{ id, start, end }`. */
function sections(bytes) {
  const found = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    found.push({ id, start, end: start + size });
    at = start + size;
  }
  return found;
}

/** How many functions are imported: defined functions are numbered after them. */
function importedFunctions(bytes, { start }) {
  let [count, at] = readLeb(bytes, start);
  let functions = 0;
  while (count--) {
    [, at] = readName(bytes, at);
    [, at] = readName(bytes, at);
    const kind = bytes[at];
    if (kind === 0) functions++;
    at = descriptorEnd(bytes, kind, at + 1);
  }
  return functions;
}

function functionBodies(bytes, { start }) {
  let [count, at] = readLeb(bytes, start);
  const bodies = [];
  while (count--) {
    const [size, body] = readLeb(bytes, at);
    bodies.push(bytes.subarray(body, body + size));
    at = body + size;
  }
  return bodies;
}

/** Function names by index, from the custom "name" section. */
function functionNames(bytes, all) {
  const names = new Map();
  for (const { id, start, end } of all.filter((section) => section.id === 0)) {
    const [title, first] = readName(bytes, start);
    if (title !== 'name') continue;
    let at = first;
    while (at < end) {
      const kind = bytes[at];
      const [size, body] = readLeb(bytes, at + 1);
      if (kind === 1) {
        let [count, entry] = readLeb(bytes, body);
        while (count--) {
          let index;
          [index, entry] = readLeb(bytes, entry);
          let name;
          [name, entry] = readName(bytes, entry);
          names.set(index, name);
        }
      }
      at = body + size;
    }
  }
  return names;
}

function buildNamedCopy(folder) {
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', folder, COMPILED], { stdio: 'inherit' });
  const bound = join(folder, 'newsdeck-app_bg.wasm');
  const optimised = join(folder, 'named.wasm');
  execFileSync('wasm-opt', [...wasmOptArgs(), '-g', ...WASM_OPT_FEATURES, bound, '-o', optimised], { stdio: 'inherit' });
  return readFileSync(optimised);
}

const folder = mkdtempSync(join(tmpdir(), 'newsdeck-size-'));
try {
  const bytes = buildNamedCopy(folder);
  const all = sections(bytes);
  const imports = all.find((section) => section.id === 2);
  const code = all.find((section) => section.id === 10);
  const data = all.find((section) => section.id === 11);
  const firstDefined = imports ? importedFunctions(bytes, imports) : 0;
  const bodies = functionBodies(bytes, code);
  const names = functionNames(bytes, all);
  const partOf = bodies.map((_, index) => {
    const name = names.get(firstDefined + index) ?? '';
    return (PARTS.find(([, matches]) => matches(name)) ?? [OTHER])[0];
  });
  const codeGzip = gzip(Buffer.concat(bodies));
  const rows = [];
  for (const part of [...PARTS.map(([part]) => part), OTHER]) {
    const mine = bodies.filter((_, index) => partOf[index] === part);
    const rest = bodies.filter((_, index) => partOf[index] !== part);
    if (mine.length === 0) continue;
    const raw = mine.reduce((sum, body) => sum + body.length, 0);
    rows.push([part, mine.length, raw, codeGzip - gzip(Buffer.concat(rest))]);
  }
  rows.sort((a, b) => b[3] - a[3]);
  const dataBytes = bytes.subarray(data.start, data.end);
  rows.push(['data (strings, style sheet)', '', dataBytes.length, gzip(dataBytes)]);
  console.log('part'.padEnd(44), 'functions'.padStart(9), 'raw kB'.padStart(8), 'gzip kB'.padStart(8));
  for (const [part, count, raw, gzipped] of rows) {
    console.log(part.padEnd(44), String(count).padStart(9), kb(raw).padStart(8), kb(gzipped).padStart(8));
  }
  console.log(`code section: ${kb(codeGzip)} kB gzip; the whole wasm (names aside) is what \`make size\` prints`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
