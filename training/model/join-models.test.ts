import { beforeAll, describe, expect, it } from 'vitest';
import { NORMALISER_VERSION } from '../../recognition/imaging/normalise.js';
import { initTensorflow, tf } from '../../recognition/tf/backend.js';
import { joinModels } from './join-models.js';
import { MODEL_FORMAT_VERSION, type ModelCard } from '../../recognition/model-format/model-card.js';
import { buildNetwork } from './network.js';

const CLASSES = ['a', 'b', 'c', 'forall'];

function member(seed: number, classes = CLASSES, dropout = 0.2) {
  const card: ModelCard = {
    format: 'inkform-model',
    formatVersion: MODEL_FORMAT_VERSION,
    name: `member ${seed}`,
    classes,
    normaliserVersion: NORMALISER_VERSION,
    inputSize: 784,
    network: { hidden: [12, 6], activation: 'relu', dropout },
    algorithm: 'adam',
    hyperparameters: {},
    data: { sources: ['test'], trainSamples: 1, validationSamples: 0 },
    metrics: {},
    epochs: 1,
    trainingSeconds: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const model = buildNetwork(
    { hidden: [12, 6], activation: 'relu', dropout, inputSize: 784, classes: classes.length },
    seed,
  );
  return { model, card };
}

beforeAll(async () => {
  await initTensorflow();
});

describe('joinModels', () => {
  it('outputs the softmax of the mean of the members’ logits', () => {
    const members = [member(1), member(2), member(3)];
    const joined = joinModels(members);
    const x = tf.randomUniform([16, 784], 0, 1, 'float32', 5) as tf.Tensor2D;
    const expected = tf.tidy(() =>
      tf.softmax(
        tf.div(tf.addN(members.map(({ model }) => tf.log(model.predict(x) as tf.Tensor2D))), 3),
      ),
    );
    const actual = joined.predict(x) as tf.Tensor2D;
    expect(actual.shape).toEqual([16, CLASSES.length]);
    const a = actual.dataSync();
    const e = expected.dataSync();
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(e[i], 5);
    expect(
      joined.layers.filter((l) => l.getClassName() === 'Dense').map((l) => l.getConfig().units),
    ).toEqual([36, 18, CLASSES.length]);
    tf.dispose([x, expected, actual]);
    joined.dispose();
    members.forEach(({ model }) => model.dispose());
  });

  it('refuses members with other classes or another dropout', () => {
    const a = member(1);
    const b = member(2, ['a', 'b', 'c', 'exists']);
    const c = member(3, CLASSES, 0.5);
    expect(() => joinModels([a, b])).toThrow(/other classes/);
    expect(() => joinModels([a, c])).toThrow(/another activation or dropout/);
    expect(() => joinModels([])).toThrow(/no models/);
    [a, b, c].forEach(({ model }) => model.dispose());
  });
});
