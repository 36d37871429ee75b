import { describe, expect, it } from 'vitest';
import { augmentGlyph, DEFAULT_AUGMENT, type AugmentOptions } from './augment.js';
import { GLYPH_PIXELS, GLYPH_SIZE } from './gray-image.js';
import { normaliseGlyph } from './normalise.js';
import { mulberry32 } from './random.js';
import { glyphCentreOfMass } from './glyph-test-support.js';

/** A normalised "7"-like glyph: a bar and a diagonal, `pen` px strokes on a 60 px page. */
function seven(pen = 4): Uint8Array {
  const w = 60;
  const img = new Uint8Array(w * w);
  for (let y = 5; y < 5 + pen; y++) img.fill(255, y * w + 10, y * w + 50);
  for (let y = 5 + pen; y < 55; y++) {
    const x = Math.round(50 - ((y - 9) * 30) / 46);
    img.fill(255, y * w + x - pen / 2, y * w + x + pen / 2);
  }
  return normaliseGlyph({ width: w, height: w, data: img })!;
}

/** Every augmentation off. */
const NO_AUGMENT: AugmentOptions = {
  rotateDeg: 0,
  scale: 0,
  shear: 0,
  translate: 0,
  thickness: false,
};

function mass(g: Uint8Array): number {
  return g.reduce((a, v) => a + v, 0);
}

describe('mulberry32', () => {
  it('is deterministic, in [0, 1) and roughly uniform', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('augmentGlyph', () => {
  const src = seven();

  it('is deterministic for a seed', () => {
    const a = new Uint8Array(GLYPH_PIXELS);
    const b = new Uint8Array(GLYPH_PIXELS);
    const ra = mulberry32(5);
    const rb = mulberry32(5);
    for (let i = 0; i < 20; i++) {
      augmentGlyph(src, a, ra, DEFAULT_AUGMENT);
      augmentGlyph(src, b, rb, DEFAULT_AUGMENT);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    }
  });

  it('changes the picture but keeps the ink, mostly in place', () => {
    const out = new Uint8Array(GLYPH_PIXELS);
    const rng = mulberry32(9);
    const before = glyphCentreOfMass(src);
    let changed = 0;
    let worstShift = 0;
    for (let i = 0; i < 500; i++) {
      augmentGlyph(src, out, rng, DEFAULT_AUGMENT);
      if (!Buffer.from(out).equals(Buffer.from(src))) changed++;
      const ratio = mass(out) / mass(src);
      expect(ratio).toBeGreaterThan(0.3);
      expect(ratio).toBeLessThan(3);
      const after = glyphCentreOfMass(out);
      worstShift = Math.max(worstShift, Math.hypot(after.x - before.x, after.y - before.y));
    }
    expect(changed).toBe(500);
    // Translation is at most 1.5 px per axis; rotation and shear about (14, 14) add a little.
    expect(worstShift).toBeLessThan(3);
  });

  it('leaves the glyph alone with every option off', () => {
    const out = new Uint8Array(GLYPH_PIXELS);
    augmentGlyph(src, out, mulberry32(1), NO_AUGMENT);
    expect(Array.from(out)).toEqual(Array.from(src));
  });

  it('never empties a glyph, even a single faint pixel', () => {
    const dot = new Uint8Array(GLYPH_PIXELS);
    dot[14 * GLYPH_SIZE + 14] = 3;
    const out = new Uint8Array(GLYPH_PIXELS);
    const rng = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      augmentGlyph(dot, out, rng, DEFAULT_AUGMENT);
      expect(mass(out)).toBeGreaterThan(0);
    }
  });

  it('varies stroke thickness, thinning only strokes thick enough for it', () => {
    const only: AugmentOptions = { ...NO_AUGMENT, thickness: true };
    const out = new Uint8Array(GLYPH_PIXELS);
    const rng = mulberry32(11);
    const count = (glyph: Uint8Array) => {
      let thicker = 0;
      let thinner = 0;
      for (let i = 0; i < 200; i++) {
        augmentGlyph(glyph, out, rng, only);
        const r = mass(out) / mass(glyph);
        if (r > 1.2) thicker++;
        if (r < 0.85) thinner++;
        expect(r).toBeGreaterThanOrEqual(0.45);
      }
      return { thicker, thinner };
    };
    // Expected about 60 of 200 each way (probability 0.3 each).
    const thick = count(seven(10));
    expect(thick.thicker).toBeGreaterThan(40);
    expect(thick.thinner).toBeGreaterThan(40);
    const thin = count(seven(2));
    expect(thin.thicker).toBeGreaterThan(40);
    expect(thin.thinner).toBeLessThan(thick.thinner);
  });
});
