import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectJoinExamples,
  fitLogistic,
  formatWeights,
  joinExamples,
  scoreWeights,
  type JoinExample,
  type StrokeExpression,
} from './fit-join-model.js';
import { JOIN_WEIGHTS, joinFeatures, StrokeLayout } from './join-model.js';
import { strokeBox, typicalStrokeSize } from './stroke-geometry.js';

/** A straight stroke from (x0, y0) to (x1, y1), one point per unit of length. */
function line(x0: number, y0: number, x1: number, y1: number): number[][] {
  const steps = Math.max(1, Math.round(Math.hypot(x1 - x0, y1 - y0)));
  return Array.from({ length: steps + 1 }, (_, k) => [
    x0 + ((x1 - x0) * k) / steps,
    y0 + ((y1 - y0) * k) / steps,
  ]);
}

// "+ l H": a two-stroke, a one-stroke and a three-stroke symbol, written left to right.
const plus = [line(0, 0, 0, 10), line(-5, 5, 5, 5)];
const ell = [line(20, 0, 20, 10)];
const aitch = [line(35, 0, 35, 10), line(45, 0, 45, 10), line(35, 5, 45, 5)];
const strokes = [...plus, ...ell, ...aitch];

// Listed neither in writing order nor with sorted strokes, as in the shared data.
const expression: StrokeExpression = {
  strokes,
  symbols: [{ strokes: [5, 3, 4] }, { strokes: [2] }, { strokes: [1, 0] }],
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], f: readonly number[]): number =>
  f.reduce((sum, v, j) => sum + v * w[j], 0);

describe('joinExamples', () => {
  it('pairs later strokes with their symbol and first strokes with the previous symbol', () => {
    // Built here the way groupStrokes builds it, so a different box or unit in the fit fails.
    const boxes = strokes.map(strokeBox);
    const layout = new StrokeLayout(strokes, boxes, typicalStrokeSize(boxes));
    const expected: JoinExample[] = [
      { features: joinFeatures(layout, 1, [0]), label: 1 },
      { features: joinFeatures(layout, 2, [0, 1]), label: 0 },
      { features: joinFeatures(layout, 3, [2]), label: 0 },
      { features: joinFeatures(layout, 4, [3]), label: 1 },
      { features: joinFeatures(layout, 5, [3, 4]), label: 1 },
    ];
    const got = joinExamples(expression);
    expect(got).toHaveLength(expected.length);
    expect(got).toEqual(expect.arrayContaining(expected));
    // The last feature counts the earlier strokes: joins see 1, 1, 2; separations + and l.
    const restSizes = (label: number) =>
      (got ?? [])
        .filter((x) => x.label === label)
        .map((x) => x.features[x.features.length - 1])
        .sort();
    expect(restSizes(1)).toEqual([1, 1, 2]);
    expect(restSizes(0)).toEqual([1, 2]);
  });

  it('gives a lone symbol only its joins', () => {
    const got = joinExamples({ strokes: plus, symbols: [{ strokes: [0, 1] }] });
    expect(got?.map((x) => x.label)).toEqual([1]);
    expect(joinExamples({ strokes: ell, symbols: [{ strokes: [0] }] })).toEqual([]);
  });

  it('ignores strokes without points, as the recogniser does', () => {
    const withEmpty: StrokeExpression = {
      strokes: [...plus, [], ...ell, ...aitch],
      symbols: [{ strokes: [6, 4, 5] }, { strokes: [3] }, { strokes: [1, 0] }],
    };
    expect(joinExamples(withEmpty)).toEqual(joinExamples(expression));
  });

  it('skips expressions whose symbols interleave, overlap or point nowhere', () => {
    const bad: StrokeExpression[] = [
      // A symbol finished (stroke 2) after the next was begun (stroke 1), like a late i dot.
      { strokes, symbols: [{ strokes: [0, 2] }, { strokes: [1] }] },
      { strokes, symbols: [{ strokes: [0, 1] }, { strokes: [1, 2] }] },
      { strokes, symbols: [{ strokes: [0, 1] }, { strokes: [6] }] },
      { strokes, symbols: [{ strokes: [0, 1] }, { strokes: [] }] },
      { strokes: [...plus, []], symbols: [{ strokes: [0, 1] }, { strokes: [2] }] },
    ];
    for (const e of bad) expect(joinExamples(e)).toBeUndefined();
    const set = collectJoinExamples([expression, ...bad, expression]);
    expect(set).toMatchObject({ positives: 6, negatives: 4, skipped: bad.length });
    expect(set.examples).toHaveLength(10);
  });
});

describe('fitLogistic', () => {
  const example = (features: number[], label: 0 | 1): JoinExample => ({ features, label });

  it('finds the maximum-likelihood weights of a known case', () => {
    // P(join) is 1/4 at x = 0 and 3/4 at x = 1: bias logit(1/4) = −ln 3, slope 2 ln 3.
    const examples = [
      ...[1, 0, 0, 0].map((y) => example([1, 0], y as 0 | 1)),
      ...[1, 1, 1, 0].map((y) => example([1, 1], y as 0 | 1)),
    ];
    const [bias, slope] = fitLogistic(examples, { l2: 0 });
    expect(bias).toBeCloseTo(-Math.log(3), 8);
    expect(slope).toBeCloseTo(2 * Math.log(3), 8);
  });

  it('minimises the mean log-loss plus l2/2 of the squared weights other than the bias', () => {
    const examples: JoinExample[] = [];
    for (let i = 0; i < 40; i++) {
      const x = Math.sin(i * 1.7) * 2;
      const y = Math.cos(i * 0.9);
      examples.push(example([1, x, y], (x + 0.5 * y + Math.sin(i * 5.3) > 0 ? 1 : 0) as 0 | 1));
    }
    const l2 = 0.1;
    const w = fitLogistic(examples, { l2 });
    for (let j = 0; j < w.length; j++) {
      let gradient = 0;
      for (const x of examples) gradient += (sigmoid(dot(w, x.features)) - x.label) * x.features[j];
      gradient = gradient / examples.length + (j > 0 ? l2 * w[j] : 0);
      expect(Math.abs(gradient)).toBeLessThan(1e-8);
    }
    const unregularised = fitLogistic(examples, { l2: 0 });
    expect(Math.hypot(w[1], w[2])).toBeLessThan(Math.hypot(unregularised[1], unregularised[2]));
  });

  it('separates a linearly separable set, the same way every time', () => {
    const examples: JoinExample[] = [];
    for (let x = -3; x <= 3; x++) {
      for (let y = -3; y <= 3; y++) {
        if (x + y !== 1) examples.push(example([1, x, y], x + y > 1 ? 1 : 0));
      }
    }
    const w = fitLogistic(examples, { l2: 1e-3 });
    expect(w.every(Number.isFinite)).toBe(true);
    expect(scoreWeights(w, examples).accuracy).toBe(1);
    expect(w[1]).toBeGreaterThan(0);
    expect(w[2]).toBeGreaterThan(0);
    expect(fitLogistic(examples, { l2: 1e-3 })).toEqual(w);
  });

  it('refuses to fit nothing', () => {
    expect(() => fitLogistic([])).toThrow(/no examples/);
  });
});

describe('scoreWeights', () => {
  it('counts logits above 0 as joins and averages the negative log-likelihood', () => {
    const examples: JoinExample[] = [
      { features: [1, 2], label: 1 }, // z = 2: right
      { features: [1, -1], label: 0 }, // z = −1: right
      { features: [1, 1], label: 0 }, // z = 1: wrong
      { features: [1, 0], label: 1 }, // z = 0: read as apart, wrong
    ];
    const { accuracy, logLoss } = scoreWeights([0, 1], examples);
    expect(accuracy).toBe(0.5);
    const expected =
      (Math.log(1 + Math.exp(-2)) +
        Math.log(1 + Math.exp(-1)) +
        Math.log(1 + Math.exp(1)) +
        Math.log(2)) /
      4;
    expect(logLoss).toBeCloseTo(expected, 12);
  });

  it('stays finite for confident mistakes', () => {
    const { logLoss } = scoreWeights([1000], [{ features: [1], label: 0 }]);
    expect(logLoss).toBeCloseTo(1000, 6);
  });

  it('refuses to score nothing', () => {
    expect(() => scoreWeights([1], [])).toThrow(/no examples/);
  });
});

describe('formatWeights', () => {
  it('spells the shipped weights exactly as join-model.ts does', () => {
    const source = readFileSync(join(import.meta.dirname, 'join-model.ts'), 'utf8');
    expect(source).toContain(formatWeights(JOIN_WEIGHTS));
  });

  it('rounds to 3 decimals the way Prettier writes numbers', () => {
    expect(formatWeights([1, -0.0004, 0.8604, -2.00049])).toBe(
      'export const JOIN_WEIGHTS: readonly number[] = [1.0, 0.0, 0.86, -2.0];',
    );
  });

  it('wraps long lists within 100 columns and keeps every weight', () => {
    const weights = Array.from({ length: 40 }, (_, i) => (i - 20) * 1.2345);
    const lines = formatWeights(weights).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
    const numbers = lines.slice(1, -1).flatMap((l) => l.split(',').filter((t) => t.trim()));
    expect(numbers.map(Number)).toEqual(weights.map((w) => Number(w.toFixed(3))));
  });
});
