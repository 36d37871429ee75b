import { createGrayImage, type GrayImage } from './gray-image.js';

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
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const stroke of strokes) {
    for (const [x, y] of stroke) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (minX > maxX) return img;
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
  const reach = r + 1;
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + reach));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + reach));
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  for (let y = y0; y <= y1; y++) {
    // Only the part of the segment within `reach` of this row can ink it: scanning just its
    // columns rather than the whole box keeps a long diagonal from costing its box's area.
    let from = x0;
    let to = x1;
    if (dy !== 0) {
      const xa = ax + Math.max(0, Math.min(1, (y - reach - ay) / dy)) * dx;
      const xb = ax + Math.max(0, Math.min(1, (y + reach - ay) / dy)) * dx;
      from = Math.max(x0, Math.floor(Math.min(xa, xb) - reach));
      to = Math.min(x1, Math.ceil(Math.max(xa, xb) + reach));
    }
    for (let x = from; x <= to; x++) {
      const t = len2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const ex = x - (ax + t * dx);
      const ey = y - (ay + t * dy);
      const d = Math.sqrt(ex * ex + ey * ey);
      let v: number;
      if (antialias) {
        v = Math.round(255 * Math.min(1, Math.max(0, r - d + 0.5)));
      } else {
        v = d <= r ? 255 : 0;
      }
      const i = y * width + x;
      if (v > data[i]) data[i] = v;
    }
  }
}
