// Draws the toolbar icon (a page with text lines, one highlighted) at each size WXT expects
// in public/icon/, as plain PNGs; run once when the design changes: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { must } from '../lib/must';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf: Buffer): number => {
  let c = 0xffffffff;
  for (const b of buf) c = must(crcTable[(c ^ b) & 0xff], 'CRC table entry') ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function draw(size: number): Buffer {
  const px = (x: number, y: number): number[] => {
    const u = (x + 0.5) / size,
      v = (y + 0.5) / size;
    const r = 0.18,
      inset = (a: number) => Math.max(r - a, 0, a - (1 - r));
    if (Math.hypot(inset(u), inset(v)) > r) return [0, 0, 0, 0]; // rounded corners
    const inPage = u > 0.22 && u < 0.78 && v > 0.16 && v < 0.84;
    if (!inPage) return [47, 111, 62, 255]; // green tile
    const line = [0.3, 0.44, 0.58, 0.72].find((l) => v > l - 0.035 && v < l + 0.035);
    if (line !== undefined && u > 0.3 && u < 0.7) return line === 0.44 ? [240, 190, 40, 255] : [90, 90, 90, 255];
    return [255, 255, 255, 255];
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) raw.set(px(x, y), y * (size * 4 + 1) + 1 + x * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
