import { stateLike, type Optimiser } from './optimiser.js';

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

/** The moment estimates, one array per parameter tensor. */
export interface AdamMoments {
  readonly m: readonly Float32Array[];
  readonly v: readonly Float32Array[];
}

/** Everything one step needs besides the arrays: plain numbers, so they can go to a thread. */
export interface AdamStepCoefficients {
  /** Step size with both bias corrections folded in. */
  readonly a: number;
  /** ε with the second bias correction folded in. */
  readonly epsHat: number;
  readonly beta1: number;
  readonly beta2: number;
}

/**
 * One Adam update of elements `[from, to)` of one parameter tensor. Each element depends only on
 * its own weight, gradient and moments, so threads can each take a range of the same step and
 * get exactly what one thread would.
 */
export function adamUpdate(
  w: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  from: number,
  to: number,
  c: AdamStepCoefficients,
): void {
  const { a, epsHat, beta1: b1, beta2: b2 } = c;
  for (let i = from; i < to; i++) {
    const gi = g[i];
    const mi = b1 * m[i] + (1 - b1) * gi;
    const vi = b2 * v[i] + (1 - b2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    w[i] -= (a * mi) / (Math.sqrt(vi) + epsHat);
  }
}

/** Where a second thread's share of a tensor's update begins (the first thread's ends). */
export const secondHalfStart = (length: number): number => length >> 1;

/** Adam (Kingma & Ba 2015) with bias-corrected first and second moment estimates. */
export class Adam implements Optimiser {
  readonly name = 'adam';
  private lr: number;
  private t = 0;
  private moments: AdamMoments | null;

  /** `moments`, when given, are zeroed arrays to keep the state in (e.g. shared memory). */
  constructor(
    private readonly options: AdamOptions,
    moments?: AdamMoments,
  ) {
    this.lr = options.learningRate;
    this.moments = moments ?? null;
  }

  setLearningRate(lr: number): void {
    this.lr = lr;
  }

  /** Counts a step and returns its coefficients; the caller then updates every element once. */
  nextStep(): AdamStepCoefficients {
    const { beta1, beta2, epsilon } = this.options;
    this.t += 1;
    // Both bias corrections folded into the step size and ε, leaving one sqrt and one division
    // per weight: w −= η·m̂/(√v̂ + ε) = a·m/(√v + ε̂).
    const c2Root = Math.sqrt(1 - beta2 ** this.t);
    return {
      a: (this.lr * c2Root) / (1 - beta1 ** this.t),
      epsHat: epsilon * c2Root,
      beta1,
      beta2,
    };
  }

  /** The moment arrays, made on first use when none were given. */
  momentsFor(params: readonly Float32Array[]): AdamMoments {
    this.moments ??= { m: stateLike(params), v: stateLike(params) };
    return this.moments;
  }

  step(params: readonly Float32Array[], grads: readonly Float32Array[]): void {
    const c = this.nextStep();
    const { m, v } = this.momentsFor(params);
    params.forEach((w, k) => adamUpdate(w, grads[k], m[k], v[k], 0, w.length, c));
  }
}
