/**
 * The training pages' fake back end: the shared training half (test/fake-training.ts) started
 * with a small and a 20,000-sample set, finished runs with epoch histories, an experiment and
 * models, every call recorded; `emitJob` pushes a run's progress as the back end does. No
 * test-runner imports, so a page can use it too.
 */
import {
  ApiError,
  type AppEvent,
  type InkformApi,
  type InvokeMethod,
  type ModelInfo,
  type ModelList,
  type ServiceApi,
  type TrainingSetInfo,
  type EpochPoint,
  type ExperimentInfo,
  type StartTrainingRequest,
  type TrainingJobInfo,
  type TrainingServiceApi,
  type TrainingSettings,
} from '@services/contract';
import { SYMBOL_NAMES } from '@recognition';
import { createFakeApi, FAKE_MODELS } from '../../test/fake-api';
import {
  createTrainingHalf,
  DEFAULT_SETTINGS,
  FINE_TUNING_SETTINGS,
} from '../../test/fake-training';

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

/** The workspace fake's models (the shipped one and an Rprop model) with an Adam run's between. */
const [SHIPPED_MODEL, RPROP_MODEL] = FAKE_MODELS.models;
const MODELS: readonly ModelInfo[] = [
  SHIPPED_MODEL,
  {
    id: 'my-adam',
    name: 'Adam on my handwriting',
    builtIn: false,
    algorithm: 'adam',
    classes: SYMBOL_NAMES.length + 1,
    symbols: SYMBOL_NAMES.length,
    createdAt: '2026-11-27T18:05:00.000Z',
    accuracy: 0.9431,
    mergedAccuracy: 0.9588,
    testSamples: 2180,
  },
  RPROP_MODEL,
  {
    id: 'my-five',
    name: 'Five symbols',
    builtIn: false,
    algorithm: 'adam',
    classes: 5,
    symbols: 5,
    createdAt: '2026-11-28T09:00:00.000Z',
    accuracy: 1,
    mergedAccuracy: 1,
    testSamples: 5,
  },
];

export function createFakeTrainingApi(options: FakeTrainingOptions = {}): FakeTrainingApi {
  const calls: FakeCall[] = [];
  const failures = new Map<FakeMethod, Error>();
  const listeners = new Set<(event: AppEvent) => void>();
  const sets: TrainingSetInfo[] = [HANDWRITING_SET, bigSet(options.bigSetTotal ?? 20_000)];
  const models: ModelInfo[] = [...MODELS];
  let activeId = 'default';

  function answer<T>(method: InvokeMethod, arg: unknown, value: () => T): Promise<T> {
    calls.push({ method: method as FakeMethod, arg });
    const failure = failures.get(method as FakeMethod);
    failures.delete(method as FakeMethod);
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
  const modelList = (): ModelList => ({ models: [...models], activeId, broken: [] });
  const half = createTrainingHalf(answer, {
    sets,
    models,
    jobs: [ADAM_JOB, ...RATE_JOBS],
    experiments: [RATE_EXPERIMENT],
    baseDataAvailable: options.baseDataAvailable ?? true,
  });

  return {
    ...half,
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
      half.putJob(job);
      emit({ type: 'training-job', job });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    listModels: () => answer('listModels', undefined, modelList),
    setActiveModel: (req) =>
      answer('setActiveModel', req, () => {
        if (!models.some((m) => m.id === req.id))
          throw new ApiError('not-found', `There is no model “${req.id}”.`);
        activeId = req.id;
        return modelList();
      }),
  };
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
