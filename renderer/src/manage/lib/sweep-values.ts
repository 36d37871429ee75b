/**
 * The Experiments form's "values" field: one line of text per sweep, read into the values the
 * service runs (2 to 8, all different), with the same limits as the Train form.
 */
import type {
  ActivationName,
  Algorithm,
  SweepParameter,
  TrainingSettings,
} from '@services/contract';
import { settingText } from './format';
import {
  ACTIVATION_NAMES,
  ALGORITHM_NAMES,
  parseBatchSize,
  parseHidden,
  parseLearningRate,
} from './training-draft';

export type SweepValue = string | number | readonly number[];

export interface SweepChoice {
  readonly id: SweepParameter;
  readonly label: string;
  readonly example: string;
  readonly hint: string;
}

export const SWEEP_CHOICES: readonly SweepChoice[] = [
  {
    id: 'algorithm',
    label: 'Algorithm',
    example: 'backprop, rprop, adam',
    hint: 'Each algorithm runs with its own learning rate, momentum and batch size.',
  },
  {
    id: 'learningRate',
    label: 'Learning rate',
    example: '0.1, 0.01, 0.001',
    hint: 'Numbers separated by commas or spaces.',
  },
  {
    id: 'hidden',
    label: 'Hidden layers',
    example: '512; 512, 256; 256, 128',
    hint: 'One network per group, groups separated by semicolons.',
  },
  {
    id: 'batchSize',
    label: 'Batch size',
    example: '32, 64, 128',
    hint: 'Whole numbers separated by commas or spaces.',
  },
  {
    id: 'activation',
    label: 'Activation',
    example: 'relu, tanh, sigmoid',
    hint: 'Names separated by commas or spaces.',
  },
];

export const MIN_RUNS = 2;
export const MAX_RUNS = 8;

export type ParsedSweep =
  | { readonly ok: true; readonly values: readonly SweepValue[] }
  | { readonly ok: false; readonly message: string };

const ALGORITHM_WORDS: Readonly<Record<string, Algorithm>> = {
  backprop: 'backprop',
  backpropagation: 'backprop',
  bp: 'backprop',
  sgd: 'backprop',
  rprop: 'rprop',
  adam: 'adam',
};

const ACTIVATION_WORDS: Readonly<Record<string, ActivationName>> = {
  relu: 'relu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
};

const words = (text: string) => text.split(/[\s,;]+/).filter((w) => w !== '');

function fromWords<T extends string>(
  text: string,
  table: Readonly<Record<string, T>>,
  what: string,
): ParsedSweep {
  const values: T[] = [];
  for (const word of words(text)) {
    const value = table[word.toLowerCase()];
    if (value === undefined) return { ok: false, message: `“${word}” is not ${what}` };
    values.push(value);
  }
  return { ok: true, values };
}

function fromNumbers(
  text: string,
  parse: (t: string) => { ok: true; value: number } | { ok: false; message: string },
): ParsedSweep {
  const values: number[] = [];
  for (const word of words(text)) {
    const parsed = parse(word);
    if (!parsed.ok) return { ok: false, message: `${word}: ${parsed.message}` };
    values.push(parsed.value);
  }
  return { ok: true, values };
}

function fromLayerGroups(text: string): ParsedSweep {
  const values: number[][] = [];
  for (const group of text.split(/[;|]/).filter((g) => g.trim() !== '')) {
    const parsed = parseHidden(group);
    if (!parsed.ok) return { ok: false, message: `${group.trim()}: ${parsed.message}` };
    values.push(parsed.value);
  }
  return { ok: true, values };
}

function read(parameter: SweepParameter, text: string): ParsedSweep {
  switch (parameter) {
    case 'algorithm':
      return fromWords(text, ALGORITHM_WORDS, 'an algorithm (backprop, rprop, adam)');
    case 'activation':
      return fromWords(text, ACTIVATION_WORDS, 'an activation (relu, tanh, sigmoid)');
    case 'learningRate':
      return fromNumbers(text, parseLearningRate);
    case 'batchSize':
      return fromNumbers(text, parseBatchSize);
    case 'hidden':
      return fromLayerGroups(text);
  }
}

/** Reads the values for `parameter`; the base algorithm matters because Rprop has no rate or batch. */
export function parseSweepValues(
  parameter: SweepParameter,
  text: string,
  baseAlgorithm: Algorithm,
): ParsedSweep {
  if (baseAlgorithm === 'rprop' && parameter === 'learningRate')
    return { ok: false, message: 'Rprop has no learning rate: sweep another setting' };
  if (baseAlgorithm === 'rprop' && parameter === 'batchSize')
    return { ok: false, message: 'Rprop always uses the full batch: sweep another setting' };
  const parsed = read(parameter, text);
  if (!parsed.ok) return parsed;
  const { values } = parsed;
  if (values.length < MIN_RUNS || values.length > MAX_RUNS)
    return { ok: false, message: `Give ${MIN_RUNS} to ${MAX_RUNS} values (${values.length} now)` };
  if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length)
    return { ok: false, message: 'The values must all be different' };
  return parsed;
}

/** How a run's value of the swept setting reads in the comparison table and legend. */
export function runValueText(parameter: SweepParameter, settings: TrainingSettings): string {
  switch (parameter) {
    case 'algorithm':
      return ALGORITHM_NAMES[settings.algorithm];
    case 'activation':
      return ACTIVATION_NAMES[settings.activation];
    case 'learningRate':
      return settingText(settings.learningRate);
    case 'batchSize':
      return String(settings.batchSize);
    case 'hidden':
      return settings.hidden.join('-');
  }
}

export function sweepLabel(parameter: SweepParameter): string {
  return SWEEP_CHOICES.find((c) => c.id === parameter)?.label ?? parameter;
}
