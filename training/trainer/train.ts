import { mulberry32 } from '../../recognition/imaging/random.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { initTensorflow, tf } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../data/dataset.js';
import { buildNetwork } from '../model/network.js';
import { Adam, type AdamMoments } from '../optimisers/adam.js';
import type { Optimiser } from '../optimisers/optimiser.js';
import { Rprop } from '../optimisers/rprop.js';
import { SgdMomentum } from '../optimisers/sgd-momentum.js';
import { range, shuffleInPlace, splitValidation } from './batches.js';
import {
  addAnchorGradient,
  anchorStrength,
  freezeGradients,
  outputLayerArrays,
} from './fine-tuning.js';
import { validateConfig, type TrainConfig } from './config.js';
import { clearGradients, zeroConnections } from './kept-zeros.js';
import { GradientPool } from './gradient-pool.js';
import { LearningRateSchedule } from './schedule.js';
import type { EpochPoint } from './epoch-point.js';

export interface EpochProgress extends EpochPoint {
  readonly type: 'epoch';
  readonly epochs: number;
}

export interface BatchProgress {
  readonly type: 'batch';
  readonly epoch: number;
  readonly batch: number;
  readonly batches: number;
}

export type TrainProgress = EpochProgress | BatchProgress;

export type TrainStatus = 'completed' | 'early-stopped' | 'time-limit' | 'cancelled';

export interface TrainResult {
  /** The network with the weights of the best validation epoch. */
  readonly model: tf.Sequential;
  readonly status: TrainStatus;
  readonly history: readonly EpochProgress[];
  readonly bestEpoch: number;
  readonly trainingSeconds: number;
  readonly trainSamples: number;
  readonly validationSamples: number;
  readonly metrics: Readonly<Record<string, number>>;
}

export class TrainingDivergedError extends Error {
  constructor(epoch: number, loss: number, config: TrainConfig) {
    const hint =
      config.algorithm === 'rprop'
        ? 'try a smaller Δ0 or Δmax'
        : `try a smaller learning rate than ${config.learningRate}`;
    const what = Number.isFinite(loss) ? `exploded to ${loss.toPrecision(3)}` : `became ${loss}`;
    super(`training diverged in epoch ${epoch}: the loss ${what}; nothing was saved (${hint})`);
    this.name = 'TrainingDivergedError';
  }
}

/**
 * A network that guesses at random has a cross-entropy of ln(classes); one whose mean loss is
 * many times that has blown up, even before its weights overflow to NaN.
 */
export function hasDiverged(meanLoss: number, classes: number): boolean {
  return !Number.isFinite(meanLoss) || meanLoss > Math.max(50, 20 * Math.log(classes));
}

export interface TrainOptions {
  readonly onProgress?: (p: TrainProgress) => void;
  readonly signal?: AbortSignal;
  /**
   * Start from these weights instead of random ones (fine-tuning): one array per weight of the
   * network `config` describes, in `model.getWeights()` order. The data must already be labelled
   * with the classes of the model they come from. Kernel weights that are exactly zero stay zero
   * (see `kept-zeros.ts`).
   */
  readonly initialWeights?: readonly Float32Array[];
}

/** Checks that `weights` fit the network about to be trained, naming the first one that does not. */
function checkInitialWeights(weights: readonly Float32Array[], shapes: readonly number[][]): void {
  const describe = (shape: readonly number[]) => shape.join('×');
  if (weights.length !== shapes.length)
    throw new Error(
      `the starting model has ${weights.length} weight arrays, but the network has ` +
        `${shapes.length}: fine-tuning needs the same hidden layers`,
    );
  shapes.forEach((shape, i) => {
    const size = shape.reduce((a, b) => a * b, 1);
    if (weights[i].length !== size)
      throw new Error(
        `weight ${i} of the starting model has ${weights[i].length} values, but the network ` +
          `needs ${describe(shape)}: fine-tuning needs the same hidden layers and classes`,
      );
  });
}

function makeOptimiser(c: TrainConfig, adamMoments: AdamMoments | null): Optimiser {
  switch (c.algorithm) {
    case 'adam':
      return new Adam(c, adamMoments ?? undefined);
    case 'backprop':
      return new SgdMomentum(c);
    case 'rprop':
      return new Rprop({ ...c, variant: c.rpropVariant });
  }
}

/**
 * Repeats the training samples of writers whose id starts with a given prefix (e.g. `crohme:`),
 * to weight a source closer to the app's own input.
 */
export function oversample(
  indices: Uint32Array,
  writers: readonly string[] | undefined,
  rules: TrainConfig['oversampleWriters'],
): Uint32Array {
  if (!rules.length || !writers) return indices;
  const out: number[] = [];
  for (const i of indices) {
    const rule = rules.find((r) => writers[i].startsWith(r.prefix));
    for (let k = 0; k < (rule?.factor ?? 1); k++) out.push(i);
  }
  return Uint32Array.from(out);
}

/**
 * What fine-tuning does to each step's gradient, in place (see `fine-tuning.ts` and
 * `kept-zeros.ts`); nothing when training starts from random weights. Rprop's constraints go on
 * the full-batch gradient, since its steps follow that gradient's sign.
 */
function gradientConstraints(
  config: TrainConfig,
  start: readonly Float32Array[] | undefined,
  shapes: readonly number[][],
  params: readonly Float32Array[],
  training: { readonly data: GlyphDataset; readonly indices: Uint32Array },
): (grads: readonly Float32Array[]) => void {
  if (!start) return () => {};
  const keptZeros = zeroConnections(start, shapes);
  const frozen = config.freezeOutputLayer ? outputLayerArrays(shapes) : [];
  const { data, indices } = training;
  const anchor = anchorStrength(config.anchor, data.labels, indices, data.classes.length);
  // The pool trains copies of the starting weights, so `start` stays w₀.
  return (grads) => {
    addAnchorGradient(grads, params, start, anchor);
    clearGradients(grads, keptZeros);
    freezeGradients(grads, frozen);
  };
}

/** Samples per gradient job: a mini-batch, or one chunk of Rprop's full batch. */
const FULL_BATCH_CHUNK = 8192;
const EVAL_CHUNK = 8192;

async function evaluate(
  pool: GradientPool,
  indices: Uint32Array,
): Promise<{ loss: number; accuracy: number }> {
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < indices.length; start += EVAL_CHUNK) {
    const r = await pool.run(indices.subarray(start, start + EVAL_CHUNK), 0, false);
    lossSum += r.lossSum;
    correct += r.correct;
  }
  return { loss: lossSum / indices.length, accuracy: correct / indices.length };
}

function addInto(target: Float32Array[], source: readonly Float32Array[], scale = 1): void {
  target.forEach((t, k) => {
    const s = source[k];
    for (let i = 0; i < t.length; i++) t[i] += scale * s[i];
  });
}

/** Trains a dense network on `data` with the configured algorithm. */
const drawSeed = (rng: () => number): number => Math.floor(rng() * 2 ** 31);

export async function train(
  data: GlyphDataset,
  config: TrainConfig,
  options: TrainOptions = {},
): Promise<TrainResult> {
  validateConfig(config);
  if (data.count === 0) throw new Error('the training data holds no samples');
  if (data.classes.length < 2) throw new Error('training needs at least two classes');
  await initTensorflow();

  const rng = mulberry32(config.seed);
  const split = splitValidation(data, config.validationSplit, rng);
  const valIdx = split.validation;
  // Oversampled after the split, so no sample is both trained on and validated with.
  const trainIdx = oversample(split.train, data.writers, config.oversampleWriters);
  const classes = data.classes.length;
  const model = buildNetwork(
    {
      hidden: config.hidden,
      activation: config.activation,
      dropout: config.dropout,
      inputSize: GLYPH_PIXELS,
      classes,
    },
    config.seed,
  );
  const initial = model.getWeights();
  const shapes = initial.map((w) => w.shape);
  let pool: GradientPool;
  try {
    if (options.initialWeights) checkInitialWeights(options.initialWeights, shapes);
    pool = await GradientPool.create(
      data,
      { shapes, activation: config.activation, dropout: config.dropout, augment: config.augment },
      options.initialWeights ?? initial.map((w) => w.dataSync() as Float32Array),
      config.threads,
    );
  } catch (err) {
    model.dispose();
    throw err;
  }
  const params = pool.params;
  const constrain = gradientConstraints(config, options.initialWeights, shapes, params, {
    data,
    indices: trainIdx,
  });
  const optimiser = makeOptimiser(config, pool.adamMoments);
  const schedule = new LearningRateSchedule(config);
  const fullBatch = config.algorithm === 'rprop';
  const batchSize = fullBatch ? FULL_BATCH_CHUNK : config.batchSize;
  const fullGradient = fullBatch ? params.map((p) => new Float32Array(p.length)) : [];

  const history: EpochProgress[] = [];
  let best: { epoch: number; accuracy: number; loss: number; params: Float32Array[] } | null = null;
  let sinceBest = 0;
  let status: TrainStatus = 'completed';
  const started = performance.now();
  const order = range(trainIdx.length);

  try {
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
      const epochStart = performance.now();
      optimiser.setLearningRate(schedule.rate);
      if (!fullBatch) shuffleInPlace(order, rng);
      const indices = fullBatch ? trainIdx : order.map((k) => trainIdx[k]);
      const batches = Math.ceil(indices.length / batchSize);
      let lossSum = 0;
      let correct = 0;
      fullGradient.forEach((g) => g.fill(0));
      const batchAt = (b: number) =>
        indices.subarray(b * batchSize, Math.min(indices.length, (b + 1) * batchSize));
      // Each batch's seed is drawn one batch early, so that the next batch can be prepared
      // during this one; the draws come in the same order as drawing each when it is due.
      let seed = batches > 0 ? drawSeed(rng) : 0;
      for (let b = 0; b < batches; b++) {
        if (options.signal?.aborted) {
          status = 'cancelled';
          break;
        }
        const batch = batchAt(b);
        const next = b + 1 < batches ? { indices: batchAt(b + 1), seed: drawSeed(rng) } : undefined;
        const scale = fullBatch ? 1 : 1 / batch.length;
        const step = await pool.run(batch, seed, true, scale, next);
        seed = next?.seed ?? 0;
        lossSum += step.lossSum;
        correct += step.correct;
        if (hasDiverged(step.lossSum / batch.length, classes)) {
          throw new TrainingDivergedError(epoch, step.lossSum / batch.length, config);
        }
        if (fullBatch) {
          addInto(fullGradient, pool.grads, 1 / indices.length);
        } else {
          constrain(pool.grads);
          if (optimiser instanceof Adam) await pool.adamStep(optimiser);
          else optimiser.step(params, pool.grads, step.lossSum / batch.length);
        }
        options.onProgress?.({ type: 'batch', epoch, batch: b + 1, batches });
        // Let cancellation messages and progress reach the event loop.
        if (b % 16 === 15) await new Promise((r) => setImmediate(r));
      }
      if (status === 'cancelled') break;
      const loss = lossSum / indices.length;
      if (fullBatch) {
        constrain(fullGradient);
        optimiser.step(params, fullGradient, loss);
      }

      const val = valIdx.length > 0 ? await evaluate(pool, valIdx) : null;
      if (val && hasDiverged(val.loss, classes))
        throw new TrainingDivergedError(epoch, val.loss, config);
      const now = performance.now();
      const elapsedSeconds = (now - started) / 1000;
      const epochSeconds = (now - epochStart) / 1000;
      const progress: EpochProgress = {
        type: 'epoch',
        epoch,
        epochs: config.epochs,
        loss,
        accuracy: correct / indices.length,
        validationLoss: val?.loss ?? null,
        validationAccuracy: val?.accuracy ?? null,
        learningRate: schedule.rate,
        samplesPerSecond: indices.length / epochSeconds,
        elapsedSeconds,
        etaSeconds: (elapsedSeconds / epoch) * (config.epochs - epoch),
      };
      history.push(progress);
      options.onProgress?.(progress);

      const monitoredAccuracy = val?.accuracy ?? progress.accuracy;
      const monitoredLoss = val?.loss ?? loss;
      const improved =
        !best ||
        monitoredAccuracy > best.accuracy ||
        (monitoredAccuracy === best.accuracy && monitoredLoss < best.loss);
      if (improved) {
        best = {
          epoch,
          accuracy: monitoredAccuracy,
          loss: monitoredLoss,
          params: params.map((p) => p.slice()),
        };
        sinceBest = 0;
      } else {
        sinceBest += 1;
      }
      schedule.endEpoch(epoch, monitoredLoss);
      if (config.patience > 0 && sinceBest >= config.patience) {
        status = 'early-stopped';
        break;
      }
      if (config.timeLimitSeconds > 0 && elapsedSeconds >= config.timeLimitSeconds) {
        status = 'time-limit';
        break;
      }
    }
    const final = best?.params ?? params;
    model.setWeights(final.map((p, i) => tf.tensor(p, shapes[i])));
  } catch (err) {
    model.dispose();
    throw err;
  } finally {
    await pool.dispose();
  }

  const bestProgress = history.find((h) => h.epoch === best?.epoch);
  const metrics: Record<string, number> = {};
  if (bestProgress) {
    metrics.trainAccuracy = bestProgress.accuracy;
    metrics.trainLoss = bestProgress.loss;
    if (bestProgress.validationAccuracy !== null)
      metrics.validationAccuracy = bestProgress.validationAccuracy;
    if (bestProgress.validationLoss !== null) metrics.validationLoss = bestProgress.validationLoss;
  }
  return {
    model,
    status,
    history,
    bestEpoch: best?.epoch ?? 0,
    trainingSeconds: (performance.now() - started) / 1000,
    trainSamples: trainIdx.length,
    validationSamples: valIdx.length,
    metrics,
  };
}
