/**
 * How a network may have been trained, as a model card records it: the one list of algorithm
 * names, which the trainer, the contract, the validators and the page all derive from.
 */
export const TRAINING_ALGORITHMS = ['backprop', 'rprop', 'adam'] as const;
export type TrainingAlgorithm = (typeof TRAINING_ALGORITHMS)[number];
