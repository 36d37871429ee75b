import { NORMALISER_VERSION } from '../../recognition/imaging/normalise.js';
import type { GlyphDataset } from '../data/dataset.js';
import { relevantHyperparameters, type TrainConfig } from '../trainer/config.js';
import type { TrainResult } from '../trainer/train.js';
import { MODEL_FORMAT_VERSION, type ModelCard } from '../../recognition/model-format/model-card.js';

export interface TrainedCardInput {
  readonly name: string;
  readonly config: TrainConfig;
  readonly result: TrainResult;
  /** The data trained on (before the validation split). */
  readonly train: GlyphDataset;
  readonly sources: readonly string[];
  readonly metrics: Readonly<Record<string, number>>;
  readonly notes?: string;
  readonly now?: Date;
}

/** The card of a freshly trained model: what it learnt from, how, and how well. */
export function trainedModelCard(input: TrainedCardInput): ModelCard {
  const { config, result, train } = input;
  const perClass: Record<string, number> = {};
  for (let i = 0; i < train.count; i++) {
    const name = train.classes[train.labels[i]];
    perClass[name] = (perClass[name] ?? 0) + 1;
  }
  const notes = [
    ...(input.notes ? [input.notes] : []),
    ...(result.status === 'completed' ? [] : [`training ${result.status}`]),
  ].join('; ');
  return {
    format: 'inkform-model',
    formatVersion: MODEL_FORMAT_VERSION,
    name: input.name,
    classes: [...train.classes],
    normaliserVersion: NORMALISER_VERSION,
    inputSize: 784,
    network: {
      hidden: [...config.hidden],
      activation: config.activation,
      dropout: config.dropout,
    },
    algorithm: config.algorithm,
    hyperparameters: relevantHyperparameters(config),
    data: {
      sources: [...input.sources],
      trainSamples: result.trainSamples,
      validationSamples: result.validationSamples,
      perClass,
    },
    metrics: { ...input.metrics },
    epochs: result.history.length,
    trainingSeconds: Math.round(result.trainingSeconds * 10) / 10,
    createdAt: (input.now ?? new Date()).toISOString(),
    ...(notes ? { notes } : {}),
  };
}
