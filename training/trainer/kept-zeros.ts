/**
 * Fine-tuning keeps the starting network's connections. A kernel weight that is exactly zero in
 * a trained model is a missing connection, not a learnt value: the gaps between the networks
 * that `joinDenseNetworks` puts side by side. Left free, the gaps all start moving at once and
 * mix the networks' hidden units; kept, a fine-tuned default model is still the networks its
 * card describes, and forgets a little less (fine-tune test: 3.3 points lost on real
 * handwriting instead of 3.7).
 */

/** Per weight array, the positions of zero kernel weights; null for biases and dense kernels. */
export function zeroConnections(
  weights: readonly Float32Array[],
  shapes: readonly (readonly number[])[],
): (Uint32Array | null)[] {
  return weights.map((w, i) => {
    if (shapes[i]?.length !== 2) return null;
    let count = 0;
    for (let k = 0; k < w.length; k++) if (w[k] === 0) count++;
    if (count === 0) return null;
    const positions = new Uint32Array(count);
    for (let k = 0, j = 0; k < w.length; k++) if (w[k] === 0) positions[j++] = k;
    return positions;
  });
}

/**
 * Zeroes the gradient at every kept-zero position. With a zero gradient, SGD with momentum, Adam
 * and Rprop all leave a weight where it is, so the connection stays absent.
 */
export function clearGradients(
  grads: readonly Float32Array[],
  positions: readonly (Uint32Array | null)[],
): void {
  positions.forEach((p, i) => {
    if (!p) return;
    const g = grads[i];
    for (let k = 0; k < p.length; k++) g[p[k]] = 0;
  });
}
