import {
  formulaSymbols,
  randomFormula,
  withWritersParentheses,
} from '../formula/random-formula.js';
import type { GrayImage } from '../imaging/gray-image.js';
import { mulberry32 } from '../imaging/random.js';
import {
  HANDWRITING,
  pageStrokes,
  writePage,
  type Stroke,
  type WrittenPage,
} from './compose-writing.js';
import { CLEAN_SCAN, renderStrokes, type PaperLook } from './render-writing.js';
import type { StrokeBank } from './stroke-bank.js';

/**
 * The realistic benchmark: formulas written with real handwritten strokes of writers the model
 * never saw, read as a drawing app records them, as clean scans, as phone photos of single lines
 * and as photos of pages of 3–5 lines (turned a little, held level, or turned 2–5°). Every item is drawn from its variant's own seeded stream,
 * so a variant reads the same whatever else is measured.
 */

export const VARIANTS = ['drawing', 'scan', 'photo', 'page', 'page-level', 'page-tilted'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The turn of the sheet in the two tilt variants, which photograph the same pages under the same
 * light: held level, or turned 2–5° either way as a hurried phone photo is. The difference
 * between them is what tilt alone costs.
 */
const TILT_VARIANTS: Partial<Record<Variant, (rng: () => number) => number>> = {
  'page-level': () => 0,
  'page-tilted': (rng) => (rng() < 0.5 ? -1 : 1) * between(rng, 2, 5),
};

const isPageVariant = (variant: Variant) => variant === 'page' || variant in TILT_VARIANTS;

export interface DrawingItem {
  readonly variant: 'drawing';
  /** Labels per line, top to bottom. */
  readonly truth: readonly (readonly string[])[];
  readonly strokes: readonly Stroke[];
}

export interface PictureItem {
  readonly variant: Exclude<Variant, 'drawing'>;
  readonly truth: readonly (readonly string[])[];
  readonly image: GrayImage;
  /** How the picture is stored: a scanner's PNG or a phone's JPEG at this quality. */
  readonly encoding:
    { readonly format: 'png' } | { readonly format: 'jpeg'; readonly quality: number };
}

export type BenchItem = DrawingItem | PictureItem;

/** Where formulas come from: the random generator, or a list (one label sequence per line). */
export type FormulaSource = (rng: () => number) => string[];

/**
 * Predicate letters of the generated formulas: capitals that the shared test split has real
 * strokes of (CROHME's test writers wrote no Q), as textbooks use them.
 */
export const BENCH_PREDICATES = ['P', 'R', 'S', 'F', 'G', 'H'];

/** Chance per place of a pair of parentheses that changes nothing, as writers add them. */
const REDUNDANT_PARENTHESES = 0.06;

export function randomFormulas(maxSymbols = 24): FormulaSource {
  return (rng) =>
    formulaSymbols(
      withWritersParentheses(
        randomFormula(rng, { maxSymbols, predicates: BENCH_PREDICATES }),
        rng,
        REDUNDANT_PARENTHESES,
      ),
    );
}

/** Formulas taken in turn from a fixed list (each a label sequence), from a random start. */
export function listedFormulas(list: readonly (readonly string[])[]): FormulaSource {
  let next = -1;
  return (rng) => {
    if (next < 0) next = Math.floor(rng() * list.length);
    const labels = list[next % list.length];
    next++;
    return [...labels];
  };
}

const between = (rng: () => number, lo: number, hi: number) => lo + rng() * (hi - lo);

function penWidth(page: WrittenPage, rng: () => number): number {
  // A ballpoint or a felt pen, against the writing's size.
  const caps = page.lines.map((l) => {
    const heights = l.symbols.map((s) => s.box.height).sort((a, b) => a - b);
    return heights[Math.floor(heights.length / 2)] ?? 1;
  });
  return Math.max(1.2, between(rng, 0.05, 0.11) * Math.min(...caps));
}

export function photoLook(page: WrittenPage, rng: () => number): PaperLook {
  return {
    penWidth: penWidth(page, rng),
    tiltDegrees: between(rng, -3, 3),
    paper: between(rng, 185, 235),
    inkDarkness: between(rng, 0.55, 0.8),
    desk: between(rng, 0.04, 0.12),
    shade: between(rng, 0.15, 0.45),
    shadow: rng() < 0.5 ? between(rng, 0.2, 0.4) : 0,
    blur: between(rng, 0.3, 1.1),
    noise: between(rng, 3, 9),
  };
}

export function scanLook(page: WrittenPage, rng: () => number): PaperLook {
  return { ...CLEAN_SCAN, penWidth: penWidth(page, rng), tiltDegrees: between(rng, -1, 1) };
}

// The tilt variants share a seed: the same pages, the same light.
const VARIANT_SEEDS: Readonly<Record<Variant, number>> = {
  drawing: 1,
  scan: 2,
  photo: 3,
  page: 4,
  'page-level': 5,
  'page-tilted': 5,
};

/**
 * The items of one variant, at least `lines` lines in all: single formulas, or pages of 3–5
 * lines for `page`.
 */
export function* realisticItems(
  variant: Variant,
  bank: StrokeBank,
  formulas: FormulaSource,
  opts: { readonly seed: number; readonly lines: number },
): Generator<BenchItem> {
  const rng = mulberry32((opts.seed * 7919 + VARIANT_SEEDS[variant]) >>> 0);
  // Its own stream, so that the tilt variants' pages and light stay the same draw for draw.
  const tiltRng = mulberry32((opts.seed * 7919 + 104729) >>> 0);
  const tilt = TILT_VARIANTS[variant];
  for (let written = 0; written < opts.lines;) {
    const count = isPageVariant(variant) ? 3 + Math.floor(rng() * 3) : 1;
    const truth = Array.from({ length: count }, () => formulas(rng));
    written += count;
    const page = writePage(bank, truth, HANDWRITING, rng);
    if (variant === 'drawing') {
      yield { variant, truth, strokes: pageStrokes(page) };
      continue;
    }
    const drawn = variant === 'scan' ? scanLook(page, rng) : photoLook(page, rng);
    const look = tilt ? { ...drawn, tiltDegrees: tilt(tiltRng) } : drawn;
    // The camera's noise takes a draw per pixel, and a turned sheet has more pixels: the tilt
    // variants render from a stream of their own so that their next pages stay the same.
    const renderRng = tilt ? mulberry32(Math.floor(rng() * 2 ** 32)) : rng;
    const image = renderStrokes(pageStrokes(page), page.box, look, renderRng);
    const encoding =
      variant === 'scan'
        ? ({ format: 'png' } as const)
        : ({ format: 'jpeg', quality: Math.round(between(rng, 70, 92)) } as const);
    yield { variant, truth, image, encoding };
  }
}
