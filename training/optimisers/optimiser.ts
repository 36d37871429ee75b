import type { tf } from '../../recognition/tf/backend.js';

/**
 * A training algorithm's update rule. It owns its state (moments, step sizes …) and updates the
 * variables in place from the gradients of the loss; `loss` is the value the gradients came from,
 * which iRprop+ needs to decide whether to revert a step.
 */
export interface Optimiser {
  readonly name: string;
  step(grads: readonly tf.Tensor[], loss: number): void;
  /** Learning-rate schedules scale the step; Rprop has no learning rate and ignores it. */
  setLearningRate(lr: number): void;
  dispose(): void;
}

export type Algorithm = 'backprop' | 'rprop' | 'adam';
export const ALGORITHMS: readonly Algorithm[] = ['backprop', 'rprop', 'adam'];
