import { describe, expect, it } from 'vitest';
import {
  addAnchorGradient,
  anchorStrength,
  freezeGradients,
  outputLayerArrays,
} from './fine-tuning.js';

describe('fine-tuning constraints', () => {
  it('add the pull λ·(w − w₀) to the gradient, and nothing at λ = 0', () => {
    const grads = [Float32Array.from([1, -1]), Float32Array.from([0.5])];
    const params = [Float32Array.from([2, 3]), Float32Array.from([-1])];
    const start = [Float32Array.from([1, 3]), Float32Array.from([1])];
    addAnchorGradient(grads, params, start, 0);
    expect(grads.map((g) => Array.from(g))).toEqual([[1, -1], [0.5]]);
    addAnchorGradient(grads, params, start, 0.5);
    expect(grads.map((g) => Array.from(g))).toEqual([[1.5, -1], [-0.5]]);
  });

  it('pull as hard as the classes without samples, over the samples', () => {
    const labels = Uint16Array.from([0, 0, 1, 2, 2]);
    // Indices 0, 1 and 3 show classes 0 and 2; classes 1 and 3 have no sample.
    expect(anchorStrength(0.3, labels, [0, 1, 3], 4)).toBeCloseTo((0.3 * 2) / 3);
    // With a sample of every class the data itself holds the model.
    expect(anchorStrength(0.3, labels, [0, 2, 3], 3)).toBe(0);
    expect(anchorStrength(0, labels, [0], 4)).toBe(0);
    expect(anchorStrength(0.3, labels, [], 4)).toBe(0);
  });

  it('find the output layer: the last kernel and its bias', () => {
    expect(outputLayerArrays([[784, 32], [32], [32, 16], [16], [16, 4], [4]])).toEqual([4, 5]);
    expect(outputLayerArrays([[784, 4], [4]])).toEqual([0, 1]);
    expect(outputLayerArrays([])).toEqual([]);
  });

  it('freeze whole arrays and leave the others', () => {
    const grads = [Float32Array.from([1, 2]), Float32Array.from([3])];
    freezeGradients(grads, [1]);
    expect(grads.map((g) => Array.from(g))).toEqual([[1, 2], [0]]);
  });
});
