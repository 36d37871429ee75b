import { stateLike, type Optimiser } from './optimiser.js';

export interface SgdOptions {
  readonly learningRate: number;
  /** Classical (heavy-ball) momentum, 0 for plain gradient descent. */
  readonly momentum: number;
}

/** Backpropagation with mini-batch gradient descent and momentum: v ← μv − ηg, w ← w + v. */
export class SgdMomentum implements Optimiser {
  readonly name = 'backprop';
  private lr: number;
  private velocity: Float32Array[] | null = null;

  constructor(private readonly options: SgdOptions) {
    this.lr = options.learningRate;
  }

  setLearningRate(lr: number): void {
    this.lr = lr;
  }

  step(params: readonly Float32Array[], grads: readonly Float32Array[]): void {
    const mu = this.options.momentum;
    const lr = this.lr;
    this.velocity ??= stateLike(params);
    params.forEach((w, t) => {
      const g = grads[t];
      const v = this.velocity![t];
      for (let i = 0; i < w.length; i++) {
        v[i] = mu * v[i] - lr * g[i];
        w[i] += v[i];
      }
    });
  }
}
