import type { GrayImage } from '../imaging/gray-image.js';
import type { Box } from '../types.js';
import { otsuThreshold } from '../imaging/histogram.js';

/**
 * Finds the sheet in a photo of paper lying on a darker desk, so that the desk, its edge and
 * whatever lies on it never reach the ink detector. Works on a coarse copy of the page: the
 * sheet is the largest bright region, and only counts as a sheet when its outline is a sharp
 * step (a smooth lighting gradient across a scan also splits into a bright and a dark part).
 */

export interface PaperRegion {
  /** Bounding box of the sheet, in input pixels. */
  readonly box: Box;
  /** The sheet's typical gray level, used to paint over the desk inside `box`. */
  readonly level: number;
  /** Whether input pixel (x, y) lies on the sheet (inside `box` the desk corners do not). */
  readonly contains: (x: number, y: number) => boolean;
}

/** Side of the coarse copy: enough to outline a sheet, cheap to label. */
const COARSE_SIDE = 256;
/** A sheet fills at least this much of the photo, and leaves at least the rest to the desk. */
const MIN_PAPER_FRACTION = 0.15;
const MAX_PAPER_FRACTION = 0.95;
/** The desk must be darker than the sheet by this fraction of the sheet's level. */
const MIN_DESK_CONTRAST = 0.15;
/** Across the outline, the step must carry this share of the sheet/desk contrast. */
const MIN_EDGE_SHARPNESS = 0.5;

interface Coarse {
  readonly width: number;
  readonly height: number;
  readonly factor: number;
  readonly data: Float32Array;
}

function shrink(gray: GrayImage): Coarse {
  const factor = Math.max(1, Math.ceil(Math.max(gray.width, gray.height) / COARSE_SIDE));
  const width = Math.ceil(gray.width / factor);
  const height = Math.ceil(gray.height / factor);
  const sums = new Float32Array(width * height);
  const counts = new Uint32Array(width * height);
  for (let y = 0; y < gray.height; y++) {
    const row = Math.floor(y / factor) * width;
    for (let x = 0; x < gray.width; x++) {
      const k = row + Math.floor(x / factor);
      sums[k] += gray.data[y * gray.width + x];
      counts[k]++;
    }
  }
  for (let k = 0; k < sums.length; k++) sums[k] /= counts[k];
  return { width, height, factor, data: sums };
}

/** 4-connected flood from `seeds` through pixels where `pass` holds; returns the visited set. */
function flood(w: number, h: number, seeds: number[], pass: (i: number) => boolean): Uint8Array {
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  for (const s of seeds) {
    if (!seen[s] && pass(s)) {
      seen[s] = 1;
      stack.push(s);
    }
  }
  while (stack.length > 0) {
    const p = stack.pop() as number;
    const x = p % w;
    const y = (p - x) / w;
    const next = [
      x > 0 ? p - 1 : -1,
      x < w - 1 ? p + 1 : -1,
      y > 0 ? p - w : -1,
      y < h - 1 ? p + w : -1,
    ];
    for (const q of next) {
      if (q >= 0 && !seen[q] && pass(q)) {
        seen[q] = 1;
        stack.push(q);
      }
    }
  }
  return seen;
}

/** The largest 4-connected region of `on` pixels. */
function largestRegion(on: Uint8Array, w: number, h: number): Uint8Array | null {
  const done = new Uint8Array(w * h);
  let best: Uint8Array | null = null;
  let bestArea = 0;
  for (let i = 0; i < on.length; i++) {
    if (!on[i] || done[i]) continue;
    const region = flood(w, h, [i], (q) => on[q] === 1);
    let area = 0;
    for (let q = 0; q < region.length; q++) {
      if (region[q]) {
        done[q] = 1;
        area++;
      }
    }
    if (area > bestArea) {
      bestArea = area;
      best = region;
    }
  }
  return best;
}

/**
 * Where the pixels' brightness changes by a large factor from one coarse pixel to the next: the
 * sheet's outline (paper over desk is a factor of two or more, within a pixel or two), not the
 * soft edge of a shadow or a lamp's falloff (a smaller factor spread over many pixels).
 */
function sharpSteps(c: Coarse): Uint8Array {
  const { width: w, height: h, data } = c;
  const log = Float32Array.from(data, (v) => Math.log(Math.max(1, v)));
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const dx = x + 1 < w ? Math.abs(log[i + 1] - log[i]) : 0;
      const dy = y + 1 < h ? Math.abs(log[i + w] - log[i]) : 0;
      const dl = x > 0 ? Math.abs(log[i - 1] - log[i]) : 0;
      const du = y > 0 ? Math.abs(log[i - w] - log[i]) : 0;
      out[i] = Math.max(dx, dy, dl, du) > SHARP_LOG_STEP ? 1 : 0;
    }
  }
  return out;
}

/** Coarse pixels between the sheet's outline and the part of it read for ink. */
const CORE_INSET = 2;
/** A step of this much log brightness between neighbouring coarse pixels is an outline. */
const SHARP_LOG_STEP = 0.25;

/** The border pixels of a `w`×`h` grid. */
function borderOf(w: number, h: number): number[] {
  const border: number[] = [];
  for (let x = 0; x < w; x++) border.push(x, (h - 1) * w + x);
  for (let y = 0; y < h; y++) border.push(y * w, y * w + w - 1);
  return border;
}

/**
 * The desk when the sheet is the largest region brighter than Otsu's threshold: everything the
 * border reaches through other pixels (writing only leaves holes in the sheet).
 */
function deskByBrightness(c: Coarse): Uint8Array | null {
  const hist = new Float64Array(256);
  for (const v of c.data) hist[Math.round(v)]++;
  const t = otsuThreshold(hist);
  const bright = Uint8Array.from(c.data, (v) => (v > t ? 1 : 0));
  const region = largestRegion(bright, c.width, c.height);
  if (!region) return null;
  return flood(c.width, c.height, borderOf(c.width, c.height), (q) => region[q] === 0);
}

/**
 * The desk when a shadow or uneven light darkens part of the sheet below the desk's brightest
 * part: everything the border reaches without crossing a sharp step.
 */
function deskBySteps(c: Coarse): Uint8Array {
  const { width: w, height: h } = c;
  const steps = sharpSteps(c);
  const desk = flood(w, h, borderOf(w, h), (q) => steps[q] === 0);
  // The step's outer side is desk too: the flood stopped just before it.
  const grown = Uint8Array.from(desk);
  for (let i = 0; i < desk.length; i++) {
    if (desk[i] || !steps[i]) continue;
    const x = i % w;
    if ((x > 0 && desk[i - 1]) || (x < w - 1 && desk[i + 1]) || desk[i - w] || desk[i + w])
      grown[i] = 1;
  }
  return grown;
}

/** The sheet in a photo, or null when there is no distinct sheet (a scan, a drawing, a board). */
export function detectPaper(gray: GrayImage): PaperRegion | null {
  if (gray.width < 2 || gray.height < 2) return null;
  const c = shrink(gray);
  const byBrightness = deskByBrightness(c);
  const bright = byBrightness && sheetOutside(gray, c, byBrightness);
  const stepped = sheetOutside(gray, c, deskBySteps(c));
  // A shadow across the sheet makes its dark part look like desk to a brightness threshold, but
  // not to the steps: where both find a sheet, the larger one is all of it.
  if (bright && stepped) return area(stepped.box) > area(bright.box) ? stepped : bright;
  return bright ?? stepped;
}

const area = (b: Box) => b.width * b.height;

/** The sheet left by `desk`, if it is one: large, brighter than the desk, sharply outlined. */
function sheetOutside(gray: GrayImage, c: Coarse, desk: Uint8Array): PaperRegion | null {
  const { width: w, height: h, data } = c;
  const n = w * h;
  let paperArea = 0;
  let paperSum = 0;
  let deskSum = 0;
  for (let i = 0; i < n; i++) {
    if (desk[i]) deskSum += data[i];
    else {
      paperArea++;
      paperSum += data[i];
    }
  }
  const fraction = paperArea / n;
  if (fraction < MIN_PAPER_FRACTION || fraction > MAX_PAPER_FRACTION) return null;
  const paperMean = paperSum / paperArea;
  const deskMean = deskSum / (n - paperArea);
  const contrast = paperMean - deskMean;
  if (contrast < MIN_DESK_CONTRAST * paperMean) return null;

  // Sharpness: the median step across the outline, two coarse pixels in and out.
  const steps: number[] = [];
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (desk[i]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ]) {
        const ox = x + dx;
        const oy = y + dy;
        if (ox < 0 || oy < 0 || ox >= w || oy >= h || !desk[oy * w + ox]) continue;
        const ix = Math.min(w - 1, Math.max(0, x - 2 * dx));
        const iy = Math.min(h - 1, Math.max(0, y - 2 * dy));
        const fx = Math.min(w - 1, Math.max(0, x + 2 * dx));
        const fy = Math.min(h - 1, Math.max(0, y + 2 * dy));
        steps.push(data[iy * w + ix] - data[fy * w + fx]);
      }
    }
  }
  steps.sort((a, b) => a - b);
  const step = steps.length > 0 ? steps[steps.length >> 1] : 0;
  if (step < MIN_EDGE_SHARPNESS * contrast) return null;

  // Two coarse pixels in from the outline: the edge itself is a blend of sheet and desk, spread
  // further by blur and compression.
  let core = Uint8Array.from(desk, (d) => 1 - d);
  for (let pass = 0; pass < CORE_INSET; pass++) {
    const inside = core;
    core = new Uint8Array(n);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        core[i] =
          inside[i] &&
          (x === 0 || inside[i - 1]) &&
          (x === w - 1 || inside[i + 1]) &&
          (y === 0 || inside[i - w]) &&
          (y === h - 1 || inside[i + w])
            ? 1
            : 0;
      }
    }
  }
  const f = c.factor;
  const bx0 = Math.min(gray.width - 1, (x0 + (x0 > 0 ? 1 : 0)) * f);
  const by0 = Math.min(gray.height - 1, (y0 + (y0 > 0 ? 1 : 0)) * f);
  const bx1 = Math.min(gray.width, (x1 + (x1 < w - 1 ? 0 : 1)) * f);
  const by1 = Math.min(gray.height, (y1 + (y1 < h - 1 ? 0 : 1)) * f);
  const box: Box = {
    x: bx0,
    y: by0,
    width: Math.max(1, bx1 - bx0),
    height: Math.max(1, by1 - by0),
  };
  return {
    box,
    level: paperMean,
    contains: (x, y) => core[Math.floor(y / f) * w + Math.floor(x / f)] === 1,
  };
}
