import { describe, expect, it } from 'vitest';
import { parseSweepValues, runValueText } from './sweep-values';
import { DEFAULT_SETTINGS } from '../test/fake-training-api';

describe('parseSweepValues', () => {
  it('reads numbers separated by commas, semicolons or spaces', () => {
    expect(parseSweepValues('learningRate', '0.1, 0.01 0.001', 'adam')).toEqual({
      ok: true,
      values: [0.1, 0.01, 0.001],
    });
    expect(parseSweepValues('batchSize', '32;64; 128', 'backprop')).toEqual({
      ok: true,
      values: [32, 64, 128],
    });
  });

  it('reads groups of hidden layers separated by semicolons', () => {
    expect(parseSweepValues('hidden', '512; 512,256; 256, 128', 'adam')).toEqual({
      ok: true,
      values: [[512], [512, 256], [256, 128]],
    });
  });

  it('reads algorithm and activation names in any case', () => {
    expect(parseSweepValues('algorithm', 'Backprop, RPROP adam', 'adam')).toEqual({
      ok: true,
      values: ['backprop', 'rprop', 'adam'],
    });
    expect(parseSweepValues('activation', 'relu tanh', 'adam')).toEqual({
      ok: true,
      values: ['relu', 'tanh'],
    });
  });

  it('says what is wrong', () => {
    const message = (p: Parameters<typeof parseSweepValues>) => {
      const parsed = parseSweepValues(...p);
      return parsed.ok ? null : parsed.message;
    };
    expect(message(['learningRate', '0.1', 'adam'])).toBe('Give 2 to 8 values (1 now)');
    expect(message(['learningRate', '1 2 3 4 5 6 7 8 9', 'adam'])).toBe(
      'Give 2 to 8 values (9 now)',
    );
    expect(message(['learningRate', '0.1, 0.1', 'adam'])).toBe('The values must all be different');
    expect(message(['learningRate', '0.1, fast', 'adam'])).toBe(
      'fast: More than 0 and at most 10, e.g. 0.001',
    );
    expect(message(['batchSize', '32, 6.5', 'adam'])).toBe('6.5: A whole number from 1 to 4096');
    expect(message(['hidden', '512; 0', 'adam'])).toBe(
      '0: Each layer is a whole number of units from 1 to 4096',
    );
    expect(message(['algorithm', 'adam, lbfgs', 'adam'])).toBe(
      '“lbfgs” is not an algorithm (backprop, rprop, adam)',
    );
    expect(message(['learningRate', '0.1, 0.01', 'rprop'])).toBe(
      'Rprop has no learning rate: sweep another setting',
    );
    expect(message(['batchSize', '32, 64', 'rprop'])).toBe(
      'Rprop always uses the full batch: sweep another setting',
    );
  });
});

describe('runValueText', () => {
  it('names a run by its value of the swept setting', () => {
    expect(runValueText('hidden', DEFAULT_SETTINGS.adam)).toBe('512-256');
    expect(runValueText('algorithm', DEFAULT_SETTINGS.rprop)).toBe('Rprop');
    expect(runValueText('learningRate', { ...DEFAULT_SETTINGS.adam, learningRate: 1e-4 })).toBe(
      '0.0001',
    );
    expect(runValueText('activation', DEFAULT_SETTINGS.adam)).toBe('ReLU');
  });
});
