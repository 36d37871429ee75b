/**
 * The training-set half of `TrainingServiceApi`: browsing, relabelling, deleting with undo,
 * renaming, bulk import, reading scanned sheets of samples and finding suspicious labels. Files
 * are the store's business; this layer turns its errors into messages for the user and tells
 * the page when sets change.
 */
import { GLYPH_PIXELS } from '../recognition/imaging/gray-image.js';
import { lookalikeRepresentative } from '../recognition/symbols.js';
import {
  TrainingSetError,
  type TrainingSetStore,
  type TrainingSetSummary,
} from '../training/sets/training-set-store.js';
import type { TrainingSetInfo } from './contract/app.js';
import type {
  Outlier,
  SheetCandidate,
  SheetLayout,
  TrainingEvent,
  TrainingServiceApi,
} from './contract/training.js';
import type { RecognitionClient } from './recognition/recognition-client.js';
import { ServiceError } from './service-error.js';

export type TrainingSetMethod =
  | 'listSamples'
  | 'relabelSamples'
  | 'deleteSamples'
  | 'restoreSamples'
  | 'renameTrainingSet'
  | 'deleteTrainingSet'
  | 'restoreTrainingSet'
  | 'importSamples'
  | 'readSheet'
  | 'findOutliers';

export type TrainingSetServiceApi = Pick<TrainingServiceApi, TrainingSetMethod>;

export interface TrainingSetServiceOptions {
  readonly store: TrainingSetStore;
  /** Only what this service asks of recognition, so tests can stand in for the worker. */
  readonly recognition: Pick<RecognitionClient, 'recognizeImage' | 'classify'>;
  /** The folder of the model the user has chosen (falling back to the shipped one). */
  readonly activeModelDir: () => Promise<string>;
  readonly emit: (event: TrainingEvent) => void;
}

/** Below this the model is too unsure for its disagreement to say anything about the label. */
export const OUTLIER_CONFIDENCE = 0.8;
/** Samples per message to the recognition worker: a few MB, well inside its time limit. */
const CLASSIFY_BATCH = 2000;

const setInfo = (s: TrainingSetSummary): TrainingSetInfo => ({ ...s });

/** The store's errors carry their kind; anything else is ours and passes unchanged. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TrainingSetError)
      throw new ServiceError(error.code, error.message, { cause: error });
    throw error;
  }
}

function labelOfLine(layout: SheetLayout, line: number): string | null {
  return layout.kind === 'single' ? layout.label : (layout.labels[line] ?? null);
}

export function createTrainingSetService(
  options: TrainingSetServiceOptions,
): TrainingSetServiceApi {
  const { store, recognition, activeModelDir, emit } = options;
  const changed = () => emit({ type: 'training-sets-changed' });

  return {
    listSamples: ({ setId, label, offset, limit }) =>
      guard(() => store.listSamples(setId, label, offset, limit)),

    relabelSamples: ({ setId, sampleIds, label }) =>
      guard(async () => {
        await store.relabel(setId, sampleIds, label);
        changed();
        return setInfo(await store.summary(setId));
      }),

    deleteSamples: ({ setId, sampleIds }) =>
      guard(async () => {
        const trashId = await store.deleteSamples(setId, sampleIds);
        changed();
        return { trashId, set: setInfo(await store.summary(setId)) };
      }),

    restoreSamples: ({ setId, trashId }) =>
      guard(async () => {
        await store.restoreSamples(setId, trashId);
        changed();
        return setInfo(await store.summary(setId));
      }),

    renameTrainingSet: ({ id, name }) =>
      guard(async () => {
        const set = setInfo(await store.rename(id, name));
        changed();
        return set;
      }),

    deleteTrainingSet: ({ id }) =>
      guard(async () => {
        const trashId = await store.deleteSet(id);
        changed();
        return { trashId };
      }),

    restoreTrainingSet: ({ trashId }) =>
      guard(async () => {
        const set = setInfo(await store.restoreSet(trashId));
        changed();
        return set;
      }),

    importSamples: ({ setId, source }) =>
      guard(async () => {
        const result =
          source.kind === 'zip'
            ? await store.importZip(setId, source.bytes)
            : await store.importFolder(setId, source.path);
        if (result.added > 0) changed();
        return { ...result, set: setInfo(await store.summary(setId)) };
      }),

    async readSheet({ bytes, layout }) {
      const reading = await recognition.recognizeImage(bytes, await activeModelDir());
      const candidates: SheetCandidate[] = reading.lines.flatMap((line, i) =>
        line.symbols.map((symbol): SheetCandidate => {
          // The classifier's own first choice, not the grammar's: a row of samples is not a
          // formula, and the decoder would bend lone symbols towards one.
          const best = symbol.alternatives[0];
          return {
            label: labelOfLine(layout, i),
            glyph: symbol.glyph,
            line: i,
            box: { ...symbol.box },
            predicted: best?.label ?? symbol.label,
            confidence: best?.probability ?? symbol.confidence,
          };
        }),
      );
      return { width: reading.width, height: reading.height, candidates };
    },

    findOutliers: ({ setId }) =>
      guard(async () => {
        const modelDir = await activeModelDir();
        const outliers: Outlier[] = [];
        for (let offset = 0; ; offset += CLASSIFY_BATCH) {
          const page = await store.listSamples(setId, null, offset, CLASSIFY_BATCH);
          if (page.samples.length === 0) break;
          // A fresh buffer: posting a view would copy all of its underlying memory.
          const glyphs = new Uint8Array(page.samples.length * GLYPH_PIXELS);
          page.samples.forEach((s, i) => glyphs.set(s.glyph, i * GLYPH_PIXELS));
          const guesses = await recognition.classify(glyphs, modelDir);
          page.samples.forEach((sample, i) => {
            const guess = guesses[i];
            // Look-alikes (x/X, o/0) are one shape once normalised: the model cannot tell them
            // apart, so disagreeing there says nothing about the label.
            if (
              guess &&
              guess.probability >= OUTLIER_CONFIDENCE &&
              lookalikeRepresentative(guess.label) !== lookalikeRepresentative(sample.label)
            )
              outliers.push({
                sampleId: sample.id,
                label: sample.label,
                predicted: guess.label,
                confidence: guess.probability,
                glyph: sample.glyph,
              });
          });
          if (offset + page.samples.length >= page.total) break;
        }
        return outliers.sort((a, b) => b.confidence - a.confidence);
      }),
  };
}
