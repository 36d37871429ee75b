import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { strokeBox } from '../../recognition/strokes/stroke-geometry.js';
import type { SharedStrokeExpression } from '../../recognition/strokes/expressions-file.js';
import { unionBoxes } from '../../recognition/geometry.js';
import { NOT_A_SYMBOL, SYMBOL_NAMES } from '../../recognition/symbols.js';
import type { StrokeSample } from '../../recognition/writing/stroke-bank.js';
import { latticeGlyphs } from './lattice-glyphs.js';
import { loadPacked } from './packed.js';
import { penGlyphs } from './pen-glyphs.js';
import { writeRecogniserSet } from './recogniser-set.js';

type Pt = [number, number];
const line = (a: Pt, b: Pt): Pt[] => [a, b];

/** x (two strokes), =, ( and a, written left to right, 100 units tall. */
function expression(split: 'train' | 'test', writer: string): SharedStrokeExpression {
  return {
    id: `${writer}-1`,
    writer,
    split,
    strokes: [
      line([0, 40], [40, 100]),
      line([40, 40], [0, 100]),
      line([60, 60], [100, 60]),
      line([60, 80], [100, 80]),
      [
        [140, 0],
        [125, 50],
        [140, 100],
      ],
      [
        [160, 60],
        [190, 60],
        [190, 100],
        [160, 100],
        [160, 60],
      ],
    ],
    symbols: [
      { label: 'x', strokes: [0, 1] },
      { label: 'eq', strokes: [2, 3] },
      { label: 'lparen', strokes: [4] },
      { label: 'other:\\alpha', strokes: [5] },
    ],
    fol_only: false,
    known_only: false,
    linear: true,
  };
}

describe('penGlyphs', () => {
  it('draws the train split only: symbols at real size, wrong groupings as not-a-symbol', () => {
    const glyphs = penGlyphs([expression('train', 'crohme:a'), expression('test', 'crohme:b')], {
      seed: 1,
      junkShare: 1,
      sliceChance: 1,
    });
    expect(glyphs.images.length).toBe(glyphs.labels.length * GLYPH_PIXELS);
    expect(glyphs.writers.every((w) => w === 'pen:crohme:a')).toBe(true);
    // One glyph per symbol of ours; α is not one, and no grouping with its stroke is junk.
    expect(glyphs.labels.filter((l) => l !== NOT_A_SYMBOL).sort()).toEqual(['eq', 'lparen', 'x']);
    expect(glyphs.labels.filter((l) => l === NOT_A_SYMBOL).length).toBeGreaterThanOrEqual(3);
    const again = penGlyphs([expression('train', 'crohme:a')], {
      seed: 1,
      junkShare: 1,
      sliceChance: 1,
    });
    expect(again.images).toEqual(glyphs.images);
  });
});

/** A symbol drawn as one upright stroke or two crossing ones, by a train-split writer. */
function sample(label: string, variant: number): StrokeSample {
  const strokes: Pt[][] =
    variant === 0 ? [line([0, 0], [4, 40])] : [line([0, 0], [30, 40]), line([30, 0], [0, 40])];
  return { label, source: `crohme:w${variant}`, strokes, box: unionBoxes(strokes.map(strokeBox)) };
}

describe('latticeGlyphs', () => {
  it('samples every wrong candidate class and the right ones of pictures, templates never as symbols', () => {
    const templated = new Set([
      'neg',
      'wedge',
      'vee',
      'leftrightarrow',
      'top',
      'bot',
      'Rightarrow',
      'Leftrightarrow',
    ]);
    const samples = SYMBOL_NAMES.filter((l) => !templated.has(l)).flatMap((l) => [
      sample(l, 0),
      sample(l, 1),
    ]);
    const glyphs = latticeGlyphs(samples, { seed: 3, lines: 4, junkShare: 1, symbolShare: 1 });
    expect(glyphs.labels.filter((l) => l === NOT_A_SYMBOL).length).toBeGreaterThan(20);
    const symbols = glyphs.labels.filter((l) => l !== NOT_A_SYMBOL);
    expect(symbols.length).toBeGreaterThan(5);
    expect(symbols.some((l) => templated.has(l))).toBe(false);
    glyphs.labels.forEach((l, i) => {
      if (l !== NOT_A_SYMBOL) expect(glyphs.writers[i]).toMatch(/^pen:crohme:w[01]$/);
    });
    expect(
      latticeGlyphs(samples, { seed: 3, lines: 4, junkShare: 1, symbolShare: 1 }).labels,
    ).toEqual(glyphs.labels);
  });
});

describe('writeRecogniserSet', () => {
  it('appends the made glyphs to the shared rows, keeps the test split, and reuses its work', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inkform-recogniser-set-'));
    try {
      const shared = join(dir, 'shared');
      await mkdir(join(shared, 'symbols'), { recursive: true });
      await mkdir(join(shared, 'strokes'), { recursive: true });
      const header = 'index\tlabel\tsource\twriter\tsplit\ttest_kind';
      const rows = ['0\tx\tcrohme\tcrohme:a\ttrain\t', '1\ty\tcrohme\tcrohme:b\ttest\twriter'];
      await writeFile(
        join(shared, 'symbols', 'images.u8.gz'),
        gzipSync(new Uint8Array(2 * GLYPH_PIXELS).fill(9)),
      );
      await writeFile(
        join(shared, 'symbols', 'meta.tsv.gz'),
        gzipSync(`${[header, ...rows].join('\n')}\n`),
      );
      const expressions = [expression('train', 'crohme:a'), expression('test', 'crohme:b')];
      await writeFile(
        join(shared, 'strokes', 'expressions.jsonl.gz'),
        gzipSync(expressions.map((e) => JSON.stringify(e)).join('\n')),
      );
      const out = join(dir, 'set');
      const pen = { seed: 1, junkShare: 1, sliceChance: 0 };
      const lattice = { seed: 1, lines: 2, junkShare: 0.5, symbolShare: 1 };
      const first = await writeRecogniserSet(shared, out, pen, lattice);
      expect(first.written).toBe(true);
      expect(first.sharedRows).toBe(2);
      expect(first.penRows).toBeGreaterThan(3);
      const meta = gunzipSync(await readFile(join(out, 'meta.tsv.gz'))).toString('utf8');
      expect(meta.trimEnd().split('\n')).toHaveLength(3 + first.penRows);
      const packed = await loadPacked(out);
      expect(packed.test.count).toBe(1);
      expect(packed.train.classes).toContain(NOT_A_SYMBOL);
      expect(packed.train.count).toBe(1 + first.penRows);
      const again = await writeRecogniserSet(shared, out, pen, lattice);
      expect(again.written).toBe(false);
      expect(again.penRows).toBe(first.penRows);
      const changed = await writeRecogniserSet(shared, out, { ...pen, seed: 2 }, lattice);
      expect(changed.written).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
