/**
 * Runs one training job in a worker thread: turns the user's request into the engine's
 * `TrainRequest`, passes progress on, and sums the ending up in words for the user.
 */
import { join } from 'node:path';
import type { EpochProgress } from '../../training/trainer/train.js';
import type { TrainRequest } from '../../training/worker/protocol.js';
import {
  TrainingJobError,
  type startTrainingJob,
  type TrainingJob,
} from '../../training/worker/training-job.js';
import type { EpochPoint, JobState, TrainingJobInfo } from '../contract/training.js';
import type { ModelRegistry } from '../store/model-registry.js';
import { newId } from './ids.js';
import type { ModelStore } from './model-store.js';
import { configFromSettings } from './settings.js';

/** Share of each class of each training set kept back to measure the trained model. */
export const TEST_FRACTION = 0.2;

export type StartJob = typeof startTrainingJob;

export interface RunContext {
  readonly modelsDir: string;
  readonly setDir: (setId: string) => string;
  /** What the user calls a set, for the model card; the id when there is no better name. */
  readonly setName?: (setId: string) => Promise<string>;
  readonly registry: ModelRegistry;
  readonly models: ModelStore;
  readonly sharedData: () => string | undefined;
  readonly threads: number;
  readonly startJob: StartJob;
}

export interface RunHooks {
  readonly onState: (state: Extract<JobState, 'training' | 'evaluating'>) => void;
  readonly onEpoch: (point: EpochPoint) => void;
}

export interface RunOutcome {
  readonly state: Extract<JobState, 'done' | 'failed' | 'cancelled'>;
  readonly modelId: string | null;
  readonly testAccuracy: number | null;
  readonly message: string | null;
}

export interface RunningJob {
  readonly outcome: Promise<RunOutcome>;
  /** Stops after the current batch; the best weights so far are saved if an epoch finished. */
  cancel(): void;
  /** Ends the worker at once (the app is closing); nothing is saved. */
  kill(): Promise<void>;
}

/** Engine messages start lower-case and may end in a full stop; job messages are sentences. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');

const ended = (state: RunOutcome['state'], message: string | null): RunOutcome => ({
  state,
  modelId: null,
  testAccuracy: null,
  message,
});

export function toEpochPoint(p: EpochProgress): EpochPoint {
  return {
    epoch: p.epoch,
    loss: p.loss,
    accuracy: p.accuracy,
    validationLoss: p.validationLoss,
    validationAccuracy: p.validationAccuracy,
    learningRate: p.learningRate,
    samplesPerSecond: p.samplesPerSecond,
    elapsedSeconds: p.elapsedSeconds,
    etaSeconds: p.etaSeconds,
  };
}

/** A name that cannot be read is no reason to refuse a run: the card then shows the id. */
async function nameOf(ctx: RunContext, setId: string): Promise<string> {
  if (ctx.setName === undefined) return setId;
  try {
    return await ctx.setName(setId);
  } catch {
    return setId;
  }
}

async function prepare(
  job: TrainingJobInfo,
  ctx: RunContext,
): Promise<{ request: TrainRequest; modelId: string; baseName: string | null }> {
  const { request } = job;
  const base = request.fineTuneFrom ? await ctx.models.card(request.fineTuneFrom) : null;
  const sets = await Promise.all(
    request.setIds.map(async (setId) => ({
      path: ctx.setDir(setId),
      label: await nameOf(ctx, setId),
    })),
  );
  const sharedData = request.includeBaseData ? ctx.sharedData() : null;
  if (sharedData === undefined)
    throw new Error('the default model’s data is not on this computer any more');
  const descriptions = [
    ...sets.map((s) => `training set “${s.label}”`),
    ...(sharedData ? ['Inkform shared data (train split)'] : []),
  ];
  const modelId = newId(job.name, 'model');
  const rprop = request.settings.algorithm === 'rprop';
  return {
    modelId,
    baseName: base?.name ?? null,
    request: {
      config: configFromSettings(request.settings, {
        threads: ctx.threads,
        dropout: rprop ? undefined : base?.network.dropout,
        fineTuning: base !== null,
      }),
      outDir: join(ctx.modelsDir, modelId),
      modelName: job.name,
      ...(request.fineTuneFrom
        ? { initialModelDir: ctx.registry.dirOf(request.fineTuneFrom) }
        : {}),
      sources: {
        sets,
        sharedData,
        testFraction: TEST_FRACTION,
        seed: request.settings.seed,
        descriptions,
      },
    },
  };
}

function leftOutMessage(unknown: Readonly<Record<string, number>>, model: string | null) {
  const entries = Object.entries(unknown);
  if (entries.length === 0) return null;
  const total = entries.reduce((n, [, count]) => n + count, 0);
  const list = entries.map(([name, count]) => `${name} (${count})`).join(', ');
  return `Left out ${total} sample(s) of classes that "${model}" does not know: ${list}.`;
}

export function runJob(job: TrainingJobInfo, ctx: RunContext, hooks: RunHooks): RunningJob {
  let handle: TrainingJob | null = null;
  let cancelled = false;
  const outcome = (async (): Promise<RunOutcome> => {
    let prepared;
    try {
      prepared = await prepare(job, ctx);
    } catch (error) {
      return ended('failed', `${sentence((error as Error).message)}; nothing was saved.`);
    }
    if (cancelled) return ended('cancelled', 'Cancelled before it started; nothing was saved.');
    let leftOut: string | null = null;
    handle = ctx.startJob(prepared.request, {
      onDataLoaded: ({ unknownClasses }) => {
        leftOut = leftOutMessage(unknownClasses, prepared.baseName);
        hooks.onState('training');
      },
      onProgress: (p) => {
        if (p.type === 'epoch') hooks.onEpoch(toEpochPoint(p));
      },
      onEvaluating: () => hooks.onState('evaluating'),
    });
    try {
      const summary = await handle.result;
      const testAccuracy = summary.metrics.testAccuracy ?? null;
      const { modelId } = prepared;
      if (summary.status === 'cancelled') {
        const saved =
          `Cancelled after epoch ${summary.epochs}; the best weights ` +
          `(epoch ${summary.bestEpoch}) were saved as a model.`;
        return { state: 'cancelled', modelId, testAccuracy, message: saved };
      }
      return { state: 'done', modelId, testAccuracy, message: leftOut };
    } catch (error) {
      const message = `${sentence((error as Error).message)}.`;
      const kind = error instanceof TrainingJobError ? error.kind : 'failed';
      return ended(kind === 'cancelled' ? 'cancelled' : 'failed', message);
    }
  })();
  return {
    outcome,
    cancel: () => {
      cancelled = true;
      handle?.cancel();
    },
    kill: async () => {
      // Also keeps a job that is still being prepared from starting its worker.
      cancelled = true;
      await handle?.kill();
    },
  };
}
