#!/usr/bin/env node
// Draws the app icons from the same design as public/favicon.svg (a blue
// tile, a white envelope, an amber cross) and writes them as PNG files with
// Node's own zlib: no image library, no download. Run it after changing the
// design: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1d, 0x4e, 0xd8];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xfb, 0xbf, 0x24];

/** Strokes in the favicon's 64-unit space: [colour, width, points]. */
const STROKES = [
  [
    WHITE,
    4,
    [
      [12, 20],
      [52, 20],
      [52, 46],
      [12, 46],
      [12, 20],
    ],
  ],
  [
    WHITE,
    4,
    [
      [12, 20],
      [32, 35],
      [52, 20],
    ],
  ],
  [
    AMBER,
    4,
    [
      [40, 50],
      [48, 42],
    ],
  ],
  [
    AMBER,
    4,
    [
      [48, 50],
      [40, 42],
    ],
  ],
];

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function roundedBoxInside(x, y, radius) {
  const qx = Math.max(Math.abs(x - 32) - (32 - radius), 0);
  const qy = Math.max(Math.abs(y - 32) - (32 - radius), 0);
  return Math.hypot(qx, qy) <= radius;
}

/** The colour at a point of the design, or null outside the tile. */
function colourAt(x, y, { radius, scale }) {
  if (!roundedBoxInside(x, y, radius)) return null;

  // The glyph is drawn smaller around the centre for the maskable icon.
  const gx = 32 + (x - 32) / scale;
  const gy = 32 + (y - 32) / scale;
  for (let i = STROKES.length - 1; i >= 0; i--) {
    const [colour, width, points] = STROKES[i];
    for (let p = 1; p < points.length; p++) {
      if (segmentDistance(gx, gy, points[p - 1], points[p]) <= width / 2) {
        return colour;
      }
    }
  }
  return BLUE;
}

/** RGBA pixels, each the average of 4×4 samples for smooth edges. */
function draw(size, options) {
  const SAMPLES = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((col + (sx + 0.5) / SAMPLES) / size) * 64;
          const y = ((row + (sy + 0.5) / SAMPLES) / size) * 64;
          const colour = colourAt(x, y, options);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const at = (row * size + col) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[at + c] = covered ? Math.round(sum[c] / covered) : 0;
      }
      pixels[at + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG: every row starts with filter type 0 (none). */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);

  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    const start = row * (size * 4 + 1);
    pixels.copy(rows, start + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The maskable icon fills its square and keeps the glyph inside the
// central safe circle (40% of the size as radius) that every mask shows.
const ICONS = [
  ['public/icon-192.png', 192, { radius: 14, scale: 1 }],
  ['public/icon-512.png', 512, { radius: 14, scale: 1 }],
  ['public/icon-maskable-512.png', 512, { radius: 0, scale: 0.75 }],
];

for (const [file, size, options] of ICONS) {
  writeFileSync(file, png(size, draw(size, options)));
  console.log(`wrote ${file} (${String(size)}×${String(size)})`);
}
