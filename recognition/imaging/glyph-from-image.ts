import type { GrayImage } from './gray-image.js';
import { normaliseGlyph } from './normalise.js';
import { histogramPercentile, otsuThreshold } from './histogram.js';

/** Interleaved 8-bit pixels, as sharp's `.raw()` gives them (channel 2 or 4 is alpha). */
export interface Raster {
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  data: Uint8Array;
}

/** A single glyph needs no more detail than this; larger inputs are averaged down first. */
export const MAX_WORKING_SIDE = 256;

/** Below this contrast (in gray levels) between ink and paper we call the picture blank. */
const MIN_CONTRAST = 24;

/**
 * Luminance (ITU-R 601, as Pillow's `convert('L')`) with alpha composited on a `matte` of the
 * given gray level. Dark ink stays dark: nothing is inverted here.
 */
export function toGray(r: Raster, matte = 255): GrayImage {
  const { width, height, channels, data } = r;
  const n = width * height;
  if (data.length < n * channels) {
    throw new Error(
      `raster data holds ${data.length} bytes, ${width}x${height}x${channels} needs ${n * channels}`,
    );
  }
  const out = new Uint8Array(n);
  if (channels === 1) {
    out.set(data.subarray(0, n));
    return { width, height, data: out };
  }
  if (channels === 3) {
    for (let i = 0, j = 0; i < n; i++, j += 3) {
      out[i] = (data[j] * 299 + data[j + 1] * 587 + data[j + 2] * 114 + 500) / 1000;
    }
    return { width, height, data: out };
  }
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    let lum: number;
    let alpha = 255;
    if (channels <= 2) {
      lum = data[j];
      if (channels === 2) alpha = data[j + 1];
    } else {
      lum = (data[j] * 299 + data[j + 1] * 587 + data[j + 2] * 114) / 1000;
      if (channels === 4) alpha = data[j + 3];
    }
    out[i] = Math.round((lum * alpha + matte * (255 - alpha)) / 255);
  }
  return { width, height, data: out };
}

/**
 * The matte that makes the ink of a partly transparent picture visible: a drawing app's export
 * has strokes of any colour on transparent pixels (whose colour is often black), so compositing
 * on white would hide white strokes and compositing on black would hide black ones. The opaque
 * pixels are mostly ink there, so the matte is the opposite of their mean luminance. Null when
 * the picture is (almost) opaque.
 */
function matteFor(r: Raster): number | null {
  if (r.channels !== 2 && r.channels !== 4) return null;
  const { channels, data } = r;
  const n = r.width * r.height;
  const step = Math.max(1, Math.floor(n / 200_000));
  let transparent = 0;
  let seen = 0;
  let weight = 0;
  let lumSum = 0;
  for (let i = 0; i < n; i += step) {
    const j = i * channels;
    const alpha = data[j + channels - 1];
    seen++;
    if (alpha < 128) transparent++;
    const lum =
      channels === 2 ? data[j] : (data[j] * 299 + data[j + 1] * 587 + data[j + 2] * 114) / 1000;
    weight += alpha;
    lumSum += lum * alpha;
  }
  if (transparent < seen * 0.01 || weight === 0) return null;
  return lumSum / weight < 128 ? 255 : 0;
}

/** Box-averages `factor`×`factor` cells; edge cells average the pixels they have. */
function shrink(img: GrayImage, factor: number): GrayImage {
  const w = Math.ceil(img.width / factor);
  const h = Math.ceil(img.height / factor);
  const sums = new Uint32Array(w * h);
  const counts = new Uint32Array(w * h);
  const cell = new Int32Array(img.width);
  for (let x = 0; x < img.width; x++) cell[x] = Math.floor(x / factor);
  for (let y = 0; y < img.height; y++) {
    const row = Math.floor(y / factor) * w;
    const src = y * img.width;
    for (let x = 0; x < img.width; x++) {
      const k = row + cell[x];
      sums[k] += img.data[src + x];
      counts[k]++;
    }
  }
  const data = new Uint8Array(w * h);
  for (let k = 0; k < data.length; k++) data[k] = Math.round(sums[k] / counts[k]);
  return { width: w, height: h, data };
}

/** Solves the symmetric system `a·x = b` (n×n, row-major) by Gaussian elimination with pivoting. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[p * n + c])) p = r;
    if (Math.abs(a[p * n + c]) < 1e-9) return null;
    if (p !== c) {
      for (let k = 0; k < n; k++) [a[c * n + k], a[p * n + k]] = [a[p * n + k], a[c * n + k]];
      [b[c], b[p]] = [b[p], b[c]];
    }
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c] / a[c * n + c];
      for (let k = c; k < n; k++) a[r * n + k] -= f * a[c * n + k];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= a[r * n + k] * x[k];
    x[r] = s / a[r * n + r];
  }
  return x;
}

/**
 * Least-squares quadratic surface through the pixels marked as background: it follows uneven
 * lighting (gradients, vignetting) that a single global threshold would mistake for ink.
 */
function fitBackground(
  img: Float32Array,
  w: number,
  h: number,
  isBackground: Uint8Array,
): Float32Array {
  const n = 6;
  const a = new Float64Array(n * n);
  const b = new Float64Array(n);
  const terms = new Float64Array(n);
  // Coordinates in [-1, 1] keep the normal equations well conditioned.
  const sx = 2 / Math.max(1, w - 1);
  const sy = 2 / Math.max(1, h - 1);
  let count = 0;
  for (let y = 0; y < h; y++) {
    const v = y * sy - 1;
    for (let x = 0; x < w; x++) {
      if (!isBackground[y * w + x]) continue;
      const u = x * sx - 1;
      terms[0] = 1;
      terms[1] = u;
      terms[2] = v;
      terms[3] = u * u;
      terms[4] = u * v;
      terms[5] = v * v;
      const z = img[y * w + x];
      for (let i = 0; i < n; i++) {
        b[i] += terms[i] * z;
        for (let j = 0; j < n; j++) a[i * n + j] += terms[i] * terms[j];
      }
      count++;
    }
  }
  const surface = new Float32Array(w * h);
  let coef = count >= 12 ? solve(a, b, n) : null;
  if (!coef) {
    // Too few background pixels to fit a shape: a flat level is all we can say.
    coef = new Float64Array(n);
    coef[0] = count > 0 ? b[0] / count : 0;
  }
  for (let y = 0; y < h; y++) {
    const v = y * sy - 1;
    for (let x = 0; x < w; x++) {
      const u = x * sx - 1;
      surface[y * w + x] =
        coef[0] + coef[1] * u + coef[2] * v + coef[3] * u * u + coef[4] * u * v + coef[5] * v * v;
    }
  }
  return surface;
}

function histogramOf(values: Float32Array, mask: Uint8Array | null): Float64Array {
  const hist = new Float64Array(256);
  for (let i = 0; i < values.length; i++) {
    if (mask && !mask[i]) continue;
    hist[Math.min(255, Math.max(0, Math.round(values[i])))]++;
  }
  return hist;
}

/**
 * Zeroes scanner specks: connected bits of ink much smaller than the main stroke and away from
 * it. Small parts close to the main stroke (the dot of an i, a short bar of ≠) stay.
 */
function removeSpecks(ink: Uint8Array, w: number, h: number): void {
  const labels = new Int32Array(w * h).fill(-1);
  const stack = new Int32Array(w * h);
  const mass: number[] = [];
  const boxes: number[][] = [];
  for (let start = 0; start < ink.length; start++) {
    if (ink[start] === 0 || labels[start] >= 0) continue;
    const id = mass.length;
    let m = 0;
    let x0 = w;
    let y0 = h;
    let x1 = -1;
    let y1 = -1;
    let top = 0;
    stack[top++] = start;
    labels[start] = id;
    while (top > 0) {
      const p = stack[--top];
      const x = p % w;
      const y = (p - x) / w;
      m += ink[p];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const q = yy * w + xx;
          if (ink[q] !== 0 && labels[q] < 0) {
            labels[q] = id;
            stack[top++] = q;
          }
        }
      }
    }
    mass.push(m);
    boxes.push([x0, y0, x1, y1]);
  }
  if (mass.length <= 1) return;
  let main = 0;
  for (let i = 1; i < mass.length; i++) if (mass[i] > mass[main]) main = i;
  const [mx0, my0, mx1, my1] = boxes[main];
  const reach = 0.35 * Math.max(mx1 - mx0 + 1, my1 - my0 + 1);
  const drop = new Uint8Array(mass.length);
  for (let i = 0; i < mass.length; i++) {
    if (i === main) continue;
    const [x0, y0, x1, y1] = boxes[i];
    const gap = Math.max(mx0 - x1, x0 - mx1, my0 - y1, y0 - my1, 0);
    const ratio = mass[i] / mass[main];
    drop[i] = ratio < 0.01 || (ratio < 0.1 && gap > reach) ? 1 : 0;
  }
  for (let p = 0; p < ink.length; p++) if (labels[p] >= 0 && drop[labels[p]]) ink[p] = 0;
}

/**
 * Ink of a photo, scan or drawing of ONE character, ink high (0..255) on 0, before size
 * normalisation; null when there is no visible ink. Exposed for debugging views.
 */
export function extractInk(r: Raster): GrayImage | null {
  const matte = matteFor(r);
  let gray = toGray(r, matte ?? 255);
  const longer = Math.max(gray.width, gray.height);
  if (longer > MAX_WORKING_SIDE) gray = shrink(gray, Math.ceil(longer / MAX_WORKING_SIDE));
  const { width: w, height: h } = gray;
  const n = w * h;
  if (n === 0) return null;

  // Paper is what the border mostly shows; ink is the tail of the histogram farther from it.
  const border = Math.max(1, Math.round(0.02 * Math.min(w, h)));
  const borderHist = new Uint32Array(256);
  let borderCount = 0;
  const hist = new Uint32Array(256);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = gray.data[y * w + x];
      hist[v]++;
      if (x < border || y < border || x >= w - border || y >= h - border) {
        borderHist[v]++;
        borderCount++;
      }
    }
  }
  const paper = histogramPercentile(borderHist, borderCount, 0.5);
  const dark = histogramPercentile(hist, n, 0.005);
  const light = histogramPercentile(hist, n, 0.995);
  if (light - dark < MIN_CONTRAST) return null;
  const invert = paper - dark > light - paper;

  const inv = new Float32Array(n);
  for (let i = 0; i < n; i++) inv[i] = invert ? 255 - gray.data[i] : gray.data[i];

  // Background surface: start from Otsu's split, refit on what the surface calls background.
  const isBackground = new Uint8Array(n);
  let threshold = otsuThreshold(histogramOf(inv, null));
  for (let i = 0; i < n; i++) isBackground[i] = inv[i] <= threshold ? 1 : 0;
  const residual = new Float32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    const surface = fitBackground(inv, w, h, isBackground);
    for (let i = 0; i < n; i++) residual[i] = inv[i] - surface[i];
    threshold = otsuThreshold(histogramOf(residual, null));
    for (let i = 0; i < n; i++) isBackground[i] = residual[i] <= threshold ? 1 : 0;
  }

  // Paper noise, from the median absolute deviation of the background residual.
  const bgHist = new Float64Array(256);
  let bgCount = 0;
  for (let i = 0; i < n; i++) {
    if (!isBackground[i]) continue;
    bgHist[Math.min(255, Math.round(Math.abs(residual[i])))]++;
    bgCount++;
  }
  const sigma = bgCount > 0 ? 1.4826 * histogramPercentile(bgHist, bgCount, 0.5) : 0;
  const inkHist = histogramOf(
    residual,
    Uint8Array.from(isBackground, (b) => 1 - b),
  );
  let inkCount = 0;
  for (const c of inkHist) inkCount += c;
  if (inkCount === 0) return null;
  const inkMedian = histogramPercentile(inkHist, inkCount, 0.5);
  if (inkMedian < MIN_CONTRAST || inkMedian < 6 * sigma) return null;

  // Below `floor` is paper; the ramp above it keeps anti-aliased edges graded. Full ink starts a
  // little below the typical ink level so that noise inside thick strokes does not show.
  const floor = Math.min(Math.max(4 * sigma, 0.08 * inkMedian), threshold);
  const inkLevel = Math.max(inkMedian - 2 * sigma, (floor + inkMedian) / 2);
  const span = Math.max(1, inkLevel - floor);
  const ink = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = (residual[i] - floor) / span;
    ink[i] = t <= 0 ? 0 : t >= 1 ? 255 : Math.round(255 * t);
  }
  removeSpecks(ink, w, h);
  return { width: w, height: h, data: ink };
}

/**
 * A 784-byte normalised glyph (the training data's form) from a picture of one character of
 * any size and polarity, or null when the picture is blank.
 */
export function glyphFromRaster(r: Raster): Uint8Array | null {
  const ink = extractInk(r);
  return ink ? normaliseGlyph(ink) : null;
}
