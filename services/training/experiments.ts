/**
 * Experiments: the same training run with one setting varied, like the paper's study of
 * hyperparameters. Each is one file `<userData>/experiments/<id>.json` naming its jobs; the jobs
 * themselves live in the job list.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFile, writeFileAtomic } from '../../training/storage/atomic-file.js';
import type {
  Algorithm,
  StartExperimentRequest,
  StartTrainingRequest,
  SweepParameter,
  TrainingSettings,
} from '../contract/training.js';
import { LIMITS } from '../contract/app.js';
import { array, id, object, oneOf, string } from '../validate-primitives.js';
import { defaultSettings, fineTuningSettings, normaliseSettings } from './settings.js';

const FORMAT = 'inkform-experiment';
const VERSION = 1;

export interface ExperimentRecord {
  readonly experimentId: string;
  readonly name: string;
  readonly parameter: SweepParameter;
  readonly createdAt: string;
  readonly jobIds: readonly string[];
}

type SweepValue = StartExperimentRequest['values'][number];

/**
 * Sweeping the algorithm takes each algorithm's own learning rate, momentum and batch size:
 * one rate suits Adam and backprop very differently, and Rprop has none. Runs that fine-tune
 * take the gentler fine-tuning rates.
 */
function applySweep(
  settings: TrainingSettings,
  parameter: SweepParameter,
  value: SweepValue,
  fineTuning: boolean,
): TrainingSettings {
  switch (parameter) {
    case 'algorithm': {
      const algorithm = value as Algorithm;
      const own = fineTuning ? fineTuningSettings(algorithm) : defaultSettings(algorithm);
      return normaliseSettings({
        ...settings,
        algorithm: own.algorithm,
        learningRate: own.learningRate,
        momentum: own.momentum,
        batchSize: own.batchSize,
      });
    }
    case 'learningRate':
      return { ...settings, learningRate: value as number };
    case 'batchSize':
      return { ...settings, batchSize: value as number };
    case 'hidden':
      return { ...settings, hidden: [...(value as readonly number[])] };
    case 'activation':
      return { ...settings, activation: value as TrainingSettings['activation'] };
  }
}

const describeValue = (value: SweepValue) =>
  Array.isArray(value) ? value.join('-') : String(value);

/** One run per value, in the order given, named after the experiment and the value. */
export function sweepRuns(
  request: StartExperimentRequest,
): { readonly name: string; readonly request: StartTrainingRequest }[] {
  return request.values.map((value) => {
    const suffix = ` · ${request.parameter} ${describeValue(value)}`;
    // Run names are model names, which have the same length limit as the experiment's.
    const name = `${request.name.slice(0, LIMITS.maxNameLength - suffix.length).trim()}${suffix}`;
    return {
      name,
      request: {
        ...request.base,
        name,
        settings: applySweep(
          request.base.settings,
          request.parameter,
          value,
          request.base.fineTuneFrom !== null,
        ),
      },
    };
  });
}

function parseRecord(json: unknown): ExperimentRecord {
  const r = object(json, 'experiment');
  if (r.format !== FORMAT) throw new Error(`not a ${FORMAT} file`);
  return {
    experimentId: id(r.experimentId, 'experimentId'),
    name: string(r.name, 'name', 1000),
    parameter: oneOf<SweepParameter>(
      r.parameter,
      ['algorithm', 'learningRate', 'hidden', 'batchSize', 'activation'],
      'parameter',
    ),
    createdAt: string(r.createdAt, 'createdAt', 100),
    jobIds: array(r.jobIds, 'jobIds', 8).map((j, i) => id(j, `jobIds[${i}]`)),
  };
}

export class ExperimentStore {
  constructor(
    private readonly dir: string,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  async save(record: ExperimentRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const text = JSON.stringify({ format: FORMAT, version: VERSION, ...record }, null, 2);
    await writeFileAtomic(join(this.dir, `${record.experimentId}.json`), `${text}\n`);
  }

  /** Every readable experiment, oldest first; damaged files are reported and skipped. */
  async list(): Promise<ExperimentRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const records: ExperimentRecord[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || isTempFile(name)) continue;
      const path = join(this.dir, name);
      try {
        records.push(parseRecord(JSON.parse(await readFile(path, 'utf8')) as unknown));
      } catch (error) {
        this.warn(`ignoring ${path}: ${(error as Error).message}`);
      }
    }
    return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
