import { describe, expect, it } from 'vitest';
import { clearGradients, zeroConnections } from './kept-zeros.js';

describe('kept zeros', () => {
  it('finds zero kernel weights only, and clears the gradient there', () => {
    const kernel = Float32Array.from([0, 1, -0, 2, 0, 3]);
    const bias = Float32Array.from([0, 5]);
    const dense = Float32Array.from([1, 2, 3, 4]);
    const positions = zeroConnections([kernel, bias, dense], [[3, 2], [2], [2, 2]]);
    expect(positions.map((p) => (p ? [...p] : null))).toEqual([[0, 2, 4], null, null]);

    const grads = [Float32Array.from([9, 9, 9, 9, 9, 9]), Float32Array.from([7, 7]), dense];
    clearGradients(grads, positions);
    expect([...grads[0]]).toEqual([0, 9, 0, 9, 0, 9]);
    expect([...grads[1]]).toEqual([7, 7]);
    clearGradients(grads, []);
    expect([...grads[0]]).toEqual([0, 9, 0, 9, 0, 9]);
  });
});
