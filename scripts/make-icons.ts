// Draws the toolbar icon (a page with a headline and lines of text) as PNGs in public/icon/.
// Run once after changing the design: npx tsx scripts/make-icons.ts

import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
type Rgba = [number, number, number, number];
const PAPER: Rgba = [250, 248, 242, 255];
const INK: Rgba = [36, 52, 71, 255];
const ACCENT: Rgba = [214, 93, 42, 255];

function pixel(x: number, y: number, size: number): Rgba {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const radius = 0.18;
  const inset = 0.06;
  // Rounded-square page.
  const dx = Math.max(inset + radius - u, 0, u - (1 - inset - radius));
  const dy = Math.max(inset + radius - v, 0, v - (1 - inset - radius));
  if (u < inset || u > 1 - inset || v < inset || v > 1 - inset || dx * dx + dy * dy > radius * radius) return [0, 0, 0, 0];
  const inside = (x0: number, x1: number, y0: number, y1: number) => u >= x0 && u <= x1 && v >= y0 && v <= y1;
  if (inside(0.2, 0.8, 0.2, 0.34)) return ACCENT;
  for (const [top, right] of [[0.44, 0.8], [0.56, 0.8], [0.68, 0.62]] as const) if (inside(0.2, right, top, top + 0.06)) return INK;
  return PAPER;
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
