import { describe, expect, it } from 'vitest';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import { unionBoxes } from '../geometry.js';
import { mulberry32 } from '../imaging/random.js';
import { strokeBox } from '../strokes/stroke-geometry.js';
import { SYMBOL_NAMES, symbolNamesOf } from '../symbols.js';
import { HANDWRITING, pageStrokes, writePage } from './compose-writing.js';
import { listedFormulas, randomFormulas, realisticItems, VARIANTS } from './realistic-set.js';
import { CLEAN_SCAN, renderStrokes } from './render-writing.js';
import { loadStrokeSamples, makeStrokeBank, type StrokeSample } from './stroke-bank.js';

/** Two hand-made samples per symbol: an upright stroke, or two crossing ones. */
function sample(label: string, variant: number): StrokeSample {
  const strokes =
    variant === 0
      ? [
          [
            [0, 0],
            [2, 30],
          ] as const,
        ]
      : [
          [
            [0, 0],
            [20, 30],
          ] as const,
          [
            [20, 0],
            [0, 30],
          ] as const,
        ];
  return { label, source: `test:${variant}`, strokes, box: unionBoxes(strokes.map(strokeBox)) };
}

const bank = makeStrokeBank(SYMBOL_NAMES.flatMap((l) => [sample(l, 0), sample(l, 1)]));

describe('writing formulas with handwritten strokes', () => {
  it('keeps every stroke of every symbol, in writing order, with its box', () => {
    const labels = ['forall', 'x', 'lparen', 'P', 'lparen', 'x', 'rparen', 'rparen'];
    const page = writePage(bank, [labels], HANDWRITING, mulberry32(3));
    const [line] = page.lines;
    expect(line.labels).toEqual(labels);
    expect(line.symbols.map((s) => s.label)).toEqual(labels);
    const used = line.symbols.flatMap((s) => s.strokes);
    expect(used).toEqual(line.strokes.map((_, i) => i));
    for (const s of line.symbols) {
      const ink = unionBoxes(s.strokes.map((i) => strokeBox(line.strokes[i])));
      expect(ink.x).toBeCloseTo(s.box.x);
      expect(ink.width).toBeCloseTo(s.box.width);
    }
    // Symbols follow each other left to right, now and then touching but never overlapping much.
    for (let i = 1; i < line.symbols.length; i++) {
      const [a, b] = [line.symbols[i - 1].box, line.symbols[i].box];
      expect(b.x).toBeGreaterThan(a.x + a.width - 0.06 * HANDWRITING.capHeight[1]);
    }
    expect(pageStrokes(page)).toEqual(line.strokes);
  });

  it('writes lines one under another and reproduces from its seed', () => {
    const lines = [['P'], ['Q', 'wedge', 'R'], ['x', 'eq', 'y']];
    const a = writePage(bank, lines, HANDWRITING, mulberry32(9));
    const b = writePage(bank, lines, HANDWRITING, mulberry32(9));
    expect(a).toEqual(b);
    const middles = a.lines.map((l) => {
      const box = unionBoxes(l.symbols.map((s) => s.box));
      return box.y + box.height / 2;
    });
    expect(middles).toEqual([...middles].sort((x, y) => x - y));
  });

  it('renders a photo with a desk around the sheet and a clean scan without', () => {
    const page = writePage(bank, [['P', 'wedge', 'Q']], HANDWRITING, mulberry32(1));
    const scan = renderStrokes(
      pageStrokes(page),
      page.box,
      { ...CLEAN_SCAN, penWidth: 3, tiltDegrees: 0 },
      mulberry32(2),
    );
    const photo = renderStrokes(
      pageStrokes(page),
      page.box,
      {
        ...CLEAN_SCAN,
        penWidth: 3,
        tiltDegrees: 2,
        desk: 0.1,
        shade: 0.3,
        shadow: 0.3,
        blur: 0.8,
        noise: 6,
      },
      mulberry32(2),
    );
    expect(photo.width).toBeGreaterThan(scan.width);
    const corner = (img: typeof scan) => img.data[0];
    expect(corner(scan)).toBeGreaterThan(200);
    expect(corner(photo)).toBeLessThan(150);
    // Ink is there, darker than the paper.
    expect(Math.min(...scan.data)).toBeLessThan(100);
  });

  it('yields at least the lines asked for in every variant, the same for the same seed', () => {
    for (const variant of VARIANTS) {
      const run = () => [...realisticItems(variant, bank, randomFormulas(), { seed: 5, lines: 4 })];
      const items = run();
      const lines = items.reduce((n, i) => n + i.truth.length, 0);
      expect(lines).toBeGreaterThanOrEqual(4);
      if (variant.startsWith('page')) expect(items[0].truth.length).toBeGreaterThanOrEqual(3);
      expect(run().map((i) => i.truth)).toEqual(items.map((i) => i.truth));
      for (const item of items) {
        if (item.variant === 'drawing') expect(item.strokes.length).toBeGreaterThan(0);
        else expect(item.image.width * item.image.height).toBeGreaterThan(0);
      }
    }
  });

  it('photographs the same pages level and tilted by 2–5°', () => {
    const take = (variant: 'page-level' | 'page-tilted') =>
      [...realisticItems(variant, bank, randomFormulas(), { seed: 9, lines: 8 })].flatMap((i) =>
        i.variant === 'drawing' ? [] : [i],
      );
    const level = take('page-level');
    const tilted = take('page-tilted');
    expect(tilted.map((i) => i.truth)).toEqual(level.map((i) => i.truth));
    // A turned sheet needs a larger picture to hold it.
    for (const [l, t] of level.map((item, k) => [item, tilted[k]] as const))
      expect(t.image.width * t.image.height).toBeGreaterThan(l.image.width * l.image.height);
  });

  it('takes formulas from a list in turn', () => {
    const source = listedFormulas([['P'], ['Q']]);
    const rng = mulberry32(1);
    const drawn = [source(rng), source(rng), source(rng)].map((f) => f[0]);
    expect(new Set(drawn)).toEqual(new Set(['P', 'Q']));
    expect(drawn[0]).toBe(drawn[2]);
  });
});

const dataDir = findSharedData();
if (!dataDir) console.warn(SHARED_DATA_MISSING);

describe.skipIf(!dataDir)('the stroke bank of the shared test split', () => {
  it('holds every symbol the benchmark writes, several-stroke ones included, and no train writer', async () => {
    const samples = await loadStrokeSamples(dataDir!, {
      split: 'test',
      labels: SYMBOL_NAMES,
      detexify: true,
    });
    const test = makeStrokeBank(samples);
    for (const label of symbolNamesOf('∀∃¬∧∨→⇔⊤⊥,xH7'))
      expect(test.count(label), label).toBeGreaterThan(0);
    expect(samples.some((s) => s.label === 'H' && s.strokes.length >= 3)).toBe(true);
    const train = await loadStrokeSamples(dataDir!, {
      split: 'train',
      labels: ['x'],
      detexify: false,
    });
    const trainWriters = new Set(train.map((s) => s.source));
    expect(samples.some((s) => trainWriters.has(s.source))).toBe(false);
  });
});
