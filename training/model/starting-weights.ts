import type { TrainConfig } from '../trainer/config.js';
import type { ModelCard } from '../../recognition/model-format/model-card.js';
import { loadModel } from '../../recognition/model-format/model-io.js';

export interface StartingPoint {
  readonly card: ModelCard;
  /** In `model.getWeights()` order, as `TrainOptions.initialWeights` takes them. */
  readonly weights: Float32Array[];
}

/**
 * The weights of a saved model to fine-tune from, after checking that `config` trains the same
 * network: fine-tuning changes weights, never the shape of the network.
 */
export async function loadStartingPoint(dir: string, config: TrainConfig): Promise<StartingPoint> {
  const { model, card } = await loadModel(dir);
  try {
    const same =
      card.network.activation === config.activation &&
      card.network.hidden.length === config.hidden.length &&
      card.network.hidden.every((units, i) => units === config.hidden[i]);
    if (!same)
      throw new Error(
        `fine-tuning keeps the network of "${card.name}" (hidden layers ` +
          `${card.network.hidden.join('-')}, ${card.network.activation}); it cannot train ` +
          `${config.hidden.join('-')}, ${config.activation}`,
      );
    // Copies: the tensors' memory goes with the model.
    const weights = model.getWeights().map((w) => Float32Array.from(w.dataSync()));
    return { card, weights };
  } finally {
    model.dispose();
  }
}
