/**
 * The Train page's settings and the engine's `TrainConfig`: defaults per algorithm, and the one
 * mapping from what the user chose to what the trainer runs.
 */
import { DEFAULT_AUGMENT } from '../../recognition/imaging/augment.js';
import type { ModelCard } from '../../training/model/model-card.js';
import {
  DEFAULTS,
  validateConfig,
  withDefaults,
  type TrainConfig,
} from '../../training/trainer/config.js';
import type { Algorithm, TrainingSettings } from '../contract-training.js';
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

/** When fine-tuning, the network is the starting model's whatever the settings say. */
export function settingsForModel(s: TrainingSettings, card: ModelCard | null): TrainingSettings {
  const settings = normaliseSettings(s);
  if (!card) return settings;
  return { ...settings, hidden: [...card.network.hidden], activation: card.network.activation };
}

/** The trainer's configuration for `settings` (already normalised); refuses what it cannot run. */
export function configFromSettings(
  s: TrainingSettings,
  opts: { readonly threads: number; readonly dropout?: number },
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
      ? {}
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
