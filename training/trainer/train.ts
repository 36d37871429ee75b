import { mulberry32 } from '../../recognition/imaging/random.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { initTensorflow, tf } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../data/dataset.js';
import { buildNetwork } from '../model/network.js';
import { Adam } from '../optimisers/adam.js';
import type { Optimiser } from '../optimisers/optimiser.js';
import { Rprop } from '../optimisers/rprop.js';
import { SgdMomentum } from '../optimisers/sgd-momentum.js';
import { BatchAssembler, range, shuffleInPlace, splitValidation } from './batches.js';
import { validateConfig, type TrainConfig } from './config.js';
import { LearningRateSchedule } from './schedule.js';

export interface EpochProgress {
  readonly type: 'epoch';
  readonly epoch: number;
  readonly epochs: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly validationLoss: number | null;
  readonly validationAccuracy: number | null;
  readonly learningRate: number;
  readonly samplesPerSecond: number;
  readonly elapsedSeconds: number;
  /** Upper bound: early stopping may end the run sooner. */
  readonly etaSeconds: number;
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
}

interface DenseParams {
  readonly kernel: tf.Variable;
  readonly bias: tf.Variable;
}

function denseParams(model: tf.Sequential): DenseParams[] {
  return model.layers
    .filter((l) => l.getClassName() === 'Dense')
    .map((l) => {
      const [kernel, bias] = l.trainableWeights.map((w) => w.read() as tf.Variable);
      return { kernel, bias };
    });
}

const activations = {
  relu: (x: tf.Tensor) => tf.relu(x),
  sigmoid: (x: tf.Tensor) => tf.sigmoid(x),
  tanh: (x: tf.Tensor) => tf.tanh(x),
} as const;

/**
 * The forward pass written out over the layers' own variables: it yields logits (so the loss can
 * use the stable fused softmax cross-entropy) and lets us seed dropout per step.
 */
function logits(
  params: readonly DenseParams[],
  x: tf.Tensor2D,
  config: TrainConfig,
  dropoutSeed: number | null,
): tf.Tensor2D {
  let h: tf.Tensor2D = x;
  params.forEach(({ kernel, bias }, i) => {
    h = tf.add(tf.matMul(h, kernel), bias) as tf.Tensor2D;
    if (i < params.length - 1) {
      h = activations[config.activation](h) as tf.Tensor2D;
      if (dropoutSeed !== null && config.dropout > 0) {
        h = tf.dropout(h, config.dropout, undefined, dropoutSeed + i) as tf.Tensor2D;
      }
    }
  });
  return h;
}

function makeOptimiser(vars: tf.Variable[], c: TrainConfig): Optimiser {
  switch (c.algorithm) {
    case 'adam':
      return new Adam(vars, c);
    case 'backprop':
      return new SgdMomentum(vars, c);
    case 'rprop':
      return new Rprop(vars, { ...c, variant: c.rpropVariant });
  }
}

/** Sum of the cross-entropy and the count of correct predictions for one batch, plus its grads. */
function lossAndGrads(
  params: readonly DenseParams[],
  vars: tf.Variable[],
  batch: { x: Float32Array; labels: Int32Array; size: number },
  classes: number,
  config: TrainConfig,
  dropoutSeed: number | null,
): { lossSum: number; correct: number; grads: tf.Tensor[] } {
  return tf.tidy(() => {
    const x = tf.tensor2d(batch.x, [batch.size, GLYPH_PIXELS]);
    const labels = tf.tensor1d(batch.labels, 'int32');
    const oneHot = tf.oneHot(labels, classes);
    let correct: tf.Tensor | undefined;
    const { value, grads } = tf.variableGrads(() => {
      const z = logits(params, x, config, dropoutSeed);
      correct = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(z, 1), labels), 'int32')));
      return tf.losses.softmaxCrossEntropy(
        oneHot,
        z,
        undefined,
        undefined,
        tf.Reduction.SUM,
      ) as tf.Scalar;
    }, vars);
    const lossSum = value.dataSync()[0];
    const correctCount = correct!.dataSync()[0];
    correct!.dispose();
    const ordered = vars.map((v) => tf.keep(grads[v.name]));
    return { lossSum, correct: correctCount, grads: ordered };
  });
}

function evaluate(
  params: readonly DenseParams[],
  assembler: BatchAssembler,
  indices: Uint32Array,
  classes: number,
  config: TrainConfig,
): { loss: number; accuracy: number } {
  let lossSum = 0;
  let correct = 0;
  const chunk = 2048;
  for (let start = 0; start < indices.length; start += chunk) {
    const batch = assembler.assemble(indices, start, Math.min(indices.length, start + chunk));
    tf.tidy(() => {
      const x = tf.tensor2d(batch.x, [batch.size, GLYPH_PIXELS]);
      const labels = tf.tensor1d(batch.labels, 'int32');
      const z = logits(params, x, config, null);
      lossSum += tf.losses
        .softmaxCrossEntropy(tf.oneHot(labels, classes), z, undefined, undefined, tf.Reduction.SUM)
        .dataSync()[0];
      correct += tf.sum(tf.cast(tf.equal(tf.argMax(z, 1), labels), 'int32')).dataSync()[0];
    });
  }
  return { loss: lossSum / indices.length, accuracy: correct / indices.length };
}

function snapshot(vars: readonly tf.Variable[]): tf.Tensor[] {
  return vars.map((v) => v.clone());
}

/** Trains a dense network on `data` with the configured algorithm. */
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
  const { train: trainIdx, validation: valIdx } = splitValidation(
    data,
    config.validationSplit,
    rng,
  );
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
  const params = denseParams(model);
  const vars = params.flatMap((p) => [p.kernel, p.bias]);
  const optimiser = makeOptimiser(vars, config);
  const schedule = new LearningRateSchedule(config);
  const trainAssembler = new BatchAssembler(data, config.augment, rng);
  const plainAssembler = new BatchAssembler(data, null, rng);
  const fullBatch = config.algorithm === 'rprop';
  const batchSize = fullBatch ? 4096 : config.batchSize;

  const history: EpochProgress[] = [];
  let best: { epoch: number; accuracy: number; loss: number; weights: tf.Tensor[] } | null = null;
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
      let accumulated: tf.Tensor[] | null = null;
      let cancelled = false;
      for (let b = 0; b < batches; b++) {
        if (options.signal?.aborted) {
          cancelled = true;
          break;
        }
        const start = b * batchSize;
        const batch = trainAssembler.assemble(
          indices,
          start,
          Math.min(indices.length, start + batchSize),
        );
        const dropoutSeed = config.dropout > 0 ? Math.floor(rng() * 2 ** 31) : null;
        const step = lossAndGrads(params, vars, batch, classes, config, dropoutSeed);
        lossSum += step.lossSum;
        correct += step.correct;
        if (hasDiverged(step.lossSum / batch.size, classes)) {
          step.grads.forEach((g) => g.dispose());
          accumulated?.forEach((g) => g.dispose());
          throw new TrainingDivergedError(epoch, step.lossSum / batch.size, config);
        }
        if (fullBatch) {
          const prev: tf.Tensor[] | null = accumulated;
          accumulated = prev ? step.grads.map((g, i) => tf.add(prev[i], g)) : step.grads;
          if (prev) {
            prev.forEach((t) => t.dispose());
            step.grads.forEach((t) => t.dispose());
          }
        } else {
          tf.tidy(() =>
            optimiser.step(
              step.grads.map((g) => g.div(batch.size)),
              step.lossSum / batch.size,
            ),
          );
          step.grads.forEach((g) => g.dispose());
        }
        options.onProgress?.({ type: 'batch', epoch, batch: b + 1, batches });
        // Let cancellation messages and progress reach the event loop.
        if (b % 16 === 15) await new Promise((r) => setImmediate(r));
      }
      if (cancelled) {
        accumulated?.forEach((t) => t.dispose());
        status = 'cancelled';
        break;
      }
      const loss = lossSum / indices.length;
      if (fullBatch && accumulated) {
        const grads = accumulated;
        tf.tidy(() =>
          optimiser.step(
            grads.map((g) => g.div(indices.length)),
            loss,
          ),
        );
        grads.forEach((t) => t.dispose());
      }

      const val =
        valIdx.length > 0 ? evaluate(params, plainAssembler, valIdx, classes, config) : null;
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
        best?.weights.forEach((w) => w.dispose());
        best = { epoch, accuracy: monitoredAccuracy, loss: monitoredLoss, weights: snapshot(vars) };
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
    if (best) vars.forEach((v, i) => v.assign(best!.weights[i]));
  } catch (err) {
    model.dispose();
    throw err;
  } finally {
    best?.weights.forEach((w) => w.dispose());
    optimiser.dispose();
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
