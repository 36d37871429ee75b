/**
 * The photo of issue #14: two lines of formulas written close together on a sheet turned 2.5°,
 * slightly blurred, lit unevenly and crossed by the edge of a shadow. Made on the fly from the
 * stroke templates, like the other fixtures.
 */
import sharp from 'sharp';
import { symbolNamesOf } from '../symbols.js';
import { composeFormula } from '../strokes/templates.js';

export const TILTED_LINES = ['∀x(P(x)→Q(x))', '∃x(P(x)∧Q(x))'] as const;
const SYMBOLS = TILTED_LINES.map(symbolNamesOf);

export interface TiltedPhoto {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** Degrees clockwise the writing is turned by. */
  readonly tilt: number;
  /** The height, at the picture's middle, halfway between the two lines' centres. */
  readonly between: number;
}

export interface TiltedPhotoOptions {
  readonly tilt?: number;
  /** Distance between the lines' tops, in symbol heights. */
  readonly pitch?: number;
  readonly symbolHeight?: number;
}

const polyline = (stroke: readonly number[][]): string =>
  stroke.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

export async function tiltedTwoLinePhoto(options: TiltedPhotoOptions = {}): Promise<TiltedPhoto> {
  const { tilt = 2.5, pitch = 1.15, symbolHeight = 70 } = options;
  const width = 1400;
  const height = 800;
  const left = 170;
  const top = 300;
  const lines = SYMBOLS.map(
    (symbols, k) =>
      composeFormula(symbols, {
        seed: 11 + k,
        height: symbolHeight,
        origin: [left + k * 0.4 * symbolHeight, top + k * pitch * symbolHeight],
      }).strokes,
  );
  const ink = lines
    .flat()
    .map((stroke) => `<polyline points="${polyline(stroke)}"/>`)
    .join('');
  const cx = width / 2;
  const cy = height / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="light" x1="0" y1="0" x2="1" y2="0.6">
      <stop offset="0" stop-color="#f1efe9"/><stop offset="1" stop-color="#bdbab2"/>
    </linearGradient>
    <filter id="blur"><feGaussianBlur stdDeviation="1.3"/></filter>
  </defs>
  <rect width="100%" height="100%" fill="url(#light)"/>
  <g transform="rotate(${tilt} ${cx} ${cy})" filter="url(#blur)">
    <g fill="none" stroke="#1d2740" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${ink}</g>
  </g>
  <polygon points="${width * 0.72},0 ${width},0 ${width},${height} ${width * 0.6},${height}" fill="#000" fill-opacity="0.22" filter="url(#blur)"/>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  // Centre of each line before the turn, turned about the picture's centre, at x = cx.
  const centre = (k: number) => top + k * pitch * symbolHeight + 0.5 * symbolHeight;
  const between = (centre(0) + centre(1)) / 2;
  return {
    png,
    width,
    height,
    tilt,
    between: cy + (between - cy) / Math.cos((tilt * Math.PI) / 180),
  };
}
