import { describe, expect, it } from 'vitest';
import { DEFAULT_AUGMENT } from '../../recognition/imaging/augment.js';
import { DEFAULTS } from '../../training/trainer/config.js';
import { sweepRuns } from './experiments.js';
import {
  configFromSettings,
  defaultSettings,
  fineTuningSettings,
  normaliseSettings,
} from './settings.js';

describe('training settings', () => {
  it('default to the trainer’s defaults of each algorithm', () => {
    expect(defaultSettings('adam')).toEqual({
      algorithm: 'adam',
      hidden: [512, 256],
      activation: 'relu',
      learningRate: DEFAULTS.adam.learningRate,
      momentum: 0.9,
      batchSize: DEFAULTS.adam.batchSize,
      epochs: DEFAULTS.adam.epochs,
      validationSplit: 0.1,
      augment: true,
      seed: 1,
    });
    expect(defaultSettings('backprop').learningRate).toBe(DEFAULTS.backprop.learningRate);
  });

  it('never offer Rprop a mini-batch, a learning rate or augmentation', () => {
    expect(defaultSettings('rprop')).toMatchObject({
      batchSize: 0,
      learningRate: 0,
      augment: false,
    });
    const asked = { ...defaultSettings('adam'), algorithm: 'rprop' as const };
    const settings = normaliseSettings(asked);
    expect(settings).toMatchObject({ batchSize: 0, augment: false });
    const config = configFromSettings(settings, { threads: 1 });
    expect(config).toMatchObject({ algorithm: 'rprop', batchSize: 0, augment: null });
  });

  it('map onto the trainer’s configuration', () => {
    const config = configFromSettings(
      { ...defaultSettings('backprop'), hidden: [32], learningRate: 0.2, momentum: 0.5 },
      { threads: 2, dropout: 0.3 },
    );
    expect(config).toMatchObject({
      algorithm: 'backprop',
      hidden: [32],
      learningRate: 0.2,
      momentum: 0.5,
      threads: 2,
      dropout: 0.3,
      augment: DEFAULT_AUGMENT,
      patience: DEFAULTS.backprop.patience,
    });
  });

  it('fine-tune no faster than training from scratch, and otherwise the same', () => {
    for (const algorithm of ['adam', 'backprop'] as const) {
      const scratch = defaultSettings(algorithm);
      const tuning = fineTuningSettings(algorithm);
      expect(tuning.learningRate).toBeLessThanOrEqual(scratch.learningRate);
      expect({ ...tuning, learningRate: scratch.learningRate }).toEqual(scratch);
    }
    expect(fineTuningSettings('rprop')).toEqual(defaultSettings('rprop'));
  });

  it('hold a fine-tuned model near where it started, with every algorithm', () => {
    for (const algorithm of ['adam', 'backprop', 'rprop'] as const) {
      const settings = fineTuningSettings(algorithm);
      const scratch = configFromSettings(settings, { threads: 1 });
      const tuning = configFromSettings(settings, { threads: 1, fineTuning: true });
      expect(scratch).toMatchObject({ anchor: 0, freezeOutputLayer: false });
      expect(tuning.anchor).toBeGreaterThan(0);
      expect(tuning.freezeOutputLayer).toBe(true);
      const { anchor, freezeOutputLayer, delta0, deltaMax } = scratch;
      expect({ ...tuning, anchor, freezeOutputLayer, delta0, deltaMax }).toEqual(scratch);
    }
    // Rprop's steps are its own and start far smaller; other algorithms take the rate given.
    const rprop = defaultSettings('rprop');
    const scratch = configFromSettings(rprop, { threads: 1 });
    const gentle = configFromSettings(rprop, { threads: 1, fineTuning: true });
    expect(gentle.delta0).toBeLessThan(scratch.delta0 / 100);
    expect(gentle.deltaMax).toBeLessThan(scratch.deltaMax);
    const adam = { ...defaultSettings('adam'), learningRate: 0.003 };
    expect(configFromSettings(adam, { threads: 1, fineTuning: true }).learningRate).toBe(0.003);
  });

  it('sweep the algorithm with each algorithm’s own learning rate and batch size', () => {
    const base = {
      name: 'x'.repeat(80),
      setIds: ['s'],
      includeBaseData: false,
      fineTuneFrom: null,
      settings: { ...defaultSettings('adam'), epochs: 5 },
    };
    const runs = sweepRuns({
      name: base.name,
      base,
      parameter: 'algorithm',
      values: ['backprop', 'rprop'],
    });
    expect(runs.map((r) => r.request.settings)).toMatchObject([
      { algorithm: 'backprop', learningRate: 0.05, batchSize: 64, epochs: 5 },
      { algorithm: 'rprop', learningRate: 0, batchSize: 0, augment: false, epochs: 5 },
    ]);
    expect(
      runs.every(
        (r) => r.name.length <= 80 && r.name.endsWith(`algorithm ${r.request.settings.algorithm}`),
      ),
    ).toBe(true);
  });

  it('sweep the algorithm of a fine-tuning run with the fine-tuning rates', () => {
    const base = {
      name: 'tune',
      setIds: ['s'],
      includeBaseData: false,
      fineTuneFrom: 'default',
      settings: fineTuningSettings('adam'),
    };
    const runs = sweepRuns({ name: 'tune', base, parameter: 'algorithm', values: ['backprop'] });
    expect(runs[0].request.settings.learningRate).toBe(fineTuningSettings('backprop').learningRate);
  });
});
