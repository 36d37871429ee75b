import type { GrayImage } from '../imaging/gray-image.js';
import { histogramPercentile, otsuThreshold } from '../imaging/histogram.js';

/**
 * Ink/paper separation for a whole page. Sauvola's local threshold finds strokes under uneven
 * lighting; a global Otsu split of the lighting-corrected image fills the insides of thick
 * strokes that a local threshold hollows out. Both run on sums over integral images, so the
 * cost is O(pixels) whatever the window.
 */

export type Polarity = 'dark-on-light' | 'light-on-dark';

export interface Binarised {
  readonly width: number;
  readonly height: number;
  /** 1 = ink, 0 = paper. */
  readonly mask: Uint8Array;
  /**
   * How much darker than the local paper each pixel is, as a fraction of the paper's level
   * (0 = paper, 1 = black). Dividing by the local paper level cancels shadows and gradients.
   */
  readonly relativeInk: Float32Array;
  readonly polarity: Polarity;
  /** Typical paper noise in `relativeInk` units (robust standard deviation). */
  readonly noise: number;
}

export interface BinariseOptions {
  /** Side of the square Sauvola window, in pixels; default one tenth of the shorter side. */
  readonly window?: number;
  /** Sauvola's k: how much darker than the local mean ink must be where contrast is low. */
  readonly k?: number;
  /**
   * Measure the paper under each pixel as the brightness closing of this radius (the brightest
   * level nearby, brought back down wherever the picture falls off gently): wider than half a
   * stroke, so strokes vanish from it, while the edge of a shadow or a lamp's falloff stays —
   * the closing of a monotone slope is the slope itself — so neither reads as ink. Without it,
   * the paper level is the mean of the window's non-ink pixels.
   */
  readonly paperRadius?: number;
}

/** Sauvola's dynamic range of the standard deviation for 8-bit images. */
const SAUVOLA_R = 128;
const DEFAULT_K = 0.2;
/** Ink fainter than this fraction of the paper's level is not ink whatever the noise. */
const MIN_RELATIVE_INK = 0.06;
/** Ink must stand this many noise deviations above the paper. */
const NOISE_SIGMAS = 4;

/** Radius of the mean that smooths the paper's grain before its level is taken. */
const PAPER_SMOOTHING = 2;

/** Summed-area table with a zero first row and column: (w+1)×(h+1). */
function integral<T extends Float64Array | Uint32Array>(
  out: T,
  w: number,
  h: number,
  value: (i: number) => number,
): T {
  const stride = w + 1;
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += value(y * w + x);
      out[(y + 1) * stride + x + 1] = out[y * stride + x + 1] + row;
    }
  }
  return out;
}

/** Calls `fn(i, a, b, c, d)` with the four table offsets of each pixel's clipped window. */
function forEachWindow(
  w: number,
  h: number,
  radius: number,
  fn: (i: number, a: number, b: number, c: number, d: number, area: number) => void,
): void {
  const stride = w + 1;
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(h, y + radius + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(w, x + radius + 1);
      fn(
        y * w + x,
        y1 * stride + x1,
        y0 * stride + x1,
        y1 * stride + x0,
        y0 * stride + x0,
        (y1 - y0) * (x1 - x0),
      );
    }
  }
}

/**
 * Paper is what most pixels show; ink is the far tail. Chalk on a board puts the far tail on the
 * light side. Inverting needs a clearly lopsided histogram, so a noisy blank page (symmetric
 * tails) or a page with very little ink keeps the usual dark-on-light reading.
 */
export function detectPolarity(gray: GrayImage): Polarity {
  const hist = new Uint32Array(256);
  for (const v of gray.data) hist[v]++;
  const n = gray.data.length;
  if (n === 0) return 'dark-on-light';
  const paper = histogramPercentile(hist, n, 0.5);
  const dark = histogramPercentile(hist, n, 0.001);
  const light = histogramPercentile(hist, n, 0.999);
  return light - paper > 2 * (paper - dark) ? 'light-on-dark' : 'dark-on-light';
}

/** Running maximum (or minimum) over `2·radius + 1` samples of a strided line, in place. */
function slide(
  data: Float32Array,
  start: number,
  length: number,
  stride: number,
  radius: number,
  max: boolean,
  line: Float32Array,
  queue: Int32Array,
): void {
  for (let i = 0; i < length; i++) line[i] = data[start + i * stride];
  let head = 0;
  let tail = 0;
  const better = (a: number, b: number) => (max ? a >= b : a <= b);
  for (let i = 0; i < length + radius; i++) {
    if (i < length) {
      while (tail > head && better(line[i], line[queue[tail - 1]])) tail--;
      queue[tail++] = i;
    }
    const out = i - radius;
    if (out < 0) continue;
    while (queue[head] < out - radius) head++;
    data[start + out * stride] = line[queue[head]];
  }
}

/** Grey-level closing (maximum, then minimum) with a square of side `2·radius + 1`. */
export function closing(
  values: ArrayLike<number>,
  w: number,
  h: number,
  radius: number,
): Float32Array {
  const out = Float32Array.from(values);
  const line = new Float32Array(Math.max(w, h));
  const queue = new Int32Array(Math.max(w, h));
  for (const max of [true, false]) {
    for (let y = 0; y < h; y++) slide(out, y * w, w, 1, radius, max, line, queue);
    for (let x = 0; x < w; x++) slide(out, x, h, w, radius, max, line, queue);
  }
  return out;
}

/** Ink mask and lighting-corrected ink strength of a page (`gray` is luminance, not inverted). */
export function binarise(gray: GrayImage, opts: BinariseOptions = {}): Binarised {
  const { width: w, height: h } = gray;
  const n = w * h;
  const polarity = detectPolarity(gray);
  const v = polarity === 'light-on-dark' ? gray.data.map((p) => 255 - p) : gray.data;
  const mask = new Uint8Array(n);
  const relativeInk = new Float32Array(n);
  if (n === 0) return { width: w, height: h, mask, relativeInk, polarity, noise: 0 };

  const window = opts.window ?? Math.min(w, h) / 10;
  const radius = Math.max(1, Math.floor(window / 2));
  const k = opts.k ?? DEFAULT_K;

  const sum = integral(new Uint32Array((w + 1) * (h + 1)), w, h, (i) => v[i]);
  const sq = integral(new Float64Array((w + 1) * (h + 1)), w, h, (i) => v[i] * v[i]);
  const sauvola = new Uint8Array(n);
  forEachWindow(w, h, radius, (i, a, b, c, d, area) => {
    const m = (sum[a] - sum[b] - sum[c] + sum[d]) / area;
    const s2 = (sq[a] - sq[b] - sq[c] + sq[d]) / area - m * m;
    const s = Math.sqrt(Math.max(0, s2));
    // Strict: a uniform window (s = 0, even an all-black one) holds no ink.
    sauvola[i] = v[i] < m * (1 + k * (s / SAUVOLA_R - 1)) ? 1 : 0;
  });

  if (opts.paperRadius !== undefined) {
    // Smoothed first, or the closing would take the paper's brightest grain for its level.
    const smoothed = new Float32Array(n);
    forEachWindow(w, h, PAPER_SMOOTHING, (i, a, b, c, d, area) => {
      smoothed[i] = (sum[a] - sum[b] - sum[c] + sum[d]) / area;
    });
    const paper = closing(smoothed, w, h, Math.max(1, Math.round(opts.paperRadius)));
    for (let i = 0; i < n; i++)
      relativeInk[i] = paper[i] > 0 ? Math.max(0, (paper[i] - v[i]) / paper[i]) : 0;
  } else {
    // The local paper level: the mean of the window's non-ink pixels, so strokes do not darken
    // the reference they are measured against. A window that is all ink (inside a blot) falls
    // back to the page's mean paper level.
    let globalPaper = 0;
    let globalCount = 0;
    for (let i = 0; i < n; i++) {
      if (sauvola[i]) continue;
      globalPaper += v[i];
      globalCount++;
    }
    globalPaper = globalCount > 0 ? globalPaper / globalCount : 0;
    // The first table is no longer needed: reuse its memory (pages have millions of pixels).
    const paperSum = integral(sum, w, h, (i) => (sauvola[i] ? 0 : v[i]));
    const paperCount = integral(new Uint32Array((w + 1) * (h + 1)), w, h, (i) => 1 - sauvola[i]);
    forEachWindow(w, h, radius, (i, a, b, c, d) => {
      const count = paperCount[a] - paperCount[b] - paperCount[c] + paperCount[d];
      const level =
        count > 0 ? (paperSum[a] - paperSum[b] - paperSum[c] + paperSum[d]) / count : globalPaper;
      relativeInk[i] = level > 0 ? Math.max(0, (level - v[i]) / level) : 0;
    });
  }

  // Paper noise from the spread of the paper pixels' relative ink (a robust deviation).
  const bins = 1024;
  const paperHist = new Uint32Array(bins);
  let paperPixels = 0;
  for (let i = 0; i < n; i++) {
    if (sauvola[i]) continue;
    paperHist[Math.min(bins - 1, Math.round(relativeInk[i] * (bins - 1)))]++;
    paperPixels++;
  }
  // Only the darker half of the noise is measured (relativeInk clips at 0), so its median is
  // the 75th percentile of the two-sided distribution: 0.674 sigma.
  const noise =
    paperPixels > 0 ? histogramPercentile(paperHist, paperPixels, 0.75) / (bins - 1) / 0.674 : 0;
  const floor = Math.max(MIN_RELATIVE_INK, NOISE_SIGMAS * noise);

  const hist = new Float64Array(256);
  for (let i = 0; i < n; i++) hist[Math.min(255, Math.round(relativeInk[i] * 255))]++;
  const otsu = (otsuThreshold(hist) + 0.5) / 255;
  // Otsu only counts when it separates real ink from paper; on a blank page it splits noise.
  const globalCut = otsu > 2 * floor ? otsu : Infinity;
  for (let i = 0; i < n; i++) {
    const r = relativeInk[i];
    mask[i] = (sauvola[i] && r > floor) || r > globalCut ? 1 : 0;
  }
  return { width: w, height: h, mask, relativeInk, polarity, noise };
}
