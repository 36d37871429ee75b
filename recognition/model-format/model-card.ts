import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { NORMALISER_VERSION } from '../imaging/normalise.js';
import { ACTIVATIONS, type Activation } from './activation.js';
import { TRAINING_ALGORITHMS, type TrainingAlgorithm } from './algorithms.js';

/** Bumped whenever the layout of `inkform.json` or the saved files changes incompatibly. */
export const MODEL_FORMAT_VERSION = 1;

export { TRAINING_ALGORITHMS, type TrainingAlgorithm };

/** The contents of `inkform.json`, stored beside the tfjs `model.json` and `weights.bin`. */
export interface ModelCard {
  readonly format: 'inkform-model';
  readonly formatVersion: number;
  readonly name: string;
  /** Output unit `i` of the network scores `classes[i]`. */
  readonly classes: readonly string[];
  /** The glyph normaliser the training images went through; inference must use the same one. */
  readonly normaliserVersion: number;
  readonly inputSize: 784;
  readonly network: {
    readonly hidden: readonly number[];
    readonly activation: Activation;
    readonly dropout: number;
  };
  readonly algorithm: TrainingAlgorithm;
  readonly hyperparameters: Readonly<Record<string, number | string | boolean>>;
  readonly data: {
    readonly sources: readonly string[];
    readonly trainSamples: number;
    readonly validationSamples: number;
    readonly perClass?: Readonly<Record<string, number>>;
  };
  /** E.g. accuracy, mergedAccuracy, validationAccuracy. */
  readonly metrics: Readonly<Record<string, number>>;
  readonly epochs: number;
  readonly trainingSeconds: number;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly notes?: string;
}

/** A saved model that cannot be used; the message names the file and what is wrong with it. */
export class ModelLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelLoadError';
  }
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Field readers that report the dotted path of the offending field. */
class CardReader {
  constructor(private readonly source: string) {}

  fail(field: string, expected: string, value: unknown): never {
    throw new ModelLoadError(
      `${this.source}: field "${field}" must be ${expected}, but is ${describe(value)}`,
    );
  }

  object(obj: JsonObject, key: string, path: string): JsonObject {
    const value = obj[key];
    if (!isObject(value)) this.fail(path, 'an object', value);
    return value;
  }

  string(obj: JsonObject, key: string, path: string, allowEmpty = false): string {
    const value = obj[key];
    if (typeof value !== 'string' || (!allowEmpty && value.length === 0))
      this.fail(path, allowEmpty ? 'a string' : 'a non-empty string', value);
    return value;
  }

  number(obj: JsonObject, key: string, path: string, min = -Infinity, max = Infinity): number {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      const range =
        min === -Infinity && max === Infinity
          ? 'a finite number'
          : max === Infinity
            ? `a number >= ${min}`
            : `a number in [${min}, ${max}]`;
      this.fail(path, range, value);
    }
    return value;
  }

  integer(obj: JsonObject, key: string, path: string, min = 0): number {
    return this.integerValue(obj[key], path, min);
  }

  integerValue(value: unknown, path: string, min = 0): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
      this.fail(path, `an integer >= ${min}`, value);
    return value;
  }

  oneOf<T extends string>(obj: JsonObject, key: string, path: string, options: readonly T[]): T {
    const value = obj[key];
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value))
      this.fail(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, value);
    return value as T;
  }

  stringArray(obj: JsonObject, key: string, path: string): string[] {
    const value = obj[key];
    if (!Array.isArray(value)) this.fail(path, 'an array of strings', value);
    return value.map((item: unknown, i) => {
      if (typeof item !== 'string') this.fail(`${path}[${i}]`, 'a string', item);
      return item;
    });
  }

  numberRecord(
    obj: JsonObject,
    key: string,
    path: string,
    integers: boolean,
  ): Record<string, number> {
    const record = this.object(obj, key, path);
    const out: Record<string, number> = {};
    for (const name of Object.keys(record)) {
      out[name] = integers
        ? this.integer(record, name, `${path}.${name}`)
        : this.number(record, name, `${path}.${name}`);
    }
    return out;
  }
}

/**
 * Checks every field of a parsed `inkform.json` and returns it typed. Unknown extra fields are
 * dropped so that whatever is returned is exactly a `ModelCard`.
 */
export function parseModelCard(json: unknown, source = 'inkform.json'): ModelCard {
  // The explicit type lets TypeScript treat `r.fail(...)` (returns never) as ending control flow.
  const r: CardReader = new CardReader(source);
  if (!isObject(json)) r.fail('(root)', 'an object', json);

  if (json.format !== 'inkform-model') r.fail('format', '"inkform-model"', json.format);
  const formatVersion = r.integer(json, 'formatVersion', 'formatVersion', 1);
  if (formatVersion > MODEL_FORMAT_VERSION)
    throw new ModelLoadError(
      `${source}: formatVersion ${formatVersion} is newer than this program understands ` +
        `(${MODEL_FORMAT_VERSION}); update Inkform to load this model`,
    );
  const name = r.string(json, 'name', 'name');

  const classes = r.stringArray(json, 'classes', 'classes');
  if (classes.length < 2) r.fail('classes', 'an array of at least 2 class names', json.classes);
  const seen = new Set<string>();
  classes.forEach((c, i) => {
    if (c.length === 0) r.fail(`classes[${i}]`, 'a non-empty string', c);
    if (seen.has(c)) r.fail(`classes[${i}]`, 'unique', c);
    seen.add(c);
  });

  const normaliserVersion = r.integer(json, 'normaliserVersion', 'normaliserVersion', 1);
  if (json.inputSize !== GLYPH_PIXELS) r.fail('inputSize', String(GLYPH_PIXELS), json.inputSize);

  const net = r.object(json, 'network', 'network');
  if (!Array.isArray(net.hidden) || net.hidden.length === 0)
    r.fail('network.hidden', 'a non-empty array of layer sizes', net.hidden);
  const hidden = (net.hidden as unknown[]).map((units, i) =>
    r.integerValue(units, `network.hidden[${i}]`, 1),
  );
  const activation = r.oneOf(net, 'activation', 'network.activation', ACTIVATIONS);
  const dropout = r.number(net, 'dropout', 'network.dropout', 0, 1);
  if (dropout === 1) r.fail('network.dropout', 'a number in [0, 1)', dropout);
  const network = { hidden, activation, dropout };

  const algorithm = r.oneOf(json, 'algorithm', 'algorithm', TRAINING_ALGORITHMS);

  const hp = r.object(json, 'hyperparameters', 'hyperparameters');
  const hyperparameters: Record<string, number | string | boolean> = {};
  for (const key of Object.keys(hp)) {
    const value = hp[key];
    if (typeof value === 'string' || typeof value === 'boolean') hyperparameters[key] = value;
    else hyperparameters[key] = r.number(hp, key, `hyperparameters.${key}`);
  }

  const d = r.object(json, 'data', 'data');
  const data: ModelCard['data'] = {
    sources: r.stringArray(d, 'sources', 'data.sources'),
    trainSamples: r.integer(d, 'trainSamples', 'data.trainSamples'),
    validationSamples: r.integer(d, 'validationSamples', 'data.validationSamples'),
    ...(d.perClass !== undefined
      ? { perClass: r.numberRecord(d, 'perClass', 'data.perClass', true) }
      : {}),
  };

  const metrics = r.numberRecord(json, 'metrics', 'metrics', false);
  const epochs = r.integer(json, 'epochs', 'epochs');
  const trainingSeconds = r.number(json, 'trainingSeconds', 'trainingSeconds', 0);
  const createdAt = r.string(json, 'createdAt', 'createdAt');
  if (!/^\d{4}-\d\d-\d\dT/.test(createdAt) || Number.isNaN(Date.parse(createdAt)))
    r.fail('createdAt', 'an ISO 8601 date-time', createdAt);
  const notes = json.notes === undefined ? undefined : r.string(json, 'notes', 'notes', true);

  return {
    format: 'inkform-model',
    formatVersion,
    name,
    classes,
    normaliserVersion,
    inputSize: GLYPH_PIXELS as 784,
    network,
    algorithm,
    hyperparameters,
    data,
    metrics,
    epochs,
    trainingSeconds,
    createdAt,
    ...(notes !== undefined ? { notes } : {}),
  };
}

/**
 * The card of a network that has not been trained on anything (benchmarks, tests): every
 * field valid, no data, no metrics.
 */
export function untrainedModelCard(
  name: string,
  classes: readonly string[],
  network: ModelCard['network'],
  algorithm: TrainingAlgorithm = 'adam',
): ModelCard {
  return {
    format: 'inkform-model',
    formatVersion: MODEL_FORMAT_VERSION,
    name,
    classes: [...classes],
    normaliserVersion: NORMALISER_VERSION,
    inputSize: 784,
    network,
    algorithm,
    hyperparameters: {},
    data: { sources: [], trainSamples: 0, validationSamples: 0 },
    metrics: {},
    epochs: 0,
    trainingSeconds: 0,
    createdAt: new Date(0).toISOString(),
  };
}
