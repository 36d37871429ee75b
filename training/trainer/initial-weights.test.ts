import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { initTensorflow } from '../../recognition/tf/backend.js';
import { subset, type GlyphDataset } from '../data/dataset.js';
import { untrainedModelCard } from '../../recognition/model-format/model-card.js';
import { EVALUATION_JSON, saveModel } from '../../recognition/model-format/model-io.js';
import { loadStartingPoint } from '../model/starting-weights.js';
import { withDefaults, type TrainConfig } from './config.js';
import { train } from './train.js';

/** Two classes: ink in the top half or in the bottom half. */
function halves(count: number): GlyphDataset {
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = Uint16Array.from({ length: count }, (_, i) => i % 2);
  for (let i = 0; i < count; i++)
    for (let p = 0; p < 50; p++) {
      const row = labels[i] === 0 ? 2 + ((i + p) % 10) : 16 + ((i * 3 + p) % 10);
      images[i * GLYPH_PIXELS + row * 28 + ((i * 7 + p * 5) % 28)] = 255;
    }
  return { classes: ['top', 'bottom'], images, labels, count };
}

const data = halves(200);
const config = withDefaults('adam', {
  hidden: [8],
  epochs: 4,
  batchSize: 16,
  validationSplit: 0.25,
  augment: null,
  threads: 1,
  dropout: 0,
});
let dir: string;

beforeAll(async () => {
  await initTensorflow();
  dir = await mkdtemp(join(tmpdir(), 'inkform-initial-weights-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('training from initial weights', () => {
  it('starts where a saved model left off, and saves extra files with the model', async () => {
    const first = await train(data, config);
    const card = untrainedModelCard('first', data.classes, {
      hidden: [8],
      activation: 'relu',
      dropout: 0,
    });
    await saveModel(join(dir, 'first'), first.model, card, { [EVALUATION_JSON]: '{}\n' });
    first.model.dispose();
    // Saved in one piece, with no temporary folders beside it.
    expect(await readdir(dir)).toEqual(['first']);
    expect((await readdir(join(dir, 'first'))).sort()).toEqual([
      'evaluation.json',
      'inkform.json',
      'model.json',
      'weights.bin',
    ]);

    const start = await loadStartingPoint(join(dir, 'first'), config);
    const fresh = await train(data, { ...config, epochs: 1 });
    const tuned = await train(data, { ...config, epochs: 1 }, { initialWeights: start.weights });
    // One epoch from trained weights starts far lower than one from random ones.
    expect(tuned.history[0].loss).toBeLessThan(fresh.history[0].loss);
    expect(tuned.history[0].loss).toBeLessThan(first.history[0].loss);
    fresh.model.dispose();
    tuned.model.dispose();
  });

  it('refuses weights of another network, saying what differs', async () => {
    await expect(loadStartingPoint(join(dir, 'first'), { ...config, hidden: [9] })).rejects.toThrow(
      /fine-tuning keeps the network of "first" \(hidden layers 8, relu\)/,
    );
    const wrong = [new Float32Array(784 * 9), new Float32Array(9)];
    await expect(train(data, config, { initialWeights: wrong })).rejects.toThrow(
      /starting model has 2 weight arrays, but the network has 4/,
    );
  });

  it.each(['adam', 'backprop', 'rprop'] as const)(
    'keeps absent connections absent when fine-tuning with %s',
    async (algorithm) => {
      const first = await train(data, config);
      const weights = first.model.getWeights().map((w) => Float32Array.from(w.dataSync()));
      first.model.dispose();
      // Cut every other input of the first layer and one hidden unit from the output.
      for (let k = 0; k < weights[0].length; k += 2) weights[0][k] = 0;
      weights[2][0] = 0;
      weights[2][1] = 0;
      const tuned = await train(
        data,
        withDefaults(algorithm, {
          hidden: [8],
          epochs: 2,
          validationSplit: 0.25,
          augment: null,
          threads: 1,
          dropout: 0,
          ...(algorithm === 'rprop' ? {} : { batchSize: 16 }),
        }),
        { initialWeights: weights },
      );
      const after = tuned.model.getWeights().map((w) => w.dataSync());
      tuned.model.dispose();
      let moved = 0;
      for (let k = 0; k < weights[0].length; k++) {
        if (k % 2 === 0) expect(after[0][k]).toBe(0);
        else if (after[0][k] !== weights[0][k]) moved++;
      }
      expect([after[2][0], after[2][1]]).toEqual([0, 0]);
      // The rest did train.
      expect(moved).toBeGreaterThan(100);
      expect(after[2][2]).not.toBe(weights[2][2]);
    },
  );

  /** Trained weights of the `config` network, in `model.getWeights()` order. */
  async function trainedWeights(): Promise<Float32Array[]> {
    const first = await train(data, config);
    const weights = first.model.getWeights().map((w) => Float32Array.from(w.dataSync()));
    first.model.dispose();
    return weights;
  }

  const tuning = (algorithm: TrainConfig['algorithm'], patch: Partial<TrainConfig> = {}) =>
    withDefaults(algorithm, {
      hidden: [8],
      validationSplit: 0.25,
      augment: null,
      threads: 1,
      dropout: 0,
      patience: 0,
      // Rprop's first step is Δ0 whatever pulls: small, so that the pull shows.
      ...(algorithm === 'rprop'
        ? { epochs: 30, delta0: 1e-3 }
        : { epochs: 6, batchSize: 16, learningRate: algorithm === 'adam' ? 0.01 : 0.05 }),
      ...patch,
    });

  /** The weights `train` returns, and how far the furthest one moved from `start`. */
  async function tuneFrom(
    start: readonly Float32Array[],
    on: GlyphDataset,
    c: TrainConfig,
  ): Promise<{ weights: Float32Array[]; drift: number }> {
    const tuned = await train(on, c, { initialWeights: start });
    const weights = tuned.model.getWeights().map((w) => Float32Array.from(w.dataSync()));
    tuned.model.dispose();
    let drift = 0;
    weights.forEach((w, k) =>
      w.forEach((v, i) => (drift = Math.max(drift, Math.abs(v - start[k][i])))),
    );
    return { weights, drift };
  }

  it.each(['adam', 'backprop', 'rprop'] as const)(
    'with %s, holds the weights near the starting model when the data leaves classes out',
    async (algorithm) => {
      const start = await trainedWeights();
      // Only "top" samples: "bottom" has nothing but the pull to keep it.
      const topOnly = subset(
        data,
        [...data.labels.keys()].filter((i) => data.labels[i] === 0),
      );
      const free = await tuneFrom(start, topOnly, tuning(algorithm));
      const held = await tuneFrom(start, topOnly, tuning(algorithm, { anchor: 1000 }));
      expect(free.drift).toBeGreaterThan(0.01);
      expect(held.drift).toBeLessThan(free.drift / 5);
      expect(held.drift).toBeLessThan(0.01);
    },
  );

  it('pulls nothing when every class has samples, or when training starts from random weights', async () => {
    const start = await trainedWeights();
    const plain = await tuneFrom(start, data, tuning('adam'));
    const anchored = await tuneFrom(start, data, tuning('adam', { anchor: 1000 }));
    expect(anchored.weights).toEqual(plain.weights);
    const fromScratch = async (c: TrainConfig) => {
      const result = await train(data, c);
      const weights = result.model.getWeights().map((w) => Array.from(w.dataSync()));
      result.model.dispose();
      return weights;
    };
    expect(await fromScratch(tuning('adam', { anchor: 1000 }))).toEqual(
      await fromScratch(tuning('adam')),
    );
  });

  it.each(['adam', 'backprop', 'rprop'] as const)(
    'with %s, can leave the output layer exactly as the starting model has it',
    async (algorithm) => {
      const start = await trainedWeights();
      const { weights } = await tuneFrom(
        start,
        data,
        tuning(algorithm, { freezeOutputLayer: true }),
      );
      expect(weights[2]).toEqual(start[2]);
      expect(weights[3]).toEqual(start[3]);
      // The hidden layer did train.
      expect(weights[0]).not.toEqual(start[0]);
      expect(weights[1]).not.toEqual(start[1]);
    },
  );
});
