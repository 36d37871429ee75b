/**
 * The training half of the fake API (services/contract-training.ts): in memory, just enough
 * for pages that list, rename, trash and restore sets, jobs and models. The workspace does not
 * use these; they make the fake a complete InkformApi.
 */
import {
  ApiError,
  type InvokeMethod,
  type ModelInfo,
  type TrainingSetInfo,
} from '../../../services/contract';
import type {
  Algorithm,
  ExperimentInfo,
  ModelDetails,
  StartTrainingRequest,
  TrainingJobInfo,
  TrainingServiceApi,
  TrainingSettings,
} from '../../../services/contract-training';

/** Records a call and settles it like the back end would (see fake-api.ts). */
export type Answer = <T>(method: InvokeMethod, arg: unknown, value: () => T) => Promise<T>;

export interface FakeTrainingStore {
  readonly sets: TrainingSetInfo[];
  readonly models: ModelInfo[];
}

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

export function createFakeTrainingApi(
  answer: Answer,
  store: FakeTrainingStore,
): TrainingServiceApi {
  const jobs: TrainingJobInfo[] = [];
  const experiments: ExperimentInfo[] = [];
  const trashedSets = new Map<string, TrainingSetInfo>();
  const trashedModels = new Map<string, ModelInfo>();
  let serial = 0;
  const nextId = (prefix: string) => `${prefix}-${++serial}`;

  const setIndex = (id: string): number => {
    const index = store.sets.findIndex((s) => s.id === id);
    if (index < 0) throw new ApiError('not-found', `There is no training set “${id}”.`);
    return index;
  };
  const modelIndex = (id: string): number => {
    const index = store.models.findIndex((m) => m.id === id);
    if (index < 0) throw new ApiError('not-found', `There is no model “${id}”.`);
    return index;
  };
  const userModel = (id: string): number => {
    const index = modelIndex(id);
    if (store.models[index].builtIn)
      throw new ApiError('bad-input', 'The shipped model cannot be changed.');
    return index;
  };
  const newJob = (request: StartTrainingRequest, experimentId: string | null): TrainingJobInfo => ({
    jobId: nextId('job'),
    name: request.name,
    experimentId,
    request,
    state: 'queued',
    epochs: request.settings.epochs,
    history: [],
    modelId: null,
    testAccuracy: null,
    message: null,
    startedAt: null,
    finishedAt: null,
  });

  return {
    listSamples: (request) =>
      answer('listSamples', request, () => {
        setIndex(request.setId);
        return { total: 0, samples: [] };
      }),
    relabelSamples: (request) =>
      answer('relabelSamples', request, () => store.sets[setIndex(request.setId)]),
    deleteSamples: (request) =>
      answer('deleteSamples', request, () => ({
        trashId: nextId('trash'),
        set: store.sets[setIndex(request.setId)],
      })),
    restoreSamples: (request) =>
      answer('restoreSamples', request, () => store.sets[setIndex(request.setId)]),
    renameTrainingSet: (request) =>
      answer('renameTrainingSet', request, () => {
        const index = setIndex(request.id);
        store.sets[index] = { ...store.sets[index], name: request.name };
        return store.sets[index];
      }),
    deleteTrainingSet: (request) =>
      answer('deleteTrainingSet', request, () => {
        const [removed] = store.sets.splice(setIndex(request.id), 1);
        const trashId = nextId('trash');
        trashedSets.set(trashId, removed);
        return { trashId };
      }),
    restoreTrainingSet: (request) =>
      answer('restoreTrainingSet', request, () => {
        const set = trashedSets.get(request.trashId);
        if (set === undefined)
          throw new ApiError('not-found', 'That set is no longer in the trash.');
        trashedSets.delete(request.trashId);
        store.sets.push(set);
        return set;
      }),
    importSamples: (request) =>
      answer('importSamples', request, () => ({
        added: 0,
        skipped: { 'not an image': 1 },
        set: store.sets[setIndex(request.setId)],
      })),
    readSheet: (request) =>
      answer('readSheet', request, () => ({ width: 0, height: 0, candidates: [] })),
    findOutliers: (request) =>
      answer('findOutliers', request, () => {
        setIndex(request.setId);
        return [];
      }),

    getTrainingDefaults: () =>
      answer('getTrainingDefaults', undefined, () => ({
        byAlgorithm: DEFAULT_SETTINGS,
        fineTuning: FINE_TUNING_SETTINGS,
        baseDataAvailable: false,
      })),
    startTraining: (request) =>
      answer('startTraining', request, () => {
        const job = newJob(request, null);
        jobs.push(job);
        return job;
      }),
    cancelTraining: (request) =>
      answer('cancelTraining', request, () => {
        const index = jobs.findIndex((j) => j.jobId === request.jobId);
        if (index < 0)
          throw new ApiError('not-found', `There is no training job “${request.jobId}”.`);
        jobs[index] = { ...jobs[index], state: 'cancelled', finishedAt: NOW };
        return jobs[index];
      }),
    listTrainingJobs: () => answer('listTrainingJobs', undefined, () => [...jobs]),
    startExperiment: (request) =>
      answer('startExperiment', request, () => {
        const experimentId = nextId('experiment');
        const runs = request.values.map((value) =>
          newJob({ ...request.base, name: `${request.name} — ${String(value)}` }, experimentId),
        );
        jobs.push(...runs);
        const experiment: ExperimentInfo = {
          experimentId,
          name: request.name,
          parameter: request.parameter,
          createdAt: NOW,
          jobs: runs,
        };
        experiments.push(experiment);
        return experiment;
      }),
    listExperiments: () => answer('listExperiments', undefined, () => [...experiments]),

    getModelDetails: (request) =>
      answer('getModelDetails', request, (): ModelDetails => {
        const info = store.models[modelIndex(request.id)];
        return {
          info,
          hidden: [512, 256],
          activation: 'relu',
          hyperparameters: { learningRate: 0.001, batchSize: 128 },
          trainSamples: 180_000,
          epochs: 40,
          trainingSeconds: 1_980,
          sources: ['shared data set'],
          notes: null,
          evaluation: null,
        };
      }),
    renameModel: (request) =>
      answer('renameModel', request, () => {
        const index = userModel(request.id);
        store.models[index] = { ...store.models[index], name: request.name };
        return store.models[index];
      }),
    deleteModel: (request) =>
      answer('deleteModel', request, () => {
        const [removed] = store.models.splice(userModel(request.id), 1);
        const trashId = nextId('trash');
        trashedModels.set(trashId, removed);
        return { trashId };
      }),
    restoreModel: (request) =>
      answer('restoreModel', request, () => {
        const model = trashedModels.get(request.trashId);
        if (model === undefined)
          throw new ApiError('not-found', 'That model is no longer in the trash.');
        trashedModels.delete(request.trashId);
        store.models.push(model);
        return model;
      }),
    exportModel: (request) =>
      answer('exportModel', request, () => ({
        suggestedName: `${store.models[modelIndex(request.id)].name}.zip`,
        bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      })),
    importModel: (request) =>
      answer('importModel', request, () => {
        const model: ModelInfo = {
          id: nextId('imported'),
          name: request.name.replace(/\.zip$/i, ''),
          builtIn: false,
          algorithm: 'adam',
          classes: 78,
          createdAt: NOW,
          accuracy: null,
          mergedAccuracy: null,
        };
        store.models.push(model);
        return model;
      }),
  };
}
