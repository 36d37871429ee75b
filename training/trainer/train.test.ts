import { beforeAll, describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { initTensorflow, tf } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../data/dataset.js';
import { validateConfig, withDefaults } from './config.js';
import { hasDiverged, oversample, train, TrainingDivergedError } from './train.js';

beforeAll(() => initTensorflow());

/**
 * Four classes of simple glyphs (a bar in one of four places) with jittered position and
 * noise: learnable, but not in one step.
 */
function toyData(count: number, seed: number): GlyphDataset {
  const rng = mulberry32(seed);
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  for (let n = 0; n < count; n++) {
    const label = n % 4;
    labels[n] = label;
    const shift = Math.floor(rng() * 5) - 2;
    const img = images.subarray(n * GLYPH_PIXELS, (n + 1) * GLYPH_PIXELS);
    for (let k = 4; k < 24; k++) {
      const pos = 8 + shift + (label % 2) * 10;
      const [y, x] = label < 2 ? [pos, k] : [k, pos];
      img[y * 28 + x] = 255;
      img[(y + 1) * 28 + x] = 200;
    }
    for (let p = 0; p < 40; p++) img[Math.floor(rng() * GLYPH_PIXELS)] = Math.floor(rng() * 255);
  }
  return { classes: ['top', 'bottom', 'left', 'right'], images, labels, count };
}

const data = toyData(800, 1);
const small = { hidden: [32], validationSplit: 0.25, augment: null, threads: 1 } as const;

describe('train', () => {
  it.each([
    ['adam', withDefaults('adam', { ...small, epochs: 8, batchSize: 32 })],
    [
      'backprop',
      withDefaults('backprop', { ...small, epochs: 8, batchSize: 32, learningRate: 0.1 }),
    ],
    ['rprop', withDefaults('rprop', { ...small, epochs: 60, patience: 0 })],
    [
      'irprop+',
      withDefaults('rprop', { ...small, epochs: 60, patience: 0, rpropVariant: 'irprop+' }),
    ],
  ])('%s learns a separable task and reports every epoch', async (_name, config) => {
    const epochs: number[] = [];
    const result = await train(data, config, {
      onProgress: (p) => p.type === 'epoch' && epochs.push(p.epoch),
    });
    expect(result.metrics.validationAccuracy).toBeGreaterThan(0.95);
    expect(result.history[0].loss).toBeGreaterThan(result.history[result.history.length - 1].loss);
    expect(epochs).toEqual(result.history.map((h) => h.epoch));
    expect(result.trainSamples + result.validationSamples).toBe(data.count);
    const last = result.history[result.history.length - 1];
    expect(last.samplesPerSecond).toBeGreaterThan(0);
    expect(last.etaSeconds).toBeGreaterThanOrEqual(0);
    result.model.dispose();
  });

  it('is reproducible for a seed, and the seed matters', async () => {
    const config = withDefaults('adam', { ...small, epochs: 2, batchSize: 16, dropout: 0.2 });
    const run = async (seed: number) => {
      const r = await train(data, { ...config, seed, augment: withDefaults('adam', {}).augment });
      r.model.dispose();
      return r.history.map((h) => [h.loss, h.validationLoss]);
    };
    const [a, b, c] = [await run(3), await run(3), await run(4)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('gives the same training with two threads as with one when nothing is random', async () => {
    // Batches big enough to be shared between the threads.
    const config = withDefaults('adam', { ...small, epochs: 3, batchSize: 600, dropout: 0 });
    const one = await train(data, config);
    const two = await train(data, { ...config, threads: 2 });
    two.history.forEach((h, i) => {
      expect(h.loss).toBeCloseTo(one.history[i].loss, 4);
      expect(h.validationAccuracy).toBeCloseTo(one.history[i].validationAccuracy!, 2);
    });
    one.model.dispose();
    two.model.dispose();
  });

  it('trains small batches bit for bit alike on one thread and on two, augmentation and all', async () => {
    // Two threads prepare the next batch and share each Adam update; neither may change a bit.
    const config = withDefaults('adam', {
      ...small,
      epochs: 2,
      batchSize: 24,
      dropout: 0.2,
      augment: withDefaults('adam', {}).augment,
    });
    const one = await train(data, config);
    const two = await train(data, { ...config, threads: 2 });
    expect(two.history.map((h) => h.loss)).toEqual(one.history.map((h) => h.loss));
    const weights = (r: typeof one) => r.model.getWeights().map((w) => Array.from(w.dataSync()));
    expect(weights(two)).toEqual(weights(one));
    one.model.dispose();
    two.model.dispose();
  });

  it('returns the weights of the best validation epoch', async () => {
    const result = await train(data, withDefaults('adam', { ...small, epochs: 5, batchSize: 32 }));
    const best = result.history.find((h) => h.epoch === result.bestEpoch)!;
    expect(best.validationAccuracy).toBe(
      Math.max(...result.history.map((h) => h.validationAccuracy!)),
    );
    result.model.dispose();
  });

  it('stops early when validation stops improving', async () => {
    const result = await train(
      data,
      withDefaults('adam', { ...small, epochs: 200, batchSize: 32, patience: 2 }),
    );
    expect(result.status).toBe('early-stopped');
    expect(result.history.length).toBeLessThan(200);
    expect(result.history.length - result.bestEpoch).toBe(2);
    result.model.dispose();
  });

  it('can be cancelled and still returns a usable model', async () => {
    const abort = new AbortController();
    const result = await train(data, withDefaults('adam', { ...small, epochs: 50, batchSize: 8 }), {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.type === 'epoch' && p.epoch === 2) abort.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    expect(result.history.length).toBe(2);
    const out = tf.tidy(() =>
      (result.model.predict(tf.zeros([1, GLYPH_PIXELS])) as tf.Tensor).dataSync(),
    );
    expect(out.length).toBe(4);
    result.model.dispose();
  });

  it('reports divergence as an error that says what to change', async () => {
    const config = withDefaults('backprop', {
      ...small,
      epochs: 3,
      batchSize: 8,
      learningRate: 9,
      momentum: 0.99,
      activation: 'relu',
    });
    await expect(train(data, config)).rejects.toThrow(TrainingDivergedError);
    await expect(train(data, config)).rejects.toThrow(/smaller learning rate/);
  });

  it('counts NaN, infinite and exploded losses as divergence, ordinary ones not', () => {
    expect(hasDiverged(Number.NaN, 78)).toBe(true);
    expect(hasDiverged(Number.POSITIVE_INFINITY, 78)).toBe(true);
    expect(hasDiverged(4e4, 4)).toBe(true);
    expect(hasDiverged(Math.log(78), 78)).toBe(false);
    expect(hasDiverged(12, 78)).toBe(false);
  });
});

describe('oversample', () => {
  it('repeats the samples of matching writers and leaves the rest', () => {
    const writers = ['crohme:1', 'hasy:2', 'crohme:3', 'emnist:4'];
    const got = oversample(Uint32Array.from([0, 1, 2, 3]), writers, [
      { prefix: 'crohme:', factor: 3 },
    ]);
    expect(Array.from(got)).toEqual([0, 0, 0, 1, 2, 2, 2, 3]);
    expect(Array.from(oversample(Uint32Array.from([1, 3]), writers, []))).toEqual([1, 3]);
    expect(
      Array.from(oversample(Uint32Array.from([0]), undefined, [{ prefix: 'crohme:', factor: 2 }])),
    ).toEqual([0]);
  });
});

describe('validateConfig', () => {
  it('refuses Rprop on mini-batches and with augmentation', () => {
    expect(() => validateConfig(withDefaults('rprop', { batchSize: 64 }))).toThrow(/mini-batches/);
    expect(() =>
      validateConfig(withDefaults('rprop', { augment: withDefaults('adam', {}).augment })),
    ).toThrow(/augmentation/);
  });

  it('explains bad numbers', () => {
    expect(() => validateConfig(withDefaults('adam', { learningRate: -1 }))).toThrow(
      /learning rate/,
    );
    expect(() => validateConfig(withDefaults('adam', { epochs: 0 }))).toThrow(/epochs/);
    expect(() => validateConfig(withDefaults('adam', { hidden: [] }))).toThrow(/hidden layer/);
    expect(() => validateConfig(withDefaults('backprop', { momentum: 1 }))).toThrow(/momentum/);
    expect(() => validateConfig(withDefaults('adam', { anchor: -0.1 }))).toThrow(/starting model/);
    expect(() => validateConfig(withDefaults('rprop', { anchor: Number.NaN }))).toThrow(
      /starting model/,
    );
  });
});
