import { describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset } from '../data/dataset.js';
import { scorePredictions, type Predictions } from './evaluate-model.js';
import { buildEvaluation, parseEvaluation, serialiseEvaluation } from './evaluation-file.js';

const classes = ['a', 'b', 'c'];
const labels = [0, 0, 1, 1, 2, 2];
const predicted = [0, 1, 1, 0, 2, 0];
const confidence = [0.9, 0.6, 0.8, 0.95, 0.7, 0.6];

// Each glyph's first pixel is its index, so mistakes can be traced to their samples.
const data: GlyphDataset = {
  classes,
  images: Uint8Array.from({ length: 6 * GLYPH_PIXELS }, (_, p) =>
    p % GLYPH_PIXELS === 0 ? p / GLYPH_PIXELS : 0,
  ),
  labels: Uint16Array.from(labels),
  count: 6,
};
const predictions: Predictions = {
  classes,
  labels: Uint16Array.from(labels),
  predicted: Uint16Array.from(predicted),
  confidence: Float32Array.from(confidence),
  unknownClasses: {},
};
const report = scorePredictions(predictions, data);

describe('evaluation.json', () => {
  it('holds the confusion matrix, per-class accuracy and the surest mistakes first', () => {
    const evaluation = buildEvaluation(report, predictions, data);
    expect(evaluation.confusion).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [1, 0, 1],
    ]);
    expect(evaluation.perClass).toEqual([
      { label: 'a', n: 2, accuracy: 0.5 },
      { label: 'b', n: 2, accuracy: 0.5 },
      { label: 'c', n: 2, accuracy: 0.5 },
    ]);
    // Samples 3 (0.95), 1 (0.6) and 5 (0.6): ties keep data order.
    expect(evaluation.misclassified.map((m) => m.glyph[0])).toEqual([3, 1, 5]);
    expect(evaluation.misclassified[0]).toMatchObject({ label: 'b', predicted: 'a' });
    expect(buildEvaluation(report, predictions, data, 2).misclassified).toHaveLength(2);
  });

  it('reads back what it wrote, glyphs included', () => {
    const evaluation = buildEvaluation(report, predictions, data);
    const text = serialiseEvaluation(evaluation);
    expect(text).toContain('"format":"inkform-evaluation"');
    const back = parseEvaluation(JSON.parse(text) as unknown);
    expect(back.misclassified[0].glyph).toBeInstanceOf(Uint8Array);
    expect(back).toEqual({
      ...evaluation,
      misclassified: evaluation.misclassified.map((m) => ({
        ...m,
        confidence: Math.fround(m.confidence),
      })),
    });
  });

  it('refuses a file that does not add up, naming the field', () => {
    const good = JSON.parse(serialiseEvaluation(buildEvaluation(report, predictions, data))) as {
      confusion: number[][];
      misclassified: { glyph: string }[];
    };
    const broken = (change: (json: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return () => parseEvaluation(copy, 'm/evaluation.json');
    };
    expect(broken((j) => j.confusion.pop())).toThrow(/m\/evaluation.json: field "confusion"/);
    expect(broken((j) => (j.confusion[0][1] = -1))).toThrow(
      /"confusion\[0\]\[1\]" must be a count/,
    );
    expect(broken((j) => (j.misclassified[0].glyph = 'AAAA'))).toThrow(/misclassified\[0\].glyph/);
    expect(() => parseEvaluation([])).toThrow(/\(root\)/);
  });
});
