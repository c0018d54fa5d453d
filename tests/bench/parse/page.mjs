// In the benchmark's page: loads a bundle's body once, then times one way
// of reading it into articles per call (`parse.mjs` drives it). Every way
// starts from the same body bytes, as a response delivers them, and includes
// whatever the browser does before WebAssembly gets the data.

import init, * as read from './newsdeck_parse_bench.js';

await init();

let body;
// The size of most chunks Chromium hands a response's reader, from a server
// on loopback.
const CHUNK = 256 * 1024;

const timed = (phases, name, work) => {
  const start = performance.now();
  const result = work();
  phases[name] = performance.now() - start;
  return result;
};

// `TextDecoder` does what `Response.text()` and `.json()` do to the bytes.
const text = (phases) => timed(phases, 'decode', () => new TextDecoder().decode(body));
const parsed = (phases) => timed(phases, 'JSON.parse', () => JSON.parse(text(phases)));

/** The ways, by the names the table shows. */
const WAYS = {
  'bytes into wasm as they arrive, 256 KiB at a time, read record by record (the widget)': (phases) =>
    timed(phases, 'wasm', () => {
      const bytes = new Uint8Array(body);
      for (let at = 0; at < bytes.length; at += CHUNK) read.arriving(bytes.subarray(at, at + CHUNK));
      return read.arrived();
    }),
  'bytes into wasm in one go, read record by record': (phases) => timed(phases, 'wasm', () => read.from_bytes(new Uint8Array(body))),
  'text into wasm, read record by record': (phases) => {
    const decoded = text(phases);
    return timed(phases, 'wasm', () => read.from_text(decoded));
  },
  'JSON.parse, serde-wasm-bindgen whole tree': (phases) => {
    const objects = parsed(phases);
    const articles = timed(phases, 'wasm', () => read.from_tree(objects));
    // Where the WebAssembly's time goes: walking the objects, or the rest.
    phases['wasm walking objects'] = read.tree_ms();
    phases['wasm reading the tree'] = phases.wasm - phases['wasm walking objects'];
    delete phases.wasm;
    return articles;
  },
  'JSON.parse, serde-wasm-bindgen record by record': (phases) => {
    const objects = parsed(phases);
    return timed(phases, 'wasm', () => read.from_records(objects));
  },
  'JSON.parse, Reflect record by record': (phases) => {
    const objects = parsed(phases);
    return timed(phases, 'wasm', () => read.from_records_by_reflect(objects));
  },
};

window.parseBench = {
  ways: Object.keys(WAYS),
  async load(src) {
    body = await (await fetch(src)).arrayBuffer();
    return body.byteLength;
  },
  /** One reading: its time in all and by phase (ms), and what it read. */
  run(way) {
    const phases = {};
    const start = performance.now();
    const articles = WAYS[way](phases);
    const total = performance.now() - start;
    const fingerprint = read.fingerprint();
    read.forget();
    return { total, phases, articles, fingerprint };
  },
};
