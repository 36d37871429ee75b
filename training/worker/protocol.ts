import type { LoadReport } from '../data/dataset.js';
import type { DataSources } from '../data/load-sources.js';
import type { TrainConfig } from '../trainer/config.js';
import type { TrainProgress, TrainStatus } from '../trainer/train.js';

/** Messages between a training job and its worker thread: the same from the CLI and the app. */

interface TrainRequestBase {
  readonly config: TrainConfig;
  /** Where the model is saved (atomically); nothing is written when training fails. */
  readonly outDir: string;
  readonly modelName: string;
  /**
   * Fine-tuning: start from the weights of the model saved here. The network must match
   * `config.hidden` and `config.activation`; data is relabelled to the model's classes and
   * samples of classes it lacks are left out (counted in `data-loaded`).
   */
  readonly initialModelDir?: string;
  /** Written to the card's `notes`. */
  readonly notes?: string;
}

export type TrainRequest = TrainRequestBase &
  (
    | {
        /** A packed shared-data folder or an ImageFolder tree, with its own test split if any. */
        readonly dataPath: string;
      }
    | {
        /** The app's sources: training sets plus optionally the shared train split. */
        readonly sources: DataSources & {
          /** Recorded in the card's `data.sources`, one line per source. */
          readonly descriptions: readonly string[];
        };
      }
  );

export interface TrainSummary {
  readonly outDir: string;
  readonly status: TrainStatus;
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly trainingSeconds: number;
  readonly metrics: Readonly<Record<string, number>>;
}

/** Why a run ended without a model: cancelled before any epoch, diverged, or anything else. */
export type FailureKind = 'cancelled' | 'diverged' | 'failed';

export type ToWorker =
  { readonly type: 'start'; readonly request: TrainRequest } | { readonly type: 'cancel' };

export type FromWorker =
  | {
      readonly type: 'data-loaded';
      readonly report: LoadReport;
      readonly trainSamples: number;
      readonly testSamples: number;
      readonly classes: readonly string[];
      /** Samples left out because their class is not among `classes` (fine-tuning), by class. */
      readonly unknownClasses: Readonly<Record<string, number>>;
    }
  | { readonly type: 'progress'; readonly progress: TrainProgress }
  | { readonly type: 'evaluating' }
  | { readonly type: 'done'; readonly summary: TrainSummary }
  | { readonly type: 'error'; readonly message: string; readonly kind: FailureKind };
