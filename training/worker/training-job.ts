import type { LoadReport } from '../data/dataset.js';
import type { TrainProgress } from '../trainer/train.js';
import type { FailureKind, FromWorker, ToWorker, TrainRequest, TrainSummary } from './protocol.js';
import { spawnWorker } from './spawn-worker.js';

/** Why a job ended without a model; `kind` lets callers tell a cancel from a failure. */
export class TrainingJobError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
  ) {
    super(message);
    this.name = 'TrainingJobError';
  }
}

export interface TrainingJobEvents {
  readonly onDataLoaded?: (info: {
    report: LoadReport;
    trainSamples: number;
    testSamples: number;
    classes: readonly string[];
    unknownClasses: Readonly<Record<string, number>>;
  }) => void;
  readonly onProgress?: (progress: TrainProgress) => void;
  readonly onEvaluating?: () => void;
}

export interface TrainingJob {
  /** Resolves with the saved model's summary; rejects with a `TrainingJobError` on failure. */
  readonly result: Promise<TrainSummary>;
  /** Stops after the current batch; the best weights so far are still saved. */
  cancel(): void;
  /** Ends the worker at once; nothing is saved. */
  kill(): Promise<void>;
}

/**
 * Runs one training request in a worker thread, so the caller (CLI or app main process) stays
 * responsive. A worker that dies is reported as an error, never left hanging.
 */
export function startTrainingJob(
  request: TrainRequest,
  events: TrainingJobEvents = {},
): TrainingJob {
  const worker = spawnWorker('train-worker');
  const send = (message: ToWorker) => worker.postMessage(message);
  const result = new Promise<TrainSummary>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'data-loaded':
          events.onDataLoaded?.(message);
          break;
        case 'progress':
          events.onProgress?.(message.progress);
          break;
        case 'evaluating':
          events.onEvaluating?.();
          break;
        case 'done':
          finish(() => resolve(message.summary));
          break;
        case 'error':
          finish(() => reject(new TrainingJobError(message.message, message.kind)));
          break;
      }
    });
    worker.on('error', (err) =>
      finish(() =>
        reject(new TrainingJobError(`the training worker crashed: ${err.message}`, 'failed')),
      ),
    );
    worker.on('exit', (code) =>
      finish(() =>
        reject(
          new TrainingJobError(
            `the training worker stopped unexpectedly (exit code ${code})`,
            'failed',
          ),
        ),
      ),
    );
  });
  send({ type: 'start', request });
  return {
    result,
    cancel: () => send({ type: 'cancel' }),
    kill: async () => {
      await worker.terminate();
    },
  };
}
