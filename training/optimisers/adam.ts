import { tf } from '../../recognition/tf/backend.js';
import type { Optimiser } from './optimiser.js';

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

/** Adam (Kingma & Ba 2015) with bias-corrected first and second moment estimates. */
export class Adam implements Optimiser {
  readonly name = 'adam';
  private lr: number;
  private t = 0;
  private readonly m: tf.Variable[];
  private readonly v: tf.Variable[];

  constructor(
    private readonly vars: readonly tf.Variable[],
    private readonly options: AdamOptions,
  ) {
    this.lr = options.learningRate;
    this.m = vars.map((w) => tf.variable(tf.zerosLike(w), false));
    this.v = vars.map((w) => tf.variable(tf.zerosLike(w), false));
  }

  setLearningRate(lr: number): void {
    this.lr = lr;
  }

  step(grads: readonly tf.Tensor[]): void {
    const { beta1, beta2, epsilon } = this.options;
    this.t += 1;
    // Folding both bias corrections into the step size saves two full-size ops per variable.
    const stepSize = (this.lr * Math.sqrt(1 - beta2 ** this.t)) / (1 - beta1 ** this.t);
    const epsHat = epsilon * Math.sqrt(1 - beta2 ** this.t);
    tf.tidy(() => {
      this.vars.forEach((w, i) => {
        const g = grads[i];
        const m = this.m[i].mul(beta1).add(g.mul(1 - beta1));
        const v = this.v[i].mul(beta2).add(g.square().mul(1 - beta2));
        this.m[i].assign(m);
        this.v[i].assign(v);
        w.assign(w.sub(m.mul(stepSize).div(v.sqrt().add(epsHat))));
      });
    });
  }

  dispose(): void {
    [...this.m, ...this.v].forEach((x) => x.dispose());
  }
}
