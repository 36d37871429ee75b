/**
 * Shared by the training service tests: a user-data folder with training sets, learnable toy
 * data, and small models saved without training.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { initTensorflow } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../../training/data/dataset.js';
import { writeImageFolder } from '../../training/data/write-image-folder.js';
import { serialiseEvaluation, type SavedEvaluation } from '../../training/eval/evaluation-file.js';
import { untrainedModelCard } from '../../recognition/model-format/model-card.js';
import { saveModel } from '../../recognition/model-format/model-io.js';
import { buildNetwork } from '../../training/model/network.js';
import type { TrainingEvent, TrainingJobInfo, TrainingSettings } from '../contract/training.js';
import { ServiceError } from '../service-error.js';
import { ModelRegistry } from '../store/model-registry.js';
import { defaultSettings } from './settings.js';
import { createTrainingService, type TrainingServiceOptions } from './training-service.js';

/**
 * Four classes told apart by where a bar lies (top, bottom, left, right), with jitter and
 * specks: learnable in a few epochs by a tiny network, not in one step.
 */
export function barData(classes: readonly string[], count: number, seed: number): GlyphDataset {
  const random = mulberry32(seed);
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  for (let n = 0; n < count; n++) {
    const label = n % classes.length;
    labels[n] = label;
    const shift = Math.floor(random() * 5) - 2;
    const image = images.subarray(n * GLYPH_PIXELS, (n + 1) * GLYPH_PIXELS);
    for (let k = 4; k < 24; k++) {
      const pos = 8 + shift + (label % 2) * 10;
      const [y, x] = label % 4 < 2 ? [pos, k] : [k, pos];
      image[y * 28 + x] = 255;
      image[(y + 1) * 28 + x] = 200;
    }
    for (let p = 0; p < 20; p++) image[Math.floor(random() * GLYPH_PIXELS)] = 255;
  }
  return { classes, images, labels, count };
}

export const TOY_CLASSES = ['a', 'b', 'c', 'd'];

/** Tiny, quick settings: a network of 16 units, a few epochs. */
export function tinySettings(patch: Partial<TrainingSettings> = {}): TrainingSettings {
  return {
    ...defaultSettings('adam'),
    hidden: [16],
    epochs: 3,
    batchSize: 16,
    learningRate: 0.01,
    augment: false,
    ...patch,
  };
}

export interface Harness {
  readonly dir: string;
  readonly events: TrainingEvent[];
  readonly registry: ModelRegistry;
  readonly options: TrainingServiceOptions;
  /** Writes a training set; `split` puts the samples under `train/` or `test/`. */
  addSet(id: string, data: GlyphDataset, split?: 'train' | 'test'): Promise<void>;
  addEmptySet(id: string): Promise<void>;
  service(patch?: Partial<TrainingServiceOptions>): ReturnType<typeof createTrainingService>;
  /** The states a job went through, in order, without repeats. */
  statesOf(jobId: string): string[];
  jobEvents(jobId: string): TrainingJobInfo[];
}

export async function makeHarness(): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'inkform-training-service-'));
  const setsDir = join(dir, 'training-sets');
  const events: TrainingEvent[] = [];
  const registry = new ModelRegistry(join(dir, 'models'));
  const setDir = (setId: string) => {
    const path = join(setsDir, setId);
    if (!existsSync(path))
      throw new ServiceError('not-found', `There is no training set "${setId}".`);
    return path;
  };
  const options: TrainingServiceOptions = {
    userDataDir: dir,
    setDir,
    // Only the toy set has a name; the others show that a run goes on with the id instead.
    setName: (setId) =>
      setId === 'toy'
        ? Promise.resolve('My toy set')
        : Promise.reject(new Error(`no name for ${setId}`)),
    registry,
    emit: (e) => events.push(e),
    threads: 1,
    warn: () => {},
  };
  const jobEvents = (jobId: string) =>
    events.flatMap((e) => (e.type === 'training-job' && e.job.jobId === jobId ? [e.job] : []));
  return {
    dir,
    events,
    registry,
    options,
    addSet: (id, data, split) => writeImageFolder(join(setsDir, id), data, split ? { split } : {}),
    addEmptySet: async (id) => {
      await mkdir(join(setsDir, id), { recursive: true });
      await writeFile(join(setsDir, id, 'set.json'), '{}');
    },
    service: (patch = {}) => createTrainingService({ ...options, ...patch }),
    statesOf: (jobId) =>
      jobEvents(jobId)
        .map((j) => j.state as string)
        .filter((s, i, all) => i === 0 || all[i - 1] !== s),
    jobEvents,
  };
}

/** A small untrained model saved as training would save it, with an evaluation beside it. */
export async function saveTinyModel(dir: string, name: string): Promise<void> {
  await initTensorflow();
  const network = { hidden: [8], activation: 'relu' as const, dropout: 0 };
  const model = buildNetwork({ ...network, inputSize: GLYPH_PIXELS, classes: 3 }, 1);
  const classes = ['a', 'b', 'c'];
  const evaluation: SavedEvaluation = {
    n: 3,
    accuracy: 2 / 3,
    mergedAccuracy: 2 / 3,
    classes,
    confusion: [
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
    ],
    perClass: classes.map((label, i) => ({ label, n: 1, accuracy: i < 2 ? 1 : 0 })),
    misclassified: [
      { label: 'c', predicted: 'a', confidence: 0.75, glyph: new Uint8Array(784).fill(9) },
    ],
  };
  try {
    await saveModel(dir, model, untrainedModelCard(name, classes, network), {
      'evaluation.json': serialiseEvaluation(evaluation),
    });
  } finally {
    model.dispose();
  }
}
