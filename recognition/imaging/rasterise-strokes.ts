import { createGrayImage, type GrayImage } from './gray-image.js';
import { forEachPixelNearSegment, strokeBounds } from './pen-geometry.js';

export interface RasteriseOptions {
  /** Pen width in output pixels. */
  readonly width: number;
  /** Empty border, in pixels, between the canvas edge and the strokes' centre lines. */
  readonly margin: number;
  /** Side of the square canvas. */
  readonly size: number;
  /**
   * Grade edge pixels by how much of them the pen covers. Off by default because hard-edged
   * strokes matched the shared CROHME glyphs a little better (mean |diff| 5.4 vs 5.7 on 200).
   */
  readonly antialias?: boolean;
}

/**
 * The shared data's CROHME rendering ("5 px wide, scaled to fit 56 px with a 4 px margin"): read
 * as a 56 px symbol on a 64 px canvas, which matches its images better than a 48 px symbol on a
 * 56 px canvas (measured in `rasterise-strokes.test.ts`).
 */
export const CROHME_RENDERING: RasteriseOptions = { width: 5, margin: 4, size: 64 };

/**
 * Draws pen strokes (each a list of `[x, y]` points, y down, any units) as ink 255 on 0 with round
 * joins and caps: the symbol's centre lines are scaled uniformly to fit `size - 2·margin` and
 * centred on the canvas. A stroke of one point, or a symbol of one dot, becomes a round dot.
 */
export function rasteriseStrokes(strokes: number[][][], opts: RasteriseOptions): GrayImage {
  const img = createGrayImage(opts.size, opts.size);
  const bounds = strokeBounds(strokes);
  if (bounds === null) return img;
  const { minX, minY, maxX, maxY } = bounds;
  const box = opts.size - 2 * opts.margin;
  const extent = Math.max(maxX - minX, maxY - minY);
  const scale = extent > 0 ? box / extent : 1;
  const offX = opts.margin + (box - (maxX - minX) * scale) / 2 - minX * scale;
  const offY = opts.margin + (box - (maxY - minY) * scale) / 2 - minY * scale;
  const radius = opts.width / 2;
  for (const stroke of strokes) {
    if (stroke.length === 0) continue;
    let px = stroke[0][0] * scale + offX;
    let py = stroke[0][1] * scale + offY;
    drawSegment(img, px, py, px, py, radius, opts.antialias === true);
    for (let i = 1; i < stroke.length; i++) {
      const qx = stroke[i][0] * scale + offX;
      const qy = stroke[i][1] * scale + offY;
      drawSegment(img, px, py, qx, qy, radius, opts.antialias === true);
      px = qx;
      py = qy;
    }
  }
  return img;
}

/**
 * Paints the capsule of radius `r` around segment a–b (pixel centres at integer coordinates);
 * overlapping capsules give the round joins for free.
 */
function drawSegment(
  img: GrayImage,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
  antialias: boolean,
): void {
  const { width, height, data } = img;
  forEachPixelNearSegment(width, height, ax, ay, bx, by, r, (i, ex, ey) => {
    const d = Math.sqrt(ex * ex + ey * ey);
    const v = antialias
      ? Math.round(255 * Math.min(1, Math.max(0, r - d + 0.5)))
      : d <= r
        ? 255
        : 0;
    if (v > data[i]) data[i] = v;
  });
}
