// Draws Claimmark's toolbar icons (a page of text lines, one of them highlighted) at every size the
// manifest lists, so the PNGs are reproducible from code instead of being opaque binaries.
// Usage: node scripts/make-icons.mjs   (writes public/icons/icon-{16,32,48,128}.png)
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const SIZES = [16, 32, 48, 128];
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");

const INK = [30, 41, 59];
const PAPER = [255, 255, 255];
const MARK = [250, 204, 21];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Coverage of pixel (x, y) by a rounded rectangle, supersampled 4x4 so small sizes stay crisp.
function coverage(x, y, r) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      if (px < r.x0 || px > r.x1 || py < r.y0 || py > r.y1) continue;
      const cx = Math.min(Math.max(px, r.x0 + r.rad), r.x1 - r.rad);
      const cy = Math.min(Math.max(py, r.y0 + r.rad), r.y1 - r.rad);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= r.rad ** 2) hits++;
    }
  }
  return hits / 16;
}

function draw(size) {
  const s = size / 16;
  const shapes = [
    { color: INK, x0: 0.5 * s, y0: 0.5 * s, x1: 15.5 * s, y1: 15.5 * s, rad: 3 * s },
    { color: MARK, x0: 2.5 * s, y0: 6.2 * s, x1: 13.5 * s, y1: 9.8 * s, rad: 0.8 * s },
    { color: PAPER, x0: 3.5 * s, y0: 3 * s, x1: 12.5 * s, y1: 4.6 * s, rad: 0.8 * s },
    { color: INK, x0: 3.5 * s, y0: 7.2 * s, x1: 12.5 * s, y1: 8.8 * s, rad: 0.8 * s },
    { color: PAPER, x0: 3.5 * s, y0: 11.4 * s, x1: 9.5 * s, y1: 13 * s, rad: 0.8 * s },
  ];
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const shape of shapes) {
        const c = coverage(x, y, shape);
        if (c === 0) continue;
        const outA = c + a * (1 - c);
        r = (shape.color[0] * c + r * a * (1 - c)) / outA;
        g = (shape.color[1] * c + g * a * (1 - c)) / outA;
        b = (shape.color[2] * c + b * a * (1 - c)) / outA;
        a = outA;
      }
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(r);
      rgba[i + 1] = Math.round(g);
      rgba[i + 2] = Math.round(b);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, rgba);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `icon-${size}.png`);
  writeFileSync(file, draw(size));
  console.log(`wrote ${file}`);
}
