import type { AugmentOptions } from '../../recognition/imaging/augment.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { tf } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../data/dataset.js';
import type { Activation } from '../model/network.js';
import { BatchAssembler, type Batch } from './batches.js';

/** What a replica needs to know about the network: its layer shapes and training settings. */
export interface ReplicaSpec {
  /** Shapes of the parameter tensors in order: kernel and bias of each dense layer. */
  readonly shapes: readonly (readonly number[])[];
  readonly activation: Activation;
  readonly dropout: number;
  readonly augment: AugmentOptions | null;
}

export interface ReplicaResult {
  readonly lossSum: number;
  readonly correct: number;
  readonly count: number;
}

const activations = {
  relu: (x: tf.Tensor) => tf.relu(x),
  sigmoid: (x: tf.Tensor) => tf.sigmoid(x),
  tanh: (x: tf.Tensor) => tf.tanh(x),
} as const;

/**
 * Computes the loss and its gradient for part of a batch on one thread. The network's forward
 * pass is written out over plain parameter tensors so the loss can use the fused, stable softmax
 * cross-entropy on logits and dropout can be seeded per step. Parameters come in as arrays (the
 * shared master copy) and gradients go out as arrays: the update rule runs in plain code.
 */
export class Replica {
  private readonly classes: number;

  constructor(
    private readonly data: GlyphDataset,
    private readonly spec: ReplicaSpec,
  ) {
    this.classes = spec.shapes[spec.shapes.length - 1][0];
  }

  /**
   * The network input for `indices` as `run` would make it: the same seed gives the same
   * augmentation on any thread, which is what lets another thread prepare a batch in advance.
   */
  assembleInto(
    indices: ArrayLike<number>,
    seed: number,
    training: boolean,
    x: Float32Array,
    labels: Int32Array,
  ): void {
    const augment = training ? this.spec.augment : null;
    new BatchAssembler(this.data, augment, mulberry32(seed)).assembleInto(
      indices,
      0,
      indices.length,
      x,
      labels,
    );
  }

  /**
   * Sums of loss and correct predictions over `indices`; with `gradsOut`, also writes the
   * gradient of the summed loss there (training mode: augmentation and dropout on).
   * `assembled`, when given, is that batch made in advance by `assembleInto` with this seed.
   */
  run(
    params: readonly Float32Array[],
    indices: ArrayLike<number>,
    seed: number,
    gradsOut: readonly Float32Array[] | null,
    assembled?: Batch,
  ): ReplicaResult {
    const training = gradsOut !== null;
    const augment = training ? this.spec.augment : null;
    const batch =
      assembled ??
      new BatchAssembler(this.data, augment, mulberry32(seed)).assemble(indices, 0, indices.length);
    const { activation, dropout } = this.spec;
    return tf.tidy(() => {
      const x = tf.tensor2d(batch.x, [batch.size, GLYPH_PIXELS]);
      const labels = tf.tensor1d(batch.labels, 'int32');
      const oneHot = tf.oneHot(labels, this.classes);
      const weights = params.map((p, i) => tf.tensor(p, this.spec.shapes[i] as number[]));
      let correct = 0;
      const loss = (...w: tf.Tensor[]): tf.Scalar => {
        let h = x as tf.Tensor2D;
        for (let layer = 0; layer < w.length / 2; layer++) {
          h = tf.add(tf.matMul(h, w[2 * layer] as tf.Tensor2D), w[2 * layer + 1]) as tf.Tensor2D;
          if (layer < w.length / 2 - 1) {
            h = activations[activation](h) as tf.Tensor2D;
            if (training && dropout > 0)
              h = tf.dropout(h, dropout, undefined, seed + layer) as tf.Tensor2D;
          }
        }
        correct = tf.sum(tf.cast(tf.equal(tf.argMax(h, 1), labels), 'int32')).dataSync()[0];
        return tf.losses.softmaxCrossEntropy(
          oneHot,
          h,
          undefined,
          undefined,
          tf.Reduction.SUM,
        ) as tf.Scalar;
      };
      if (!gradsOut) {
        const lossSum = loss(...weights).dataSync()[0];
        return { lossSum, correct, count: batch.size };
      }
      const { value, grads } = tf.valueAndGrads(loss)(weights);
      grads.forEach((g, i) => gradsOut[i].set(g.dataSync()));
      return { lossSum: value.dataSync()[0], correct, count: batch.size };
    });
  }
}
