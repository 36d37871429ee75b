import { describe, expect, it } from 'vitest';
import { joinDenseNetworks, type DenseWeights } from './join-networks.js';

/** A small seeded generator so that every network in the tests is different but repeatable. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

function network(sizes: readonly number[], seed: number): DenseWeights[] {
  const next = random(seed);
  return sizes.slice(1).map((units, l) => ({
    inputs: sizes[l],
    units,
    kernel: Float32Array.from({ length: sizes[l] * units }, next),
    bias: Float32Array.from({ length: units }, next),
  }));
}

/** Logits of a ReLU network, computed directly from the definition. */
function logits(layers: readonly DenseWeights[], input: readonly number[]): number[] {
  let h = [...input];
  layers.forEach((layer, l) => {
    const out = Array.from(layer.bias);
    for (let r = 0; r < layer.inputs; r++)
      for (let c = 0; c < layer.units; c++) out[c] += h[r] * layer.kernel[r * layer.units + c];
    h = l < layers.length - 1 ? out.map((v) => Math.max(0, v)) : out;
  });
  return h;
}

describe('joinDenseNetworks', () => {
  it('computes the mean of the members’ logits for any input', () => {
    const members = [network([6, 5, 4, 3], 1), network([6, 5, 4, 3], 2), network([6, 2, 7, 3], 3)];
    const joined = joinDenseNetworks(members);
    expect(joined.map((l) => [l.inputs, l.units])).toEqual([
      [6, 12],
      [12, 15],
      [15, 3],
    ]);
    const next = random(99);
    for (let trial = 0; trial < 20; trial++) {
      const input = Array.from({ length: 6 }, next);
      const expected = [0, 1, 2].map(
        (k) => members.reduce((sum, m) => sum + logits(m, input)[k], 0) / members.length,
      );
      const actual = logits(joined, input);
      actual.forEach((v, k) => expect(v).toBeCloseTo(expected[k], 5));
    }
  });

  it('keeps the members apart: weights between different members’ units are zero', () => {
    const joined = joinDenseNetworks([network([3, 2, 2, 2], 4), network([3, 2, 2, 2], 5)]);
    const middle = joined[1];
    // Rows 0–1 are member 1's units, rows 2–3 member 2's; columns likewise.
    for (const [r, c] of [
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 0],
      [3, 1],
    ])
      expect(middle.kernel[r * middle.units + c]).toBe(0);
    expect(middle.kernel[0 * middle.units + 0]).not.toBe(0);
  });

  it('returns an equal network when given one', () => {
    const only = network([4, 3, 2], 6);
    const joined = joinDenseNetworks([only]);
    joined.forEach((layer, l) => {
      expect(Array.from(layer.kernel)).toEqual(Array.from(only[l].kernel));
      expect(Array.from(layer.bias)).toEqual(Array.from(only[l].bias));
    });
  });

  it('refuses networks that cannot be joined', () => {
    expect(() => joinDenseNetworks([])).toThrow(/no networks/);
    expect(() => joinDenseNetworks([network([4, 3, 2], 1), network([5, 3, 2], 2)])).toThrow(
      /takes 5 inputs/,
    );
    expect(() => joinDenseNetworks([network([4, 3, 2], 1), network([4, 3, 3], 2)])).toThrow(
      /has 3 outputs/,
    );
    expect(() => joinDenseNetworks([network([4, 3, 2], 1), network([4, 3, 3, 2], 2)])).toThrow(
      /has 3 layers/,
    );
    const torn = network([4, 3, 2], 1);
    torn[0] = { ...torn[0], bias: new Float32Array(2) };
    expect(() => joinDenseNetworks([torn])).toThrow(/bias holds 2 values/);
  });
});
