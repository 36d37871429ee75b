import { stateLike, type Optimiser } from './optimiser.js';

export type RpropVariant = 'irprop-' | 'irprop+';

export interface RpropOptions {
  readonly variant: RpropVariant;
  readonly etaPlus: number;
  readonly etaMinus: number;
  readonly delta0: number;
  readonly deltaMin: number;
  readonly deltaMax: number;
}

export const DEFAULT_RPROP: RpropOptions = {
  variant: 'irprop-',
  etaPlus: 1.2,
  etaMinus: 0.5,
  delta0: 0.0125,
  deltaMin: 1e-6,
  deltaMax: 50,
};

/**
 * Resilient propagation, iRprop− and iRprop+ (Igel & Hüsken 2000). Each weight has its own step
 * size Δ that grows by η+ while the gradient keeps its sign and shrinks by η− when it flips; only
 * the sign of the gradient is used. After a flip the stored gradient is zeroed, so the next step
 * neither grows nor shrinks Δ. iRprop+ also takes back the previous step of a weight whose
 * gradient flipped, but only when the loss went up.
 *
 * The gradient must be the full-batch gradient: the sign comparison between successive steps is
 * meaningless on noisy mini-batch gradients.
 */
export class Rprop implements Optimiser {
  readonly name = 'rprop';
  private delta: Float32Array[] | null = null;
  private prevGrad: Float32Array[] | null = null;
  private prevStep: Float32Array[] | null = null;
  private prevLoss = Number.POSITIVE_INFINITY;

  constructor(private readonly options: RpropOptions) {
    validateRprop(options);
  }

  setLearningRate(): void {
    // Rprop adapts its own per-weight step sizes.
  }

  step(params: readonly Float32Array[], grads: readonly Float32Array[], loss: number): void {
    const { etaPlus, etaMinus, deltaMin, deltaMax, variant, delta0 } = this.options;
    this.delta ??= stateLike(params, delta0);
    this.prevGrad ??= stateLike(params);
    this.prevStep ??= stateLike(params);
    const backtrack = variant === 'irprop+' && loss > this.prevLoss;
    params.forEach((w, k) => {
      const g = grads[k];
      const delta = this.delta![k];
      const prevGrad = this.prevGrad![k];
      const prevStep = this.prevStep![k];
      for (let i = 0; i < w.length; i++) {
        const agreement = g[i] * prevGrad[i];
        if (agreement < 0) {
          delta[i] = Math.max(delta[i] * etaMinus, deltaMin);
          if (backtrack) w[i] -= prevStep[i];
          prevGrad[i] = 0;
          continue;
        }
        if (agreement > 0) delta[i] = Math.min(delta[i] * etaPlus, deltaMax);
        const step = -Math.sign(g[i]) * delta[i];
        w[i] += step;
        prevStep[i] = step;
        prevGrad[i] = g[i];
      }
    });
    this.prevLoss = loss;
  }
}

export function validateRprop(o: RpropOptions): void {
  if (!(o.etaPlus > 1)) throw new Error(`Rprop η+ must be > 1, got ${o.etaPlus}`);
  if (!(o.etaMinus > 0 && o.etaMinus < 1))
    throw new Error(`Rprop η− must be in (0, 1), got ${o.etaMinus}`);
  if (!(o.deltaMin > 0 && o.deltaMin <= o.delta0 && o.delta0 <= o.deltaMax))
    throw new Error(
      `Rprop needs 0 < Δmin ≤ Δ0 ≤ Δmax, got Δmin=${o.deltaMin}, Δ0=${o.delta0}, Δmax=${o.deltaMax}`,
    );
}
