import type { ModelCard } from './model-format/model-card.js';
import { loadModel } from './model-format/model-io.js';
import { GLYPH_PIXELS } from './imaging/gray-image.js';
import { NOT_A_SYMBOL } from './symbols.js';
import { tf } from './tf/backend.js';

export interface Prediction {
  /** Index into `classes`. */
  readonly label: number;
  readonly name: string;
  readonly probability: number;
}

/** What a classifier says of one glyph. */
export interface GlyphReadout {
  /** The most probable symbols, best first; never `NOT_A_SYMBOL`. */
  readonly top: Prediction[];
  /** The probability that the glyph is no symbol at all (0 for a model without that class). */
  readonly notASymbol: number;
}

type StepActivation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax';

interface DenseStep {
  readonly kernel: tf.Tensor2D;
  readonly bias: tf.Tensor1D | undefined;
  readonly activation: StepActivation;
}

const STEP_ACTIVATIONS: readonly string[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax'];

/** pixel → pixel / 255 in float32, exactly as the training pipeline computes it. */
const PIXEL_SCALE = Float32Array.from({ length: 256 }, (_, i) => i / 255);

/**
 * The dense layers of `model` as plain tensors, or undefined when the model contains anything
 * else. Running these directly skips the per-call bookkeeping of `model.predict` (input
 * standardisation, batching, symbolic execution), which dominates for a single glyph.
 */
function extractDenseSteps(model: tf.LayersModel): DenseStep[] | undefined {
  const steps: DenseStep[] = [];
  for (const layer of model.layers) {
    const kind = layer.getClassName();
    // Dropout is the identity at inference time.
    if (kind === 'InputLayer' || kind === 'Dropout') continue;
    if (kind !== 'Dense') return undefined;
    const config = layer.getConfig();
    const activation = String(config.activation ?? 'linear');
    if (!STEP_ACTIVATIONS.includes(activation)) return undefined;
    const [kernel, bias] = layer.getWeights();
    if (!kernel || kernel.rank !== 2) return undefined;
    steps.push({
      kernel: kernel as tf.Tensor2D,
      bias: config.useBias === false ? undefined : (bias as tf.Tensor1D | undefined),
      activation: activation as StepActivation,
    });
  }
  return steps.length > 0 ? steps : undefined;
}

function runSteps(x: tf.Tensor2D, steps: readonly DenseStep[]): tf.Tensor2D {
  let h = x;
  for (const step of steps) {
    // The wasm backend fuses bias and relu/sigmoid into the matmul; the rest runs as separate ops.
    const fused = step.activation === 'relu' || step.activation === 'sigmoid';
    h = tf.fused.matMul({
      a: h,
      b: step.kernel,
      bias: step.bias,
      activation: fused ? step.activation : 'linear',
    }) as tf.Tensor2D;
    if (step.activation === 'tanh') h = tf.tanh(h);
    else if (step.activation === 'softmax') h = tf.softmax(h);
  }
  return h;
}

/**
 * A trained glyph classifier: 28×28 glyphs (ink 255 on 0) in, class probabilities out.
 * Prediction is synchronous so that the recognition engine can call it inline.
 */
export class GlyphClassifier {
  readonly classes: readonly string[];
  /** Index of `NOT_A_SYMBOL` among the classes, or -1. */
  private readonly notASymbol: number;
  private readonly steps: readonly DenseStep[] | undefined;
  private input = new Float32Array(GLYPH_PIXELS);
  private disposed = false;

  private constructor(
    private readonly model: tf.LayersModel,
    readonly card: ModelCard,
  ) {
    this.classes = card.classes;
    this.notASymbol = card.classes.indexOf(NOT_A_SYMBOL);
    this.steps = extractDenseSteps(model);
  }

  /** Loads a model saved by `saveModel`; throws `ModelLoadError` when it is unusable. */
  static async load(dir: string): Promise<GlyphClassifier> {
    const { model, card } = await loadModel(dir);
    return new GlyphClassifier(model, card);
  }

  /**
   * Wraps an in-memory model. The classifier takes ownership: `dispose()` disposes the model.
   * Building or loading the model already required `initTensorflow()`.
   */
  static fromModel(model: tf.LayersModel, card: ModelCard): GlyphClassifier {
    const outputs = model.outputs[0]?.shape.at(-1);
    if (outputs !== card.classes.length)
      throw new Error(
        `model has ${outputs} outputs but its card lists ${card.classes.length} classes`,
      );
    const inputs = model.inputs[0]?.shape.at(-1);
    if (inputs !== GLYPH_PIXELS)
      throw new Error(`model takes ${inputs} inputs, expected ${GLYPH_PIXELS}`);
    return new GlyphClassifier(model, card);
  }

  /** Row-major probabilities, `classes.length` per glyph; `glyphs` holds n × 784 bytes. */
  predictProbabilities(glyphs: Uint8Array): Float32Array {
    if (this.disposed) throw new Error('GlyphClassifier used after dispose()');
    if (glyphs.length % GLYPH_PIXELS !== 0)
      throw new Error(
        `glyph buffer length ${glyphs.length} is not a multiple of ${GLYPH_PIXELS} (28×28)`,
      );
    const n = glyphs.length / GLYPH_PIXELS;
    if (n === 0) return new Float32Array(0);
    // tf.tensor copies into the backend, so one scratch buffer serves every call.
    if (this.input.length < glyphs.length) this.input = new Float32Array(glyphs.length);
    const input = this.input.subarray(0, glyphs.length);
    for (let i = 0; i < glyphs.length; i++) input[i] = PIXEL_SCALE[glyphs[i]];
    const steps = this.steps;
    const probabilities = tf.tidy(() => {
      const x = tf.tensor2d(input, [n, GLYPH_PIXELS], 'float32');
      return steps ? runSteps(x, steps) : (this.model.predict(x) as tf.Tensor);
    });
    try {
      return probabilities.dataSync() as Float32Array;
    } finally {
      probabilities.dispose();
    }
  }

  /** The `k` most probable symbols of each glyph, most probable first. */
  topK(glyphs: Uint8Array, k: number): Prediction[][] {
    return this.read(glyphs, k).map((r) => r.top);
  }

  /** Each glyph's `k` most probable symbols and its probability of being no symbol at all. */
  read(glyphs: Uint8Array, k: number): GlyphReadout[] {
    const probabilities = this.predictProbabilities(glyphs);
    const c = this.classes.length;
    const symbols = this.notASymbol >= 0 ? c - 1 : c;
    const take = Math.max(0, Math.min(Math.floor(k), symbols));
    const result: GlyphReadout[] = [];
    for (let offset = 0; offset < probabilities.length; offset += c) {
      const row = probabilities.subarray(offset, offset + c);
      result.push({
        top: topOfRow(row, take, this.classes, this.notASymbol),
        notASymbol: this.notASymbol >= 0 ? row[this.notASymbol] : 0,
      });
    }
    return result;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.dispose();
  }
}

/** Partial selection: k is small (a handful of candidates) next to ~80 classes. */
function topOfRow(
  row: Float32Array,
  k: number,
  classes: readonly string[],
  skip: number,
): Prediction[] {
  const best: number[] = [];
  for (let label = 0; label < row.length; label++) {
    if (label === skip) continue;
    const p = row[label];
    if (best.length === k && (k === 0 || p <= row[best[k - 1]])) continue;
    let i = best.length === k ? k - 1 : best.length;
    while (i > 0 && row[best[i - 1]] < p) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = label;
  }
  return best.map((label) => ({ label, name: classes[label], probability: row[label] }));
}
