import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GLYPH_PIXELS, GLYPH_SIZE, type GrayImage } from '../imaging/gray-image.js';
import { resizeBilinear } from '../imaging/normalise.js';
import type { Box } from '../types.js';
import { DESCENDING_LETTERS, SMALL_LETTERS } from '../letter-shapes.js';
import { labelComponents } from './components.js';

/**
 * Photographs of handwritten formulas, faked from real handwritten glyphs of the shared data set
 * so that segmentation can be measured against known boxes: glyphs of varied size on sloping
 * baselines, dark ink on unevenly lit, noisy paper, optionally lying on a darker desk. For tests
 * and measurements only.
 */

/** Symbols drawn in several strokes: the only ones a fixture may compose from several parts. */
const MULTI_PART = new Set(['eq', 'neq', 'i', 'j', 'Leftrightarrow', 'Rightarrow', 'neg']);
const DESCENDING = new Set([...DESCENDING_LETTERS, 'j']);
const OPERATORS = new Set([
  'eq',
  'neq',
  'wedge',
  'vee',
  'neg',
  'rightarrow',
  'leftrightarrow',
  'Rightarrow',
  'Leftrightarrow',
]);

export interface GlyphBank {
  /** A random sample of `label` (784 bytes, ink 255 on 0). */
  pick(label: string, rng: () => number): Uint8Array;
}

/** Whether a 28×28 glyph is one piece: single-stroke symbols broken apart are not fair tests. */
function isOnePiece(img: Uint8Array): boolean {
  const mask = Uint8Array.from(img, (v) => (v >= 96 ? 1 : 0));
  return labelComponents(mask, GLYPH_SIZE, GLYPH_SIZE).components.length === 1;
}

export async function loadGlyphBank(
  dir: string,
  labels: readonly string[],
  opts: { split?: 'train' | 'test' } = {},
): Promise<GlyphBank> {
  const [pixels, meta] = await Promise.all([
    readFile(join(dir, 'symbols', 'images.u8.gz')).then((b) => gunzipSync(b)),
    readFile(join(dir, 'symbols', 'meta.tsv.gz')).then((b) => gunzipSync(b).toString('utf8')),
  ]);
  const wanted = new Set(labels);
  const byLabel = new Map<string, number[]>();
  for (const line of meta.trimEnd().split('\n').slice(1)) {
    const f = line.split('\t');
    // EMNIST's thick blurred letters are photos of a different pen; HASY and CROHME are enough.
    if (!wanted.has(f[1]) || f[2] === 'emnist') continue;
    if (opts.split && f[4] !== opts.split) continue;
    byLabel.set(f[1], [...(byLabel.get(f[1]) ?? []), Number(f[0])]);
  }
  const image = (i: number) => pixels.subarray(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS);
  return {
    pick(label, rng) {
      const all = byLabel.get(label);
      if (!all) throw new Error(`no glyphs of ${label}`);
      for (let tries = 0; tries < 50; tries++) {
        const img = image(all[Math.floor(rng() * all.length)]);
        if (MULTI_PART.has(label) || isOnePiece(img)) return img;
      }
      throw new Error(`no one-piece glyph of ${label}`);
    },
  };
}

export interface PageSpec {
  /** Labels per line. */
  readonly lines: readonly (readonly string[])[];
  /** Cap height range in pixels; each line draws its own. */
  readonly size: readonly [number, number];
  /** Baseline slope in degrees. */
  readonly slopeDegrees?: number;
  /** Baseline-to-baseline distance in cap heights. */
  readonly lineSpacing?: number;
  /** Margin of desk around the sheet, as a share of the sheet's size; 0 = no desk. */
  readonly desk?: number;
  /** Brightness drop across the sheet, 0..1 (uneven lighting). */
  readonly shade?: number;
  readonly noise?: number;
}

export interface TruthGlyph {
  readonly label: string;
  readonly box: Box;
}

export interface SyntheticPage {
  readonly gray: GrayImage;
  readonly truth: TruthGlyph[][];
  /** The sheet's box in the picture. */
  readonly sheet: Box;
}

interface Placed {
  readonly label: string;
  readonly img: GrayImage;
  readonly x: number;
  readonly y: number;
}

function cropToInk(img: Uint8Array): GrayImage {
  let x0 = GLYPH_SIZE;
  let y0 = GLYPH_SIZE;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < GLYPH_SIZE; y++) {
    for (let x = 0; x < GLYPH_SIZE; x++) {
      if (img[y * GLYPH_SIZE + x] === 0) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    data.set(img.subarray((y0 + y) * GLYPH_SIZE + x0, (y0 + y) * GLYPH_SIZE + x0 + w), y * w);
  }
  return { width: w, height: h, data };
}

/** Box of the clearly inked pixels of a placed glyph: what a person would draw around it. */
function inkBox(p: Placed): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < p.img.height; y++) {
    for (let x = 0; x < p.img.width; x++) {
      if (p.img.data[y * p.img.width + x] < 64) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return { x: p.x + x0, y: p.y + y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** Size of a symbol relative to the cap height, and where its box sits against the baseline. */
function layout(label: string, cap: number): { size: number; bottom: number } {
  if (label === 'comma') return { size: 0.35 * cap, bottom: 0.25 * cap };
  if (label === 'lparen' || label === 'rparen') return { size: 1.15 * cap, bottom: 0.1 * cap };
  if (OPERATORS.has(label)) return { size: 0.7 * cap, bottom: -0.1 * cap };
  if (DESCENDING.has(label)) return { size: 0.9 * cap, bottom: 0.3 * cap };
  if (SMALL_LETTERS.has(label)) return { size: 0.6 * cap, bottom: 0 };
  return { size: cap, bottom: 0 };
}

/** A page as a camera would see it; `rng` makes it reproducible. */
export function composePage(bank: GlyphBank, spec: PageSpec, rng: () => number): SyntheticPage {
  const slope = Math.tan(((spec.slopeDegrees ?? 0) * Math.PI) / 180);
  const spacing = spec.lineSpacing ?? 1.9;
  const placedLines: Placed[][] = [];
  let baseline = 0;
  let right = 0;
  let previousCap = 0;
  for (const labels of spec.lines) {
    const cap = spec.size[0] + rng() * (spec.size[1] - spec.size[0]);
    baseline += previousCap === 0 ? 1.6 * cap : spacing * Math.max(cap, previousCap);
    previousCap = cap;
    let x = 0.8 * cap;
    const line: Placed[] = [];
    for (const label of labels) {
      const { size, bottom } = layout(label, cap * (0.9 + 0.2 * rng()));
      const crop = cropToInk(bank.pick(label, rng));
      const scale = size / Math.max(crop.width, crop.height);
      const img = resizeBilinear(
        crop,
        Math.max(1, Math.round(crop.width * scale)),
        Math.max(1, Math.round(crop.height * scale)),
      );
      const y = Math.round(baseline + slope * x + bottom - img.height);
      line.push({ label, img, x: Math.round(x), y });
      x += img.width + (0.2 + 0.25 * rng()) * cap;
    }
    right = Math.max(right, x + 0.8 * cap);
    placedLines.push(line);
  }
  // Lift everything so the highest ink sits a margin below the top.
  const top = Math.min(...placedLines.flat().map((p) => p.y));
  const bottom = Math.max(...placedLines.flat().map((p) => p.y + p.img.height));
  const margin = Math.round(0.8 * spec.size[1]);
  const sheetW = Math.round(right);
  const sheetH = bottom - top + 2 * margin;
  const deskMargin = Math.round((spec.desk ?? 0) * Math.max(sheetW, sheetH));
  const width = sheetW + 2 * deskMargin;
  const height = sheetH + 2 * deskMargin;
  const dx = deskMargin;
  const dy = deskMargin + margin - top;

  const ink = new Float32Array(width * height);
  const truth: TruthGlyph[][] = [];
  for (const line of placedLines) {
    const row: TruthGlyph[] = [];
    for (const p of line) {
      const moved = { ...p, x: p.x + dx, y: p.y + dy };
      row.push({ label: p.label, box: inkBox(moved) });
      for (let y = 0; y < p.img.height; y++) {
        for (let x = 0; x < p.img.width; x++) {
          const k = (moved.y + y) * width + moved.x + x;
          // Real pens lay down more ink than the faint rims of thin data-set strokes suggest.
          ink[k] = Math.max(ink[k], Math.min(1, (1.4 * p.img.data[y * p.img.width + x]) / 255));
        }
      }
    }
    truth.push(row);
  }

  const shade = spec.shade ?? 0.25;
  const noise = spec.noise ?? 6;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onSheet =
        x >= deskMargin && x < deskMargin + sheetW && y >= deskMargin && y < deskMargin + sheetH;
      // Light falls off towards the lower right, as under a desk lamp at the upper left.
      const light = 1 - shade * (0.6 * (x / width) + 0.4 * (y / height));
      const paper = onSheet ? 225 * light : 95 * light;
      const n = (rng() + rng() + rng() - 1.5) * 2 * noise;
      const v = paper * (1 - 0.78 * ink[y * width + x]) + n;
      data[y * width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return {
    gray: { width, height, data },
    truth,
    sheet: { x: deskMargin, y: deskMargin, width: sheetW, height: sheetH },
  };
}
