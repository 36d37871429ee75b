import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImageFolder } from '../data/write-image-folder.js';
import { parseModelCard } from '../../recognition/model-format/model-card.js';
import { expectCleanError, makeBoxData, runCliProcess } from './cli-test-support.js';

// In the canonical order of the symbol table, which is the order the loader gives classes.
const CLASSES = ['forall', 'a', 'b'];
let root: string;

const trainCli = (args: string[]) => runCliProcess('training/cli/train.ts', args);

/** Trains on the test data into the folder `name`, with `options` on top. */
async function trainInto(name: string, options: readonly string[]) {
  const out = path.join(root, name);
  const result = await trainCli(['--data', path.join(root, 'data'), '--out', out, ...options]);
  return { out, result };
}

const readCard = async (out: string) =>
  parseModelCard(JSON.parse(await readFile(path.join(out, 'inkform.json'), 'utf8')));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'inkform-train-cli-'));
  await writeImageFolder(path.join(root, 'data'), makeBoxData(CLASSES, 60), { split: 'train' });
  await writeImageFolder(path.join(root, 'data'), makeBoxData(CLASSES, 15), { split: 'test' });
  await mkdir(path.join(root, 'empty'));
  await mkdir(path.join(root, 'junk', 'a'), { recursive: true });
  await writeFile(path.join(root, 'junk', 'a', 'notes.png'), 'not an image');
  await writeFile(path.join(root, 'junk', 'a', 'paper.png'), '%PDF-1.4\n');
  await writeFile(path.join(root, 'junk', 'a', 'zero.png'), '');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run train', () => {
  it('trains, reports each epoch and saves a model with its card', async () => {
    const { out, result } = await trainInto('model', [
      '--algorithm',
      'adam',
      '--hidden',
      '16',
      '--epochs',
      '3',
      '--batch',
      '16',
      '--seed',
      '5',
      '--name',
      'tiny',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/^epoch +\d\/3 /gm)).toHaveLength(3);
    expect(result.stdout).toMatch(/test accuracy \d+\.\d\d%/);
    const card = await readCard(out);
    expect(card.name).toBe('tiny');
    expect(card.classes).toEqual(CLASSES);
    expect(card.algorithm).toBe('adam');
    expect(card.hyperparameters.batchSize).toBe(16);
    expect(card.metrics.testSamples).toBe(15);
    expect(card.epochs).toBe(3);
  });

  it('trains with Rprop on the full batch', async () => {
    const { out, result } = await trainInto('rprop', [
      '--algorithm',
      'rprop',
      '--hidden',
      '8',
      '--epochs',
      '4',
    ]);
    expect(result.code).toBe(0);
    const card = await readCard(out);
    expect(card.algorithm).toBe('rprop');
    expect(card.hyperparameters.variant).toBe('irprop-');
  });

  it('fails cleanly on an empty folder, a folder of non-images and a missing folder', async () => {
    const out = path.join(root, 'never');
    const [empty, junk, missing] = await Promise.all([
      trainCli(['--data', path.join(root, 'empty'), '--out', out]),
      trainCli(['--data', path.join(root, 'junk'), '--out', out]),
      trainCli(['--data', path.join(root, 'missing'), '--out', out]),
    ]);
    expectCleanError(empty, 1, /no images found/);
    expectCleanError(junk, 1, /no usable images.*skipped 3/);
    expectCleanError(missing, 1, /not found/);
  });

  it('stops a diverging run with advice and saves nothing', async () => {
    const { out, result } = await trainInto('diverged', [
      '--algorithm',
      'backprop',
      '--hidden',
      '64',
      '--lr',
      '9',
      '--momentum',
      '0.99',
      '--batch',
      '4',
      '--epochs',
      '5',
      '--no-augment',
    ]);
    expectCleanError(result, 1, /diverged.*smaller learning rate/);
    await expect(readFile(path.join(out, 'inkform.json'))).rejects.toThrow();
  });

  it('refuses Rprop on mini-batches and explains bad arguments', async () => {
    const data = path.join(root, 'data');
    const [rprop, lr, algorithm] = await Promise.all([
      trainCli(['--data', data, '--out', root, '--algorithm', 'rprop', '--batch', '32']),
      trainCli(['--data', data, '--out', root, '--lr', 'fast']),
      trainCli(['--data', data, '--out', root, '--algorithm', 'lbfgs']),
    ]);
    expectCleanError(rprop, 2, /Rprop .*mini-batches/);
    expectCleanError(lr, 2, /--lr must be a number/);
    expectCleanError(algorithm, 2, /--algorithm must be one of backprop, rprop, adam/);
  });
});
