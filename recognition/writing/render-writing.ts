import type { GrayImage } from '../imaging/gray-image.js';
import { paintCapsule } from '../imaging/pen-ink.js';
import type { Box } from '../types.js';
import type { Stroke } from './compose-writing.js';

/**
 * Handwriting on paper as a scanner or a phone camera sees it: strokes drawn with a round pen of
 * the given width at full resolution, then the paper, the light and the camera's flaws. Output is
 * luminance (dark ink on bright paper), as decoded from an image file.
 */

export interface PaperLook {
  /** Pen width in pixels. */
  readonly penWidth: number;
  /** Turn of the sheet in degrees (positive: clockwise). */
  readonly tiltDegrees: number;
  /** Gray level of the paper under even light, and how much of it the ink takes away (0–1). */
  readonly paper: number;
  readonly inkDarkness: number;
  /** Desk around the sheet, as a share of the sheet's longer side; 0 = the sheet fills the picture. */
  readonly desk: number;
  /** Brightness drop across the sheet, 0–1 (a lamp to one side). */
  readonly shade: number;
  /** Brightness drop inside a shadow with a soft edge across the sheet, 0 = none. */
  readonly shadow: number;
  /** Gaussian blur (standard deviation in pixels), 0 = sharp. */
  readonly blur: number;
  /** Sensor noise (standard deviation of gray levels). */
  readonly noise: number;
}

export const CLEAN_SCAN: Omit<PaperLook, 'penWidth' | 'tiltDegrees'> = {
  paper: 240,
  inkDarkness: 0.82,
  desk: 0,
  shade: 0.03,
  shadow: 0,
  blur: 0,
  noise: 3,
};

/** Where a page's writing lands in its picture: the picture's size and the turn of the sheet. */
export interface PagePixels {
  readonly width: number;
  readonly height: number;
  /** A point of the writing (its own units, which are pixels) to picture pixels. */
  toPixel(point: readonly [number, number]): [number, number];
}

/** The picture of `area` turned by `tiltDegrees`, with `desk` around it (share of its size). */
export function pagePixels(area: Box, tiltDegrees: number, desk: number): PagePixels {
  const angle = (tiltDegrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  const sheetW = Math.ceil(Math.abs(area.width * cos) + Math.abs(area.height * sin));
  const sheetH = Math.ceil(Math.abs(area.width * sin) + Math.abs(area.height * cos));
  const deskMargin = Math.round(desk * Math.max(sheetW, sheetH));
  const width = sheetW + 2 * deskMargin;
  const height = sheetH + 2 * deskMargin;
  return {
    width,
    height,
    toPixel: ([x, y]) => {
      const dx = x - cx;
      const dy = y - cy;
      return [width / 2 + dx * cos - dy * sin, height / 2 + dx * sin + dy * cos];
    },
  };
}

/** How much of each pixel a round pen of `penWidth` covers drawing `strokes` (0–1). */
export function inkCoverage(
  strokes: readonly Stroke[],
  page: PagePixels,
  penWidth: number,
): Float32Array {
  const { width, height } = page;
  const ink = new Float32Array(width * height);
  for (const stroke of strokes) {
    const points = stroke.map(page.toPixel);
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[Math.max(0, i - 1)];
      const [bx, by] = points[i];
      paintCapsule(ink, width, height, ax, ay, bx, by, penWidth / 2);
    }
  }
  return ink;
}

/** A drawing's strokes turned into a picture of the same size in pixels. */
export function renderStrokes(
  strokes: readonly Stroke[],
  area: Box,
  look: PaperLook,
  rng: () => number,
): GrayImage {
  const page = pagePixels(area, look.tiltDegrees, look.desk);
  const { width, height, toPixel } = page;
  const ink = inkCoverage(strokes, page, look.penWidth);

  // The sheet: the unrotated area turned like the writing on it.
  const corners = [
    [area.x, area.y],
    [area.x + area.width, area.y],
    [area.x + area.width, area.y + area.height],
    [area.x, area.y + area.height],
  ].map(([x, y]) => toPixel([x, y]));
  const onSheet = (x: number, y: number): boolean => {
    if (look.desk === 0) return true;
    for (let k = 0; k < 4; k++) {
      const [ax, ay] = corners[k];
      const [bx, by] = corners[(k + 1) % 4];
      if ((bx - ax) * (y - ay) - (by - ay) * (x - ax) < 0) return false;
    }
    return true;
  };

  // A shadow's edge: a line through the sheet at a random angle, softened over a few percent.
  const shadowAngle = rng() * 2 * Math.PI;
  const nx = Math.cos(shadowAngle);
  const ny = Math.sin(shadowAngle);
  const shadowOffset = (rng() - 0.5) * 0.6 * Math.min(width, height);
  const soft = 0.03 * Math.max(width, height);
  const lampX = rng() < 0.5 ? 0 : 1;

  const light = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const across = lampX === 0 ? x / width : 1 - x / width;
      let l = 1 - look.shade * (0.65 * across + 0.35 * (y / height));
      if (look.shadow > 0) {
        const d = (x - width / 2) * nx + (y - height / 2) * ny - shadowOffset;
        l *= 1 - look.shadow / (1 + Math.exp(-d / soft));
      }
      const surface = onSheet(x, y) ? look.paper : 0.42 * look.paper;
      light[y * width + x] = surface * l * (1 - look.inkDarkness * ink[y * width + x]);
    }
  }
  const seen = look.blur > 0 ? gaussianBlur(light, width, height, look.blur) : light;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const n = look.noise > 0 ? (rng() + rng() + rng() - 1.5) * 2 * look.noise : 0;
    data[i] = Math.max(0, Math.min(255, Math.round(seen[i] + n)));
  }
  return { width, height, data };
}

function gaussianBlur(
  src: Float32Array,
  width: number,
  height: number,
  sigma: number,
): Float32Array {
  const radius = Math.max(1, Math.ceil(2.5 * sigma));
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, k) =>
    Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)),
  );
  const total = kernel.reduce((a, b) => a + b, 0);
  const weights = kernel.map((w) => w / total);
  const pass = (from: Float32Array, horizontal: boolean): Float32Array => {
    const out = new Float32Array(from.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let s = 0;
        for (let k = -radius; k <= radius; k++) {
          const xx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
          const yy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
          s += weights[k + radius] * from[yy * width + xx];
        }
        out[y * width + x] = s;
      }
    }
    return out;
  };
  return pass(pass(src, true), false);
}
