import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import type { ModelCard } from '../../recognition/model-format/model-card.js';
import { ModelLoadError, untrainedModelCard } from '../../recognition/model-format/model-card.js';
import { saveModel } from '../../recognition/model-format/model-io.js';
import type { Activation } from './network.js';
import { buildNetwork } from './network.js';
import { tempDirPerFile } from '../storage/temp-dir-test-support.js';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { initTensorflow, tf } from '../../recognition/tf/backend.js';

const CLASSES = ['a', 'b', 'c', 'forall', 'exists', 'o'];

function makeCard(activation: Activation = 'relu'): ModelCard {
  return untrainedModelCard(
    'classifier-test',
    CLASSES,
    { hidden: [16, 8], activation, dropout: 0.1 },
    'rprop',
  );
}

function makeModel(activation: Activation = 'relu', seed = 3): tf.Sequential {
  return buildNetwork(
    { hidden: [16, 8], activation, dropout: 0.1, inputSize: 784, classes: CLASSES.length },
    seed,
  );
}

/** Deterministic glyphs with some ink, so that the outputs differ from glyph to glyph. */
function makeGlyphs(n: number): Uint8Array {
  const glyphs = new Uint8Array(n * GLYPH_PIXELS);
  let state = 12345;
  for (let i = 0; i < glyphs.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    glyphs[i] = state >>> 24 > 180 ? state & 255 : 0;
  }
  return glyphs;
}

function referencePredict(model: tf.LayersModel, glyphs: Uint8Array): Float32Array {
  return tf.tidy(() => {
    const x = tf.tensor2d(glyphs, [glyphs.length / GLYPH_PIXELS, GLYPH_PIXELS], 'int32');
    const scaled = tf.div(tf.cast(x, 'float32'), 255);
    return (model.predict(scaled) as tf.Tensor).dataSync() as Float32Array;
  });
}

let root: string;

beforeAll(() => initTensorflow());
tempDirPerFile('inkform-classifier-', (dir) => {
  root = dir;
});

describe('GlyphClassifier', () => {
  it.each<Activation>(['relu', 'sigmoid', 'tanh'])(
    'matches model.predict for %s networks',
    (activation) => {
      const model = makeModel(activation);
      const glyphs = makeGlyphs(5);
      const expected = referencePredict(model, glyphs);
      const classifier = GlyphClassifier.fromModel(model, makeCard(activation));
      const actual = classifier.predictProbabilities(glyphs);
      expect(actual.length).toBe(5 * CLASSES.length);
      actual.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 6));
      classifier.dispose();
    },
  );

  it('gives each glyph a distribution and ranks topK by probability', () => {
    const classifier = GlyphClassifier.fromModel(makeModel(), makeCard());
    const glyphs = makeGlyphs(3);
    const probabilities = classifier.predictProbabilities(glyphs);
    const top = classifier.topK(glyphs, 3);
    expect(top).toHaveLength(3);
    top.forEach((predictions, g) => {
      const row = probabilities.subarray(g * CLASSES.length, (g + 1) * CLASSES.length);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(predictions).toHaveLength(3);
      const sorted = [...row].sort((a, b) => b - a);
      predictions.forEach((p, rank) => {
        expect(p.probability).toBe(sorted[rank]);
        expect(p.probability).toBe(row[p.label]);
        expect(p.name).toBe(CLASSES[p.label]);
      });
    });
    const all = classifier.topK(glyphs.subarray(0, GLYPH_PIXELS), 100)[0];
    expect(all).toHaveLength(CLASSES.length);
    expect(all.reduce((sum, p) => sum + p.probability, 0)).toBeCloseTo(1, 5);
    expect(classifier.topK(glyphs, 0)).toEqual([[], [], []]);
    classifier.dispose();
  });

  it('handles empty input and rejects partial glyphs', () => {
    const classifier = GlyphClassifier.fromModel(makeModel(), makeCard());
    expect(classifier.predictProbabilities(new Uint8Array(0))).toHaveLength(0);
    expect(() => classifier.predictProbabilities(new Uint8Array(100))).toThrow(/multiple of 784/);
    classifier.dispose();
    expect(() => classifier.predictProbabilities(makeGlyphs(1))).toThrow(/dispose/);
  });

  it('gives the same answers for one glyph at a time as for a batch', () => {
    const classifier = GlyphClassifier.fromModel(makeModel(), makeCard());
    const glyphs = makeGlyphs(4);
    const batch = classifier.predictProbabilities(glyphs);
    for (let g = 0; g < 4; g++) {
      const single = classifier.predictProbabilities(
        glyphs.subarray(g * GLYPH_PIXELS, (g + 1) * GLYPH_PIXELS),
      );
      single.forEach((p, i) => expect(p).toBeCloseTo(batch[g * CLASSES.length + i], 6));
    }
    classifier.dispose();
  });

  it('does not leak tensors', () => {
    const classifier = GlyphClassifier.fromModel(makeModel(), makeCard());
    const glyphs = makeGlyphs(2);
    classifier.predictProbabilities(glyphs);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) classifier.topK(glyphs, 2);
    expect(tf.memory().numTensors).toBe(before);
    classifier.dispose();
  });

  it('loads a saved model and predicts as the original did', async () => {
    const dir = path.join(root, 'saved');
    const model = makeModel('relu', 9);
    const glyphs = makeGlyphs(3);
    const expected = referencePredict(model, glyphs);
    await saveModel(dir, model, makeCard());
    model.dispose();
    const classifier = await GlyphClassifier.load(dir);
    expect(classifier.classes).toEqual(CLASSES);
    expect(classifier.card.name).toBe('classifier-test');
    classifier
      .predictProbabilities(glyphs)
      .forEach((p, i) => expect(p).toBeCloseTo(expected[i], 6));
    classifier.dispose();
    await expect(GlyphClassifier.load(path.join(root, 'missing'))).rejects.toThrow(ModelLoadError);
  });

  it('rejects a card that does not fit the model', () => {
    const model = makeModel();
    expect(() => GlyphClassifier.fromModel(model, { ...makeCard(), classes: ['a', 'b'] })).toThrow(
      /6 outputs but its card lists 2 classes/,
    );
    model.dispose();
  });
});
