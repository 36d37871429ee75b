import { describe, expect, it } from 'vitest';

import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { normaliseGlyph } from '../imaging/normalise.js';
import { CROHME_RENDERING, rasteriseStrokes } from '../imaging/rasterise-strokes.js';
import { groupStrokes, type ClassifyGlyphs } from './group-strokes.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from './templates.js';

const FORMULA = FORALL_P_IMPLIES_Q;

const key = (groups: readonly (readonly number[])[]): string =>
  groups
    .map((g) => [...g].sort((a, b) => a - b).join('+'))
    .sort()
    .join(' ');

const glyphKey = (glyph: Uint8Array): string => Buffer.from(glyph).toString('base64');

/** A classifier that is sure of the true symbols' glyphs and unsure of everything else. */
function oracle(strokes: number[][][], groups: readonly (readonly number[])[]): ClassifyGlyphs {
  const known = new Set(
    groups.map((g) => {
      const glyph = normaliseGlyph(
        rasteriseStrokes(
          g.map((i) => strokes[i]),
          CROHME_RENDERING,
        ),
      );
      return glyph ? glyphKey(glyph) : '';
    }),
  );
  return (glyphs, count) =>
    Array.from({ length: count }, (_, k) => {
      const glyph = glyphs.subarray(k * GLYPH_PIXELS, (k + 1) * GLYPH_PIXELS);
      return [{ name: 'sym', probability: known.has(glyphKey(glyph)) ? 0.9 : 0.05 }];
    });
}

/** A classifier with no opinion: grouping rests on geometry alone. */
const indifferent: ClassifyGlyphs = (_glyphs, count) =>
  Array.from({ length: count }, () => [{ name: 'sym', probability: 0.5 }]);

describe('groupStrokes', () => {
  it('returns nothing for no strokes, and leaves out empty strokes', () => {
    expect(groupStrokes([], indifferent)).toEqual([]);
    const { strokes } = composeFormula(['x']);
    const groups = groupStrokes([[], ...strokes], indifferent);
    expect(groups.map((g) => g.strokes)).toEqual([[1, 2]]);
  });

  it('groups a jittered ∀x(P(x)→Q(x)) exactly with a classifier that knows the symbols', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { strokes, groups } = composeFormula(FORMULA, { seed, jitter: 0.04 });
      const found = groupStrokes(strokes, oracle(strokes, groups));
      expect(key(found.map((g) => g.strokes)), `seed ${seed}`).toBe(key(groups));
    }
  });

  it('groups it from geometry alone when the classifier has no opinion', () => {
    let exact = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { strokes, groups } = composeFormula(FORMULA, { seed, jitter: 0.04 });
      const found = groupStrokes(strokes, indifferent);
      if (key(found.map((g) => g.strokes)) === key(groups)) exact++;
    }
    expect(exact).toBeGreaterThanOrEqual(8);
  });

  it('joins a stroke written late, such as the dot of an i at the end of the formula', () => {
    const symbols = ['i', 'eq', 'x', 'neg', 'i'];
    for (let seed = 1; seed <= 5; seed++) {
      const { strokes, groups } = composeFormula(symbols, { seed, late: [0] });
      expect(groups[0]).toEqual([0, strokes.length - 1]);
      const found = groupStrokes(strokes, oracle(strokes, groups));
      expect(key(found.map((g) => g.strokes)), `seed ${seed}`).toBe(key(groups));
    }
  });

  it('gives each group its box, its normalised glyph and its predictions', () => {
    const { strokes } = composeFormula(['eq', 'x'], { height: 100 });
    const found = groupStrokes(strokes, indifferent);
    expect(found.map((g) => g.strokes)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const [eq] = found;
    expect(eq.box.width).toBeGreaterThan(50);
    expect(eq.box.height).toBeGreaterThan(15);
    expect(eq.glyph).toHaveLength(GLYPH_PIXELS);
    expect(eq.glyph.some((v) => v > 0)).toBe(true);
    expect(eq.predictions[0]).toEqual({ name: 'sym', probability: 0.5 });
  });

  it('classifies all candidates in one call', () => {
    const { strokes } = composeFormula(FORMULA);
    let calls = 0;
    groupStrokes(strokes, (glyphs, count) => {
      calls++;
      expect(glyphs.length).toBe(count * GLYPH_PIXELS);
      return indifferent(glyphs, count);
    });
    expect(calls).toBe(1);
  });

  it('does not depend on the unit of the coordinates', () => {
    const { strokes, groups } = composeFormula(FORMULA, { seed: 3, height: 1000 });
    const small = strokes.map((s) => s.map(([x, y]) => [x / 100, y / 100]));
    const a = groupStrokes(strokes, indifferent).map((g) => g.strokes);
    const b = groupStrokes(small, indifferent).map((g) => g.strokes);
    expect(b).toEqual(a);
    expect(key(a)).toBe(key(groups));
  });
});
