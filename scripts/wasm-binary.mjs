// Reading a WebAssembly module's binary format, as far as the release
// scripts need: scripts/short-imports.mjs and tests/bench/size-profile.mjs.

/** An unsigned LEB128 number at `at`: its value and where it ends. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Where the import descriptor of `kind` starting at `at` ends. */
export function descriptorEnd(bytes, kind, at) {
  const limits = (from) => {
    const flags = bytes[from];
    let [, end] = readLeb(bytes, from + 1);
    if (flags & 1) [, end] = readLeb(bytes, end);
    return end;
  };
  switch (kind) {
    case 0: // function: its type
      return readLeb(bytes, at)[1];
    case 1: // table: element type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}
