/**
 * Training runs, experiments and model management for the app (issue #5): a queue of runs in
 * worker threads whose records survive restarts, sweeps over one setting, and the user's models
 * (details, rename, delete/restore, export/import).
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { findSharedData } from '../../recognition/data/shared-data.js';
import { TEMP_PREFIX, readJsonOr } from '../../training/storage/atomic-file.js';
import { DEFAULT_THREADS } from '../../training/trainer/config.js';
import { startTrainingJob } from '../../training/worker/training-job.js';
import {
  queuedJob,
  type ImportModelRequest,
  type StartExperimentRequest,
  type StartTrainingRequest,
  type TrainingEvent,
  type TrainingJobInfo,
  type TrainingServiceApi,
} from '../contract/training.js';
import { ServiceError } from '../service-error.js';
import type { ModelRegistry } from '../store/model-registry.js';
import { purgeTrashInBackground } from '../trash-retention.js';
import { CoalescingWriter } from './coalescing-writer.js';
import { ExperimentStore, sweepRuns } from './experiments.js';
import { newId } from './ids.js';
import { parseJobsFile, serialiseJobs } from './job-records.js';
import { JobQueue } from './job-queue.js';
import { runJob, type RunContext, type StartJob } from './job-runner.js';
import { exportModelArchive, importModelArchive } from './model-archive.js';
import { ModelStore } from './model-store.js';
import {
  configFromSettings,
  defaultSettings,
  fineTuningSettings,
  settingsForModel,
} from './settings.js';

export interface TrainingServiceOptions {
  /** Jobs, experiments, the user's models and the trash live here. */
  readonly userDataDir: string;
  /** The folder of a training set; throws `ServiceError('not-found')` for an unknown id. */
  readonly setDir: (setId: string) => string;
  /** What the user calls a set, written on the cards of models trained on it. */
  readonly setName?: (setId: string) => Promise<string>;
  /** Must list `<userDataDir>/models`, where trained and imported models are saved. */
  readonly registry: ModelRegistry;
  readonly emit: (event: TrainingEvent) => void;
  /** A model was added, renamed, deleted or restored (the app's `models-changed`). */
  readonly onModelsChanged?: () => void;
  /** For tests: threads per run (default: both cores). */
  readonly threads?: number;
  /** For tests: how runs are started, and where the shared data is. */
  readonly startJob?: StartJob;
  readonly sharedData?: () => string | undefined;
  readonly warn?: (message: string) => void;
}

/** The runs-and-models half of `TrainingServiceApi`; `TrainingSetMethod` is the other. */
export type TrainingRunMethod =
  | 'getTrainingDefaults'
  | 'startTraining'
  | 'cancelTraining'
  | 'listTrainingJobs'
  | 'startExperiment'
  | 'listExperiments'
  | 'getModelDetails'
  | 'renameModel'
  | 'deleteModel'
  | 'restoreModel'
  | 'exportModel'
  | 'importModel';

export interface TrainingService extends Pick<TrainingServiceApi, TrainingRunMethod> {
  /** Resolves when no run is going on or waiting (tests). */
  whenIdle(): Promise<void>;
  /** Stops a running job (recorded as interrupted) and saves the job list. */
  dispose(): Promise<void>;
}

/** Leftovers of saves and imports cut short by a crash: hidden, so never listed, but large. */
async function removeLeftovers(modelsDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(modelsDir);
  } catch {
    return;
  }
  // Not `.old-` folders: after a crash one may hold the only copy of a model.
  const leftover = (n: string) => n.startsWith(TEMP_PREFIX) || /^\..+\.tmp-[0-9a-f]+$/.test(n);
  await Promise.all(
    names.filter(leftover).map((n) => rm(join(modelsDir, n), { recursive: true, force: true })),
  );
}

export function createTrainingService(options: TrainingServiceOptions): TrainingService {
  const { userDataDir, registry, emit } = options;
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const modelsDir = join(userDataDir, 'models');
  const sharedData = options.sharedData ?? findSharedData;
  const threads = options.threads ?? DEFAULT_THREADS;
  const models = new ModelStore(registry, join(userDataDir, '.trash', 'models'), warn);
  // Not part of `ready`: no method needs the old trash gone, so none waits for it.
  const trashPurged = purgeTrashInBackground(
    'models',
    (olderThanMs, now) => models.purgeTrash(olderThanMs, now),
    warn,
  );
  const experiments = new ExperimentStore(join(userDataDir, 'experiments'), warn);
  const modelsChanged = () => options.onModelsChanged?.();
  const jobsPath = join(userDataDir, 'training-jobs.json');
  const context: RunContext = {
    modelsDir,
    setDir: options.setDir,
    setName: options.setName,
    registry,
    models,
    sharedData,
    threads,
    startJob: options.startJob ?? startTrainingJob,
  };
  const queue = new JobQueue(
    (job, hooks) => runJob(job, context, hooks),
    (job) => {
      writer.schedule();
      emit({ type: 'training-job', job });
      if (job.modelId && (job.state === 'done' || job.state === 'cancelled')) modelsChanged();
    },
  );
  const writer = new CoalescingWriter(jobsPath, () => serialiseJobs(queue.list()), warn);

  /** Every method waits for the saved jobs, so the first list already shows them. */
  const ready = (async () => {
    await removeLeftovers(modelsDir);
    const saved = await readJsonOr(
      jobsPath,
      (json) => parseJobsFile(json, new Date(), warn),
      [],
      warn,
    );
    queue.restore(saved);
    // Interrupted runs were rewritten while loading; keep the file in step.
    if (saved.length > 0) writer.schedule();
  })();
  const whenReady =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready;
      return method(...args);
    };

  /** Checks everything that can be checked before queueing, so mistakes show at once. */
  async function checked(request: StartTrainingRequest): Promise<StartTrainingRequest> {
    for (const setId of request.setIds) options.setDir(setId);
    if (request.includeBaseData && !sharedData())
      throw new ServiceError(
        'bad-input',
        'The default model’s data is not on this computer, so it cannot be included.',
      );
    const base = request.fineTuneFrom ? await models.card(request.fineTuneFrom) : null;
    const settings = settingsForModel(request.settings, base);
    configFromSettings(settings, { threads, fineTuning: base !== null });
    return { ...request, settings };
  }

  const newJob = (request: StartTrainingRequest, experimentId: string | null): TrainingJobInfo =>
    queuedJob(
      `job-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
      request,
      experimentId,
    );

  const withModelsChanged = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    modelsChanged();
    return result;
  };

  return {
    async getTrainingDefaults() {
      const byAlgorithm = {
        backprop: defaultSettings('backprop'),
        rprop: defaultSettings('rprop'),
        adam: defaultSettings('adam'),
      };
      const fineTuning = {
        backprop: fineTuningSettings('backprop'),
        rprop: fineTuningSettings('rprop'),
        adam: fineTuningSettings('adam'),
      };
      return { byAlgorithm, fineTuning, baseDataAvailable: sharedData() !== undefined };
    },

    startTraining: whenReady(async (request: StartTrainingRequest) => {
      const job = newJob(await checked(request), null);
      queue.enqueue([job]);
      return queue.get(job.jobId)!;
    }),

    cancelTraining: whenReady(async ({ jobId }: { readonly jobId: string }) => queue.cancel(jobId)),

    listTrainingJobs: whenReady(async () => queue.list()),

    startExperiment: whenReady(async (request: StartExperimentRequest) => {
      const runs = await Promise.all(
        sweepRuns(request).map(async (run) => ({ ...run, request: await checked(run.request) })),
      );
      const experimentId = newId(request.name, 'experiment');
      const jobs = runs.map((run) => newJob(run.request, experimentId));
      const record = {
        experimentId,
        name: request.name,
        parameter: request.parameter,
        createdAt: new Date().toISOString(),
        jobIds: jobs.map((j) => j.jobId),
      };
      await experiments.save(record);
      queue.enqueue(jobs);
      const { jobIds, ...info } = record;
      return { ...info, jobs: jobIds.map((j) => queue.get(j)!) };
    }),

    listExperiments: whenReady(async () =>
      (await experiments.list()).map(({ jobIds, ...info }) => ({
        ...info,
        jobs: jobIds.flatMap((j) => queue.get(j) ?? []),
      })),
    ),

    getModelDetails: ({ id }) => models.details(id),
    renameModel: ({ id, name }) => withModelsChanged(models.rename(id, name)),
    deleteModel: ({ id }) => withModelsChanged(models.delete(id)),
    restoreModel: ({ trashId }) => withModelsChanged(models.restore(trashId)),

    async exportModel({ id }) {
      await registry.require(id);
      return exportModelArchive(registry.dirOf(id), id);
    },

    importModel: whenReady(async ({ bytes, name }: ImportModelRequest) => {
      const id = await importModelArchive(name, bytes, modelsDir);
      modelsChanged();
      return registry.require(id);
    }),

    whenIdle: whenReady(() => queue.whenIdle()),

    async dispose() {
      await ready.catch(() => undefined);
      await queue.dispose();
      await writer.flush();
      // Last, so a long purge never holds up stopping a run.
      await trashPurged;
    },
  };
}
