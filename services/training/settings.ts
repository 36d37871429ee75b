/**
 * The Train page's settings and the engine's `TrainConfig`: defaults per algorithm, and the one
 * mapping from what the user chose to what the trainer runs.
 */
import { DEFAULT_AUGMENT } from '../../recognition/imaging/augment.js';
import type { ModelCard } from '../../recognition/model-format/model-card.js';
import {
  DEFAULTS,
  validateConfig,
  withDefaults,
  type TrainConfig,
} from '../../training/trainer/config.js';
import type { Algorithm, TrainingSettings } from '../contract/training.js';
import { ServiceError } from '../service-error.js';

/**
 * Rprop learns from the full-batch gradient and needs the same objective at every step, so it
 * has no learning rate, batch size or augmentation: those read 0/false in its settings and are
 * ignored when given.
 */
export function normaliseSettings(s: TrainingSettings): TrainingSettings {
  if (s.algorithm !== 'rprop') return s;
  const d = DEFAULTS.rprop;
  return { ...s, learningRate: d.learningRate, batchSize: d.batchSize, augment: false };
}

export function defaultSettings(algorithm: Algorithm): TrainingSettings {
  const d = DEFAULTS[algorithm];
  return normaliseSettings({
    algorithm,
    hidden: [...d.hidden],
    activation: d.activation,
    learningRate: d.learningRate,
    momentum: d.momentum,
    batchSize: d.batchSize,
    epochs: d.epochs,
    validationSplit: d.validationSplit,
    augment: d.augment !== null,
    seed: d.seed,
  });
}

/**
 * Fine-tuning keeps the starting model's output layer and pulls every other weight back towards
 * its starting value, the harder the fewer of the model's classes the data shows (L2-SP,
 * `training/trainer/fine-tuning.ts`), so a model taught a few samples learns them with the
 * smallest change that fits and keeps what it knew. Measured on the default model taught 20
 * samples each of five symbols in an unusual style and nothing else
 * (services/training/fine-tune.test.ts; real handwriting 91.3% before): without the constraints
 * no step size both learnt the style and kept the handwriting. Adam at 0.0001 kept it (−1.1
 * points) but read only 71% of the style, at 0.0002 it read 99% and lost 12.5 points; backprop
 * at 0.0001 lost 11 and Rprop from Δ0 0.00001 lost 16, reading every minus sign as the ¬ they
 * had been taught in the shape of a tilde. The pull alone moved that cliff without removing it
 * (Adam at 0.001 with λ 10: style 85%, −4.4 points); keeping the output layer alone removed it
 * only within a narrow band of rates (Adam at 0.0003: 97%, −1.3; at 0.0005: −10.8). With both,
 * at the values below: Adam reads 98% of the style and loses 0.7 points, backprop 100% and 0.6,
 * Rprop 96% and 0.2; with two other seeds and another sample of the style, 91–99% and at most
 * 0.7 points.
 *
 * The pull's strength per class left out, measured per algorithm in the middle of the range
 * that did both: Adam from 0.1 (−1.5) to 0.3 (94%), backprop from 0.1 (−1.1), Rprop from 0.01
 * to 0.05 (91%). Rprop's full-batch steps settle where the pull balances the loss, while Adam
 * and backprop learn from noisy mini-batches with dropout and augmentation, which need the
 * firmer hold. When the data shows every class, as a run that replays other samples does, the
 * pull is all but off: the first fine-tuning test (style plus replay, Adam at 0.0005 for eight
 * epochs) reads 90% of the style and loses 1.1 points, where with a fixed pull of 0.2 it read
 * 14%.
 */
const FINE_TUNING_ANCHOR: Readonly<Record<Algorithm, number>> = {
  adam: 0.2,
  backprop: 0.2,
  rprop: 0.02,
};

/**
 * With the constraints holding the model, the rate only sets how fast the style is learnt: Adam
 * from 0.0005 to 0.002 and backprop from 0.01 to 0.05 (its from-scratch rate) read 96–100% of it
 * and lose 0.5–0.9 points. These are the middle of those ranges; far below them the style is not
 * learnt in the epochs given (Adam at 0.0002: 72%, backprop at 0.003: 89%).
 */
const FINE_TUNING_LEARNING_RATE: Readonly<Record<Algorithm, number>> = {
  adam: 1e-3,
  backprop: 0.02,
  rprop: 0,
};

/**
 * Rprop's steps are absolute: from the from-scratch Δ0 its first steps overshoot before the pull
 * can act (−6 points even with it); from these it settles in about 60 epochs, and from ten times
 * smaller ones in twice as many, to the same accuracy.
 */
const FINE_TUNING_RPROP = { delta0: 1e-4, deltaMax: 1e-2 } as const;

/** What the Train page proposes when a run starts from a trained model. */
export function fineTuningSettings(algorithm: Algorithm): TrainingSettings {
  return normaliseSettings({
    ...defaultSettings(algorithm),
    learningRate: FINE_TUNING_LEARNING_RATE[algorithm],
  });
}

/** When fine-tuning, the network is the starting model's whatever the settings say. */
export function settingsForModel(s: TrainingSettings, card: ModelCard | null): TrainingSettings {
  const settings = normaliseSettings(s);
  if (!card) return settings;
  return { ...settings, hidden: [...card.network.hidden], activation: card.network.activation };
}

/** The trainer's configuration for `settings` (already normalised); refuses what it cannot run. */
export function configFromSettings(
  s: TrainingSettings,
  opts: { readonly threads: number; readonly dropout?: number; readonly fineTuning?: boolean },
): TrainConfig {
  const rprop = s.algorithm === 'rprop';
  const config = withDefaults(s.algorithm, {
    hidden: [...s.hidden],
    activation: s.activation,
    epochs: s.epochs,
    validationSplit: s.validationSplit,
    seed: s.seed,
    threads: opts.threads,
    dropout: opts.dropout,
    ...(opts.fineTuning
      ? { anchor: FINE_TUNING_ANCHOR[s.algorithm], freezeOutputLayer: true }
      : {}),
    ...(rprop
      ? opts.fineTuning
        ? FINE_TUNING_RPROP
        : {}
      : {
          learningRate: s.learningRate,
          batchSize: s.batchSize,
          momentum: s.momentum,
          augment: s.augment ? DEFAULT_AUGMENT : null,
        }),
  });
  try {
    validateConfig(config);
  } catch (error) {
    throw new ServiceError('bad-input', (error as Error).message, { cause: error });
  }
  return config;
}
