import { GLYPH_PIXELS as IMPORTED_PIXELS, GLYPH_SIZE as IMPORTED_SIZE } from './gray-image.js';

// Local copies: module loaders (vitest's, tsx's) may turn imported bindings into property reads
// through getters, which made the pixel loops below ~10x slower.
const GLYPH_SIZE: number = IMPORTED_SIZE;
const GLYPH_PIXELS: number = IMPORTED_PIXELS;

export interface AugmentOptions {
  /** Largest rotation either way, in degrees. */
  rotateDeg: number;
  /** Largest relative change of size either way (0.1 = ±10 %). */
  scale: number;
  /** Largest horizontal shear factor either way (slant of handwriting). */
  shear: number;
  /** Largest shift either way along each axis, in pixels. */
  translate: number;
  /**
   * Randomly thicken or thin the strokes: HASYv2 strokes are ~1 px, EMNIST's thick and blurred,
   * and without this the network learns to tell the sources apart instead of the symbols.
   */
  thickness: boolean;
}

export const DEFAULT_AUGMENT: AugmentOptions = {
  rotateDeg: 8,
  scale: 0.1,
  shear: 0.15,
  translate: 1.5,
  thickness: true,
};

const DILATE_PROBABILITY = 0.3;
const THIN_PROBABILITY = 0.3;
/** Thinning that leaves less ink than this share of the original erased a thin glyph: skip it. */
const MIN_KEPT_AFTER_THINNING = 0.45;

// Reused across calls: augmentation runs thousands of times a second in the training loop.
const warped = new Uint8Array(GLYPH_PIXELS);
const morphed = new Uint8Array(GLYPH_PIXELS);

/** The point the glyph is rotated, sheared and scaled about: where normalisation puts its mass. */
const CENTRE = GLYPH_SIZE / 2;

function uniform(rng: () => number, amplitude: number): number {
  return (rng() * 2 - 1) * amplitude;
}

function inkMass(img: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < GLYPH_PIXELS; i++) s += img[i];
  return s;
}

/** Inverse-maps every output pixel through the affine transform and samples bilinearly. */
function warp(src: Uint8Array, dst: Uint8Array, rng: () => number, o: AugmentOptions): void {
  const angle = (uniform(rng, o.rotateDeg) * Math.PI) / 180;
  const s = 1 + uniform(rng, o.scale);
  const k = uniform(rng, o.shear);
  const tx = uniform(rng, o.translate);
  const ty = uniform(rng, o.translate);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Forward matrix: rotation · shear · scale.
  const a = cos * s;
  const b = (cos * k - sin) * s;
  const c = sin * s;
  const d = (sin * k + cos) * s;
  const det = a * d - b * c;
  const ia = d / det;
  const ib = -b / det;
  const ic = -c / det;
  const id = a / det;
  const last = GLYPH_SIZE - 1;
  for (let y = 0; y < GLYPH_SIZE; y++) {
    const dy = y - CENTRE - ty;
    for (let x = 0; x < GLYPH_SIZE; x++) {
      const dx = x - CENTRE - tx;
      const sx = ia * dx + ib * dy + CENTRE;
      const sy = ic * dx + id * dy + CENTRE;
      let v = 0;
      if (sx > -1 && sy > -1 && sx < GLYPH_SIZE && sy < GLYPH_SIZE) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        const r0 = y0 * GLYPH_SIZE;
        const r1 = r0 + GLYPH_SIZE;
        const inX0 = x0 >= 0;
        const inX1 = x0 < last;
        const p00 = y0 >= 0 && inX0 ? src[r0 + x0] : 0;
        const p01 = y0 >= 0 && inX1 ? src[r0 + x0 + 1] : 0;
        const p10 = y0 < last && inX0 ? src[r1 + x0] : 0;
        const p11 = y0 < last && inX1 ? src[r1 + x0 + 1] : 0;
        v = (p00 + (p01 - p00) * fx) * (1 - fy) + (p10 + (p11 - p10) * fx) * fy;
      }
      dst[y * GLYPH_SIZE + x] = v + 0.5;
    }
  }
}

/** Grayscale dilation by the 3×3 square, blended with the input by `strength` in (0, 1]. */
function dilate(src: Uint8Array, dst: Uint8Array, strength: number): void {
  for (let y = 0; y < GLYPH_SIZE; y++) {
    const y0 = y > 0 ? y - 1 : 0;
    const y1 = y < GLYPH_SIZE - 1 ? y + 1 : y;
    for (let x = 0; x < GLYPH_SIZE; x++) {
      const x0 = x > 0 ? x - 1 : 0;
      const x1 = x < GLYPH_SIZE - 1 ? x + 1 : x;
      let m = 0;
      for (let yy = y0; yy <= y1; yy++) {
        for (let xx = x0; xx <= x1; xx++) {
          const v = src[yy * GLYPH_SIZE + xx];
          if (v > m) m = v;
        }
      }
      const v = src[y * GLYPH_SIZE + x];
      dst[y * GLYPH_SIZE + x] = v + (m - v) * strength + 0.5;
    }
  }
}

/** Grayscale erosion by the 5-pixel cross (gentler than the square), blended by `strength`. */
function thin(src: Uint8Array, dst: Uint8Array, strength: number): void {
  for (let y = 0; y < GLYPH_SIZE; y++) {
    for (let x = 0; x < GLYPH_SIZE; x++) {
      const i = y * GLYPH_SIZE + x;
      const v = src[i];
      let m = v;
      // Outside the canvas counts as background, like everywhere else in the glyph.
      m = Math.min(m, x > 0 ? src[i - 1] : 0, x < GLYPH_SIZE - 1 ? src[i + 1] : 0);
      m = Math.min(
        m,
        y > 0 ? src[i - GLYPH_SIZE] : 0,
        y < GLYPH_SIZE - 1 ? src[i + GLYPH_SIZE] : 0,
      );
      dst[i] = v - (v - m) * strength + 0.5;
    }
  }
}

/**
 * Writes a randomly distorted copy of the 28×28 glyph `src` into `out` (which may not alias
 * `src`): a small affine transform about the centre, then maybe thicker or thinner strokes.
 * Deterministic for a given `rng` state; never turns a glyph with ink into an empty one.
 */
export function augmentGlyph(
  src: Uint8Array,
  out: Uint8Array,
  rng: () => number,
  opts: AugmentOptions,
): void {
  warp(src, warped, rng, opts);
  let result: Uint8Array = warped;
  if (opts.thickness) {
    const pick = rng();
    const strength = 0.5 + 0.5 * rng();
    if (pick < DILATE_PROBABILITY) {
      dilate(warped, morphed, strength);
      result = morphed;
    } else if (pick < DILATE_PROBABILITY + THIN_PROBABILITY) {
      thin(warped, morphed, strength);
      if (inkMass(morphed) >= MIN_KEPT_AFTER_THINNING * inkMass(warped)) result = morphed;
    }
  }
  if (inkMass(result) === 0) result = src;
  out.set(result.subarray(0, GLYPH_PIXELS));
}
