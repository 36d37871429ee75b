import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { initTensorflow, tf } from '../../recognition/tf/backend.js';
import { writeImageFolder } from '../data/write-image-folder.js';
import { untrainedModelCard } from '../../recognition/model-format/model-card.js';
import { saveModel } from '../../recognition/model-format/model-io.js';
import { buildNetwork } from '../model/network.js';
import {
  expectCleanError,
  makeBoxData,
  runCliProcess,
  type CliResult,
} from './cli-test-support.js';

const CLASSES = ['a', 'b', 'o', 'O', 'forall'];
function evaluate(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCliProcess('training/cli/evaluate.ts', args, env);
}

/** An untrained network; with `favourite`, its output layer picks that class for any glyph. */
async function saveTinyModel(dir: string, name: string, favourite?: string): Promise<void> {
  const model = buildNetwork(
    { hidden: [16], activation: 'relu', dropout: 0, inputSize: 784, classes: CLASSES.length },
    5,
  );
  if (favourite) {
    const output = model.layers[model.layers.length - 1];
    const [kernel] = output.getWeights();
    const favoured = new Float32Array(CLASSES.length);
    favoured[CLASSES.indexOf(favourite)] = 100;
    favoured[CLASSES.indexOf('b')] = 50;
    tf.tidy(() => output.setWeights([tf.zerosLike(kernel), tf.tensor1d(favoured)]));
  }
  await saveModel(dir, model, {
    ...untrainedModelCard(name, CLASSES, { hidden: [16], activation: 'relu', dropout: 0 }),
    createdAt: new Date().toISOString(),
  });
  model.dispose();
}

let root: string;
let modelDir: string;
let forallModelDir: string;

beforeAll(async () => {
  await initTensorflow();
  root = await mkdtemp(path.join(tmpdir(), 'inkform-evaluate-cli-'));
  modelDir = path.join(root, 'model');
  await saveTinyModel(modelDir, 'tiny-cli');
  forallModelDir = path.join(root, 'forall-model');
  await saveTinyModel(forallModelDir, 'forall', 'forall');

  await writeImageFolder(path.join(root, 'split'), makeBoxData(CLASSES, 15), { split: 'train' });
  await writeImageFolder(path.join(root, 'split'), makeBoxData(CLASSES, 10), { split: 'test' });
  // 'x' is a class the model never learned.
  await writeImageFolder(path.join(root, 'flat'), makeBoxData([...CLASSES, 'x'], 12));
  await writeImageFolder(path.join(root, 'pair'), makeBoxData(['a', 'b'], 20));
  await mkdir(path.join(root, 'empty'));

  const corrupt = path.join(root, 'corrupt');
  await saveTinyModel(corrupt, 'corrupt');
  await writeFile(path.join(corrupt, 'model.json'), '{"modelTopology": [oops');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The untrained model on the data with both splits, as JSON. */
const evaluateSplit = (...options: string[]) =>
  evaluate(['--model', modelDir, '--data', path.join(root, 'split'), '--json', ...options]);

describe('evaluate CLI', () => {
  it('prints one JSON object for the test split', async () => {
    const result = await evaluateSplit();
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      model: 'tiny-cli',
      data: path.join(root, 'split'),
      split: 'test',
      n: 10,
      byTestKind: {},
      unknownClasses: {},
    });
    expect(report.accuracy).toBeGreaterThanOrEqual(0);
    expect(report.accuracy).toBeLessThanOrEqual(report.mergedAccuracy as number);
    expect(report.classes).toEqual(CLASSES);
    expect(Object.keys(report.perClass as object).sort()).toEqual([...CLASSES].sort());
    expect(report.confusion).toHaveLength(CLASSES.length);
  });

  it('falls back to the train split with a note, and honours --split', async () => {
    const flat = path.join(root, 'flat');
    const text = await evaluate(['--model', modelDir, '--data', flat]);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/no test split; evaluating on the train split/);
    expect(text.stdout).toMatch(/Evaluated 12 glyphs/);
    expect(text.stdout).toMatch(/does not know \(2 samples, all counted wrong\): x \(2\)/);

    const train = await evaluateSplit('--split', 'train');
    expect(train.code).toBe(0);
    expect(JSON.parse(train.stdout)).toMatchObject({ split: 'train', n: 15 });

    expectCleanError(
      await evaluate(['--model', modelDir, '--data', flat, '--split', 'test']),
      1,
      /has no test split/,
    );
  });

  it('with --only-data-classes predicts only classes the data has', async () => {
    // This model says ∀ to everything, then b.
    const args = ['--model', forallModelDir, '--data', path.join(root, 'pair'), '--json'];
    const [open, only] = await Promise.all([
      evaluate(args),
      evaluate([...args, '--only-data-classes']),
    ]);
    expect(open.code).toBe(0);
    expect(only.code).toBe(0);
    type Output = { onlyDataClasses: boolean; classes: string[]; confusion: number[][] };
    const predictedAs = (output: Output, name: string) => {
      const column = output.classes.indexOf(name);
      return output.confusion.reduce((sum, row) => sum + row[column], 0);
    };
    const openReport = JSON.parse(open.stdout) as Output;
    const onlyReport = JSON.parse(only.stdout) as Output;
    expect(openReport.onlyDataClasses).toBe(false);
    expect(onlyReport.onlyDataClasses).toBe(true);
    expect(predictedAs(openReport, 'forall')).toBe(20);
    expect(predictedAs(onlyReport, 'forall')).toBe(0);
    expect(predictedAs(onlyReport, 'b')).toBe(20);
  });

  it('reports a corrupt model in one line, without a stack trace', async () => {
    const result = await evaluate([
      '--model',
      path.join(root, 'corrupt'),
      '--data',
      path.join(root, 'split'),
    ]);
    expectCleanError(result, 1, /model\.json: not valid JSON/);
    const debug = await evaluate(
      ['--model', path.join(root, 'corrupt'), '--data', path.join(root, 'split')],
      { INKFORM_DEBUG: '1' },
    );
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('reports a missing model, an empty data folder and absent test kinds', async () => {
    const [missing, empty, noKinds] = await Promise.all([
      evaluate(['--model', path.join(root, 'nope'), '--data', path.join(root, 'split')]),
      evaluate(['--model', modelDir, '--data', path.join(root, 'empty'), '--json']),
      evaluate(['--model', modelDir, '--data', path.join(root, 'flat'), '--test-kind', 'writer']),
    ]);
    expectCleanError(missing, 1, /nope does not exist/);
    expectCleanError(empty, 1, /no images found/);
    expectCleanError(noKinds, 1, /records no test kinds/);
  });

  it('exits with 2 on usage errors', async () => {
    const [noData, badSplit, typo] = await Promise.all([
      evaluate(['--model', modelDir]),
      evaluate(['--model', modelDir, '--data', root, '--split', 'val']),
      evaluate(['--modle', modelDir]),
    ]);
    expectCleanError(noData, 2, /--data DIR is required/);
    expectCleanError(badSplit, 2, /--split must be one of test, train, got "val"/);
    expectCleanError(typo, 2, /--modle/);
  });
});
