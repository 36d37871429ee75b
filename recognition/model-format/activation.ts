/**
 * Activations a saved network may use. Part of the model format, so that recognition can read a
 * model card without importing training, which builds the networks.
 */
export const ACTIVATIONS = ['relu', 'sigmoid', 'tanh'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
