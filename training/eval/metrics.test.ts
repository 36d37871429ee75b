import { describe, expect, it } from 'vitest';

import type { GlyphClassifier } from '../../recognition/classifier.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset } from '../data/dataset.js';
import { evaluateClassifier, predictDataset } from './evaluate-model.js';
import { evaluatePredictions, formatReport, TOP_CONFUSIONS } from './metrics.js';

// 'o', 'O' and '0' are one look-alike group; 'a' and 'x' stand alone here.
const CLASSES = ['a', 'o', 'O', '0', 'x'];
const LABELS = [0, 1, 1, 2, 3, 4, 4, 0];
const PREDICTED = [0, 2, 1, 1, 3, 0, 4, 4];
const KINDS = ['writer', 'writer', 'random', 'random', '', 'writer', 'random', ''];

describe('evaluatePredictions', () => {
  const report = evaluatePredictions({
    classes: CLASSES,
    labels: LABELS,
    predicted: PREDICTED,
    testKinds: KINDS,
  });

  it('computes exact and merged accuracy', () => {
    expect(report.n).toBe(8);
    expect(report.accuracy).toBe(4 / 8);
    // o→O and O→o are right once look-alikes are merged.
    expect(report.mergedAccuracy).toBe(6 / 8);
  });

  it('computes per-class counts and the confusion matrix (rows = true)', () => {
    expect(report.perClass).toEqual({
      a: { n: 2, correct: 1, accuracy: 0.5 },
      o: { n: 2, correct: 1, accuracy: 0.5 },
      O: { n: 1, correct: 0, accuracy: 0 },
      '0': { n: 1, correct: 1, accuracy: 1 },
      x: { n: 2, correct: 1, accuracy: 0.5 },
    });
    expect(report.classes).toEqual(CLASSES);
    expect(report.confusion).toEqual([
      [1, 0, 0, 0, 1],
      [0, 1, 1, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [1, 0, 0, 0, 1],
    ]);
  });

  it('groups by test kind, blank kinds as unspecified', () => {
    expect(report.byTestKind).toEqual({
      random: { n: 3, accuracy: 2 / 3, mergedAccuracy: 1 },
      unspecified: { n: 2, accuracy: 0.5, mergedAccuracy: 0.5 },
      writer: { n: 3, accuracy: 1 / 3, mergedAccuracy: 2 / 3 },
    });
  });

  it('lists confusions, most frequent first, ties in class order', () => {
    expect(report.topConfusions).toEqual([
      { trueClass: 'a', predicted: 'x', count: 1 },
      { trueClass: 'o', predicted: 'O', count: 1 },
      { trueClass: 'O', predicted: 'o', count: 1 },
      { trueClass: 'x', predicted: 'a', count: 1 },
    ]);
    const skewed = evaluatePredictions({
      classes: CLASSES,
      labels: [0, 0, 0, 4, 1, 1],
      predicted: [4, 4, 0, 0, 2, 2],
    });
    expect(skewed.topConfusions[0]).toEqual({ trueClass: 'a', predicted: 'x', count: 2 });
  });

  it('keeps at most the top 20 confusions', () => {
    const classes = Array.from({ length: 30 }, (_, i) => `k${i}`);
    const labels = classes.map((_, i) => i);
    const predicted = labels.map((i) => (i + 1) % 30);
    const many = evaluatePredictions({ classes, labels, predicted });
    expect(many.topConfusions).toHaveLength(TOP_CONFUSIONS);
    expect(many.accuracy).toBe(0);
  });

  it('omits byTestKind without kinds and classes without samples from perClass', () => {
    const r = evaluatePredictions({ classes: CLASSES, labels: [4, 4], predicted: [4, 0] });
    expect(r.byTestKind).toEqual({});
    expect(Object.keys(r.perClass)).toEqual(['x']);
    expect(r.accuracy).toBe(0.5);
  });

  it('handles no samples and rejects inconsistent input', () => {
    const empty = evaluatePredictions({ classes: CLASSES, labels: [], predicted: [] });
    expect(empty).toMatchObject({ n: 0, accuracy: 0, mergedAccuracy: 0, topConfusions: [] });
    expect(() => evaluatePredictions({ classes: CLASSES, labels: [0], predicted: [] })).toThrow(
      /1 labels/,
    );
    expect(() => evaluatePredictions({ classes: CLASSES, labels: [5], predicted: [0] })).toThrow(
      /label 5 of sample 0/,
    );
    expect(() =>
      evaluatePredictions({ classes: CLASSES, labels: [0], predicted: [0], testKinds: [] }),
    ).toThrow(/test kinds/);
  });
});

describe('formatReport', () => {
  it('shows overall figures, test kinds, worst classes and confusions', () => {
    const text = formatReport(
      evaluatePredictions({
        classes: CLASSES,
        labels: LABELS,
        predicted: PREDICTED,
        testKinds: KINDS,
      }),
    );
    expect(text).toContain('Evaluated 8 glyphs');
    expect(text).toMatch(/accuracy\s+50\.00 %/);
    expect(text).toMatch(/merged accuracy.*75\.00 %/);
    expect(text).toMatch(/By test kind:[\s\S]*random\s+3\s+66\.67 %\s+100\.00 %/);
    expect(text).toMatch(/Worst 5 classes:\n.*\n\s+O\s+1\s+0\s+0\.00 %\s+o \(1\)/);
    expect(text).toMatch(/Top confusions[\s\S]*o\s+O\s+1\s+yes/);
  });
});

/** Predicts the class whose index is the first pixel of the glyph, with certainty. */
function fakeClassifier(classes: readonly string[]): GlyphClassifier {
  const fake = {
    classes,
    predictProbabilities(glyphs: Uint8Array): Float32Array {
      const n = glyphs.length / GLYPH_PIXELS;
      const out = new Float32Array(n * classes.length);
      for (let i = 0; i < n; i++) out[i * classes.length + glyphs[i * GLYPH_PIXELS]] = 1;
      return out;
    },
  };
  // Only `classes` and `predictProbabilities` are used by evaluateClassifier.
  return fake as unknown as GlyphClassifier;
}

describe('evaluateClassifier', () => {
  it('matches data classes to model classes by name and counts unknown classes wrong', () => {
    const modelClasses = ['a', 'b', 'c'];
    // Data lists classes in another order and has 'q', which the model does not know.
    const dataClasses = ['c', 'q', 'a'];
    const predictions = ['c', 'a', 'a', 'b', 'c'];
    const trueNames = ['c', 'a', 'q', 'c', 'q'];
    const count = trueNames.length;
    const images = new Uint8Array(count * GLYPH_PIXELS);
    predictions.forEach((name, i) => (images[i * GLYPH_PIXELS] = modelClasses.indexOf(name)));
    const data: GlyphDataset = {
      classes: dataClasses,
      images,
      labels: Uint16Array.from(trueNames, (name) => dataClasses.indexOf(name)),
      count,
      testKinds: ['writer', 'writer', 'random', 'random', 'random'],
    };
    const report = evaluateClassifier(fakeClassifier(modelClasses), data);
    expect(report.n).toBe(5);
    expect(report.accuracy).toBe(2 / 5);
    expect(report.unknownClasses).toEqual({ q: 2 });
    expect(report.classes).toEqual(['a', 'b', 'c', 'q']);
    expect(report.perClass.q).toEqual({ n: 2, correct: 0, accuracy: 0 });
    expect(report.byTestKind.writer).toEqual({ n: 2, accuracy: 1, mergedAccuracy: 1 });
    expect(formatReport(report)).toContain('does not know (2 samples, all counted wrong): q (2)');
  });

  it("with onlyDataClasses lets the model choose only among the data's classes", () => {
    const modelClasses = ['a', 'b', 'c'];
    const dataClasses = ['a', 'c'];
    const count = 3;
    const images = new Uint8Array(count * GLYPH_PIXELS);
    // The fake classifier is certain of 'b' for every glyph; 'b' is not in the data.
    for (let i = 0; i < count; i++) images[i * GLYPH_PIXELS] = 1;
    const data: GlyphDataset = {
      classes: dataClasses,
      images,
      labels: Uint16Array.from([0, 0, 1]),
      count,
    };
    const classifier = fakeClassifier(modelClasses);
    const all = predictDataset(classifier, data);
    expect(Array.from(all.predicted)).toEqual([1, 1, 1]);
    const restricted = predictDataset(classifier, data, { onlyDataClasses: true });
    // Every other probability is 0, so the first choosable class wins; never 'b'.
    expect(Array.from(restricted.predicted)).toEqual([0, 0, 0]);
    expect(evaluateClassifier(classifier, data, { onlyDataClasses: true }).accuracy).toBe(2 / 3);
    expect(() =>
      predictDataset(classifier, { ...data, classes: ['x', 'y'] }, { onlyDataClasses: true }),
    ).toThrow(/knows none of the data's classes/);
  });

  it('predicts in batches larger data sets', () => {
    const classes = ['a', 'b'];
    const count = 2500;
    const images = new Uint8Array(count * GLYPH_PIXELS);
    const labels = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      labels[i] = i % 2;
      images[i * GLYPH_PIXELS] = i % 3 === 0 ? 1 - labels[i] : labels[i];
    }
    const report = evaluateClassifier(fakeClassifier(classes), { classes, images, labels, count });
    expect(report.n).toBe(count);
    expect(report.confusion[0][1] + report.confusion[1][0]).toBe(Math.ceil(count / 3));
  });
});
