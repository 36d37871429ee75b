import type { LoadReport } from '../data/dataset.js';
import type { TrainConfig } from '../trainer/config.js';
import type { TrainProgress, TrainStatus } from '../trainer/train.js';

/** Messages between a training job and its worker thread: the same from the CLI and the app. */

export interface TrainRequest {
  /** A packed shared-data folder or an ImageFolder tree. */
  readonly dataPath: string;
  readonly config: TrainConfig;
  /** Where the model is saved (atomically); nothing is written when training fails. */
  readonly outDir: string;
  readonly modelName: string;
}

export interface TrainSummary {
  readonly outDir: string;
  readonly status: TrainStatus;
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly trainingSeconds: number;
  readonly metrics: Readonly<Record<string, number>>;
}

export type ToWorker =
  { readonly type: 'start'; readonly request: TrainRequest } | { readonly type: 'cancel' };

export type FromWorker =
  | {
      readonly type: 'data-loaded';
      readonly report: LoadReport;
      readonly trainSamples: number;
      readonly testSamples: number;
      readonly classes: readonly string[];
    }
  | { readonly type: 'progress'; readonly progress: TrainProgress }
  | { readonly type: 'evaluating' }
  | { readonly type: 'done'; readonly summary: TrainSummary }
  | { readonly type: 'error'; readonly message: string };
