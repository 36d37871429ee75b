/**
 * A training algorithm's update rule, as plain arithmetic on the network's parameters: each
 * parameter tensor is a Float32Array (shared between the training threads), updated in place
 * from the gradients of the mean loss. `loss` is the value the gradients came from, which
 * iRprop+ needs to decide whether to take a step back.
 */
export interface Optimiser {
  readonly name: string;
  step(params: readonly Float32Array[], grads: readonly Float32Array[], loss: number): void;
  /** Learning-rate schedules scale the step; Rprop has no learning rate and ignores it. */
  setLearningRate(lr: number): void;
}

/** The model format's list (a card records which one trained it). */
export {
  TRAINING_ALGORITHMS as ALGORITHMS,
  type TrainingAlgorithm as Algorithm,
} from '../../recognition/model-format/algorithms.js';

/** Per-parameter state arrays shaped like the parameters, filled with `value`. */
export function stateLike(params: readonly Float32Array[], value = 0): Float32Array[] {
  return params.map((p) => new Float32Array(p.length).fill(value));
}
