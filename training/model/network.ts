import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { tf } from '../../recognition/tf/backend.js';

import { ACTIVATIONS, type Activation } from '../../recognition/model-format/activation.js';

export { ACTIVATIONS, type Activation };

export interface NetworkSpec {
  /** Sizes of the hidden layers, input to output, e.g. [512, 256]. */
  readonly hidden: readonly number[];
  readonly activation: Activation;
  /** Dropout rate after each hidden layer, 0 for none. */
  readonly dropout: number;
  readonly inputSize: number;
  readonly classes: number;
}

export const DEFAULT_NETWORK: Omit<NetworkSpec, 'classes'> = {
  hidden: [512, 256],
  activation: 'relu',
  dropout: 0.2,
  inputSize: GLYPH_PIXELS,
};

export function validateHiddenLayers(hidden: readonly number[]): void {
  if (hidden.length === 0) throw new Error('a dense network needs at least one hidden layer');
  for (const units of hidden) {
    if (!Number.isInteger(units) || units < 1 || units > 8192)
      throw new Error(`hidden layer size must be an integer in 1..8192, got ${units}`);
  }
}

export function validateNetworkSpec(spec: NetworkSpec): void {
  if (!Number.isInteger(spec.classes) || spec.classes < 2)
    throw new Error(`a classifier needs at least 2 classes, got ${spec.classes}`);
  validateHiddenLayers(spec.hidden);
  if (!(spec.dropout >= 0 && spec.dropout < 1))
    throw new Error(`dropout must be in [0, 1), got ${spec.dropout}`);
  if (!ACTIVATIONS.includes(spec.activation))
    throw new Error(`activation must be one of ${ACTIVATIONS.join(', ')}, got ${spec.activation}`);
}

/**
 * A dense feedforward classifier: input → (dense + activation [+ dropout]) per hidden layer →
 * dense softmax. Initialisation matches the activation (He for ReLU, Glorot otherwise) and is
 * seeded so that runs with the same seed start from the same weights.
 */
export function buildNetwork(spec: NetworkSpec, seed: number): tf.Sequential {
  validateNetworkSpec(spec);
  const model = tf.sequential();
  let layerSeed = seed >>> 0;
  const initializer = () =>
    spec.activation === 'relu'
      ? tf.initializers.heNormal({ seed: layerSeed++ })
      : tf.initializers.glorotUniform({ seed: layerSeed++ });
  spec.hidden.forEach((units, i) => {
    model.add(
      tf.layers.dense({
        units,
        activation: spec.activation,
        kernelInitializer: initializer(),
        ...(i === 0 ? { inputShape: [spec.inputSize] } : {}),
        name: `hidden${i + 1}`,
      }),
    );
    if (spec.dropout > 0) {
      model.add(
        tf.layers.dropout({ rate: spec.dropout, seed: layerSeed++, name: `dropout${i + 1}` }),
      );
    }
  });
  model.add(
    tf.layers.dense({
      units: spec.classes,
      activation: 'softmax',
      kernelInitializer: tf.initializers.glorotUniform({ seed: layerSeed++ }),
      name: 'output',
    }),
  );
  return model;
}
