import type { GrayImage } from './gray-image.js';

/**
 * Pen strokes drawn at their real size with a round pen, as they come out of a scanner or a
 * camera: the ink a picture's segmentation would find, graded at the edges. Unlike the CROHME
 * rendering (every symbol scaled to 56 px, 5 px pen), a small symbol keeps a pen as wide as a
 * large one's, which is how commas and dots look in photos.
 */

/** Covers the pixels within `r` of segment a–b (coverage 0–1, kept at its maximum), rim graded. */
export function paintCapsule(
  coverage: Float32Array,
  width: number,
  height: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
): void {
  const reach = r + 1;
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + reach));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + reach));
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const t = len2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const d = Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
      const v = Math.min(1, Math.max(0, r - d + 0.5));
      const i = y * width + x;
      if (v > coverage[i]) coverage[i] = v;
    }
  }
}

export interface PenOptions {
  /** Pixels per unit of the strokes' coordinates. */
  readonly scale: number;
  /** Pen width in pixels. */
  readonly penWidth: number;
}

/** The strokes drawn with a round pen: ink 255 on 0, the image just large enough to hold it. */
export function penInk(
  strokes: readonly (readonly (readonly number[])[])[],
  opts: PenOptions,
): GrayImage {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const stroke of strokes)
    for (const [x, y] of stroke) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  if (minX > maxX) return { width: 0, height: 0, data: new Uint8Array(0) };
  const r = opts.penWidth / 2;
  const pad = Math.ceil(r) + 2;
  const width = Math.ceil((maxX - minX) * opts.scale) + 2 * pad;
  const height = Math.ceil((maxY - minY) * opts.scale) + 2 * pad;
  const coverage = new Float32Array(width * height);
  const px = (x: number) => (x - minX) * opts.scale + pad;
  const py = (y: number) => (y - minY) * opts.scale + pad;
  for (const stroke of strokes) {
    for (let i = 0; i < stroke.length; i++) {
      const [ax, ay] = stroke[Math.max(0, i - 1)];
      const [bx, by] = stroke[i];
      paintCapsule(coverage, width, height, px(ax), py(ay), px(bx), py(by), r);
    }
  }
  return { width, height, data: Uint8Array.from(coverage, (c) => Math.round(255 * c)) };
}
