import { stateLike, type Optimiser } from './optimiser.js';

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
  private m: Float32Array[] | null = null;
  private v: Float32Array[] | null = null;

  constructor(private readonly options: AdamOptions) {
    this.lr = options.learningRate;
  }

  setLearningRate(lr: number): void {
    this.lr = lr;
  }

  step(params: readonly Float32Array[], grads: readonly Float32Array[]): void {
    const { beta1, beta2, epsilon } = this.options;
    this.m ??= stateLike(params);
    this.v ??= stateLike(params);
    this.t += 1;
    // Both bias corrections folded into the step size and ε, leaving one sqrt and one division
    // per weight: w −= η·m̂/(√v̂ + ε) = a·m/(√v + ε̂).
    const c2Root = Math.sqrt(1 - beta2 ** this.t);
    const a = (this.lr * c2Root) / (1 - beta1 ** this.t);
    const epsHat = epsilon * c2Root;
    params.forEach((w, k) => {
      const g = grads[k];
      const m = this.m![k];
      const v = this.v![k];
      const b1 = beta1;
      const b2 = beta2;
      for (let i = 0; i < w.length; i++) {
        const gi = g[i];
        const mi = b1 * m[i] + (1 - b1) * gi;
        const vi = b2 * v[i] + (1 - b2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        w[i] -= (a * mi) / (Math.sqrt(vi) + epsHat);
      }
    });
  }
}
