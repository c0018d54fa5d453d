// Cuts a rectangle out of a PNG screenshot. WebKitGTK's element screenshots
// are shifted by its window's toolbar, so phone-width shots are cut from the
// whole viewport's instead, the same way in every engine. Handles what
// WebDriver screenshots are: 8-bit RGB or RGBA, not interlaced.

import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** The pixels of `png` from (x, y), `width` × `height` of them, as a PNG. */
export function cropPng(png, { x, y, width, height }) {
  const { header, rows, channels } = decode(png);
  const cropped = Buffer.alloc(height * (1 + width * channels));
  for (let row = 0; row < height; row += 1) {
    // Filter byte 0 (none), then the row's pixels.
    rows[y + row].copy(cropped, row * (1 + width * channels) + 1, x * channels, (x + width) * channels);
  }
  const ihdr = Buffer.from(header);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(cropped)), chunk('IEND', Buffer.alloc(0))]);
}

function decode(png) {
  let header;
  const data = [];
  for (let at = SIGNATURE.length; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colour, , , interlace] = header.subarray(8);
  const channels = { 2: 3, 6: 4 }[colour];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`a PNG this cannot crop: depth ${depth}, colour type ${colour}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = [];
  let previous = Buffer.alloc(stride);
  for (let row = 0; row < height; row += 1) {
    const start = row * (stride + 1);
    const line = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    unfilter(raw[start], line, previous, channels);
    rows.push(line);
    previous = line;
  }
  return { header, rows, channels };
}

/** Undoes one row's PNG filter in place (`above` is the row before, unfiltered). */
function unfilter(filter, line, above, channels) {
  for (let i = 0; i < line.length; i += 1) {
    const left = i >= channels ? line[i - channels] : 0;
    const up = above[i];
    const upLeft = i >= channels ? above[i - channels] : 0;
    const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
    line[i] = (line[i] + predicted) & 0xff;
  }
}

function paeth(left, up, upLeft) {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value));
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
