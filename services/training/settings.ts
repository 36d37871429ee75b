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
 * Learning rates that adapt a trained model to new samples without overwriting what it knew:
 * fine-tuning the default model on 100 samples of an unusual style, with nothing else, cost 23
 * (Adam) and 35 (backprop) points of real handwriting at the from-scratch rates; at these it
 * learns the style as well and loses 1.5 (Adam) and 4.4 (backprop). Measured by
 * services/training/fine-tune.test.ts.
 */
const FINE_TUNING_LEARNING_RATE: Readonly<Record<Algorithm, number>> = {
  adam: 1e-4,
  backprop: 1e-4,
  rprop: 0,
};

/**
 * Rprop's steps are absolute: from the from-scratch Δ0 the same run diverged; from these it
 * learns the style and loses 3.8 points.
 */
const FINE_TUNING_RPROP = { delta0: 1e-5, deltaMax: 1e-3 } as const;

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
