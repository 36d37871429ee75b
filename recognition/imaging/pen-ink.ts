import type { GrayImage } from './gray-image.js';
import { forEachPixelNearSegment, strokeBounds } from './pen-geometry.js';

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
  forEachPixelNearSegment(width, height, ax, ay, bx, by, r, (i, ex, ey) => {
    const v = Math.min(1, Math.max(0, r - Math.hypot(ex, ey) + 0.5));
    if (v > coverage[i]) coverage[i] = v;
  });
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
  const bounds = strokeBounds(strokes);
  if (bounds === null) return { width: 0, height: 0, data: new Uint8Array(0) };
  const { minX, minY, maxX, maxY } = bounds;
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
