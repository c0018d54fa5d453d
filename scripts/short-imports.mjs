// Gives the WebAssembly's imports short names, in the wasm file and in its
// glue script alike: wasm-bindgen names each import after the function it
// binds plus a 16-digit hash (`__wbg_setAttribute_f75317b2b5cabfb4`), and
// those names, written twice over for two hundred imports, cost about as
// much as a feature. Imports whose glue functions are the same (`body` of a
// Document and of a Response, `disconnect` of two observers) share one.
// Run by scripts/minify.sh on release builds, before the glue is minified.
//
// Usage: node scripts/short-imports.mjs <folder with newsdeck-app_bg.wasm
// and newsdeck-app.js>. Fails, leaving both files as they are, if any
// import is not found in the glue exactly once: a release without short
// names would ship about 7.5 kB more, so the build stops instead.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { descriptorEnd, readLeb } from './wasm-binary.mjs';

const folder = process.argv[2];
const wasmPath = join(folder, 'newsdeck-app_bg.wasm');
const gluePath = join(folder, 'newsdeck-app.js');
const IMPORT_SECTION = 2;
// The module names wasm-bindgen gives the imports it generates, by version.
const MODULES = new Set(['./newsdeck-app_bg.js', 'wbg']);

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/** The import section rewritten with `rename(field)` for each field of
 *  wasm-bindgen's module, and the names renamed. */
function renameImports(section, rename) {
  let [count, at] = readLeb(section, 0);
  const parts = [leb(count)];
  const renamed = new Map();
  while (count--) {
    const [moduleLength, moduleAt] = readLeb(section, at);
    const module = section.subarray(moduleAt, moduleAt + moduleLength).toString();
    const [fieldLength, fieldAt] = readLeb(section, moduleAt + moduleLength);
    const field = section.subarray(fieldAt, fieldAt + fieldLength).toString();
    const kindAt = fieldAt + fieldLength;
    const end = descriptorEnd(section, section[kindAt], kindAt + 1);
    const short = MODULES.has(module) ? rename(field) : field;
    if (short !== field) renamed.set(field, short);
    parts.push(name(module), name(short), section.subarray(kindAt, end));
    at = end;
  }
  return [Buffer.concat(parts), renamed];
}

const wasm = await readFile(wasmPath);
const glue = await readFile(gluePath, 'utf8');
// The glue's import functions as wasm-bindgen writes them, one per field:
// `        name: function(arg0) {\n…\n        },\n`.
const ENTRY = /^ {8}([\w$]+): (function\([^)]*\) \{\n[\s\S]*?\n {8}\},\n)/gm;
const bodies = new Map([...glue.matchAll(ENTRY)].map(([, field, body]) => [field, body]));
const shortByBody = new Map();
const shared = new Set();
const sections = [wasm.subarray(0, 8)];
let renamed = new Map();
let next = 0;
/** A short name for `field`: the one of an earlier field of the same body, if any. */
function shortName(field) {
  const body = bodies.get(field);
  if (shortByBody.has(body)) {
    shared.add(field);
    return shortByBody.get(body);
  }
  const short = `$${(next++).toString(36)}`;
  if (body) shortByBody.set(body, short);
  return short;
}
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, start] = readLeb(wasm, at + 1);
  let payload = wasm.subarray(start, start + size);
  if (id === IMPORT_SECTION) [payload, renamed] = renameImports(payload, shortName);
  sections.push(Buffer.from([id]), leb(payload.length), payload);
  at = start + size;
}

// Each name is replaced where it stands whole, and must stand once.
const pattern = new RegExp(`(?<![\\w$])(${[...renamed.keys()].join('|')})(?![\\w$])`, 'g');
const counts = new Map();
const seen = new Map();
const shortened = glue
  .replace(pattern, (field) => {
    counts.set(field, (counts.get(field) ?? 0) + 1);
    return renamed.get(field);
  })
  // A field sharing an earlier one's function leaves its own out: by then
  // both carry the same short name, and the later entry goes.
  .replace(ENTRY, (entry, field, body) => (seen.has(field) && seen.get(field) === body ? '' : (seen.set(field, body), entry)));
const unmatched = [...renamed.keys()].filter((field) => counts.get(field) !== 1);
if (renamed.size === 0 || unmatched.length) {
  console.error(`short-imports.mjs: imports not found once in the glue (${unmatched.slice(0, 3).join(', ') || 'no imports renamed'}); the release build stops`);
  process.exit(1);
} else {
  await writeFile(wasmPath, Buffer.concat(sections));
  await writeFile(gluePath, shortened);
}
