import { describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import type { GlyphDataset } from './dataset.js';
import { CLASS_LISTS, PAPER_CLASSES, pickSamples } from './paper-set.js';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';

/** `perClass[name]` samples of each class, in class order. */
function dataOf(perClass: Record<string, number>): GlyphDataset {
  const classes = Object.keys(perClass);
  const labels = classes.flatMap((name, k) => Array<number>(perClass[name]).fill(k));
  return {
    classes,
    labels: Uint16Array.from(labels),
    images: new Uint8Array(labels.length * GLYPH_PIXELS),
    count: labels.length,
  };
}

const countBy = (data: GlyphDataset, picks: number[]) => {
  const counts: Record<string, number> = {};
  for (const i of picks) {
    const name = data.classes[data.labels[i]];
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
};

describe('PAPER_CLASSES', () => {
  it('keeps 67 of the 78 classes, one of each shape-duplicate capital or digit', () => {
    expect(PAPER_CLASSES).toHaveLength(67);
    for (const kept of ['c', 'k', 'o', 'p', 's', 'v', 'w', 'x', 'z', '1', 'forall', 'A'])
      expect(PAPER_CLASSES).toContain(kept);
    for (const dropped of ['C', 'K', 'O', 'P', 'S', 'V', 'W', 'X', 'Z', '0', 'I'])
      expect(PAPER_CLASSES).not.toContain(dropped);
  });

  it("offers the paper's arithmetic and every class as other lists", () => {
    expect(CLASS_LISTS.paper).toEqual(
      expect.arrayContaining([...CLASS_LISTS.logic, 'plus', 'minus', 'lt', 'gt']),
    );
    expect(CLASS_LISTS.paper).toHaveLength(71);
    expect(CLASS_LISTS.paper).not.toContain('vdash');
    expect(CLASS_LISTS.all).toHaveLength(SYMBOL_NAMES.length - 11);
    expect(CLASS_LISTS.all).toContain('vdash');
  });
});

describe('pickSamples', () => {
  const data = dataOf({ a: 50, b: 10, c: 40, Z: 30 });
  const classes = ['a', 'b', 'c'];

  it('picks distinct samples of the wanted classes, reproducibly from the seed', () => {
    const picks = pickSamples(data, classes, 60, mulberry32(3));
    expect(new Set(picks).size).toBe(60);
    expect(countBy(data, picks).Z).toBeUndefined();
    expect(pickSamples(data, classes, 60, mulberry32(3))).toEqual(picks);
    expect(pickSamples(data, classes, 60, mulberry32(4))).not.toEqual(picks);
  });

  it('follows the data’s class frequencies unless balanced', () => {
    const picks = pickSamples(data, classes, 90, mulberry32(1));
    // All 100 eligible samples but ten, so each class keeps most of its own: 30 each would be
    // balanced, and b has only 10.
    const counts = countBy(data, picks);
    expect(counts.a).toBeGreaterThanOrEqual(40);
    expect(counts.c).toBeGreaterThanOrEqual(30);
    const balanced = pickSamples(data, classes, 29, mulberry32(1), { balanced: true });
    expect(countBy(data, balanced)).toEqual({ a: 10, b: 10, c: 9 });
    // Shuffled, not class after class.
    expect(balanced.slice(0, 10).every((i) => data.labels[i] === 0)).toBe(false);
  });

  it('never picks excluded samples, so a test drawn from the same split stays apart', () => {
    const first = pickSamples(data, classes, 70, mulberry32(5));
    const second = pickSamples(data, classes, 30, mulberry32(6), { exclude: new Set(first) });
    expect(second.filter((i) => first.includes(i))).toEqual([]);
    expect(new Set([...first, ...second]).size).toBe(100);
  });

  it('says when the data is too small for the request', () => {
    expect(() => pickSamples(data, classes, 101, mulberry32(1))).toThrow(/only 100/);
    expect(() => pickSamples(data, classes, 33, mulberry32(1), { balanced: true })).toThrow(
      /class b has 10 samples, fewer than the 11 needed/,
    );
  });
});
