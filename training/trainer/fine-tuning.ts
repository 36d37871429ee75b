/**
 * What fine-tuning does to the gradient so that a trained model learns a few new samples without
 * forgetting what it knew. Taught 20 samples each of five symbols in an unusual style, the
 * shipped model forgot real handwriting wherever the style's shapes came near other classes: a
 * tilde taught as ¬ made it read every minus sign as ¬. Two constraints keep the change small
 * and where it belongs:
 *
 * - The output layer stays as it was. A new writing style is a change in what the glyphs look
 *   like, not in what the classes are, and the hidden layers are where the look is learnt
 *   ("surgical fine-tuning", Lee et al. 2023). The output layer holds the model's boundaries
 *   between all its classes, minus and ¬ included; trained on five classes it only moves them,
 *   since its inputs are non-negative features that the new and the old glyphs share.
 * - L2-SP (Li, Grandvalet & Davoine 2018, "Explicit inductive bias for transfer learning with
 *   convolutional networks"): the loss gains a pull λ/2·‖w − w₀‖² towards the starting weights
 *   w₀, so every weight pays for leaving its starting value and the samples are learnt with the
 *   smallest change that fits them, however long the run goes on.
 *
 * The pull stands in for the samples the run does not have. Against the summed loss of the
 * training samples, each class of the model that none of them shows adds `strength` to λ: those
 * classes have nothing else holding the weights where they serve them, while a class with
 * samples is held by its samples. So a run on five classes of a 97-class model is held firmly,
 * and one that also replays samples of every class (the user's own, or the shipped data) is
 * barely held at all and learns as fast as it would without the pull.
 */

/**
 * λ of the pull against the mean loss, which is what the gradients are of: `strength` per
 * class without a training sample, over the number of samples (see above).
 */
export function anchorStrength(
  strength: number,
  labels: ArrayLike<number>,
  indices: ArrayLike<number>,
  classes: number,
): number {
  if (strength === 0 || indices.length === 0) return 0;
  const shown = new Uint8Array(classes);
  for (let i = 0; i < indices.length; i++) shown[labels[indices[i]]] = 1;
  const missing = classes - shown.reduce((n, s) => n + s, 0);
  return (strength * missing) / indices.length;
}

/** Adds the L2-SP penalty's gradient λ·(w − w₀) to `grads`, in place. */
export function addAnchorGradient(
  grads: readonly Float32Array[],
  params: readonly Float32Array[],
  start: readonly Float32Array[],
  strength: number,
): void {
  if (strength === 0) return;
  grads.forEach((g, k) => {
    const w = params[k];
    const w0 = start[k];
    for (let i = 0; i < g.length; i++) g[i] += strength * (w[i] - w0[i]);
  });
}

/**
 * Which weight arrays, in `model.getWeights()` order (kernel, bias per dense layer), belong to
 * the output layer: the last kernel and the bias after it.
 */
export function outputLayerArrays(shapes: readonly (readonly number[])[]): number[] {
  let lastKernel = shapes.length - 1;
  while (lastKernel >= 0 && shapes[lastKernel].length !== 2) lastKernel--;
  if (lastKernel < 0) return [];
  return Array.from({ length: shapes.length - lastKernel }, (_, i) => lastKernel + i);
}

/**
 * Zeroes the gradients of the arrays `frozen` lists. With a zero gradient from the start, SGD
 * with momentum, Adam and Rprop all leave a weight exactly where it is.
 */
export function freezeGradients(grads: readonly Float32Array[], frozen: readonly number[]): void {
  for (const k of frozen) grads[k].fill(0);
}
