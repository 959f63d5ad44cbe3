// Draws the add-in's icons (assets/icon-<size>.png): a white "N" monogram on a navy
// rounded square. The PNGs are committed; run `node scripts/make-icons.js` only to change
// the design. Plain zlib keeps the build free of image dependencies.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const NAVY = [0x1b, 0x3a, 0x5c];
const WHITE = [0xff, 0xff, 0xff];
// Each pixel is the average of SAMPLES × SAMPLES points, so edges are anti-aliased.
const SAMPLES = 8;

/** Whether a point of the unit square lies inside the rounded background square. */
function inBackground(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Whether a point lies on the "N": two upright bars and the diagonal joining them. */
function inMonogram(x, y) {
  const [top, bottom, left, right, stroke] = [0.24, 0.76, 0.27, 0.73, 0.13];
  if (y < top || y > bottom) return false;
  if (x >= left && x <= left + stroke) return true;
  if (x >= right - stroke && x <= right) return true;
  const diagonalLeft = left + ((y - top) / (bottom - top)) * (right - left - stroke);
  return x >= diagonalLeft && x <= diagonalLeft + stroke;
}

/** RGBA bytes of a size × size icon. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let monogram = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inBackground(x, y)) continue;
          background++;
          if (inMonogram(x, y)) monogram++;
        }
      }
      const alpha = background / (SAMPLES * SAMPLES);
      const white = background === 0 ? 0 : monogram / background;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(NAVY[c] + (WHITE[c] - NAVY[c]) * white);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file of RGBA pixels (8 bits per channel, no filtering). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = path.join(__dirname, "..", "assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
