// Writes the Teams app icons (color 192×192, outline 32×32 white on transparent) as PNG.
// Run: node scripts/make-icons.mjs. No image tools needed: a minimal PNG encoder on zlib.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < size; x++) rows.push(...pixel(x / size, y / size));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Three people round a table: three dots above a bar.
function shape(u, v) {
  const dot = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  const bar = v >= 0.6 && v <= 0.72 && u >= 0.2 && u <= 0.8;
  return bar || dot(0.28, 0.4, 0.09) || dot(0.5, 0.32, 0.09) || dot(0.72, 0.4, 0.09);
}

writeFileSync(
  'manifest/color.png',
  png(192, (u, v) => (shape(u, v) ? [255, 255, 255, 255] : [0, 103, 197, 255])),
);
writeFileSync(
  'manifest/outline.png',
  png(32, (u, v) => (shape(u, v) ? [255, 255, 255, 255] : [0, 0, 0, 0])),
);
console.log('wrote manifest/color.png (192×192) and manifest/outline.png (32×32)');
