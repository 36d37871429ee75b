import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTensorflow, tf, useKernelFixes } from './backend.js';

beforeAll(() => initTensorflow());
afterAll(() => useKernelFixes(true));

function withStockKernels<T>(f: () => T): T {
  useKernelFixes(false);
  try {
    return f();
  } finally {
    useKernelFixes(true);
  }
}

function values(f: () => tf.Tensor): Float32Array {
  return tf.tidy(() => f().dataSync() as Float32Array);
}

describe('wasm kernel fixes', () => {
  it('runs on the wasm backend', () => {
    expect(tf.getBackend()).toBe('wasm');
  });

  const a = () =>
    tf.tensor3d(
      Array.from({ length: 2 * 5 * 3 }, (_, i) => Math.sin(i)),
      [2, 5, 3],
    );
  const b = () =>
    tf.tensor3d(
      Array.from({ length: 2 * 5 * 4 }, (_, i) => Math.cos(i)),
      [2, 5, 4],
    );
  const c = () =>
    tf.tensor3d(
      Array.from({ length: 2 * 4 * 3 }, (_, i) => Math.cos(3 * i)),
      [2, 4, 3],
    );

  it.each([
    ['transposeA', () => tf.matMul(a(), b(), true, false)],
    ['transposeB', () => tf.matMul(b(), tf.transpose(c(), [0, 2, 1]), false, true)],
    ['both', () => tf.matMul(c(), b(), true, true)],
    ['neither', () => tf.matMul(b(), tf.transpose(b(), [0, 2, 1]))],
    ['rank 2 transposeB', () => tf.matMul(tf.ones([7, 3]), tf.ones([9, 3]), false, true)],
  ])('BatchMatMul %s matches the stock kernel', (_name, op) => {
    const fixed = values(op);
    const stock = withStockKernels(() => values(op));
    expect(fixed.length).toBe(stock.length);
    fixed.forEach((v, i) => expect(v).toBeCloseTo(stock[i], 5));
  });

  const x = () =>
    tf.tensor3d(
      Array.from({ length: 6 * 4 * 5 }, (_, i) => i),
      [6, 4, 5],
    );
  it.each([
    ['contiguous rows', () => tf.slice(x(), [2, 0, 0], [3, 4, 5])],
    ['contiguous inner', () => tf.slice(x(), [1, 2, 0], [1, 2, 5])],
    ['strided (falls back)', () => tf.slice(x(), [1, 1, 1], [2, 2, 3])],
    ['int32', () => tf.slice(tf.range(0, 100, 1, 'int32'), [10], [7])],
    ['empty', () => tf.slice(x(), [0, 0, 0], [0, 4, 5])],
  ])('Slice %s matches the stock kernel', (_name, op) => {
    const fixed = values(op);
    const stock = withStockKernels(() => values(op));
    expect(Array.from(fixed)).toEqual(Array.from(stock));
  });

  it('gradients of a dense layer are unchanged', () => {
    const grad = () =>
      tf.tidy(() => {
        const w = tf.tensor2d(
          Array.from({ length: 12 }, (_, i) => i / 10),
          [4, 3],
        );
        const xs = tf.tensor2d(
          Array.from({ length: 8 }, (_, i) => i - 4),
          [2, 4],
        );
        return tf
          .grad((k: tf.Tensor) => tf.sum(tf.relu(tf.matMul(xs, k))))(w)
          .dataSync() as Float32Array;
      });
    expect(Array.from(grad())).toEqual(Array.from(withStockKernels(grad)));
  });
});
