import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import { createGrayImage, GLYPH_PIXELS, GLYPH_SIZE, type GrayImage } from './gray-image.js';
import { normaliseGlyph, resizeBilinear, roundHalfEven } from './normalise.js';
import { glyphCentreOfMass } from './glyph-test-support.js';

function inkBox(g: Uint8Array): { w: number; h: number } {
  let x0 = GLYPH_SIZE;
  let x1 = -1;
  let y0 = GLYPH_SIZE;
  let y1 = -1;
  for (let i = 0; i < GLYPH_PIXELS; i++) {
    if (!g[i]) continue;
    const x = i % GLYPH_SIZE;
    const y = Math.floor(i / GLYPH_SIZE);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

function rect(w: number, h: number, x0: number, y0: number, rw: number, rh: number): GrayImage {
  const img = createGrayImage(w, h);
  for (let y = y0; y < y0 + rh; y++) img.data.fill(255, y * w + x0, y * w + x0 + rw);
  return img;
}

describe('normaliseGlyph (synthetic)', () => {
  it('returns null for a blank image', () => {
    expect(normaliseGlyph(createGrayImage(40, 30))).toBeNull();
    expect(normaliseGlyph(createGrayImage(0, 0))).toBeNull();
  });

  it('scales a rectangle to a longer side of 20, keeps the aspect and centres its mass', () => {
    const g = normaliseGlyph(rect(200, 150, 30, 20, 100, 50))!;
    expect(g).toHaveLength(GLYPH_PIXELS);
    expect(inkBox(g)).toEqual({ w: 20, h: 10 });
    const c = glyphCentreOfMass(g);
    expect(Math.abs(c.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(c.y - 14)).toBeLessThanOrEqual(0.5);
    // A uniformly inked rectangle stays uniform inside.
    expect(g[14 * GLYPH_SIZE + 14]).toBe(255);
  });

  it('keeps the aspect of tall shapes and gives thin ones at least 1 px', () => {
    expect(inkBox(normaliseGlyph(rect(50, 90, 10, 5, 15, 60))!)).toEqual({ w: 5, h: 20 });
    const line = normaliseGlyph(rect(300, 40, 10, 20, 250, 1))!;
    expect(inkBox(line)).toEqual({ w: 20, h: 1 });
  });

  it('turns a single pixel into a 20×20 block at the centre', () => {
    const img = createGrayImage(9, 9);
    img.data[4 * 9 + 7] = 200;
    const g = normaliseGlyph(img)!;
    expect(inkBox(g)).toEqual({ w: 20, h: 20 });
    expect(g[4 * GLYPH_SIZE + 4]).toBe(200);
    const c = glyphCentreOfMass(g);
    expect(c.x).toBeCloseTo(13.5, 5);
    expect(c.y).toBeCloseTo(13.5, 5);
  });

  it('does not depend on where the glyph sits in its image', () => {
    const a = normaliseGlyph(rect(100, 100, 5, 5, 30, 60))!;
    const b = normaliseGlyph(rect(400, 300, 333, 201, 30, 60))!;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('clamps the offset so lopsided glyphs stay inside the canvas', () => {
    // A heavy blob at the very top of a tall glyph pulls its centre of mass up.
    const img = createGrayImage(20, 100);
    img.data.fill(255, 0, 20 * 20);
    for (let y = 20; y < 100; y++) img.data[y * 20 + 10] = 20;
    const g = normaliseGlyph(img)!;
    expect(inkBox(g).h).toBe(20);
    expect(g.subarray(27 * GLYPH_SIZE).some((v) => v > 0)).toBe(true);
  });

  it('rounds like Python and resizes like Pillow', () => {
    expect([0.5, 1.5, 2.5, 12.5, 13.5, 2.4, 2.6].map(roundHalfEven)).toEqual([
      0, 2, 2, 12, 14, 2, 3,
    ]);
    // Halving: Pillow's triangle filter is widened ×2 (support 2), so each output sees three
    // inputs, weighted 3:3:1 once the taps outside the image are cut off and renormalised.
    const down = resizeBilinear(
      { width: 4, height: 1, data: Uint8Array.of(0, 100, 200, 255) },
      2,
      1,
    );
    expect(Array.from(down.data)).toEqual([
      Math.round((0 * 3 + 100 * 3 + 200 * 1) / 7),
      Math.round((100 * 1 + 200 * 3 + 255 * 3) / 7),
    ]);
    const same = resizeBilinear({ width: 2, height: 2, data: Uint8Array.of(1, 2, 3, 4) }, 2, 2);
    expect(Array.from(same.data)).toEqual([1, 2, 3, 4]);
  });
});

const dataDir = findSharedData();
if (!dataDir) console.warn(SHARED_DATA_MISSING);

describe.skipIf(!dataDir)('normaliseGlyph on the shared data', () => {
  // The shared images are already normalised, so normalising them again must change nothing:
  // this pins the crop, the size rounding, the centre-of-mass rounding (Python's round()) and the
  // clamping. The resampling itself is checked against CROHME renders in rasterise-strokes.test.ts.
  it('reproduces the shared images', () => {
    const pixels = gunzipSync(readFileSync(join(dataDir!, 'symbols', 'images.u8.gz')));
    const count = pixels.length / GLYPH_PIXELS;
    const step = Math.floor(count / 4000);
    let n = 0;
    let identical = 0;
    let identicalShifted = 0;
    let absDiff = 0;
    const canvas = createGrayImage(61, 47);
    for (let i = 0; i < count; i += step) {
      const original = pixels.subarray(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS);
      const g = normaliseGlyph({ width: GLYPH_SIZE, height: GLYPH_SIZE, data: original })!;
      let d = 0;
      for (let p = 0; p < GLYPH_PIXELS; p++) d += Math.abs(g[p] - original[p]);
      absDiff += d / GLYPH_PIXELS;
      if (d === 0) identical++;
      // The same glyph placed elsewhere on a larger page must come out the same.
      canvas.data.fill(0);
      const ox = (i * 7) % (61 - GLYPH_SIZE);
      const oy = (i * 13) % (47 - GLYPH_SIZE);
      for (let y = 0; y < GLYPH_SIZE; y++) {
        canvas.data.set(
          original.subarray(y * GLYPH_SIZE, (y + 1) * GLYPH_SIZE),
          (oy + y) * 61 + ox,
        );
      }
      if (Buffer.from(normaliseGlyph(canvas)!).equals(Buffer.from(original))) identicalShifted++;
      n++;
    }
    const mean = absDiff / n;
    console.log(
      `normalise on ${n} shared images: byte-identical ${((100 * identical) / n).toFixed(2)} %, ` +
        `from a larger page ${((100 * identicalShifted) / n).toFixed(2)} %, mean |diff| ${mean.toFixed(4)}`,
    );
    expect(n).toBeGreaterThan(3000);
    // Measured: every one of the 210,531 shared images comes back byte-identical.
    expect(identical).toBe(n);
    expect(identicalShifted).toBe(n);
    expect(mean).toBe(0);
  });
});
