import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AUGMENT } from '../../recognition/imaging/augment.js';
import { ACTIVATIONS, type Activation } from '../model/network.js';
import { ALGORITHMS, type Algorithm } from '../optimisers/optimiser.js';
import type { RpropVariant } from '../optimisers/rprop.js';
import {
  SCHEDULES,
  validateConfig,
  withDefaults,
  type Schedule,
  type TrainConfig,
} from '../trainer/config.js';
import { parseChoice, parseNumber, parseNumberList, UsageError } from './cli-util.js';

export const TRAIN_USAGE = `usage: npm run train -- --data DIR --out DIR [options]

  --data DIR            packed shared data (images.u8.gz + meta.tsv.gz) or an ImageFolder tree
                        (<root>/<class>/*.png or <root>/{train,test}/<class>/*.png)
  --out DIR             where to save the model (model.json, weights.bin, inkform.json)
  --algorithm NAME      backprop | rprop | adam (default adam)
  --hidden 512,256      hidden layer sizes
  --activation NAME     relu | sigmoid | tanh
  --dropout X           dropout rate after each hidden layer
  --epochs N            maximum number of epochs (early stopping may end sooner)
  --batch N             mini-batch size (backprop, adam; rprop always uses the full batch)
  --lr X                learning rate (backprop, adam)
  --momentum X          momentum (backprop)
  --beta1 X --beta2 X --epsilon X                         Adam
  --rprop-variant irprop-|irprop+  --delta0 X --delta-min X --delta-max X
  --eta-plus X --eta-minus X                             Rprop
  --validation X        fraction held out for validation (default 0.1)
  --patience N          early stopping patience in epochs (0 = off)
  --schedule NAME       constant | plateau | cosine | step (learning-rate schedule)
  --no-augment          turn off data augmentation (on by default for backprop and adam)
  --seed N              random seed (runs are reproducible)
  --time-limit S        stop after S seconds, keeping the best weights
  --threads N           threads that share the work (default: 2, or 1 on a 1-core machine)
  --name NAME           model name for the model card

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
    optionalChoice<Algorithm>(values.algorithm, ALGORITHMS, '--algorithm') ?? 'adam';
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
