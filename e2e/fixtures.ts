/**
 * Files for the import tests, made on the fly (the shared data set is never copied into the
 * repository): a photo of the drawn formula, a sheet of samples, and files that only pretend to
 * be images.
 */
import sharp from 'sharp';
import { bounds, formulaStrokes } from './drawing.js';

const PHOTO = { width: 1600, height: 1000 } as const;
const PAPER = { x: 180, y: 170, width: 1240, height: 620 } as const;

type Polyline = readonly (readonly [number, number])[];

const polyline = (stroke: Polyline): string =>
  stroke.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * The formula in pen on a light grey sheet lying a little askew on a darker desk, lit unevenly:
 * what a phone photo of a handwritten formula looks like to the segmenter.
 */
export async function formulaPhoto(): Promise<Buffer> {
  const strokes = formulaStrokes(7);
  const ink = bounds(strokes);
  // Symbols 80 px tall, as in recognition/recognize.test.ts's picture of the same formula.
  const scale = 80 / 60;
  const dx = PAPER.x + (PAPER.width - ink.width * scale) / 2 - ink.x * scale;
  const dy = PAPER.y + (PAPER.height - ink.height * scale) / 2 - ink.y * scale;
  const lines = strokes.map((stroke) => `<polyline points="${polyline(stroke)}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO.width}" height="${PHOTO.height}">
  <defs>
    <linearGradient id="desk" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#6b5a4a"/><stop offset="1" stop-color="#3e342b"/>
    </linearGradient>
    <linearGradient id="light" x1="0" y1="0" x2="1" y2="0.4">
      <stop offset="0" stop-color="#ecebe6"/><stop offset="1" stop-color="#c9c7c0"/>
    </linearGradient>
    <filter id="shadow" x="-5%" y="-5%" width="110%" height="115%">
      <feDropShadow dx="6" dy="10" stdDeviation="10" flood-color="#000" flood-opacity="0.45"/>
    </filter>
  </defs>
  <rect width="100%" height="100%" fill="url(#desk)"/>
  <g transform="rotate(-1.5 ${PHOTO.width / 2} ${PHOTO.height / 2})">
    <rect x="${PAPER.x}" y="${PAPER.y}" width="${PAPER.width}" height="${PAPER.height}" fill="url(#light)" filter="url(#shadow)"/>
    <g transform="translate(${dx.toFixed(1)} ${dy.toFixed(1)}) scale(${scale})" fill="none" stroke="#1f2a44" stroke-width="${(5 / scale).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round">${lines}</g>
  </g>
</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

export const EMPTY_FILE = Buffer.alloc(0);

export const PDF_NAMED_PNG = Buffer.from(
  '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** Bytes that are no image format at all, the same every run. */
export function randomBytes(length = 4096, seed = 42): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb in spirit: a valid PNG header announcing 40,000 × 40,000 pixels (1.6
 * gigapixels) in a file of a few dozen bytes. Decoding it would need gigabytes of memory; the
 * app must refuse it from the header.
 */
export function hugePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(40_000, 0);
  header.writeUInt32BE(40_000, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A sheet of samples: a row of one symbol per entry of `rows`, and where each symbol is. */
export interface SymbolSheet {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** Centre of each symbol's ink, row by row, left to right. */
  readonly centres: readonly (readonly [number, number])[];
}

/**
 * Rows of the same symbol written again and again in pen on white paper, as a user fills a sheet
 * to import samples from: `perRow` copies of `TEMPLATES[row]` per row, each a little different
 * in size and slant.
 */
export async function symbolSheet(
  rows: readonly (readonly Polyline[])[],
  perRow: number,
): Promise<SymbolSheet> {
  const size = 70;
  const pitch = 150;
  const width = 120 + perRow * pitch;
  const height = 120 + rows.length * pitch;
  const centres: [number, number][] = [];
  const shapes: string[] = [];
  rows.forEach((strokes, r) => {
    for (let k = 0; k < perRow; k++) {
      const scale = size * (0.9 + 0.05 * (k % 3));
      const slant = 0.08 * ((k % 2) - 0.5);
      const left = 90 + k * pitch;
      const top = 90 + r * pitch;
      const place = ([x, y]: readonly [number, number]): [number, number] => [
        left + (x + slant * (1 - y)) * scale,
        top + y * scale,
      ];
      const points = strokes.flatMap((stroke) => stroke.map(place));
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      centres.push([
        (Math.min(...xs) + Math.max(...xs)) / 2,
        (Math.min(...ys) + Math.max(...ys)) / 2,
      ]);
      for (const stroke of strokes)
        shapes.push(`<polyline points="${polyline(stroke.map(place))}"/>`);
    }
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="#fbfaf7"/>
  <g fill="none" stroke="#1b2340" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${shapes.join('')}</g>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return { png, width, height, centres };
}
