/**
 * The part of the app API for training sets, training runs, experiments and model management
 * (issue #5). `ServiceApi` in `app.ts` extends `TrainingServiceApi`; like the rest of the
 * contract this file must stay free of Node and Electron imports, because the renderer bundles it.
 */
import type { ModelInfo, TrainingSetInfo } from './catalogue.js';
import { methodNames } from './method-names.js';
import type { ModelEvaluation } from '../../training/eval/model-evaluation.js';
import type { EpochPoint } from '../../training/trainer/epoch-point.js';
import { ACTIVATIONS, type Activation } from '../../recognition/model-format/activation.js';
import {
  TRAINING_ALGORITHMS,
  type TrainingAlgorithm,
} from '../../recognition/model-format/algorithms.js';

// ---------------------------------------------------------------------------------------------
// Training sets
// ---------------------------------------------------------------------------------------------

export interface SampleInfo {
  /** Stable within its set: `<class folder>/<file name>`. */
  readonly id: string;
  readonly label: string;
  readonly source: string;
  /** ISO 8601, from the file name. */
  readonly createdAt: string;
  /** 784 bytes, ink = 255 on 0: small enough to draw thumbnails from directly. */
  readonly glyph: Uint8Array;
}

export interface ListSamplesRequest {
  readonly setId: string;
  /** Only this class, or every class when null. */
  readonly label: string | null;
  readonly offset: number;
  /** At most 2,000 per call. */
  readonly limit: number;
}

export interface SamplePage {
  readonly total: number;
  readonly samples: readonly SampleInfo[];
}

export interface SampleSelection {
  readonly setId: string;
  readonly sampleIds: readonly string[];
}

export interface RelabelRequest extends SampleSelection {
  readonly label: string;
}

export interface DeletedSamples {
  /** Pass to `restoreSamples` to undo. */
  readonly trashId: string;
  readonly set: TrainingSetInfo;
}

export interface RenameRequest {
  readonly id: string;
  readonly name: string;
}

/** Where samples come from when imported in bulk. */
export type SampleImportSource =
  /** A zip of an ImageFolder tree (`<class>/*.png`, optionally under `train/`). */
  | { readonly kind: 'zip'; readonly bytes: Uint8Array; readonly name: string }
  /** A folder on this computer (desktop only: it comes from a folder dialog). */
  | { readonly kind: 'folder'; readonly path: string };

export interface ImportSamplesRequest {
  readonly setId: string;
  readonly source: SampleImportSource;
}

export interface ImportReport {
  readonly added: number;
  /** Entries that were not usable samples, by reason (e.g. `not an image`, `unknown class "λ"`). */
  readonly skipped: Readonly<Record<string, number>>;
  readonly set: TrainingSetInfo;
}

/** How the symbols on a scanned sheet of samples are labelled. */
export type SheetLayout =
  /** Line i of the sheet holds samples of `labels[i]`. */
  | { readonly kind: 'rows'; readonly labels: readonly string[] }
  /** The whole sheet is samples of one class. */
  | { readonly kind: 'single'; readonly label: string };

export interface ReadSheetRequest {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly layout: SheetLayout;
}

export interface SheetCandidate {
  /** Proposed from the layout; null where the layout has no label for this line. */
  readonly label: string | null;
  readonly glyph: Uint8Array;
  /** Line index on the sheet and the glyph's box, in image pixels. */
  readonly line: number;
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** What the active model reads, for review. */
  readonly predicted: string;
  readonly confidence: number;
}

export interface SheetReading {
  readonly width: number;
  readonly height: number;
  readonly candidates: readonly SheetCandidate[];
}

export interface Outlier {
  readonly sampleId: string;
  readonly label: string;
  readonly predicted: string;
  /** The model's probability of `predicted`. */
  readonly confidence: number;
  readonly glyph: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Training runs and experiments
// ---------------------------------------------------------------------------------------------

/** The model format's lists (recognition/model-format), under the contract's names. */
export { TRAINING_ALGORITHMS as ALGORITHMS, ACTIVATIONS };
export type Algorithm = TrainingAlgorithm;
export type ActivationName = Activation;

/** What the user sets on the Train page; anything left out takes the algorithm's default. */
export interface TrainingSettings {
  readonly algorithm: Algorithm;
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  readonly learningRate: number;
  /** Backprop only. */
  readonly momentum: number;
  /** Backprop and Adam; Rprop always uses the full batch. */
  readonly batchSize: number;
  readonly epochs: number;
  readonly validationSplit: number;
  readonly augment: boolean;
  readonly seed: number;
}

export interface StartTrainingRequest {
  readonly name: string;
  /** The user's training sets to learn from (at least one, unless `includeBaseData`). */
  readonly setIds: readonly string[];
  /** Also learn from the shipped model's data (the shared data set), when it is on this machine. */
  readonly includeBaseData: boolean;
  /** Start from this model's weights (fine-tuning) instead of random ones; null to start fresh. */
  readonly fineTuneFrom: string | null;
  readonly settings: TrainingSettings;
}

export type JobState =
  'queued' | 'loading' | 'training' | 'evaluating' | 'done' | 'failed' | 'cancelled';

/** One epoch of a run's history, as the trainer reports it (training/trainer). */
export type { EpochPoint };

export interface TrainingJobInfo {
  readonly jobId: string;
  readonly name: string;
  readonly experimentId: string | null;
  readonly request: StartTrainingRequest;
  readonly state: JobState;
  readonly epochs: number;
  readonly history: readonly EpochPoint[];
  /** The saved model, once done. */
  readonly modelId: string | null;
  /** Accuracy on the held-out samples, once done (0–1). */
  readonly testAccuracy: number | null;
  /** Why it failed, in words for the user. */
  readonly message: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** A run as it is listed before it starts: queued, with nothing learnt yet. */
export function queuedJob(
  jobId: string,
  request: StartTrainingRequest,
  experimentId: string | null,
): TrainingJobInfo {
  return {
    jobId,
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
  };
}

export interface TrainingDefaults {
  readonly byAlgorithm: Readonly<Record<Algorithm, TrainingSettings>>;
  /** What a run that starts from a trained model (`fineTuneFrom`) starts with: gentler steps. */
  readonly fineTuning: Readonly<Record<Algorithm, TrainingSettings>>;
  /** Whether the shared data set is on this machine, so `includeBaseData` can be offered. */
  readonly baseDataAvailable: boolean;
}

/** A hyperparameter study: the same run with one setting varied. */
export const SWEEP_PARAMETERS = [
  'algorithm',
  'learningRate',
  'hidden',
  'batchSize',
  'activation',
] as const;
export type SweepParameter = (typeof SWEEP_PARAMETERS)[number];

export interface StartExperimentRequest {
  readonly name: string;
  readonly base: StartTrainingRequest;
  readonly parameter: SweepParameter;
  /** Values of `parameter`, one run each (2–8): algorithm names, numbers, or hidden layer lists. */
  readonly values: readonly (string | number | readonly number[])[];
}

export interface ExperimentInfo {
  readonly experimentId: string;
  readonly name: string;
  readonly parameter: SweepParameter;
  readonly createdAt: string;
  readonly jobs: readonly TrainingJobInfo[];
}

// ---------------------------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------------------------

export interface ModelDetails {
  readonly info: ModelInfo;
  readonly hidden: readonly number[];
  readonly activation: string;
  readonly hyperparameters: Readonly<Record<string, number | string | boolean>>;
  readonly trainSamples: number;
  readonly epochs: number;
  readonly trainingSeconds: number;
  readonly sources: readonly string[];
  readonly notes: string | null;
  /** From the evaluation saved with the model; null when it has none. */
  readonly evaluation: ModelEvaluation | null;
}

/** As saved beside the model (training/eval). */
export type { ModelEvaluation };

export interface ModelArchive {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

export interface ImportModelRequest {
  readonly bytes: Uint8Array;
  readonly name: string;
}

// ---------------------------------------------------------------------------------------------

export interface TrainingServiceApi {
  listSamples(request: ListSamplesRequest): Promise<SamplePage>;
  relabelSamples(request: RelabelRequest): Promise<TrainingSetInfo>;
  deleteSamples(request: SampleSelection): Promise<DeletedSamples>;
  restoreSamples(request: {
    readonly setId: string;
    readonly trashId: string;
  }): Promise<TrainingSetInfo>;
  renameTrainingSet(request: RenameRequest): Promise<TrainingSetInfo>;
  /** Moves the set to the trash; `restoreTrainingSet` brings it back. */
  deleteTrainingSet(request: { readonly id: string }): Promise<{ readonly trashId: string }>;
  restoreTrainingSet(request: { readonly trashId: string }): Promise<TrainingSetInfo>;
  importSamples(request: ImportSamplesRequest): Promise<ImportReport>;
  readSheet(request: ReadSheetRequest): Promise<SheetReading>;
  findOutliers(request: { readonly setId: string }): Promise<readonly Outlier[]>;

  getTrainingDefaults(): Promise<TrainingDefaults>;
  startTraining(request: StartTrainingRequest): Promise<TrainingJobInfo>;
  cancelTraining(request: { readonly jobId: string }): Promise<TrainingJobInfo>;
  listTrainingJobs(): Promise<readonly TrainingJobInfo[]>;
  startExperiment(request: StartExperimentRequest): Promise<ExperimentInfo>;
  listExperiments(): Promise<readonly ExperimentInfo[]>;

  getModelDetails(request: { readonly id: string }): Promise<ModelDetails>;
  renameModel(request: RenameRequest): Promise<ModelInfo>;
  deleteModel(request: { readonly id: string }): Promise<{ readonly trashId: string }>;
  restoreModel(request: { readonly trashId: string }): Promise<ModelInfo>;
  exportModel(request: { readonly id: string }): Promise<ModelArchive>;
  importModel(request: ImportModelRequest): Promise<ModelInfo>;
}

/** Method names of `TrainingServiceApi`, held complete by the compiler. */
export const TRAINING_METHODS = methodNames<TrainingServiceApi>()([
  'listSamples',
  'relabelSamples',
  'deleteSamples',
  'restoreSamples',
  'renameTrainingSet',
  'deleteTrainingSet',
  'restoreTrainingSet',
  'importSamples',
  'readSheet',
  'findOutliers',
  'getTrainingDefaults',
  'startTraining',
  'cancelTraining',
  'listTrainingJobs',
  'startExperiment',
  'listExperiments',
  'getModelDetails',
  'renameModel',
  'deleteModel',
  'restoreModel',
  'exportModel',
  'importModel',
]);

/** Events of training runs, pushed like the other `AppEvent`s. */
export type TrainingEvent =
  | { readonly type: 'training-job'; readonly job: TrainingJobInfo }
  | { readonly type: 'training-sets-changed' };
