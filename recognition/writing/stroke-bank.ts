import { existsSync } from 'node:fs';
import { unionBoxes } from '../geometry.js';
import { strokeBox } from '../strokes/stroke-geometry.js';
import { detexifyFile, readDetexifySymbols } from '../strokes/detexify-file.js';
import { readStrokeExpressions, strokeExpressionsFile } from '../strokes/expressions-file.js';
import type { Box } from '../types.js';

/**
 * Real handwritten symbols as pen strokes, by class: the material realistic test formulas are
 * written with. Every stroke a writer made is kept, several-stroke symbols included.
 */

export interface StrokeSample {
  readonly label: string;
  /** Where it comes from: `crohme:<writer>` or `detexify:…`. */
  readonly source: string;
  /** In writing order, in the source's units, y down. */
  readonly strokes: readonly (readonly (readonly [number, number])[])[];
  readonly box: Box;
}

export interface StrokeBank {
  /** Classes with at least one sample. */
  readonly labels: readonly string[];
  count(label: string): number;
  /** A random sample of `label`; throws for a class the bank lacks. */
  pick(label: string, rng: () => number): StrokeSample;
}

export function makeStrokeBank(samples: readonly StrokeSample[]): StrokeBank {
  const byLabel = new Map<string, StrokeSample[]>();
  for (const s of samples) {
    const list = byLabel.get(s.label) ?? [];
    list.push(s);
    byLabel.set(s.label, list);
  }
  return {
    labels: [...byLabel.keys()],
    count: (label) => byLabel.get(label)?.length ?? 0,
    pick(label, rng) {
      const all = byLabel.get(label);
      if (!all) throw new Error(`no handwritten strokes of '${label}' in the stroke bank`);
      return all[Math.floor(rng() * all.length)];
    },
  };
}

const toSample = (
  label: string,
  source: string,
  strokes: readonly (readonly number[])[][],
): StrokeSample => {
  const drawn = strokes.filter((s) => s.length > 0).map((s) => s.map(([x, y]) => [x, y] as const));
  return { label, source, strokes: drawn, box: unionBoxes(drawn.map(strokeBox)) };
};

export interface StrokeBankOptions {
  /** Which CROHME writers: the test split for benchmarks, the train split for training. */
  readonly split: 'train' | 'test';
  /** Classes to keep (others, `other:` and `alt:` labels are left out). */
  readonly labels: readonly string[];
  /**
   * Add the Detexify drawings (for the logic symbols CROHME lacks). They have no writers and
   * no split, so only a benchmark may use them.
   */
  readonly detexify: boolean;
}

/** Every symbol of the shared stroke data of one split, and optionally Detexify's drawings. */
export async function loadStrokeSamples(
  sharedDataDir: string,
  opts: StrokeBankOptions,
): Promise<StrokeSample[]> {
  const wanted = new Set(opts.labels);
  const samples: StrokeSample[] = [];
  for (const e of await readStrokeExpressions(strokeExpressionsFile(sharedDataDir))) {
    if (e.split !== opts.split) continue;
    for (const s of e.symbols) {
      if (!wanted.has(s.label)) continue;
      samples.push(
        toSample(
          s.label,
          e.writer,
          s.strokes.map((i) => e.strokes[i]),
        ),
      );
    }
  }
  const detexify = detexifyFile(sharedDataDir);
  if (opts.detexify && existsSync(detexify)) {
    for (const d of await readDetexifySymbols(detexify)) {
      if (wanted.has(d.label)) samples.push(toSample(d.label, d.source, d.strokes));
    }
  }
  return samples;
}
