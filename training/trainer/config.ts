import { availableParallelism } from 'node:os';
import { DEFAULT_AUGMENT, type AugmentOptions } from '../../recognition/imaging/augment.js';
import {
  ACTIVATIONS,
  DEFAULT_NETWORK,
  validateHiddenLayers,
  type Activation,
} from '../model/network.js';
import { ALGORITHMS, type Algorithm } from '../optimisers/optimiser.js';
import { DEFAULT_RPROP, validateRprop, type RpropVariant } from '../optimisers/rprop.js';

export type Schedule = 'constant' | 'plateau' | 'cosine' | 'step';
export const SCHEDULES: readonly Schedule[] = ['constant', 'plateau', 'cosine', 'step'];

/** Everything that determines a training run; with the same data and seed a run is reproducible. */
export interface TrainConfig {
  readonly algorithm: Algorithm;
  readonly hidden: readonly number[];
  readonly activation: Activation;
  readonly dropout: number;
  readonly epochs: number;
  /** Mini-batch size for backprop and Adam; Rprop always uses the full batch. */
  readonly batchSize: number;
  readonly learningRate: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly rpropVariant: RpropVariant;
  readonly etaPlus: number;
  readonly etaMinus: number;
  readonly delta0: number;
  readonly deltaMin: number;
  readonly deltaMax: number;
  /** Fraction of the training data held out for validation (0 for none). */
  readonly validationSplit: number;
  /** Stop after this many epochs without a better validation loss (0 to disable). */
  readonly patience: number;
  readonly schedule: Schedule;
  /** For `step`: multiply the learning rate by `decayFactor` every `decayEvery` epochs. */
  readonly decayEvery: number;
  readonly decayFactor: number;
  readonly augment: AugmentOptions | null;
  readonly seed: number;
  /** Stop after this many seconds of training, keeping the best weights so far (0 = no limit). */
  readonly timeLimitSeconds: number;
  /**
   * Threads that share each batch's gradient computation. Results are reproducible for a given
   * seed and thread count.
   */
  readonly threads: number;
  /**
   * Training samples of writers whose id starts with `prefix` are used `factor` times per epoch
   * (integer ≥ 1). Empty for none; only data with writer ids (the packed shared data) has them.
   */
  readonly oversampleWriters: readonly { readonly prefix: string; readonly factor: number }[];
  /**
   * When fine-tuning, how strongly each weight is pulled back to its starting value (L2-SP, see
   * `fine-tuning.ts`): added to the pull's λ, against the summed loss, for each of the model's
   * classes that no training sample shows. 0 for none; ignored without starting weights.
   */
  readonly anchor: number;
  /** When fine-tuning, leave the output layer as the starting model has it (`fine-tuning.ts`). */
  readonly freezeOutputLayer: boolean;
}

/** Both cores of the target machines; more threads than cores would only contend. */
export const DEFAULT_THREADS = Math.max(1, Math.min(2, availableParallelism()));

const COMMON = {
  hidden: DEFAULT_NETWORK.hidden,
  activation: DEFAULT_NETWORK.activation,
  dropout: DEFAULT_NETWORK.dropout,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  rpropVariant: DEFAULT_RPROP.variant,
  etaPlus: DEFAULT_RPROP.etaPlus,
  etaMinus: DEFAULT_RPROP.etaMinus,
  delta0: DEFAULT_RPROP.delta0,
  deltaMin: DEFAULT_RPROP.deltaMin,
  deltaMax: DEFAULT_RPROP.deltaMax,
  validationSplit: 0.1,
  decayEvery: 10,
  decayFactor: 0.5,
  seed: 1,
  timeLimitSeconds: 0,
  threads: DEFAULT_THREADS,
  oversampleWriters: [],
  anchor: 0,
  freezeOutputLayer: false,
};

/** Defaults per algorithm, chosen from the comparison runs in the README. */
export const DEFAULTS: Readonly<Record<Algorithm, TrainConfig>> = {
  adam: {
    ...COMMON,
    algorithm: 'adam',
    epochs: 60,
    batchSize: 128,
    learningRate: 1e-3,
    patience: 8,
    schedule: 'plateau',
    augment: DEFAULT_AUGMENT,
  },
  backprop: {
    ...COMMON,
    algorithm: 'backprop',
    epochs: 60,
    batchSize: 64,
    learningRate: 0.05,
    patience: 8,
    schedule: 'plateau',
    augment: DEFAULT_AUGMENT,
  },
  rprop: {
    ...COMMON,
    algorithm: 'rprop',
    // One full-batch update per epoch: Rprop needs hundreds of them.
    epochs: 300,
    batchSize: 0,
    learningRate: 0,
    dropout: 0,
    patience: 30,
    schedule: 'constant',
    // Augmentation would change the objective between steps and break Rprop's sign test.
    augment: null,
  },
};

export function withDefaults(algorithm: Algorithm, overrides: Partial<TrainConfig>): TrainConfig {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...DEFAULTS[algorithm], ...defined, algorithm };
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** Rejects nonsensical or unsupported settings with a message a user can act on. */
export function validateConfig(c: TrainConfig): void {
  check(ALGORITHMS.includes(c.algorithm), `algorithm must be one of ${ALGORITHMS.join(', ')}`);
  check(ACTIVATIONS.includes(c.activation), `activation must be one of ${ACTIVATIONS.join(', ')}`);
  validateHiddenLayers(c.hidden);
  check(c.dropout >= 0 && c.dropout < 1, `dropout must be in [0, 1), got ${c.dropout}`);
  check(SCHEDULES.includes(c.schedule), `schedule must be one of ${SCHEDULES.join(', ')}`);
  check(
    Number.isInteger(c.epochs) && c.epochs >= 1 && c.epochs <= 100_000,
    `epochs must be a positive integer, got ${c.epochs}`,
  );
  check(
    c.validationSplit >= 0 && c.validationSplit < 0.9,
    `validation split must be in [0, 0.9), got ${c.validationSplit}`,
  );
  check(
    Number.isInteger(c.patience) && c.patience >= 0,
    `patience must be a non-negative integer, got ${c.patience}`,
  );
  check(Number.isInteger(c.seed), `seed must be an integer, got ${c.seed}`);
  check(
    Number.isInteger(c.threads) && c.threads >= 1 && c.threads <= 16,
    `threads must be an integer in 1..16, got ${c.threads}`,
  );
  for (const rule of c.oversampleWriters)
    check(
      Number.isInteger(rule.factor) && rule.factor >= 1 && rule.factor <= 10,
      `oversampling factor must be an integer in 1..10, got ${rule.factor}`,
    );
  check(c.timeLimitSeconds >= 0, `time limit must be ≥ 0, got ${c.timeLimitSeconds}`);
  check(
    Number.isFinite(c.anchor) && c.anchor >= 0 && c.anchor <= 1000,
    `the pull towards the starting model must be in [0, 1000], got ${c.anchor}`,
  );
  if (c.algorithm === 'rprop') {
    check(
      c.batchSize === 0,
      'Rprop updates once per epoch from the full-batch gradient; it does not work on mini-batches, so a batch size cannot be set with rprop',
    );
    check(
      c.augment === null,
      'Rprop needs the same objective at every step; turn augmentation off for rprop',
    );
    validateRprop({ ...c, variant: c.rpropVariant });
  } else {
    check(
      Number.isInteger(c.batchSize) && c.batchSize >= 1 && c.batchSize <= 65_536,
      `batch size must be an integer in 1..65536, got ${c.batchSize}`,
    );
    check(
      c.learningRate > 0 && c.learningRate <= 10,
      `learning rate must be in (0, 10], got ${c.learningRate}`,
    );
  }
  if (c.algorithm === 'backprop')
    check(c.momentum >= 0 && c.momentum < 1, `momentum must be in [0, 1), got ${c.momentum}`);
  if (c.algorithm === 'adam') {
    check(c.beta1 >= 0 && c.beta1 < 1, `β1 must be in [0, 1), got ${c.beta1}`);
    check(c.beta2 >= 0 && c.beta2 < 1, `β2 must be in [0, 1), got ${c.beta2}`);
    check(c.epsilon > 0, `ε must be > 0, got ${c.epsilon}`);
  }
  if (c.schedule === 'step') {
    check(
      Number.isInteger(c.decayEvery) && c.decayEvery >= 1,
      `decay interval must be a positive integer`,
    );
    check(c.decayFactor > 0 && c.decayFactor <= 1, `decay factor must be in (0, 1]`);
  }
}

/** The hyperparameters that matter for the chosen algorithm, for the model card and reports. */
export function relevantHyperparameters(c: TrainConfig): Record<string, number | string | boolean> {
  const base: Record<string, number | string | boolean> = {
    epochs: c.epochs,
    validationSplit: c.validationSplit,
    patience: c.patience,
    seed: c.seed,
    augment: c.augment !== null,
    threads: c.threads,
    ...(c.oversampleWriters.length
      ? { oversample: c.oversampleWriters.map((r) => `${r.prefix}×${r.factor}`).join(' ') }
      : {}),
    // Only when set, so that the cards of runs without it read as before.
    ...(c.anchor > 0 ? { anchor: c.anchor } : {}),
    ...(c.freezeOutputLayer ? { freezeOutputLayer: true } : {}),
  };
  if (c.algorithm === 'rprop') {
    return {
      ...base,
      variant: c.rpropVariant,
      etaPlus: c.etaPlus,
      etaMinus: c.etaMinus,
      delta0: c.delta0,
      deltaMin: c.deltaMin,
      deltaMax: c.deltaMax,
    };
  }
  const sched = { schedule: c.schedule, batchSize: c.batchSize, learningRate: c.learningRate };
  if (c.algorithm === 'backprop') return { ...base, ...sched, momentum: c.momentum };
  return { ...base, ...sched, beta1: c.beta1, beta2: c.beta2, epsilon: c.epsilon };
}
