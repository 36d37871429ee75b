/**
 * The training half of the fake API (services/contract/training.ts), in memory: training sets
 * with paged samples, runs, experiments and models with evaluations, shaped like the real
 * service's answers. The workspace's fake (fake-api.ts) and the training pages' fake
 * (manage/test/fake-training-api.ts) both build on it, each with its own call recording and
 * starting data. No test-runner imports, so a page can use it too.
 */
import {
  ApiError,
  queuedJob,
  type InvokeMethod,
  type ModelInfo,
  type ServiceApi,
  type TrainingSetInfo,
  type Algorithm,
  type ExperimentInfo,
  type ModelEvaluation,
  type Outlier,
  type SampleInfo,
  type StartTrainingRequest,
  type TrainingJobInfo,
  type TrainingServiceApi,
  type TrainingSettings,
} from '@services/contract';
import { LOOKALIKE_GROUPS, SYMBOL_NAMES } from '@recognition';

/** Records a call and settles it like the back end would (see fake-api.ts). */
export type Answer = <T>(method: InvokeMethod, arg: unknown, value: () => T) => Promise<T>;

/** Defaults per algorithm, shaped like the service's (the values are the fakes' own). */
export const DEFAULT_SETTINGS: Readonly<Record<Algorithm, TrainingSettings>> = {
  adam: {
    algorithm: 'adam',
    hidden: [512, 256],
    activation: 'relu',
    learningRate: 0.001,
    momentum: 0.9,
    batchSize: 128,
    epochs: 60,
    validationSplit: 0.1,
    augment: true,
    seed: 1,
  },
  backprop: {
    algorithm: 'backprop',
    hidden: [512, 256],
    activation: 'relu',
    learningRate: 0.05,
    momentum: 0.9,
    batchSize: 64,
    epochs: 60,
    validationSplit: 0.1,
    augment: true,
    seed: 1,
  },
  rprop: {
    algorithm: 'rprop',
    hidden: [512, 256],
    activation: 'relu',
    learningRate: 0,
    momentum: 0.9,
    batchSize: 0,
    epochs: 300,
    validationSplit: 0.1,
    augment: false,
    seed: 1,
  },
};

/** Fine-tuning's defaults: the same but for a smaller learning rate. */
export const FINE_TUNING_SETTINGS: Readonly<Record<Algorithm, TrainingSettings>> = {
  adam: { ...DEFAULT_SETTINGS.adam, learningRate: 0.0001 },
  backprop: { ...DEFAULT_SETTINGS.backprop, learningRate: 0.0001 },
  rprop: DEFAULT_SETTINGS.rprop,
};

const NOW = '2026-11-28T12:00:00.000Z';

/** What the training half starts from; `sets` and `models` are shared with the caller. */
export interface FakeTrainingStore {
  readonly sets: TrainingSetInfo[];
  readonly models: ModelInfo[];
  readonly jobs?: readonly TrainingJobInfo[];
  readonly experiments?: readonly ExperimentInfo[];
  readonly baseDataAvailable?: boolean;
}

export type FakeTrainingHalf = TrainingServiceApi &
  Pick<ServiceApi, 'listTrainingSets' | 'createTrainingSet' | 'addSamples'> & {
    /** Adds or replaces a run, as the back end's progress would. */
    putJob(job: TrainingJobInfo): void;
  };

/** A glyph unlike its neighbours: a slanted bar whose place depends on `seed`. */
function fakeGlyph(seed: number): Uint8Array {
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

/**
 * An evaluation of every class: mostly right, the look-alikes mixed up, and `wedge` (written
 * like λ) the worst, as in the story.
 */
function fakeEvaluation(): ModelEvaluation {
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

/** The fake's trash of one kind of thing: what `take` cannot find is "no longer in the trash". */
interface FakeTrash<T> {
  put(item: T): string;
  take(trashId: string): T;
}

function fakeTrash<T>(newId: () => string, what: string): FakeTrash<T> {
  const held = new Map<string, T>();
  return {
    put(item: T): string {
      const trashId = newId();
      held.set(trashId, item);
      return trashId;
    },
    take(trashId: string): T {
      const item = held.get(trashId);
      if (item === undefined) throw new ApiError('not-found', `${what} no longer in the trash.`);
      held.delete(trashId);
      return item;
    },
  };
}

/** Renaming, deleting to the trash and restoring, alike for the fake's sets and models. */
function fakeShelf<T extends { readonly name: string }>(
  items: T[],
  at: (id: string) => number,
  trash: FakeTrash<T>,
) {
  return {
    rename(id: string, name: string): T {
      const i = at(id);
      items[i] = { ...items[i], name };
      return items[i];
    },
    remove(id: string): { trashId: string } {
      const [item] = items.splice(at(id), 1);
      return { trashId: trash.put(item) };
    },
    restore(trashId: string): T {
      const item = trash.take(trashId);
      items.push(item);
      return item;
    },
  };
}

export function createTrainingHalf(answer: Answer, store: FakeTrainingStore): FakeTrainingHalf {
  const { sets, models } = store;
  const added = new Map<string, SampleInfo[]>();
  const removed = new Set<string>();
  const relabelled = new Map<string, string>();
  let jobs: TrainingJobInfo[] = [...(store.jobs ?? [])];
  const experiments: ExperimentInfo[] = [...(store.experiments ?? [])];
  let serial = 0;
  const next = (prefix: string) => `${prefix}-${++serial}`;
  const nextTrashId = () => `20261128T120000-${pad(++serial, 8)}`;
  const trashedSamples = fakeTrash<{ setId: string; ids: readonly string[] }>(
    nextTrashId,
    'Those samples are',
  );

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
  const setShelf = fakeShelf(sets, setAt, fakeTrash(nextTrashId, 'That set is'));
  const modelShelf = fakeShelf(models, userModelAt, fakeTrash(nextTrashId, 'That model is'));

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

  const newJob = (req: StartTrainingRequest, experimentId: string | null): TrainingJobInfo =>
    queuedJob(next('job'), req, experimentId);

  return {
    putJob(job) {
      const i = jobs.findIndex((j) => j.jobId === job.jobId);
      jobs = i < 0 ? [...jobs, job] : jobs.map((j) => (j.jobId === job.jobId ? job : j));
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
        const trashId = trashedSamples.put({ setId: req.setId, ids: req.sampleIds });
        return { trashId, set: sets[i] };
      }),
    restoreSamples: (req) =>
      answer('restoreSamples', req, () => {
        const entry = trashedSamples.take(req.trashId);
        const i = setAt(req.setId);
        for (const id of entry.ids) {
          removed.delete(id);
          sets[i] = bump(sets[i], relabelled.get(id) ?? labelOfId(id), 1);
        }
        return sets[i];
      }),
    renameTrainingSet: (req) =>
      answer('renameTrainingSet', req, () => setShelf.rename(req.id, req.name)),
    deleteTrainingSet: (req) => answer('deleteTrainingSet', req, () => setShelf.remove(req.id)),
    restoreTrainingSet: (req) =>
      answer('restoreTrainingSet', req, () => setShelf.restore(req.trashId)),
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
        baseDataAvailable: store.baseDataAvailable ?? false,
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
    renameModel: (req) => answer('renameModel', req, () => modelShelf.rename(req.id, req.name)),
    deleteModel: (req) => answer('deleteModel', req, () => modelShelf.remove(req.id)),
    restoreModel: (req) => answer('restoreModel', req, () => modelShelf.restore(req.trashId)),
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
          classes: SYMBOL_NAMES.length + 1,
          symbols: SYMBOL_NAMES.length,
          createdAt: NOW,
          accuracy: 0.8842,
          mergedAccuracy: 0.9011,
          testSamples: 780,
        };
        models.push(model);
        return model;
      }),
  };
}
