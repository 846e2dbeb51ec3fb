// Draws the Teams app icons: color.png (192x192, the signpost in white on the accent colour, inside the
// 96x96 safe area Teams asks for) and outline.png (32x32, white on transparent). Plain Node.js, no packages:
// the PNG is written by hand (RGBA, zlib from Node) so anyone can regenerate it exactly.
//   node make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const accent = [0x1f, 0x5c, 0x99];

// The signpost in a unit square: a post and two arrow boards, one pointing each way.
function inSignpost(x, y) {
  const post = x >= 0.44 && x <= 0.56 && y >= 0.08 && y <= 1.0;
  return post || board(x, y, 0.12, 0.36, 1) || board(x, y, 0.46, 0.70, -1);
}

function board(x, y, top, bottom, direction) {
  const u = direction > 0 ? x : 1 - x;
  const mid = (top + bottom) / 2;
  const half = (bottom - top) / 2;
  if (u >= 0.08 && u <= 0.74 && y >= top && y <= bottom) return true;
  if (u > 0.74 && u <= 0.92) return Math.abs(y - mid) <= half * ((0.92 - u) / 0.18);
  return false;
}

// Coverage of one pixel by the symbol, 4x4 supersampled so edges are smooth.
function coverage(px, py, size, inset) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = (px + (sx + 0.5) / 4 - inset) / (size - 2 * inset);
      const y = (py + (sy + 0.5) / 4 - inset) / (size - 2 * inset);
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1 && inSignpost(x, y)) hits++;
    }
  }
  return hits / 16;
}

function draw(size, inset, background) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, inset);
      const i = (y * size + x) * 4;
      if (background) {
        for (let k = 0; k < 3; k++) pixels[i + k] = Math.round(background[k] * (1 - c) + 255 * c);
        pixels[i + 3] = 255;
      } else {
        pixels.fill(255, i, i + 3);
        pixels[i + 3] = Math.round(255 * c);
      }
    }
  }
  return png(size, size, pixels);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
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

function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Colour icon: the symbol fills the central 96x96 of 192x192. Outline: the symbol with a 2 px margin.
writeFileSync(join(here, "color.png"), draw(192, 48, accent));
writeFileSync(join(here, "outline.png"), draw(32, 2, null));
console.log("Wrote color.png (192x192) and outline.png (32x32).");
