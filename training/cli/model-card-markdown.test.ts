import { describe, expect, it } from 'vitest';
import { NORMALISER_VERSION } from '../../recognition/imaging/normalise.js';
import { evaluatePredictions } from '../eval/metrics.js';
import { MODEL_FORMAT_VERSION, type ModelCard } from '../../recognition/model-format/model-card.js';
import { notationClassTable, renderModelCard } from './model-card-markdown.js';

const classes = ['a', 'b', 'c', 'C'];
const card: ModelCard = {
  format: 'inkform-model',
  formatVersion: MODEL_FORMAT_VERSION,
  name: 'Inkform default',
  classes,
  normaliserVersion: NORMALISER_VERSION,
  inputSize: 784,
  network: { hidden: [1536, 768], activation: 'relu', dropout: 0.2 },
  algorithm: 'adam',
  hyperparameters: { networks: 3, seed: '1 2 3', learningRate: 0.001, threads: 2 },
  data: { sources: ['shared'], trainSamples: 1000, validationSamples: 50 },
  metrics: {},
  epochs: 30,
  trainingSeconds: 2400,
  createdAt: '2026-11-29T00:00:00.000Z',
};

describe('renderModelCard', () => {
  it('describes the joined networks with their own numbers and credits the data', () => {
    // 12 samples of `a`: 9 right, 3 read as `b`; `c` read as `C` counts when merged.
    const labels = Uint16Array.from([...Array(12).fill(0), 2, 2]);
    const predicted = Uint16Array.from([...Array(9).fill(0), 1, 1, 1, 3, 2]);
    const writer = evaluatePredictions({ classes, labels, predicted });
    const markdown = renderModelCard(card, { writer }, [
      { seed: 1, epochs: 30, trainingSeconds: 780, validationAccuracy: 0.871 },
      { seed: 2, epochs: 28, trainingSeconds: 810, validationAccuracy: 0.8695 },
      { seed: 3, epochs: 30, trainingSeconds: 810, validationAccuracy: null },
    ]);
    expect(markdown).toContain('| `writer` | 14 | 71.43% | 78.57% |');
    expect(markdown).toContain('3 dense networks of 784-512-256-4');
    expect(markdown).toContain('one dense network of 784-1536-768-4');
    expect(markdown).toContain('| 2 | 2 | 28 | 86.95% | 13.5 min |');
    expect(markdown).toContain('| 3 | 3 | 30 | – | 13.5 min |');
    expect(markdown).toContain('40.0 minutes in all');
    expect(markdown).toContain('`a`→`b` (3)');
    for (const credit of ['HASYv2', 'CROHME', 'EMNIST', 'ODbL']) expect(markdown).toContain(credit);
  });
});

describe('notationClassTable', () => {
  it('gives each new class on both test kinds and says what a weak one is taken for', () => {
    const names = ['cdot', 'dot', 'plus', 'lbrack', 'lparen'];
    // writer: 10 `.` all right, 4 `+` all right; random: 10 `·`, 6 read as `.`; 5 `[`, 1 as `(`.
    const writer = evaluatePredictions({
      classes: names,
      labels: Uint16Array.from([...Array(10).fill(1), ...Array(4).fill(2)]),
      predicted: Uint16Array.from([...Array(10).fill(1), ...Array(4).fill(2)]),
    });
    const random = evaluatePredictions({
      classes: names,
      labels: Uint16Array.from([...Array(10).fill(0), ...Array(5).fill(3)]),
      predicted: Uint16Array.from([...Array(4).fill(0), ...Array(6).fill(1), 3, 3, 3, 3, 4]),
    });
    const table = notationClassTable({ writer, random });
    expect(table).toContain('| `cdot` · | 0 | – | 10 | 40.00% | mostly read as `.` |');
    expect(table).toContain('| `dot` . | 10 | 100.00% | 0 | – |  |');
    expect(table).toContain('| `lbrack` [ | 0 | – | 5 | 80.00% |  |');
    expect(table).toContain('| `plus` + | 4 | 100.00% | 0 | – |  |');
    // Every class the data gained has a row, tested or not.
    expect(table.split('\n')).toHaveLength(2 + 18);
  });
});
