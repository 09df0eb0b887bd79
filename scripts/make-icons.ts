/**
 * Draws the toolbar icon — a white ¥ on the platform's orange-red, in a rounded square — as PNGs
 * in public/icon/ (WXT puts them in the manifest). Run once after changing the design:
 * `npx tsx scripts/make-icons.ts`. Plain zlib, no image library: the shapes are a few segments.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Point = [number, number];
/** The ¥ on a 1×1 canvas: two arms meeting at the centre, a stem, two bars. */
const strokes: [Point, Point][] = [
  [
    [0.3, 0.22],
    [0.5, 0.5],
  ],
  [
    [0.7, 0.22],
    [0.5, 0.5],
  ],
  [
    [0.5, 0.5],
    [0.5, 0.8],
  ],
  [
    [0.33, 0.55],
    [0.67, 0.55],
  ],
  [
    [0.33, 0.67],
    [0.67, 0.67],
  ],
];
const strokeWidth = 0.085;
const background = [0xff, 0x45, 0x00];

function distanceToSegment([px, py]: Point, [[ax, ay], [bx, by]]: [Point, Point]): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare([x, y]: Point, radius = 0.2): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels, 4×4 supersampled so the edges are smooth at 16 px too. */
function draw(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let ink = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const point: Point = [
            (x + (sx + 0.5) / samples) / size,
            (y + (sy + 0.5) / samples) / size,
          ];
          if (!insideRoundedSquare(point)) continue;
          cover++;
          if (strokes.some((s) => distanceToSegment(point, s) <= strokeWidth / 2)) ink++;
        }
      }
      const total = samples * samples;
      const i = (y * size + x) * 4;
      const white = cover ? ink / cover : 0;
      for (let c = 0; c < 3; c++)
        pixels[i + c] = Math.round(background[c]! * (1 - white) + 255 * white);
      pixels[i + 3] = Math.round((255 * cover) / total);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const rgba = draw(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
