/**
 * Validators for the training-run, experiment and model methods of the app API, in the style of
 * `validate.ts`: each returns a fresh, typed copy or throws `ServiceError('bad-input')` naming
 * the field that is wrong.
 */
import { LIMITS } from './contract/app.js';
import {
  ACTIVATIONS,
  ALGORITHMS,
  SWEEP_PARAMETERS,
  type ImportModelRequest,
  type RenameRequest,
  type StartExperimentRequest,
  type StartTrainingRequest,
  type SweepParameter,
  type TrainingServiceApi,
  type TrainingSettings,
} from './contract/training.js';
import { MAX_ARCHIVE_BYTES } from './training/archive-limits.js';
import type { TrainingRunMethod } from './training/training-service.js';
import {
  array,
  bad,
  boolean,
  bytes,
  finite,
  id,
  none,
  object,
  oneOf,
  string,
} from './validate-primitives.js';

const MAX_SETS_PER_RUN = 100;

function integer(value: unknown, what: string, min: number, max: number): number {
  const n = finite(value, what);
  if (!Number.isInteger(n) || n < min || n > max)
    throw bad(`${what} must be a whole number from ${min} to ${max}`);
  return n;
}

function inRange(value: unknown, what: string, ok: (n: number) => boolean, range: string): number {
  const n = finite(value, what);
  if (!ok(n)) throw bad(`${what} must be ${range}`);
  return n;
}

function name(value: unknown, what: string): string {
  const text = string(value, what, LIMITS.maxNameLength).trim();
  if (text.length === 0) throw bad(`${what} must not be empty`);
  return text;
}

export function hiddenLayers(value: unknown, what: string): number[] {
  const layers = array(value, what, 4).map((units, i) => integer(units, `${what}[${i}]`, 1, 4096));
  if (layers.length === 0) throw bad(`${what} needs at least one hidden layer`);
  return layers;
}

const learningRate = (value: unknown, what: string) =>
  inRange(value, what, (n) => n > 0 && n <= 10, 'more than 0 and at most 10');

const batchSize = (value: unknown, what: string) => integer(value, what, 1, 4096);

/** Rprop ignores learning rate and batch size, so the values its defaults carry (0) pass. */
export function trainingSettings(value: unknown, what = 'settings'): TrainingSettings {
  const s = object(value, what);
  const algorithm = oneOf(s.algorithm, ALGORITHMS, `${what}.algorithm`);
  const rprop = algorithm === 'rprop';
  return {
    algorithm,
    hidden: hiddenLayers(s.hidden, `${what}.hidden`),
    activation: oneOf(s.activation, ACTIVATIONS, `${what}.activation`),
    learningRate: rprop
      ? inRange(s.learningRate, `${what}.learningRate`, (n) => n >= 0 && n <= 10, 'from 0 to 10')
      : learningRate(s.learningRate, `${what}.learningRate`),
    momentum: inRange(s.momentum, `${what}.momentum`, (n) => n >= 0 && n < 1, 'from 0 up to 1'),
    batchSize: rprop
      ? integer(s.batchSize, `${what}.batchSize`, 0, 4096)
      : batchSize(s.batchSize, `${what}.batchSize`),
    epochs: integer(s.epochs, `${what}.epochs`, 1, 1000),
    validationSplit: inRange(
      s.validationSplit,
      `${what}.validationSplit`,
      (n) => n >= 0 && n <= 0.5,
      'from 0 to 0.5',
    ),
    augment: boolean(s.augment, `${what}.augment`),
    seed: integer(s.seed, `${what}.seed`, 0, 2 ** 31 - 1),
  };
}

export function startTrainingRequest(value: unknown, what = 'request'): StartTrainingRequest {
  const r = object(value, what);
  const setIds = array(r.setIds, `${what}.setIds`, MAX_SETS_PER_RUN).map((s, i) =>
    id(s, `${what}.setIds[${i}]`),
  );
  if (new Set(setIds).size !== setIds.length) throw bad(`${what}.setIds lists a set twice`);
  const includeBaseData = boolean(r.includeBaseData, `${what}.includeBaseData`);
  if (setIds.length === 0 && !includeBaseData)
    throw bad('choose at least one training set, or the default model’s data');
  return {
    name: name(r.name, `${what}.name`),
    setIds,
    includeBaseData,
    fineTuneFrom: r.fineTuneFrom === null ? null : id(r.fineTuneFrom, `${what}.fineTuneFrom`),
    settings: trainingSettings(r.settings, `${what}.settings`),
  };
}

type SweepValue = StartExperimentRequest['values'][number];

function sweepValue(
  parameter: SweepParameter,
  value: unknown,
  what: string,
  base: StartTrainingRequest,
): SweepValue {
  const rprop = base.settings.algorithm === 'rprop';
  switch (parameter) {
    case 'algorithm':
      return oneOf(value, ALGORITHMS, what);
    case 'activation':
      return oneOf(value, ACTIVATIONS, what);
    case 'hidden':
      return hiddenLayers(value, what);
    case 'learningRate':
      if (rprop) throw bad('Rprop has no learning rate: sweep another parameter');
      return learningRate(value, what);
    case 'batchSize':
      if (rprop) throw bad('Rprop always uses the full batch: sweep another parameter');
      return batchSize(value, what);
  }
}

export function startExperimentRequest(value: unknown): StartExperimentRequest {
  const r = object(value, 'request');
  const base = startTrainingRequest(r.base, 'base');
  const parameter = oneOf(r.parameter, SWEEP_PARAMETERS, 'parameter');
  if (base.fineTuneFrom !== null && (parameter === 'hidden' || parameter === 'activation'))
    throw bad('fine-tuning keeps the network of the model it starts from: sweep another parameter');
  const values = array(r.values, 'values', 8).map((v, i) =>
    sweepValue(parameter, v, `values[${i}]`, base),
  );
  if (values.length < 2) throw bad('an experiment needs 2 to 8 values');
  if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length)
    throw bad('the values of an experiment must differ');
  return { name: name(r.name, 'name'), base, parameter, values };
}

type TrainingValidators = {
  readonly [M in TrainingRunMethod]: (raw: unknown) => Parameters<TrainingServiceApi[M]>[0];
};

const modelId = (raw: unknown) => ({ id: id(object(raw, 'request').id, 'model id') });

export const TRAINING_VALIDATORS: TrainingValidators = {
  getTrainingDefaults: (raw) => none(raw, 'getTrainingDefaults'),
  startTraining: (raw) => startTrainingRequest(raw),
  cancelTraining: (raw) => ({ jobId: id(object(raw, 'request').jobId, 'jobId') }),
  listTrainingJobs: (raw) => none(raw, 'listTrainingJobs'),
  startExperiment: (raw) => startExperimentRequest(raw),
  listExperiments: (raw) => none(raw, 'listExperiments'),
  getModelDetails: modelId,
  renameModel: (raw): RenameRequest => {
    const r = object(raw, 'request');
    return { id: id(r.id, 'model id'), name: name(r.name, 'name') };
  },
  deleteModel: modelId,
  restoreModel: (raw) => ({ trashId: id(object(raw, 'request').trashId, 'trashId') }),
  exportModel: modelId,
  importModel: (raw): ImportModelRequest => {
    const r = object(raw, 'request');
    const data = bytes(r.bytes, 'archive', MAX_ARCHIVE_BYTES);
    if (data.length === 0) throw bad('the file is empty (0 bytes)');
    return { bytes: data, name: string(r.name, 'name', 1000) };
  },
};
