/**
 * An in-memory back end for the training pages: training sets with paged samples (one of
 * 20,000), runs with epoch histories, an experiment, and models with evaluations shaped like
 * the real service's answers. Every call is recorded; `emitJob` pushes a run's progress as the
 * back end does. No test-runner imports, so a page can use it too.
 */
import {
  ApiError,
  type AppEvent,
  type InkformApi,
  type ModelInfo,
  type ModelList,
  type ServiceApi,
  type TrainingSetInfo,
} from '../../../../services/contract';
import type {
  EpochPoint,
  ExperimentInfo,
  ModelEvaluation,
  Outlier,
  SampleInfo,
  StartTrainingRequest,
  TrainingJobInfo,
  TrainingServiceApi,
  TrainingSettings,
} from '../../../../services/contract-training';
import { LOOKALIKE_GROUPS, SYMBOL_NAMES } from '../../../../recognition/symbols';
import { createFakeApi } from '../../test/fake-api';
import { DEFAULT_SETTINGS, FINE_TUNING_SETTINGS } from '../../test/fake-training';

export { DEFAULT_SETTINGS, FINE_TUNING_SETTINGS };

type OwnMethods = TrainingServiceApi &
  Pick<
    ServiceApi,
    'listTrainingSets' | 'createTrainingSet' | 'addSamples' | 'listModels' | 'setActiveModel'
  >;
export type FakeMethod = keyof OwnMethods;

export interface FakeCall {
  readonly method: FakeMethod;
  readonly arg: unknown;
}

export interface FakeTrainingApi extends OwnMethods {
  readonly calls: readonly FakeCall[];
  callsTo<M extends FakeMethod>(method: M): Parameters<OwnMethods[M]>[0][];
  /** Pushes a run's new state to the page, as the back end does after every epoch. */
  emitJob(job: TrainingJobInfo): void;
  emit(event: AppEvent): void;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** The next call of `method` rejects with `error`. */
  failNext(method: FakeMethod, error: Error): void;
}

export interface FakeTrainingOptions {
  /** Samples in the "Scanned sheets" set. */
  readonly bigSetTotal?: number;
  readonly baseDataAvailable?: boolean;
}

const NOW = '2026-11-28T12:00:00.000Z';

export const HANDWRITING_SET: TrainingSetInfo = {
  id: 'my-handwriting',
  name: 'My handwriting',
  samples: 109,
  perClass: { forall: 20, exists: 18, wedge: 12, vee: 9, rightarrow: 20, x: 16, P: 14 },
  createdAt: '2026-11-20T09:30:00.000Z',
};

function bigSet(total: number): TrainingSetInfo {
  const classes = SYMBOL_NAMES.slice(0, 40);
  const perClass: Record<string, number> = {};
  classes.forEach((name, i) => {
    const share = Math.floor(total / classes.length) + (i < total % classes.length ? 1 : 0);
    if (share > 0) perClass[name] = share;
  });
  return {
    id: 'scanned-sheets',
    name: 'Scanned sheets',
    samples: total,
    perClass,
    createdAt: '2026-10-02T15:00:00.000Z',
  };
}

/** A glyph unlike its neighbours: a slanted bar whose place depends on `seed`. */
export function fakeGlyph(seed: number): Uint8Array {
  const glyph = new Uint8Array(784);
  const column = 6 + (seed % 14);
  for (let row = 4; row < 24; row++) {
    const x = Math.min(27, column + Math.floor((row - 4) / 4));
    glyph[row * 28 + x] = 255;
    glyph[row * 28 + x + 1] = 180;
  }
  return glyph;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Ids shaped like the store's: `<class folder>/<source>-<time>-<hex>.png`. */
function sampleId(label: string, index: number, source = 'capture'): string {
  const minutes = Math.floor(index / 60);
  const seconds = index % 60;
  return `${label}/${source}-20261128T${pad(10 + Math.floor(minutes / 60), 2)}${pad(minutes % 60, 2)}${pad(seconds, 2)}-${((index * 2654435761) >>> 0).toString(16).padStart(8, '0')}.png`;
}

const labelOfId = (id: string) => id.slice(0, id.indexOf('/'));

function history(epochs: number, done: number, speed: number, start = 0.3): EpochPoint[] {
  return Array.from({ length: done }, (_, i) => {
    const epoch = i + 1;
    const progress = 1 - Math.exp(-epoch / (epochs / 4));
    return {
      epoch,
      loss: 2.4 * (1 - progress) + 0.12,
      accuracy: start + (0.97 - start) * progress,
      validationLoss: 2.5 * (1 - progress) + 0.2,
      validationAccuracy: start + (0.93 - start) * progress,
      learningRate: 0.001,
      samplesPerSecond: speed,
      elapsedSeconds: epoch * 14,
      etaSeconds: (epochs - epoch) * 14,
    };
  });
}

function request(name: string, settings: Partial<TrainingSettings>): StartTrainingRequest {
  const algorithm = settings.algorithm ?? 'adam';
  return {
    name,
    setIds: [HANDWRITING_SET.id],
    includeBaseData: true,
    fineTuneFrom: null,
    settings: { ...DEFAULT_SETTINGS[algorithm], epochs: 20, ...settings },
  };
}

function finishedJob(
  jobId: string,
  name: string,
  settings: Partial<TrainingSettings>,
  outcome: { modelId: string; testAccuracy: number; experimentId?: string; start?: number },
): TrainingJobInfo {
  const req = request(name, settings);
  return {
    jobId,
    name,
    experimentId: outcome.experimentId ?? null,
    request: req,
    state: 'done',
    epochs: req.settings.epochs,
    history: history(req.settings.epochs, req.settings.epochs, 4200, outcome.start),
    modelId: outcome.modelId,
    testAccuracy: outcome.testAccuracy,
    message: null,
    startedAt: '2026-11-27T18:00:00.000Z',
    finishedAt: '2026-11-27T18:05:00.000Z',
  };
}

export const ADAM_JOB = finishedJob(
  'job-adam',
  'Adam on my handwriting',
  {},
  {
    modelId: 'my-adam',
    testAccuracy: 0.9431,
  },
);

const EXPERIMENT_ID = 'experiment-rates';
const RATE_JOBS = [0.01, 0.001, 0.0001].map((rate, i) =>
  finishedJob(
    `job-rate-${i}`,
    `Learning rates · learningRate ${rate}`,
    { learningRate: rate },
    {
      modelId: `rate-${i}`,
      testAccuracy: [0.9012, 0.9377, 0.8123][i],
      experimentId: EXPERIMENT_ID,
      start: [0.4, 0.3, 0.1][i],
    },
  ),
);

export const RATE_EXPERIMENT: ExperimentInfo = {
  experimentId: EXPERIMENT_ID,
  name: 'Learning rates',
  parameter: 'learningRate',
  createdAt: '2026-11-27T17:55:00.000Z',
  jobs: RATE_JOBS,
};

const MODELS: readonly ModelInfo[] = [
  {
    id: 'default',
    name: 'Default model',
    builtIn: true,
    algorithm: 'adam',
    classes: 78,
    createdAt: '2026-11-01T10:00:00.000Z',
    accuracy: 0.9213,
    mergedAccuracy: 0.9402,
  },
  {
    id: 'my-adam',
    name: 'Adam on my handwriting',
    builtIn: false,
    algorithm: 'adam',
    classes: 78,
    createdAt: '2026-11-27T18:05:00.000Z',
    accuracy: 0.9431,
    mergedAccuracy: 0.9588,
  },
  {
    id: 'my-rprop',
    name: 'My Rprop model',
    builtIn: false,
    algorithm: 'rprop',
    classes: 78,
    createdAt: '2026-11-20T16:30:00.000Z',
    accuracy: 0.8012,
    mergedAccuracy: 0.8133,
  },
];

/**
 * An evaluation of every class: mostly right, the look-alikes mixed up, and `wedge` (written
 * like λ) the worst, as in the story.
 */
export function fakeEvaluation(): ModelEvaluation {
  const classes = SYMBOL_NAMES;
  const index = new Map(classes.map((name, i) => [name, i]));
  const n = 40;
  const confusion = classes.map(() => classes.map(() => 0));
  classes.forEach((_, i) => (confusion[i][i] = n));
  const confuse = (truth: string, predicted: string, count: number) => {
    const t = index.get(truth) ?? 0;
    confusion[t][t] -= count;
    confusion[t][index.get(predicted) ?? 0] += count;
  };
  for (const group of LOOKALIKE_GROUPS) confuse(group[0], group[1], 9);
  confuse('wedge', 'A', 14);
  confuse('wedge', 'n', 5);
  confuse('neg', 'rightarrow', 3);
  const perClass = classes.map((label, i) => ({ label, n, accuracy: confusion[i][i] / n }));
  const correct = perClass.reduce((sum, c) => sum + c.accuracy * n, 0);
  return {
    n: n * classes.length,
    accuracy: correct / (n * classes.length),
    mergedAccuracy: 0.9588,
    classes,
    confusion,
    perClass,
    misclassified: [
      { label: 'wedge', predicted: 'A', confidence: 0.97, glyph: fakeGlyph(1) },
      { label: 'x', predicted: 'X', confidence: 0.91, glyph: fakeGlyph(2) },
      { label: 'neg', predicted: 'rightarrow', confidence: 0.88, glyph: fakeGlyph(3) },
      { label: 'wedge', predicted: 'n', confidence: 0.74, glyph: fakeGlyph(4) },
    ],
  };
}

export function createFakeTrainingApi(options: FakeTrainingOptions = {}): FakeTrainingApi {
  const calls: FakeCall[] = [];
  const failures = new Map<FakeMethod, Error>();
  const listeners = new Set<(event: AppEvent) => void>();
  const sets: TrainingSetInfo[] = [HANDWRITING_SET, bigSet(options.bigSetTotal ?? 20_000)];
  const added = new Map<string, SampleInfo[]>();
  const removed = new Set<string>();
  const relabelled = new Map<string, string>();
  const trash = new Map<string, { setId: string; ids: readonly string[] }>();
  const trashedSets = new Map<string, TrainingSetInfo>();
  const trashedModels = new Map<string, ModelInfo>();
  let jobs: TrainingJobInfo[] = [ADAM_JOB, ...RATE_JOBS];
  const experiments: ExperimentInfo[] = [RATE_EXPERIMENT];
  const models: ModelInfo[] = [...MODELS];
  let activeId = 'default';
  let serial = 0;
  const next = (prefix: string) => `${prefix}-${++serial}`;

  function answer<T>(method: FakeMethod, arg: unknown, value: () => T): Promise<T> {
    calls.push({ method, arg });
    const failure = failures.get(method);
    failures.delete(method);
    return new Promise<T>((resolve, reject) =>
      queueMicrotask(() => {
        if (failure !== undefined) return reject(failure);
        try {
          resolve(value());
        } catch (error) {
          reject(error);
        }
      }),
    );
  }

  const emit = (event: AppEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const setAt = (id: string): number => {
    const i = sets.findIndex((s) => s.id === id);
    if (i < 0) throw new ApiError('not-found', `There is no training set “${id}”.`);
    return i;
  };
  const modelAt = (id: string): number => {
    const i = models.findIndex((m) => m.id === id);
    if (i < 0) throw new ApiError('not-found', `There is no model “${id}”.`);
    return i;
  };
  const userModelAt = (id: string): number => {
    const i = modelAt(id);
    if (models[i].builtIn) throw new ApiError('bad-input', 'The shipped model cannot be changed.');
    return i;
  };
  const modelList = (): ModelList => ({ models: [...models], activeId, broken: [] });

  const generated = new Map(sets.map((set) => [set.id, set.perClass]));
  const order = new Map(SYMBOL_NAMES.map((name, i) => [name, i]));

  interface Entry {
    readonly id: string;
    readonly label: string;
    readonly seed: number;
    readonly own: SampleInfo | null;
  }

  /** A set's samples in the store's order (by class, then file name), glyphs made on demand. */
  function samplesOf(setId: string, label: string | null): Entry[] {
    const entries: Entry[] = [];
    for (const [name, n] of Object.entries(generated.get(setId) ?? {}))
      for (let i = 0; i < n; i++) {
        const id = sampleId(name, i);
        entries.push({ id, label: relabelled.get(id) ?? name, seed: i, own: null });
      }
    for (const own of added.get(setId) ?? [])
      entries.push({ id: own.id, label: relabelled.get(own.id) ?? own.label, seed: 0, own });
    return entries
      .filter((e) => !removed.has(e.id) && (label === null || e.label === label))
      .sort(
        (a, b) =>
          (order.get(a.label) ?? 0) - (order.get(b.label) ?? 0) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  const toSample = (e: Entry): SampleInfo =>
    e.own === null
      ? { id: e.id, label: e.label, source: 'capture', createdAt: NOW, glyph: fakeGlyph(e.seed) }
      : { ...e.own, label: e.label };

  function bump(set: TrainingSetInfo, label: string, by: number): TrainingSetInfo {
    const perClass = { ...set.perClass, [label]: Math.max(0, (set.perClass[label] ?? 0) + by) };
    if (perClass[label] === 0) delete perClass[label];
    return { ...set, perClass, samples: Math.max(0, set.samples + by) };
  }

  const newJob = (req: StartTrainingRequest, experimentId: string | null): TrainingJobInfo => ({
    jobId: next('job'),
    name: req.name,
    experimentId,
    request: req,
    state: 'queued',
    epochs: req.settings.epochs,
    history: [],
    modelId: null,
    testAccuracy: null,
    message: null,
    startedAt: null,
    finishedAt: null,
  });

  const api: FakeTrainingApi = {
    get calls() {
      return calls;
    },
    callsTo<M extends FakeMethod>(method: M) {
      return calls
        .filter((c) => c.method === method)
        .map((c) => c.arg as Parameters<OwnMethods[M]>[0]);
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    emit,
    emitJob(job) {
      const i = jobs.findIndex((j) => j.jobId === job.jobId);
      jobs = i < 0 ? [...jobs, job] : jobs.map((j) => (j.jobId === job.jobId ? job : j));
      emit({ type: 'training-job', job });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    listTrainingSets: () => answer('listTrainingSets', undefined, () => [...sets]),
    createTrainingSet: (req) =>
      answer('createTrainingSet', req, () => {
        const set: TrainingSetInfo = {
          id: next('set'),
          name: req.name,
          samples: 0,
          perClass: {},
          createdAt: NOW,
        };
        sets.push(set);
        return set;
      }),
    addSamples: (req) =>
      answer('addSamples', req, () => {
        const i = setAt(req.setId);
        const own = added.get(req.setId) ?? [];
        for (const sample of req.samples) {
          own.push({
            id: sampleId(sample.label, 100_000 + own.length, sample.source),
            label: sample.label,
            source: sample.source,
            createdAt: NOW,
            glyph: sample.glyph,
          });
          sets[i] = bump(sets[i], sample.label, 1);
        }
        added.set(req.setId, own);
        return sets[i];
      }),
    listModels: () => answer('listModels', undefined, modelList),
    setActiveModel: (req) =>
      answer('setActiveModel', req, () => {
        modelAt(req.id);
        activeId = req.id;
        return modelList();
      }),

    listSamples: (req) =>
      answer('listSamples', req, () => {
        setAt(req.setId);
        const all = samplesOf(req.setId, req.label);
        return {
          total: all.length,
          samples: all.slice(req.offset, req.offset + req.limit).map(toSample),
        };
      }),
    relabelSamples: (req) =>
      answer('relabelSamples', req, () => {
        const i = setAt(req.setId);
        for (const id of req.sampleIds) {
          sets[i] = bump(bump(sets[i], relabelled.get(id) ?? labelOfId(id), -1), req.label, 1);
          relabelled.set(id, req.label);
        }
        return sets[i];
      }),
    deleteSamples: (req) =>
      answer('deleteSamples', req, () => {
        const i = setAt(req.setId);
        for (const id of req.sampleIds) {
          removed.add(id);
          sets[i] = bump(sets[i], relabelled.get(id) ?? labelOfId(id), -1);
        }
        const trashId = `20261128T120000-${pad(++serial, 8)}`;
        trash.set(trashId, { setId: req.setId, ids: req.sampleIds });
        return { trashId, set: sets[i] };
      }),
    restoreSamples: (req) =>
      answer('restoreSamples', req, () => {
        const entry = trash.get(req.trashId);
        if (entry === undefined)
          throw new ApiError('not-found', 'Those samples are no longer in the trash.');
        trash.delete(req.trashId);
        const i = setAt(req.setId);
        for (const id of entry.ids) {
          removed.delete(id);
          sets[i] = bump(sets[i], relabelled.get(id) ?? labelOfId(id), 1);
        }
        return sets[i];
      }),
    renameTrainingSet: (req) =>
      answer('renameTrainingSet', req, () => {
        const i = setAt(req.id);
        sets[i] = { ...sets[i], name: req.name };
        return sets[i];
      }),
    deleteTrainingSet: (req) =>
      answer('deleteTrainingSet', req, () => {
        const [set] = sets.splice(setAt(req.id), 1);
        const trashId = `20261128T120000-${pad(++serial, 8)}`;
        trashedSets.set(trashId, set);
        return { trashId };
      }),
    restoreTrainingSet: (req) =>
      answer('restoreTrainingSet', req, () => {
        const set = trashedSets.get(req.trashId);
        if (set === undefined)
          throw new ApiError('not-found', 'That set is no longer in the trash.');
        trashedSets.delete(req.trashId);
        sets.push(set);
        return set;
      }),
    importSamples: (req) =>
      answer('importSamples', req, () => {
        const i = setAt(req.setId);
        sets[i] = bump(sets[i], 'wedge', 42);
        return {
          added: 42,
          skipped: { 'not an image': 2, 'unknown class "λ"': 1 },
          set: sets[i],
        };
      }),
    readSheet: (req) =>
      answer('readSheet', req, () => {
        const labels = req.layout.kind === 'rows' ? req.layout.labels : [req.layout.label];
        const lines = req.layout.kind === 'rows' ? labels.length + 1 : 2;
        const candidates = Array.from({ length: lines * 3 }, (_, k) => {
          const line = Math.floor(k / 3);
          const label = req.layout.kind === 'single' ? req.layout.label : (labels[line] ?? null);
          return {
            label,
            glyph: fakeGlyph(k),
            line,
            box: { x: 100 + (k % 3) * 120, y: 100 + line * 140, width: 80, height: 90 },
            predicted: k === 1 ? 'A' : (label ?? 'x'),
            confidence: k === 1 ? 0.64 : 0.93,
          };
        });
        return { width: 1200, height: 200 + lines * 140, candidates };
      }),
    findOutliers: (req) =>
      answer('findOutliers', req, (): Outlier[] => {
        setAt(req.setId);
        return samplesOf(req.setId, null)
          .slice(0, 3)
          .map(toSample)
          .map((s, i) => ({
            sampleId: s.id,
            label: s.label,
            predicted: ['A', 'X', 'n'][i],
            confidence: [0.98, 0.95, 0.9][i],
            glyph: s.glyph,
          }));
      }),

    getTrainingDefaults: () =>
      answer('getTrainingDefaults', undefined, () => ({
        byAlgorithm: DEFAULT_SETTINGS,
        fineTuning: FINE_TUNING_SETTINGS,
        baseDataAvailable: options.baseDataAvailable ?? true,
      })),
    startTraining: (req) =>
      answer('startTraining', req, () => {
        const job = newJob(req, null);
        jobs = [...jobs, job];
        return job;
      }),
    cancelTraining: (req) =>
      answer('cancelTraining', req, () => {
        const job = jobs.find((j) => j.jobId === req.jobId);
        if (job === undefined)
          throw new ApiError('not-found', `There is no training job “${req.jobId}”.`);
        const cancelled: TrainingJobInfo = {
          ...job,
          state: 'cancelled',
          finishedAt: NOW,
          message: 'Cancelled before it started; nothing was saved.',
        };
        jobs = jobs.map((j) => (j.jobId === job.jobId ? cancelled : j));
        return cancelled;
      }),
    listTrainingJobs: () => answer('listTrainingJobs', undefined, () => [...jobs]),
    startExperiment: (req) =>
      answer('startExperiment', req, () => {
        const experimentId = next('experiment');
        const runs = req.values.map((value) => {
          const settings = { ...req.base.settings };
          const text = Array.isArray(value) ? value.join('-') : String(value);
          return newJob(
            { ...req.base, name: `${req.name} · ${req.parameter} ${text}`, settings },
            experimentId,
          );
        });
        jobs = [...jobs, ...runs];
        const experiment: ExperimentInfo = {
          experimentId,
          name: req.name,
          parameter: req.parameter,
          createdAt: NOW,
          jobs: runs,
        };
        experiments.push(experiment);
        return experiment;
      }),
    listExperiments: () => answer('listExperiments', undefined, () => [...experiments]),

    getModelDetails: (req) =>
      answer('getModelDetails', req, () => {
        const info = models[modelAt(req.id)];
        return {
          info,
          hidden: [512, 256],
          activation: 'relu',
          hyperparameters: { learningRate: 0.001, batchSize: 128, augment: true },
          trainSamples: info.builtIn ? 180_000 : 12_450,
          epochs: 40,
          trainingSeconds: 1_980,
          sources: info.builtIn
            ? ['Inkform shared data (train split)']
            : ['training set My handwriting'],
          notes: null,
          evaluation: info.id === 'my-rprop' ? null : fakeEvaluation(),
        };
      }),
    renameModel: (req) =>
      answer('renameModel', req, () => {
        const i = userModelAt(req.id);
        models[i] = { ...models[i], name: req.name };
        return models[i];
      }),
    deleteModel: (req) =>
      answer('deleteModel', req, () => {
        const [model] = models.splice(userModelAt(req.id), 1);
        const trashId = `20261128T120000-${pad(++serial, 8)}`;
        trashedModels.set(trashId, model);
        return { trashId };
      }),
    restoreModel: (req) =>
      answer('restoreModel', req, () => {
        const model = trashedModels.get(req.trashId);
        if (model === undefined)
          throw new ApiError('not-found', 'That model is no longer in the trash.');
        trashedModels.delete(req.trashId);
        models.push(model);
        return model;
      }),
    exportModel: (req) =>
      answer('exportModel', req, () => ({
        suggestedName: `${models[modelAt(req.id)].id}.zip`,
        bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      })),
    importModel: (req) =>
      answer('importModel', req, () => {
        const model: ModelInfo = {
          id: next('imported'),
          name: req.name.replace(/\.zip$/i, ''),
          builtIn: false,
          algorithm: 'backprop',
          classes: 78,
          createdAt: NOW,
          accuracy: 0.8842,
          mergedAccuracy: 0.9011,
        };
        models.push(model);
        return model;
      }),
  };
  return api;
}

export type FakeManageApi = InkformApi & FakeTrainingApi;

/**
 * A complete InkformApi: the workspace's fake for recognition and the platform, with the
 * training part and the events replaced by this one.
 */
export function createFakeManageApi(options: FakeTrainingOptions = {}): FakeManageApi {
  const training = createFakeTrainingApi(options);
  const base = createFakeApi();
  const combined: FakeManageApi = {
    ...base,
    ...training,
    // Getters do not survive a spread; these must read the training fake's live state.
    get calls() {
      return training.calls;
    },
    callsTo: training.callsTo,
    onEvent: training.onEvent,
  };
  return combined;
}
