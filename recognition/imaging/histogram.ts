/** Statistics of value histograms (bin index = value), shared by glyph and page thresholding. */

/** The smallest value below which more than `fraction` of the `total` counts lie. */
export function histogramPercentile(
  hist: ArrayLike<number>,
  total: number,
  fraction: number,
): number {
  const target = total * fraction;
  let acc = 0;
  for (let v = 0; v < hist.length; v++) {
    acc += hist[v];
    if (acc > target) return v;
  }
  return hist.length - 1;
}

/** Otsu's threshold: bins ≤ the result form the lower class. */
export function otsuThreshold(hist: ArrayLike<number>): number {
  let total = 0;
  let sum = 0;
  for (let v = 0; v < hist.length; v++) {
    total += hist[v];
    sum += v * hist[v];
  }
  let w0 = 0;
  let sum0 = 0;
  let best = -1;
  let threshold = 0;
  for (let t = 0; t < hist.length - 1; t++) {
    w0 += hist[t];
    sum0 += t * hist[t];
    const w1 = total - w0;
    if (w0 === 0 || w1 === 0) continue;
    const d = sum0 / w0 - (sum - sum0) / w1;
    const between = w0 * w1 * d * d;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}
