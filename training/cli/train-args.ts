import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AUGMENT } from '../../recognition/imaging/augment.js';
import { ACTIVATIONS, type Activation } from '../model/network.js';
import { ALGORITHMS, type Algorithm } from '../optimisers/optimiser.js';
import type { RpropVariant } from '../optimisers/rprop.js';
import {
  DEFAULTS,
  SCHEDULES,
  validateConfig,
  withDefaults,
  type Schedule,
  type TrainConfig,
} from '../trainer/config.js';
import {
  parseChoice,
  parseNumber,
  parseNumberList,
  UsageError,
} from '../../recognition/cli/cli-util.js';

/** The algorithm `--algorithm` defaults to; the other defaults depend on it. */
export const DEFAULT_ALGORITHM: Algorithm = 'adam';

/** How a default reads in the help: lists joined by commas, no augmentation as "off". */
export function showDefault(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value === null) return 'off';
  if (typeof value === 'object') return 'on';
  return String(value);
}

/**
 * "(default X)", or "(default X; Y for rprop)" when an algorithm differs from the default one;
 * only the algorithms an option applies to count. Written from `DEFAULTS`, so it cannot drift.
 */
export function defaultsOf(
  pick: (config: TrainConfig) => unknown,
  algorithms: readonly Algorithm[] = ALGORITHMS,
): string {
  const main = algorithms.includes(DEFAULT_ALGORITHM) ? DEFAULT_ALGORITHM : algorithms[0];
  const usual = showDefault(pick(DEFAULTS[main]));
  const others = algorithms
    .map((a) => [a, showDefault(pick(DEFAULTS[a]))] as const)
    .filter(([, shown]) => shown !== usual)
    .map(([a, shown]) => `; ${shown} for ${a}`);
  return `(default ${usual}${others.join('')})`;
}

const MINI_BATCH: readonly Algorithm[] = ['backprop', 'adam'];
const d = defaultsOf;

export const TRAIN_USAGE = `usage: npm run train -- --data DIR --out DIR [options]

  --data DIR            packed shared data (images.u8.gz + meta.tsv.gz) or an ImageFolder tree
                        (<root>/<class>/*.png or <root>/{train,test}/<class>/*.png)
  --out DIR             where to save the model (model.json, weights.bin, inkform.json)
  --algorithm NAME      ${ALGORITHMS.join(' | ')} (default ${DEFAULT_ALGORITHM})
  --hidden 512,256      hidden layer sizes ${d((c) => c.hidden)}
  --activation NAME     ${ACTIVATIONS.join(' | ')} ${d((c) => c.activation)}
  --dropout X           dropout rate after each hidden layer
                        ${d((c) => c.dropout)}
  --epochs N            maximum number of epochs (early stopping may end sooner)
                        ${d((c) => c.epochs)}
  --batch N             mini-batch size (rprop always uses the full batch)
                        ${d((c) => c.batchSize, MINI_BATCH)}
  --lr X                learning rate ${d((c) => c.learningRate, MINI_BATCH)}
  --momentum X          momentum, backprop only ${d((c) => c.momentum, ['backprop'])}
  --beta1 X             Adam ${d((c) => c.beta1, ['adam'])}
  --beta2 X             Adam ${d((c) => c.beta2, ['adam'])}
  --epsilon X           Adam ${d((c) => c.epsilon, ['adam'])}
  --rprop-variant NAME  irprop- | irprop+ ${d((c) => c.rpropVariant, ['rprop'])}
  --delta0 X            Rprop's first step ${d((c) => c.delta0, ['rprop'])}
  --delta-min X         Rprop's smallest step ${d((c) => c.deltaMin, ['rprop'])}
  --delta-max X         Rprop's largest step ${d((c) => c.deltaMax, ['rprop'])}
  --eta-plus X          Rprop's step growth ${d((c) => c.etaPlus, ['rprop'])}
  --eta-minus X         Rprop's step shrink ${d((c) => c.etaMinus, ['rprop'])}
  --validation X        fraction held out for validation ${d((c) => c.validationSplit)}
  --patience N          early stopping patience in epochs, 0 = off
                        ${d((c) => c.patience)}
  --schedule NAME       ${SCHEDULES.join(' | ')} (learning-rate schedule)
                        ${d((c) => c.schedule)}
  --augment, --no-augment
                        data augmentation ${d((c) => c.augment)}
  --seed N              random seed, so that runs are reproducible ${d((c) => c.seed)}
  --time-limit S        stop after S seconds, keeping the best weights; 0 = no limit
                        ${d((c) => c.timeLimitSeconds)}
  --threads N           threads that share the work, one per core up to two
                        ${d((c) => c.threads)}
  --name NAME           model name for the model card (default "<algorithm> model")

Ctrl+C once stops after the current batch and saves the best weights so far; twice quits.`;

function optionalChoice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  return value === undefined ? undefined : parseChoice(value, flag, allowed);
}

export function configFromArgs(argv: readonly string[]): {
  config: TrainConfig;
  data: string;
  out: string;
  name: string;
} {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      algorithm: { type: 'string' },
      hidden: { type: 'string' },
      activation: { type: 'string' },
      dropout: { type: 'string' },
      epochs: { type: 'string' },
      batch: { type: 'string' },
      lr: { type: 'string' },
      momentum: { type: 'string' },
      beta1: { type: 'string' },
      beta2: { type: 'string' },
      epsilon: { type: 'string' },
      'rprop-variant': { type: 'string' },
      delta0: { type: 'string' },
      'delta-min': { type: 'string' },
      'delta-max': { type: 'string' },
      'eta-plus': { type: 'string' },
      'eta-minus': { type: 'string' },
      validation: { type: 'string' },
      patience: { type: 'string' },
      schedule: { type: 'string' },
      augment: { type: 'boolean' },
      'no-augment': { type: 'boolean' },
      seed: { type: 'string' },
      'time-limit': { type: 'string' },
      threads: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!values.data) throw new UsageError(`--data is required\n\n${TRAIN_USAGE}`);
  if (!values.out) throw new UsageError(`--out is required\n\n${TRAIN_USAGE}`);
  const algorithm =
    optionalChoice<Algorithm>(values.algorithm, ALGORITHMS, '--algorithm') ?? DEFAULT_ALGORITHM;
  if (algorithm === 'rprop' && values.batch !== undefined) {
    throw new UsageError(
      'Rprop updates once per epoch from the full-batch gradient and does not work on mini-batches; ' +
        'leave out --batch with --algorithm rprop, or use backprop or adam for mini-batch training',
    );
  }
  const num = (flag: keyof typeof values) => {
    const v = values[flag];
    return typeof v === 'string' ? parseNumber(v, `--${flag}`) : undefined;
  };
  let augment: TrainConfig['augment'] | undefined;
  if (values['no-augment']) augment = null;
  if (values.augment) augment = DEFAULT_AUGMENT;
  const config = withDefaults(algorithm, {
    hidden: values.hidden !== undefined ? parseNumberList(values.hidden, '--hidden') : undefined,
    activation: optionalChoice<Activation>(values.activation, ACTIVATIONS, '--activation'),
    dropout: num('dropout'),
    epochs: num('epochs'),
    batchSize: num('batch'),
    learningRate: num('lr'),
    momentum: num('momentum'),
    beta1: num('beta1'),
    beta2: num('beta2'),
    epsilon: num('epsilon'),
    rpropVariant: optionalChoice<RpropVariant>(
      values['rprop-variant'],
      ['irprop-', 'irprop+'],
      '--rprop-variant',
    ),
    delta0: num('delta0'),
    deltaMin: num('delta-min'),
    deltaMax: num('delta-max'),
    etaPlus: num('eta-plus'),
    etaMinus: num('eta-minus'),
    validationSplit: num('validation'),
    patience: num('patience'),
    schedule: optionalChoice<Schedule>(values.schedule, SCHEDULES, '--schedule'),
    augment,
    seed: num('seed'),
    timeLimitSeconds: num('time-limit'),
    threads: num('threads'),
  });
  try {
    validateConfig(config);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const out = resolve(values.out);
  return { config, data: resolve(values.data), out, name: values.name ?? `${algorithm} model` };
}
