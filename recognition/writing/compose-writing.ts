import { unionBoxes } from '../geometry.js';
import {
  DESCENDING_LETTERS,
  SMALL_LETTERS,
  SPANNING_DROP,
  SPANNING_HEIGHT,
  SPANNING_LETTERS,
} from '../letter-shapes.js';
import type { Box } from '../types.js';
import type { StrokeBank, StrokeSample } from './stroke-bank.js';

/**
 * Formulas written out with real handwritten symbols, as a person writes on a line: each symbol
 * a real writer's strokes (pen lifts and all) scaled to its place on the line, with the sizes,
 * baseline, spacing and the occasional touching pair wandering as they do in handwriting.
 * Coordinates come out in pixels of a page whose cap height is `capHeight`.
 */

export type Point = readonly [number, number];
export type Stroke = readonly Point[];

export interface WrittenSymbol {
  readonly label: string;
  /** Indices into the line's strokes. */
  readonly strokes: readonly number[];
  readonly box: Box;
}

export interface WrittenLine {
  readonly labels: readonly string[];
  /** In writing order: symbol after symbol, each symbol's strokes as its writer made them. */
  readonly strokes: readonly Stroke[];
  readonly symbols: readonly WrittenSymbol[];
}

export interface WritingStyle {
  /** Cap height range in pixels; each page draws its own. */
  readonly capHeight: readonly [number, number];
  /** Spread of a line's size about its page's (standard deviation of its log). */
  readonly lineSizeSpread: number;
  /** Baseline-to-baseline distance in cap heights. */
  readonly lineSpacing: readonly [number, number];
  /** Spread of each symbol's size (standard deviation of its log). */
  readonly sizeSpread: number;
  /** Largest baseline wave, in cap heights. */
  readonly baselineWave: number;
  /** Gap between symbols, in cap heights. */
  readonly gap: readonly [number, number];
  /** Chance that a symbol is written touching (slightly overlapping) the one before. */
  readonly touching: number;
  /** Slope of the lines in degrees, either way. */
  readonly slopeDegrees: number;
}

export const HANDWRITING: WritingStyle = {
  capHeight: [28, 90],
  lineSizeSpread: 0.12,
  lineSpacing: [1.8, 2.4],
  sizeSpread: 0.1,
  baselineWave: 0.12,
  gap: [0.15, 0.5],
  touching: 0.05,
  slopeDegrees: 2,
};

/**
 * How a symbol sits on the line, in cap heights: its height (for flat operators its width, for
 * dots their larger side), and how far its bottom lies below the baseline (negative: above it).
 */
interface Placement {
  readonly fit: 'height' | 'width' | 'extent';
  readonly size: number;
  readonly bottom: number;
}

const FLAT: Readonly<Record<string, number>> = {
  neg: 0.6,
  eq: 0.6,
  neq: 0.6,
  rightarrow: 1,
  leftrightarrow: 1.1,
  Rightarrow: 1,
  Leftrightarrow: 1.1,
  minus: 0.6,
  sim: 0.6,
  equiv: 0.6,
};

/** Symbols of operator height, on the baseline or raised to the small letters' middle. */
const OPERATORS: Readonly<Record<string, Placement>> = {
  plus: { fit: 'height', size: 0.6, bottom: -0.05 },
  lt: { fit: 'height', size: 0.6, bottom: -0.05 },
  gt: { fit: 'height', size: 0.6, bottom: -0.05 },
  leq: { fit: 'height', size: 0.75, bottom: 0 },
  geq: { fit: 'height', size: 0.75, bottom: 0 },
  supset: { fit: 'height', size: 0.6, bottom: 0 },
  in: { fit: 'height', size: 0.6, bottom: 0 },
  vdash: { fit: 'height', size: 0.9, bottom: 0 },
  models: { fit: 'height', size: 0.9, bottom: 0 },
  // The test split's CROHME dots: larger side 0.16 of the writer's x-height (median), and half
  // as high as wide; sized by their height, the flat ones were drawn as dashes.
  dot: { fit: 'extent', size: 0.1, bottom: 0 },
  cdot: { fit: 'extent', size: 0.1, bottom: -0.3 },
};

const BRACKETS = new Set(['lparen', 'rparen', 'lbrack', 'rbrack', 'lbrace', 'rbrace']);

/**
 * The shared data has no pen strokes of `·`: it is written as a full stop is, raised to the
 * middle of the small letters, so a full stop's strokes stand in for it.
 */
const STROKES_OF: Readonly<Record<string, string>> = { cdot: 'dot' };

function placement(label: string): Placement {
  const flat = FLAT[label];
  if (flat !== undefined) return { fit: 'width', size: flat, bottom: 0 };
  if (label === 'comma') return { fit: 'height', size: 0.35, bottom: 0.2 };
  const operator = OPERATORS[label];
  if (operator) return operator;
  if (BRACKETS.has(label)) return { fit: 'height', size: 1.2, bottom: 0.15 };
  if (label === 'wedge' || label === 'vee') return { fit: 'height', size: 0.65, bottom: 0 };
  if (SMALL_LETTERS.has(label)) return { fit: 'height', size: 0.6, bottom: 0 };
  if (DESCENDING_LETTERS.has(label)) return { fit: 'height', size: 0.9, bottom: 0.3 };
  if (SPANNING_LETTERS.has(label))
    return { fit: 'height', size: SPANNING_HEIGHT, bottom: SPANNING_DROP };
  if (label === 'j') return { fit: 'height', size: 1.05, bottom: 0.3 };
  if (label === 'i' || label === 't') return { fit: 'height', size: 0.85, bottom: 0 };
  return { fit: 'height', size: 1, bottom: 0 };
}

/** Flat operators sit on the middle of the small letters, not on the baseline. */
const OPERATOR_AXIS = 0.35;

function gaussian(rng: () => number): number {
  return (rng() + rng() + rng() + rng() - 2) * Math.sqrt(3);
}

const between = (rng: () => number, [lo, hi]: readonly [number, number]) => lo + rng() * (hi - lo);

/** One symbol's strokes scaled and moved so that its box is `box`. */
function place(sample: StrokeSample, scale: number, x: number, y: number): Stroke[] {
  const { box } = sample;
  return sample.strokes.map((stroke) =>
    stroke.map(([px, py]) => [x + (px - box.x) * scale, y + (py - box.y) * scale] as const),
  );
}

/**
 * Writes one line of symbols with its baseline at `baseline` (y at x = 0), starting at `left`.
 */
export function writeLine(
  bank: StrokeBank,
  labels: readonly string[],
  style: WritingStyle,
  rng: () => number,
  at: { readonly left: number; readonly baseline: number; readonly cap: number },
): WrittenLine {
  const { cap } = at;
  const slope = Math.tan(((2 * rng() - 1) * style.slopeDegrees * Math.PI) / 180);
  const wave = rng() * style.baselineWave * cap;
  const wavelength = (6 + 9 * rng()) * cap;
  const phase = rng() * 2 * Math.PI;
  const baselineAt = (x: number) =>
    at.baseline + slope * (x - at.left) + wave * Math.sin((2 * Math.PI * x) / wavelength + phase);

  const strokes: Stroke[] = [];
  const symbols: WrittenSymbol[] = [];
  let x = at.left;
  for (const label of labels) {
    const sample = bank.pick(STROKES_OF[label] ?? label, rng);
    const p = placement(label);
    const size = p.size * cap * Math.exp(style.sizeSpread * gaussian(rng));
    const { width: sampleWidth, height: sampleHeight } = sample.box;
    const extent =
      p.fit === 'width'
        ? sampleWidth
        : p.fit === 'height'
          ? sampleHeight
          : Math.max(sampleWidth, sampleHeight);
    // A sample with (almost) no extent along the fitted side is sized by its other side.
    const scale = size / Math.max(extent, 0.2 * Math.max(sampleWidth, sampleHeight), 1e-6);
    const width = sampleWidth * scale;
    const height = sampleHeight * scale;
    const base = baselineAt(x + width / 2) + 0.04 * cap * gaussian(rng);
    const top =
      p.fit === 'width' ? base - OPERATOR_AXIS * cap - height / 2 : base + p.bottom * cap - height;
    const placed = place(sample, scale, x, top);
    const first = strokes.length;
    strokes.push(...placed);
    symbols.push({
      label,
      strokes: placed.map((_, k) => first + k),
      box: { x, y: top, width, height },
    });
    const gap = rng() < style.touching ? -0.05 * cap * rng() : between(rng, style.gap) * cap;
    x += width + gap;
  }
  return { labels, strokes, symbols };
}

export interface WrittenPage {
  readonly lines: readonly WrittenLine[];
  /** Everything written, with a margin of one cap height. */
  readonly box: Box;
}

/** Writes lines one under another, of about one size, from the top left of a page. */
export function writePage(
  bank: StrokeBank,
  lines: readonly (readonly string[])[],
  style: WritingStyle,
  rng: () => number,
): WrittenPage {
  const written: WrittenLine[] = [];
  let baseline = 0;
  let previousCap = 0;
  // One hand, one pen, one sheet: the lines of a page are of a size, give or take.
  const pageCap = between(rng, style.capHeight);
  for (const labels of lines) {
    const cap = pageCap * Math.exp(style.lineSizeSpread * gaussian(rng));
    baseline +=
      previousCap === 0 ? 1.5 * cap : between(rng, style.lineSpacing) * Math.max(cap, previousCap);
    previousCap = cap;
    written.push(writeLine(bank, labels, style, rng, { left: cap * (0.5 + rng()), baseline, cap }));
  }
  const ink = unionBoxes(written.flatMap((l) => l.symbols.map((s) => s.box)));
  const margin = style.capHeight[1];
  return {
    lines: written,
    box: {
      x: ink.x - margin,
      y: ink.y - margin,
      width: ink.width + 2 * margin,
      height: ink.height + 2 * margin,
    },
  };
}

/** All the strokes of a page in writing order, line after line: what a drawing app records. */
export function pageStrokes(page: WrittenPage): Stroke[] {
  return page.lines.flatMap((l) => l.strokes);
}
