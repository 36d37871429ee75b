import { tf } from '../../recognition/tf/backend.js';
import type { Optimiser } from './optimiser.js';

export interface SgdOptions {
  readonly learningRate: number;
  /** Classical (heavy-ball) momentum, 0 for plain gradient descent. */
  readonly momentum: number;
}

/** Backpropagation with mini-batch gradient descent and momentum: v ← μv − ηg, w ← w + v. */
export class SgdMomentum implements Optimiser {
  readonly name = 'backprop';
  private lr: number;
  private readonly velocity: tf.Variable[];

  constructor(
    private readonly vars: readonly tf.Variable[],
    private readonly options: SgdOptions,
  ) {
    this.lr = options.learningRate;
    this.velocity = options.momentum > 0 ? vars.map((v) => tf.variable(tf.zerosLike(v), false)) : [];
  }

  setLearningRate(lr: number): void {
    this.lr = lr;
  }

  step(grads: readonly tf.Tensor[]): void {
    const { momentum } = this.options;
    tf.tidy(() => {
      this.vars.forEach((w, i) => {
        if (momentum > 0) {
          const v = this.velocity[i];
          v.assign(v.mul(momentum).sub(grads[i].mul(this.lr)));
          w.assign(w.add(v));
        } else {
          w.assign(w.sub(grads[i].mul(this.lr)));
        }
      });
    });
  }

  dispose(): void {
    this.velocity.forEach((v) => v.dispose());
  }
}
