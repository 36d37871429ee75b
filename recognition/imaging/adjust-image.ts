import type { Box } from '../types.js';
import type { GrayImage } from './gray-image.js';

/**
 * The user's turn and crop of a picture, applied to its gray pixels before anything is looked
 * for on it. A pure function on raw pixels, so the page shows the same picture as the reader
 * reads (the view applies the same geometry with `turnedSize` and `adjustedSize`).
 */

/** How the user turned and cut a picture before it is read. */
export interface ImageAdjustment {
  /**
   * Degrees clockwise as the picture is shown (y down): quarter turns and a fine angle in one
   * number. The picture turns about its centre inside the smallest upright frame that holds it.
   */
  readonly angle: number;
  /** What is kept, in the turned frame's pixels; null keeps the whole frame. */
  readonly crop: Box | null;
}

export const NO_ADJUSTMENT: ImageAdjustment = { angle: 0, crop: null };

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function isNoAdjustment(adjustment: ImageAdjustment): boolean {
  return normalAngle(adjustment.angle) === 0 && adjustment.crop === null;
}

/** The angle in [0, 360). */
function normalAngle(angle: number): number {
  const a = angle % 360;
  return a < 0 ? a + 360 : a;
}

/**
 * Cosine and sine of the angle, exact at quarter turns: the floating-point residue of cos 90°
 * would otherwise blur a picture that was only turned on its side.
 */
function cosSin(angle: number): readonly [number, number] {
  const a = normalAngle(angle);
  if (a === 0) return [1, 0];
  if (a === 90) return [0, 1];
  if (a === 180) return [-1, 0];
  if (a === 270) return [0, -1];
  const r = (a * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r)];
}

/** The upright frame that holds a `width`×`height` picture turned by `angle`. */
export function turnedSize(width: number, height: number, angle: number): Size {
  const [c, s] = cosSin(angle);
  return {
    width: Math.max(1, Math.round(Math.abs(width * c) + Math.abs(height * s))),
    height: Math.max(1, Math.round(Math.abs(width * s) + Math.abs(height * c))),
  };
}

/** `crop` in whole pixels inside `frame`; null when it keeps nothing (or is null). */
export function clampCrop(crop: Box | null, frame: Size): Box | null {
  if (crop === null) return null;
  const x0 = Math.max(0, Math.round(crop.x));
  const y0 = Math.max(0, Math.round(crop.y));
  const x1 = Math.min(frame.width, Math.round(crop.x + crop.width));
  const y1 = Math.min(frame.height, Math.round(crop.y + crop.height));
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The size of the picture as `adjustImage` returns it. */
export function adjustedSize(width: number, height: number, adjustment: ImageAdjustment): Size {
  const frame = turnedSize(width, height, adjustment.angle);
  const crop = clampCrop(adjustment.crop, frame);
  return crop === null ? frame : { width: crop.width, height: crop.height };
}

/** The adjustment of a picture shown `scale` times its size (crop scaled, angle kept). */
export function scaleAdjustment(adjustment: ImageAdjustment, scale: number): ImageAdjustment {
  const { crop } = adjustment;
  return {
    angle: adjustment.angle,
    crop:
      crop === null
        ? null
        : {
            x: crop.x * scale,
            y: crop.y * scale,
            width: crop.width * scale,
            height: crop.height * scale,
          },
  };
}

/**
 * `image` turned by `adjustment.angle` about its centre, then cut to `adjustment.crop`. Pixels
 * are sampled bilinearly; the corners a fine turn uncovers take the nearest pixel of the
 * picture's edge, so they continue the paper (or desk) beside them and leave no step that could
 * be taken for ink.
 */
export function adjustImage(image: GrayImage, adjustment: ImageAdjustment): GrayImage {
  if (isNoAdjustment(adjustment)) return image;
  const { width: w, height: h, data } = image;
  const frame = turnedSize(w, h, adjustment.angle);
  const crop = clampCrop(adjustment.crop, frame) ?? {
    x: 0,
    y: 0,
    width: frame.width,
    height: frame.height,
  };
  const [c, s] = cosSin(adjustment.angle);
  const out = new Uint8Array(crop.width * crop.height);
  const at = (x: number, y: number) =>
    data[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))];
  for (let v = 0; v < crop.height; v++) {
    const dy = v + crop.y + 0.5 - frame.height / 2;
    for (let u = 0; u < crop.width; u++) {
      const dx = u + crop.x + 0.5 - frame.width / 2;
      // The inverse turn takes the frame's pixel centre back to the picture.
      const sx = c * dx + s * dy + w / 2 - 0.5;
      const sy = -s * dx + c * dy + h / 2 - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      out[v * crop.width + u] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: crop.width, height: crop.height, data: out };
}

export type Point = readonly [number, number];

/** A point of the stored `size` picture where the adjusted picture shows it. */
export function toAdjusted(point: Point, size: Size, adjustment: ImageAdjustment): Point {
  const frame = turnedSize(size.width, size.height, adjustment.angle);
  const crop = clampCrop(adjustment.crop, frame);
  const [c, s] = cosSin(adjustment.angle);
  const dx = point[0] - size.width / 2;
  const dy = point[1] - size.height / 2;
  return [
    c * dx - s * dy + frame.width / 2 - (crop?.x ?? 0),
    s * dx + c * dy + frame.height / 2 - (crop?.y ?? 0),
  ];
}

/** A point of the adjusted picture back in the stored `size` picture (`toAdjusted` undone). */
export function fromAdjusted(point: Point, size: Size, adjustment: ImageAdjustment): Point {
  const frame = turnedSize(size.width, size.height, adjustment.angle);
  const crop = clampCrop(adjustment.crop, frame);
  const [c, s] = cosSin(adjustment.angle);
  const dx = point[0] + (crop?.x ?? 0) - frame.width / 2;
  const dy = point[1] + (crop?.y ?? 0) - frame.height / 2;
  return [c * dx + s * dy + size.width / 2, -s * dx + c * dy + size.height / 2];
}
