import { tf } from '../../recognition/tf/backend.js';
import type { Optimiser } from './optimiser.js';

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
 * the sign of the gradient is used. After a sign flip the stored gradient is zeroed so the next
 * step neither grows nor shrinks Δ. iRprop+ additionally takes back the previous step of a weight
 * whose gradient flipped, but only when the loss went up.
 *
 * The gradient must be the full-batch gradient: the sign comparison between successive steps is
 * meaningless on noisy mini-batch gradients.
 */
export class Rprop implements Optimiser {
  readonly name = 'rprop';
  private readonly delta: tf.Variable[];
  private readonly prevGrad: tf.Variable[];
  private readonly prevStep: tf.Variable[];
  private prevLoss = Number.POSITIVE_INFINITY;

  constructor(
    private readonly vars: readonly tf.Variable[],
    private readonly options: RpropOptions,
  ) {
    validateRprop(options);
    this.delta = vars.map((w) => tf.variable(tf.fill(w.shape, options.delta0), false));
    this.prevGrad = vars.map((w) => tf.variable(tf.zerosLike(w), false));
    this.prevStep =
      options.variant === 'irprop+' ? vars.map((w) => tf.variable(tf.zerosLike(w), false)) : [];
  }

  setLearningRate(): void {
    // Rprop adapts its own per-weight step sizes.
  }

  step(grads: readonly tf.Tensor[], loss: number): void {
    const { etaPlus, etaMinus, deltaMin, deltaMax, variant } = this.options;
    const lossWentUp = loss > this.prevLoss;
    tf.tidy(() => {
      this.vars.forEach((w, i) => {
        const g = grads[i];
        const agreement = g.mul(this.prevGrad[i]).sign();
        const grew = agreement.greater(0);
        const flipped = agreement.less(0);
        const delta = tf.where(
          grew,
          this.delta[i].mul(etaPlus).minimum(deltaMax),
          tf.where(flipped, this.delta[i].mul(etaMinus).maximum(deltaMin), this.delta[i]),
        );
        const gEffective = tf.where(flipped, tf.zerosLike(g), g);
        const step = gEffective.sign().neg().mul(delta);
        if (variant === 'irprop+') {
          const revert = lossWentUp
            ? tf.where(flipped, this.prevStep[i].neg(), tf.zerosLike(g))
            : tf.zerosLike(g);
          const applied = step.add(revert);
          w.assign(w.add(applied));
          this.prevStep[i].assign(tf.where(flipped, revert, step));
        } else {
          w.assign(w.add(step));
        }
        this.delta[i].assign(delta);
        this.prevGrad[i].assign(gEffective);
      });
    });
    this.prevLoss = loss;
  }

  dispose(): void {
    [...this.delta, ...this.prevGrad, ...this.prevStep].forEach((x) => x.dispose());
  }
}

export function validateRprop(o: RpropOptions): void {
  if (!(o.etaPlus > 1)) throw new Error(`Rprop η+ must be > 1, got ${o.etaPlus}`);
  if (!(o.etaMinus > 0 && o.etaMinus < 1)) throw new Error(`Rprop η− must be in (0, 1), got ${o.etaMinus}`);
  if (!(o.deltaMin > 0 && o.deltaMin <= o.delta0 && o.delta0 <= o.deltaMax))
    throw new Error(
      `Rprop needs 0 < Δmin ≤ Δ0 ≤ Δmax, got Δmin=${o.deltaMin}, Δ0=${o.delta0}, Δmax=${o.deltaMax}`,
    );
}
