import { describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from './gray-image.js';
import { extractInk, glyphFromRaster, toGray, type Raster } from './glyph-from-image.js';
import { normaliseGlyph } from './normalise.js';
import { mulberry32 } from './random.js';

/** A thick "L" on a `w`×`h` page, proportional to the page size. */
function inL(x: number, y: number, w: number, h: number): boolean {
  const u = x / w;
  const v = y / h;
  const stem = u >= 0.33 && u < 0.43 && v >= 0.2 && v < 0.8;
  const foot = u >= 0.33 && u < 0.67 && v >= 0.65 && v < 0.8;
  return stem || foot;
}

function cleanL(w: number, h: number): Uint8Array {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) data[y * w + x] = inL(x, y, w, h) ? 255 : 0;
  return normaliseGlyph({ width: w, height: h, data })!;
}

/** Dark ink on paper lit unevenly (a left-to-right and top-to-bottom gradient), with noise. */
function photoL(w: number, h: number, seed = 1): Raster {
  const rng = mulberry32(seed);
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const paper = 150 + (80 * x) / w + (20 * y) / h;
      const base = inL(x, y, w, h) ? 35 : paper;
      const j = (y * w + x) * 3;
      const noise = (rng() + rng() + rng() - 1.5) * 16;
      // A slightly warm paper tone, so the three channels differ.
      data[j] = Math.max(0, Math.min(255, base + noise + 6));
      data[j + 1] = Math.max(0, Math.min(255, base + noise));
      data[j + 2] = Math.max(0, Math.min(255, base + noise - 10));
    }
  }
  return { width: w, height: h, channels: 3, data };
}

function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < GLYPH_PIXELS; i++) d += Math.abs(a[i] - b[i]);
  return d / GLYPH_PIXELS;
}

describe('toGray', () => {
  it('weights channels like Pillow and composites alpha on the matte', () => {
    const rgb: Raster = {
      width: 2,
      height: 1,
      channels: 3,
      data: Uint8Array.of(255, 0, 0, 0, 0, 255),
    };
    expect(Array.from(toGray(rgb).data)).toEqual([76, 29]);
    const ga: Raster = { width: 2, height: 1, channels: 2, data: Uint8Array.of(0, 0, 0, 255) };
    expect(Array.from(toGray(ga).data)).toEqual([255, 0]);
    expect(Array.from(toGray(ga, 0).data)).toEqual([0, 0]);
  });
});

describe('glyphFromRaster', () => {
  const expected = cleanL(300, 200);

  it('finds dark ink on unevenly lit, noisy paper', () => {
    const g = glyphFromRaster(photoL(300, 200))!;
    expect(g).toHaveLength(GLYPH_PIXELS);
    const d = meanAbsDiff(g, expected);
    console.log(`dark on light: mean |diff| ${d.toFixed(2)}`);
    expect(d).toBeLessThan(3);
  });

  it('finds light ink on a dark background', () => {
    const r = photoL(300, 200, 2);
    const data = r.data.map((v) => 255 - v);
    const g = glyphFromRaster({ ...r, data })!;
    const d = meanAbsDiff(g, expected);
    console.log(`light on dark: mean |diff| ${d.toFixed(2)}`);
    expect(d).toBeLessThan(3);
  });

  it('finds dark or light strokes on a transparent background', () => {
    for (const ink of [0, 255]) {
      const w = 300;
      const h = 200;
      const data = new Uint8Array(w * h * 4);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (!inL(x, y, w, h)) continue;
          data.fill(ink, (y * w + x) * 4, (y * w + x) * 4 + 3);
          data[(y * w + x) * 4 + 3] = 255;
        }
      }
      const g = glyphFromRaster({ width: w, height: h, channels: 4, data })!;
      expect(g, `ink ${ink}`).not.toBeNull();
      expect(meanAbsDiff(g, expected), `ink ${ink}`).toBeLessThan(3);
    }
  });

  it('keeps anti-aliased edges graded', () => {
    const w = 120;
    const h = 120;
    const data = new Uint8Array(w * h).fill(255);
    // A diagonal bar with soft edges, as a drawing app would export it.
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const dist = Math.abs(x - y) / Math.SQRT2;
        const cover = Math.max(0, Math.min(1, 6 - dist));
        data[y * w + x] = Math.round(255 * (1 - cover));
      }
    }
    const ink = extractInk({ width: w, height: h, channels: 1, data })!;
    const graded = ink.data.filter((v) => v > 0 && v < 255).length;
    expect(graded).toBeGreaterThan(100);
  });

  it('drops far specks of scanner dust but keeps the dot of an i', () => {
    const r = photoL(300, 200, 3);
    const dirty = Uint8Array.from(r.data);
    for (const [sx, sy] of [
      [20, 20],
      [280, 30],
      [260, 180],
    ]) {
      for (let y = sy; y < sy + 3; y++) dirty.fill(20, (y * 300 + sx) * 3, (y * 300 + sx + 3) * 3);
    }
    const clean = glyphFromRaster(r)!;
    const g = glyphFromRaster({ ...r, data: dirty })!;
    expect(meanAbsDiff(g, clean)).toBeLessThan(0.5);

    // An "i": a stem and, a little above it, a dot of a sixteenth of its mass.
    const w = 100;
    const h = 100;
    const data = new Uint8Array(w * h).fill(240);
    for (let y = 40; y < 90; y++) data.fill(20, y * w + 45, y * w + 53);
    for (let y = 28; y < 33; y++) data.fill(20, y * w + 47, y * w + 52);
    const i = extractInk({ width: w, height: h, channels: 1, data })!;
    expect(i.data[30 * w + 49]).toBe(255);
  });

  it('returns null for a blank page, even a noisy or unevenly lit one', () => {
    expect(
      glyphFromRaster({ width: 50, height: 40, channels: 1, data: new Uint8Array(2000).fill(230) }),
    ).toBeNull();
    const rng = mulberry32(7);
    const w = 200;
    const h = 150;
    const data = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i++) {
      const v = 140 + (90 * (i % w)) / w + (rng() + rng() + rng() - 1.5) * 16;
      data.fill(Math.round(v), i * 3, i * 3 + 3);
    }
    expect(glyphFromRaster({ width: w, height: h, channels: 3, data })).toBeNull();
    const transparent = new Uint8Array(40 * 40 * 4);
    expect(glyphFromRaster({ width: 40, height: 40, channels: 4, data: transparent })).toBeNull();
  });

  it('handles a 4000×3000 photo', () => {
    const g = glyphFromRaster(photoL(4000, 3000, 4))!;
    expect(meanAbsDiff(g, cleanL(4000, 3000))).toBeLessThan(3);
  });
});
