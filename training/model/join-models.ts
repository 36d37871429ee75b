import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { tf } from '../../recognition/tf/backend.js';
import { joinDenseNetworks, type DenseWeights } from './join-networks.js';
import type { ModelCard } from '../../recognition/model-format/model-card.js';
import { buildNetwork } from './network.js';

/** The dense layers of a model built by `buildNetwork`, input to output. */
function denseWeights(model: tf.LayersModel): DenseWeights[] {
  return model.layers
    .filter((layer) => layer.getClassName() === 'Dense')
    .map((layer) => {
      const [kernel, bias] = layer.getWeights();
      if (!kernel || !bias || kernel.rank !== 2)
        throw new Error(`layer "${layer.name}" is not a dense layer with a bias`);
      const [inputs, units] = kernel.shape as [number, number];
      return {
        inputs,
        units,
        kernel: Float32Array.from(kernel.dataSync()),
        bias: Float32Array.from(bias.dataSync()),
      };
    });
}

/**
 * One network that outputs the softmax of the mean of the members' logits (see
 * `joinDenseNetworks`). The members must be networks of `buildNetwork` with the same classes,
 * activation and dropout; the result is one too, with hidden layers as wide as theirs together.
 */
export function joinModels(
  members: readonly { readonly model: tf.LayersModel; readonly card: ModelCard }[],
): tf.Sequential {
  const first = members[0];
  if (!first) throw new Error('nothing to join: no models given');
  for (const { card } of members) {
    if (card.classes.join('\n') !== first.card.classes.join('\n'))
      throw new Error(`"${card.name}" has other classes than "${first.card.name}"`);
    if (
      card.network.activation !== first.card.network.activation ||
      card.network.dropout !== first.card.network.dropout
    )
      throw new Error(`"${card.name}" has another activation or dropout than "${first.card.name}"`);
  }
  const joined = joinDenseNetworks(members.map(({ model }) => denseWeights(model)));
  const model = buildNetwork(
    {
      hidden: joined.slice(0, -1).map((layer) => layer.units),
      activation: first.card.network.activation,
      dropout: first.card.network.dropout,
      inputSize: GLYPH_PIXELS,
      classes: first.card.classes.length,
    },
    0,
  );
  const tensors = joined.flatMap((layer) => [
    tf.tensor2d(layer.kernel, [layer.inputs, layer.units]),
    tf.tensor1d(layer.bias),
  ]);
  model.setWeights(tensors);
  tf.dispose(tensors);
  return model;
}
