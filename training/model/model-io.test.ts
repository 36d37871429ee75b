import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { NORMALISER_VERSION } from '../../recognition/imaging/normalise.js';
import { initTensorflow, tf } from '../../recognition/tf/backend.js';
import type { ModelCard } from '../../recognition/model-format/model-card.js';
import {
  MODEL_FORMAT_VERSION,
  ModelLoadError,
  parseModelCard,
} from '../../recognition/model-format/model-card.js';
import { loadModel, saveModel } from '../../recognition/model-format/model-io.js';
import { buildNetwork } from './network.js';
import { tempDirPerFile } from '../storage/temp-dir-test-support.js';

const CLASSES = ['a', 'b', 'forall', 'o', 'O'];

function makeCard(classes: readonly string[] = CLASSES): ModelCard {
  return {
    format: 'inkform-model',
    formatVersion: MODEL_FORMAT_VERSION,
    name: 'tiny-test',
    classes: [...classes],
    normaliserVersion: NORMALISER_VERSION,
    inputSize: 784,
    network: { hidden: [16], activation: 'relu', dropout: 0.2 },
    algorithm: 'adam',
    hyperparameters: { learningRate: 0.001, batchSize: 32, augment: true, schedule: 'constant' },
    data: { sources: ['test'], trainSamples: 10, validationSamples: 2, perClass: { a: 2 } },
    metrics: { accuracy: 0.5, mergedAccuracy: 0.6 },
    epochs: 1,
    trainingSeconds: 0.5,
    createdAt: '2024-01-02T03:04:05.000Z',
    notes: 'made by a test',
  };
}

function makeModel(seed = 1, classes = CLASSES.length, inputSize = 784): tf.Sequential {
  return buildNetwork({ hidden: [16], activation: 'relu', dropout: 0.2, inputSize, classes }, seed);
}

function randomInput(n: number): tf.Tensor2D {
  return tf.randomUniform([n, 784], 0, 1, 'float32', 7) as tf.Tensor2D;
}

function predict(model: tf.LayersModel, x: tf.Tensor): Float32Array {
  return tf.tidy(() => (model.predict(x) as tf.Tensor).dataSync() as Float32Array);
}

let root: string;
let counter = 0;
const nextDir = () => path.join(root, `model-${counter++}`);

/** Saves a fresh tiny model and returns its directory. */
async function savedModel(): Promise<string> {
  const dir = nextDir();
  const model = makeModel();
  await saveModel(dir, model, makeCard());
  model.dispose();
  return dir;
}

async function expectLoadError(dir: string, pattern: RegExp): Promise<ModelLoadError> {
  const error = await loadModel(dir).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ModelLoadError);
  expect((error as Error).message).toMatch(pattern);
  return error as ModelLoadError;
}

beforeAll(() => initTensorflow());
tempDirPerFile('inkform-model-io-', (dir) => {
  root = dir;
});

describe('saveModel / loadModel', () => {
  it('round-trips the weights and the card exactly', async () => {
    const dir = nextDir();
    const model = makeModel(42);
    const x = randomInput(4);
    const before = predict(model, x);
    await saveModel(dir, model, makeCard());
    expect((await readdir(dir)).sort()).toEqual(['inkform.json', 'model.json', 'weights.bin']);
    const manifest = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as {
      weightsManifest: { paths: string[] }[];
    };
    expect(manifest.weightsManifest.map((g) => g.paths)).toEqual([['weights.bin']]);

    const loaded = await loadModel(dir);
    expect(loaded.card).toEqual(makeCard());
    expect(predict(loaded.model, x)).toEqual(before);
    loaded.model.dispose();
    model.dispose();
    x.dispose();
  });

  it('replaces an existing model atomically and leaves no temporary directories', async () => {
    const dir = nextDir();
    const first = makeModel(1);
    const second = makeModel(2);
    const x = randomInput(2);
    await saveModel(dir, first, makeCard());
    await saveModel(dir, second, { ...makeCard(), name: 'second' });
    const siblings = (await readdir(root)).filter((name) => name.startsWith(path.basename(dir)));
    expect(siblings).toEqual([path.basename(dir)]);
    const loaded = await loadModel(dir);
    expect(loaded.card.name).toBe('second');
    expect(predict(loaded.model, x)).toEqual(predict(second, x));
    for (const m of [first, second, loaded.model]) m.dispose();
    x.dispose();
  });

  it('refuses to save a card that does not match the model, leaving the old model', async () => {
    const dir = await savedModel();
    const model = makeModel();
    await expect(saveModel(dir, model, makeCard(['a', 'b']))).rejects.toThrow(/2 classes/);
    model.dispose();
    const loaded = await loadModel(dir);
    expect(loaded.card.classes).toEqual(CLASSES);
    loaded.model.dispose();
    const siblings = (await readdir(root)).filter((name) => name.startsWith(path.basename(dir)));
    expect(siblings).toEqual([path.basename(dir)]);
  });

  it('reports a missing directory', async () => {
    await expectLoadError(path.join(root, 'nowhere'), /nowhere does not exist/);
  });

  it('reports corrupt model.json', async () => {
    const dir = await savedModel();
    await writeFile(path.join(dir, 'model.json'), '{"modelTopology": {');
    await expectLoadError(dir, /model\.json: not valid JSON/);
  });

  it('reports a model.json that tfjs cannot build, without a raw tfjs error', async () => {
    const dir = await savedModel();
    await writeFile(
      path.join(dir, 'model.json'),
      JSON.stringify({ modelTopology: { class_name: 'Bogus' }, weightsManifest: [] }),
    );
    await expectLoadError(dir, /model\.json: tfjs cannot build the model/);
  });

  it('reports truncated weights.bin', async () => {
    const dir = await savedModel();
    await truncate(path.join(dir, 'weights.bin'), 1000);
    await expectLoadError(
      dir,
      /weights\.bin: truncated: 1000 bytes, but model\.json describes \d+/,
    );
  });

  it('reports missing weights.bin and inkform.json', async () => {
    const dir = await savedModel();
    await rm(path.join(dir, 'weights.bin'));
    await expectLoadError(dir, /weights\.bin: file is missing/);
    const dir2 = await savedModel();
    await rm(path.join(dir2, 'inkform.json'));
    await expectLoadError(dir2, /inkform\.json: file is missing/);
  });

  it('reports a card whose classes do not match the output layer', async () => {
    const dir = await savedModel();
    const card = { ...makeCard(), classes: ['a', 'b', 'c', 'd'] };
    await writeFile(path.join(dir, 'inkform.json'), JSON.stringify(card));
    await expectLoadError(dir, /inkform\.json: lists 4 classes, but the network .* has 5 outputs/);
  });

  it('reports a network that does not take 784 inputs', async () => {
    const dir = nextDir();
    const model = makeModel(1, CLASSES.length, 100);
    await saveModel(dir, model, makeCard());
    model.dispose();
    await expectLoadError(dir, /model\.json: input shape is \[null, 100\], expected \[null, 784\]/);
  });

  it('reports an unknown normaliser version', async () => {
    const dir = await savedModel();
    const card = { ...makeCard(), normaliserVersion: NORMALISER_VERSION + 1 };
    await writeFile(path.join(dir, 'inkform.json'), JSON.stringify(card));
    await expectLoadError(dir, /normaliserVersion \d+ is not the glyph normaliser/);
  });

  it('reports NaN and infinite weights, naming the weight', async () => {
    const dir = await savedModel();
    const file = path.join(dir, 'weights.bin');
    const bytes = await readFile(file);
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setFloat32(8, NaN, true);
    await writeFile(file, bytes);
    await expectLoadError(dir, /weights\.bin: weight hidden1\/kernel\[2\] is NaN/);

    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setFloat32(8, 0.5, true);
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setFloat32(
      bytes.byteLength - 4,
      -Infinity,
      true,
    );
    await writeFile(file, bytes);
    await expectLoadError(dir, /weight output\/bias\[4\] is -Infinity/);
  });
});

describe('parseModelCard', () => {
  it('accepts a valid card and drops unknown fields', () => {
    const card = parseModelCard({ ...makeCard(), extra: 1 });
    expect(card).toEqual(makeCard());
  });

  it.each([
    ['format', { format: 'other' }, /field "format" must be "inkform-model"/],
    ['classes', { classes: ['a'] }, /field "classes" must be an array of at least 2/],
    ['duplicate classes', { classes: ['a', 'a'] }, /field "classes\[1\]" must be unique/],
    ['inputSize', { inputSize: 100 }, /field "inputSize" must be 784, but is number 100/],
    [
      'activation',
      { network: { hidden: [16], activation: 'gelu', dropout: 0 } },
      /field "network\.activation" must be one of "relu", "sigmoid", "tanh"/,
    ],
    [
      'hidden',
      { network: { hidden: [16, 0], activation: 'relu', dropout: 0 } },
      /field "network\.hidden\[1\]" must be an integer >= 1/,
    ],
    ['metrics', { metrics: { accuracy: 'high' } }, /field "metrics\.accuracy" must be a finite/],
    ['createdAt', { createdAt: 'yesterday' }, /field "createdAt" must be an ISO 8601/],
    ['trainSamples', { data: { sources: [] } }, /field "data\.trainSamples" must be an integer/],
    ['formatVersion', { formatVersion: 99 }, /formatVersion 99 is newer/],
  ])('rejects a bad %s', (_, patch, pattern) => {
    expect(() => parseModelCard({ ...makeCard(), ...patch })).toThrow(ModelLoadError);
    expect(() => parseModelCard({ ...makeCard(), ...patch })).toThrow(pattern);
  });

  it('rejects non-objects', () => {
    expect(() => parseModelCard([])).toThrow(/field "\(root\)" must be an object, but is an array/);
  });
});
