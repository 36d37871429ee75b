import { beforeAll, describe, expect, it } from 'vitest';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import type { GrayImage } from '../imaging/gray-image.js';
import { normaliseGlyph } from '../imaging/normalise.js';
import { mulberry32 } from '../imaging/random.js';
import type { Box } from '../types.js';
import { segmentImage, type SegmentResult } from './segment-image.js';
import { composePage, loadGlyphBank, type GlyphBank, type PageSpec } from './synthetic-page.js';

const LINES = [
  ['forall', 'x', 'lparen', 'P', 'lparen', 'x', 'rparen', 'rightarrow', 'Q'],
  ['lparen', 'x', 'comma', 'y', 'rparen', 'rparen', 'wedge', 'exists', 'y', 'neg', 'R'],
  [
    'i',
    'neq',
    'j',
    'vee',
    'g',
    'lparen',
    'c',
    'comma',
    'd',
    'rparen',
    'Leftrightarrow',
    'a',
    'eq',
    'b',
  ],
];

function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = ix * iy;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** Share of true glyphs that a found glyph of the right line covers with IoU ≥ 0.5. */
function matched(result: SegmentResult, truth: { box: Box }[][]): number {
  let hits = 0;
  let total = 0;
  truth.forEach((line, i) => {
    for (const g of line) {
      total++;
      if (result.lines[i]?.glyphs.some((d) => iou(d.box, g.box) >= 0.5)) hits++;
    }
  });
  return hits / total;
}

function flatPage(width: number, height: number, level: (x: number, y: number) => number) {
  const rng = mulberry32(7);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = level(x, y) + (rng() + rng() + rng() - 1.5) * 12;
      data[y * width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { width, height, data };
}

describe('segmentImage without handwriting', () => {
  it('finds no lines on a blank, unevenly lit page', () => {
    const r = segmentImage(flatPage(600, 400, (x, y) => 230 - 0.08 * x - 0.05 * y));
    expect(r.lines).toEqual([]);
    expect(r.empty).toBe('blank');
  });

  it('calls an all-black picture uniform', () => {
    const r = segmentImage({ width: 300, height: 200, data: new Uint8Array(300 * 200) });
    expect(r.lines).toEqual([]);
    expect(r.empty).toBe('uniform');
  });

  it('copes with tiny pictures', () => {
    const data = Uint8Array.from({ length: 25 }, (_, i) => (i % 5 === 2 ? 20 : 230));
    expect(() => segmentImage({ width: 5, height: 5, data })).not.toThrow();
    expect(segmentImage({ width: 1, height: 1, data: new Uint8Array([0]) }).lines).toEqual([]);
    expect(segmentImage({ width: 0, height: 0, data: new Uint8Array(0) }).lines).toEqual([]);
  });

  it('keeps a written full stop on the baseline and drops dust finer than the pen', () => {
    // Four uprights 60 px tall and 8 px wide; a pen's dot (8 px) after the second, a 3 px
    // speck after the third.
    const marks = [
      ...[100, 160, 220, 280].map((x) => ({ x, y: 100, w: 8, h: 60 })),
      { x: 130, y: 152, w: 8, h: 8 },
      { x: 250, y: 155, w: 3, h: 3 },
    ];
    const inked = (x: number, y: number) =>
      marks.some((m) => x >= m.x && x < m.x + m.w && y >= m.y && y < m.y + m.h);
    const r = segmentImage(flatPage(400, 260, (x, y) => (inked(x, y) ? 30 : 225)));
    expect(r.lines).toHaveLength(1);
    const heights = r.lines[0].glyphs.map((g) => g.box.height);
    expect(heights.filter((h) => h > 50)).toHaveLength(4);
    expect(heights.filter((h) => h >= 6 && h < 12)).toHaveLength(1);
    expect(heights).toHaveLength(5);
  });
});

const dataDir = findSharedData();
if (!dataDir) console.warn(SHARED_DATA_MISSING);

describe.skipIf(!dataDir)('segmentImage on synthetic handwriting', () => {
  let bank: GlyphBank;
  beforeAll(async () => {
    bank = await loadGlyphBank(dataDir as string, [...new Set(LINES.flat())]);
  });

  function page(spec: Omit<PageSpec, 'lines'>, seed: number) {
    return composePage(bank, { lines: LINES, ...spec }, mulberry32(seed));
  }

  function expectExact(gray: GrayImage, truth: { box: Box }[][]): SegmentResult {
    const r = segmentImage(gray);
    expect(r.lines.map((l) => l.glyphs.length)).toEqual(truth.map((l) => l.length));
    expect(matched(r, truth)).toBeGreaterThanOrEqual(0.95);
    return r;
  }

  it.each([
    ['mixed sizes', { size: [30, 80] }, 1],
    ['mixed sizes', { size: [30, 80] }, 2],
    ['uneven lighting', { size: [40, 60], shade: 0.6 }, 3],
    ['a 3° slope', { size: [40, 60], slopeDegrees: 3 }, 4],
  ] as const)('reads %s (seed %i)', (_name, spec, seed) => {
    const p = page({ ...spec, size: [...spec.size] }, seed);
    const r = expectExact(p.gray, p.truth);
    expect(r.paper).toBeNull();
    expect(r.polarity).toBe('dark-on-light');
  });

  it('crops to the sheet lying on a desk', () => {
    const p = page({ size: [40, 70], desk: 0.12, slopeDegrees: 1 }, 5);
    const r = expectExact(p.gray, p.truth);
    expect(r.paper).not.toBeNull();
    expect(iou(r.paper as Box, p.sheet)).toBeGreaterThan(0.9);
  });

  it('keeps two lines apart when written almost touching', () => {
    const p = page({ size: [50, 60], lineSpacing: 1.25 }, 6);
    const r = segmentImage(p.gray);
    expect(r.lines).toHaveLength(3);
    expect(matched(r, p.truth)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads chalk on a board (light on dark)', () => {
    const p = page({ size: [40, 60] }, 8);
    const board = { ...p.gray, data: p.gray.data.map((v) => 255 - v) };
    const r = expectExact(board, p.truth);
    expect(r.polarity).toBe('light-on-dark');
  });

  it('gives graded ink crops that normalise like training glyphs', () => {
    const p = page({ size: [40, 60] }, 9);
    const r = segmentImage(p.gray);
    const glyph = r.lines[0].glyphs[1];
    const values = [...glyph.ink.data];
    expect(Math.max(...values)).toBe(255);
    expect(values.some((v) => v > 0 && v < 255)).toBe(true);
    // Paper inside the box is suppressed to exactly 0, as in the training glyphs.
    expect(values.filter((v) => v === 0).length).toBeGreaterThan(0.3 * values.length);
    expect(normaliseGlyph(glyph.ink)).not.toBeNull();
  });
});
