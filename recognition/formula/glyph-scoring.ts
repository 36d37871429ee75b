/**
 * How well each label fits one glyph: the classifier's probability widened to the label's
 * look-alikes (x/X, o/O/0, 1/l/I, comma/1 …), and a soft geometric term from the glyph's height
 * and position against the line's own cap height, x-height and baseline. Neither depends on the
 * other glyphs' labels, so a decoder may add them up along any path.
 */
import { LOOKALIKE_GROUPS } from '../symbols.js';
import type { Box } from '../types.js';
import { median } from '../geometry.js';
import { DESCENDING_LETTERS, SMALL_LETTERS, TALL_LOWER_LETTERS } from '../letter-shapes.js';

export interface Candidate {
  readonly label: string;
  readonly probability: number;
}

export interface GlyphEvidence {
  /** The classifier's top-k, best first. */
  readonly candidates: readonly Candidate[];
  readonly box: Box;
}

/** A look-alike the classifier did not rank is still plausible, but less so than its partner. */
const PARTNER_FACTOR = 0.5;
export const MIN_PROBABILITY = 1e-9;

// ---------------------------------------------------------------------------------------------
// Look-alike expansion
// ---------------------------------------------------------------------------------------------

/**
 * Besides the case groups, thin strokes are confused by position rather than shape: a comma is a
 * 1, l or I (or a ')') drawn low and short.
 */
const STROKE_GROUPS: readonly (readonly string[])[] = [
  ['comma', '1', 'l', 'I'],
  ['comma', 'rparen'],
];

const PARTNERS: ReadonlyMap<string, readonly string[]> = (() => {
  const partners = new Map<string, Set<string>>();
  for (const group of [...LOOKALIKE_GROUPS, ...STROKE_GROUPS]) {
    for (const a of group) {
      const set = partners.get(a) ?? new Set<string>();
      for (const b of group) if (b !== a) set.add(b);
      partners.set(a, set);
    }
  }
  return new Map([...partners].map(([k, v]) => [k, [...v]]));
})();

/**
 * How often a writer's bracket is square rather than round, against the classifier's even odds:
 * formulas use ( ) for almost every bracket, textbooks [ ] now and then for a second level, and a
 * hurried ( is often drawn with corners. Without this, a [ ] pair the grammar accepts as readily
 * as ( ) takes any bracket the classifier is unsure of.
 */
const SQUARE_BRACKET_PRIOR = 0.25;
const PRIORS: ReadonlyMap<string, number> = new Map([
  ['lbrack', SQUARE_BRACKET_PRIOR],
  ['rbrack', SQUARE_BRACKET_PRIOR],
]);

export function expandCandidates(candidates: readonly Candidate[]): Map<string, number> {
  const probs = new Map<string, number>();
  // The prior weighs a reading wherever it comes from, the classifier or a partner's likeness.
  const raise = (label: string, p: number): void => {
    const weighted = p * (PRIORS.get(label) ?? 1);
    if (weighted > (probs.get(label) ?? -1)) probs.set(label, weighted);
  };
  const weighed = (c: Candidate) => c.probability * (PRIORS.get(c.label) ?? 1);
  for (const c of candidates) raise(c.label, c.probability);
  for (const c of candidates) {
    for (const partner of PARTNERS.get(c.label) ?? []) raise(partner, weighed(c) * PARTNER_FACTOR);
  }
  return probs;
}

// ---------------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------------

/**
 * Expected shape of a label, in units of the line's cap height: its size, and how far the bottom
 * hangs below the baseline. Ratios only, so any resolution and handwriting size works.
 */
interface Profile {
  /** Expected size: of the height, or of what `measure` names. */
  readonly size: number;
  /**
   * A bar is measured by its width; a dot, small every way, by its larger side.
   */
  readonly measure: 'height' | 'width' | 'extent';
  /** How widely writers' sizes vary, in log units. */
  readonly sigmaLog: number;
  /** Null where writers place it too variously to say (a bar's height above the baseline). */
  readonly drop: number | null;
  /**
   * Scored by its own fit rather than against the other candidates' (see `scoreGlyph`): a size
   * that alone says what a mark is not (a dot the size of a letter, a ¬ the size of a dot).
   */
  readonly absolute: boolean;
}

type ProfileKind =
  'small' | 'tall' | 'descender' | 'comma' | 'paren' | 'dot' | 'centreDot' | 'operator' | 'bar';

/** Descender depth and the x-height ratio assumed when the line shows only one of the two. */
const DESCENDER = 0.4;
const DEFAULT_X_RATIO = 0.62;
/** A written dot's larger side, in cap heights, and how widely writers' dots vary (log units). */
const DOT_SIZE = 0.15;
const SIGMA_LOG_DOT = 0.6;
/** Parentheses reach a little above the capitals and below the baseline (see `profile`). */
const PAREN_HEIGHT = 1.2;
const PAREN_DROP = 0.15;
/**
 * Relations and infix operators, in x-heights: `+ < > ∈ ⊃` are about as tall as the small
 * letters and stand just above the baseline, `≤ ≥` half as tall again; writers vary more in
 * them than in letters (CROHME's training expressions: σ 0.33–0.5 in log units).
 */
const OPERATOR_HEIGHT: ReadonlyMap<string, number> = new Map([
  ['plus', 1],
  ['lt', 1],
  ['gt', 1],
  ['in', 1],
  ['supset', 1],
  ['leq', 1.4],
  ['geq', 1.4],
]);
const OPERATOR_DROP = -0.05;
const SIGMA_LOG_OPERATOR = 0.45;
/** Bars (¬ − ∼ = ≡) are about as wide as a small letter (CROHME: σ 0.5 in log units). */
const BAR_LABELS: ReadonlySet<string> = new Set(['neg', 'minus', 'sim', 'eq', 'equiv']);
const SIGMA_LOG_BAR = 0.5;
/**
 * A glyph shorter than this share of the line's median glyph height does not say how tall the
 * letters are, whatever its label: no letter is a quarter of its neighbours' size.
 */
const MIN_REFERENCE_SHARE = 0.25;
/** Two height clusters closer than this are read as one case. */
const MIN_CASE_RATIO = 1.3;
const SIGMA_LOG_HEIGHT = 0.22;
const SIGMA_DROP = 0.15;
/** Geometry may overrule the classifier, but never by more than this (log units). */
const MAX_PENALTY = 6;

function profileKind(label: string): ProfileKind | null {
  if (label === 'comma') return 'comma';
  if (label === 'lparen' || label === 'rparen') return 'paren';
  if (label === 'dot') return 'dot';
  if (label === 'cdot') return 'centreDot';
  if (OPERATOR_HEIGHT.has(label)) return 'operator';
  if (BAR_LABELS.has(label)) return 'bar';
  if (label.length !== 1) return null;
  if (SMALL_LETTERS.has(label)) return 'small';
  if (DESCENDING_LETTERS.has(label)) return 'descender';
  if (TALL_LOWER_LETTERS.has(label) || /[A-Z0-9]/.test(label)) return 'tall';
  // i and j: a detached dot makes their measured height unreliable; f: writers place it both on
  // the baseline and across it (SPANNING_LETTERS).
  return null;
}

const byHeight = (size: number, drop: number): Profile => ({
  size,
  measure: 'height',
  sigmaLog: SIGMA_LOG_HEIGHT,
  drop,
  absolute: false,
});

function profile(label: string, kind: ProfileKind, xRatio: number): Profile {
  switch (kind) {
    case 'small':
      return byHeight(xRatio, 0);
    case 'tall':
      return byHeight(1, 0);
    case 'descender':
      return byHeight(xRatio + DESCENDER, DESCENDER);
    case 'comma':
      return byHeight(0.35, 0.2);
    case 'paren':
      return byHeight(PAREN_HEIGHT, PAREN_DROP);
    case 'operator':
      return {
        ...byHeight((OPERATOR_HEIGHT.get(label) ?? 1) * xRatio, OPERATOR_DROP),
        sigmaLog: SIGMA_LOG_OPERATOR,
      };
    case 'bar':
      return {
        size: xRatio,
        measure: 'width',
        sigmaLog: SIGMA_LOG_BAR,
        drop: null,
        absolute: true,
      };
    case 'dot':
    case 'centreDot':
      return {
        size: DOT_SIZE,
        measure: 'extent',
        sigmaLog: SIGMA_LOG_DOT,
        // A raised dot's bottom is half an x-height above the baseline, less its own radius.
        drop: kind === 'dot' ? 0 : -(xRatio - DOT_SIZE) / 2,
        absolute: true,
      };
  }
}

const partnerKinds = (label: string): (ProfileKind | null)[] =>
  (PARTNERS.get(label) ?? []).map(profileKind);

/** Labels whose measured size says the same whatever their look-alike partners are. */
function isHeightReference(label: string): 'small' | 'tall' | null {
  const kind = profileKind(label);
  if (kind !== 'small' && kind !== 'tall') return null;
  return partnerKinds(label).every((k) => k === kind) ? kind : null;
}

/** Labels that sit on the baseline, as do all their look-alikes (so not p/P, nor 1/comma). */
function isBaselineReference(label: string): boolean {
  const kind = profileKind(label);
  const onBaseline = (k: ProfileKind | null): boolean => k === 'small' || k === 'tall';
  return onBaseline(kind) && partnerKinds(label).every((k) => k === null || onBaseline(k));
}

export interface LineGeometry {
  readonly capHeight: number;
  /** x-height / cap height. */
  readonly xRatio: number;
  /** Baseline y at horizontal position x (y grows downwards), or null if nothing sits on it. */
  readonly baseline: { readonly slope: number; readonly intercept: number } | null;
}

/**
 * Estimates the line's cap height, x-height and baseline from glyphs whose top-1 label says how
 * tall they are. Falls back to the operators' height, to splitting the case-ambiguous letters
 * into a small and a tall cluster, then to the quantifiers' and the parentheses' height, and
 * returns null when nothing is known.
 */
export function estimateLineGeometry(glyphs: readonly GlyphEvidence[]): LineGeometry | null {
  const top = glyphs.map((g) => g.candidates[0]?.label ?? '');
  // A speck the classifier blew up into an r or an o would otherwise set the size of the line.
  const allHeights = glyphs.map((g) => g.box.height).filter((h) => h > 0);
  const floor = allHeights.length ? MIN_REFERENCE_SHARE * median(allHeights) : 0;
  const heightsOf = (keep: (label: string) => boolean): number[] =>
    glyphs.filter((g, i) => keep(top[i]) && g.box.height > floor).map((g) => g.box.height);

  const small = heightsOf((l) => isHeightReference(l) === 'small');
  const tall = heightsOf((l) => isHeightReference(l) === 'tall');
  let capHeight = tall.length ? median(tall) : null;
  let xHeight = small.length ? median(small) : null;
  // Relations and operators, in arithmetic on letters of either case (`x+y<x`): their labels
  // say their size, where splitting the letters' heights in two only guesses at the cases.
  const operators = glyphs.flatMap((g, i) => {
    const height = OPERATOR_HEIGHT.get(top[i]);
    return height !== undefined && g.box.height > 0 ? [{ g, height }] : [];
  });
  if (capHeight === null && xHeight === null && operators.length)
    xHeight = median(operators.map(({ g, height }) => g.box.height / height));
  if (capHeight === null && xHeight === null) {
    const split = splitCases(heightsOf((l) => profileKind(l) === 'small' || caseTall(l)));
    if (split) ({ capHeight, xHeight } = split);
  }
  if (capHeight === null && xHeight === null) {
    const quantifiers = heightsOf((l) => l === 'forall' || l === 'exists');
    if (quantifiers.length) capHeight = median(quantifiers);
  }
  // Parentheses, the commonest symbol of a formula, when nothing better says how tall a line is:
  // `((P(x)))` has no letter whose size is known by its label alone.
  const parens = glyphs.filter((g, i) => profileKind(top[i]) === 'paren' && g.box.height > 0);
  if (capHeight === null && xHeight === null && parens.length)
    capHeight = median(parens.map((g) => g.box.height)) / PAREN_HEIGHT;
  if (capHeight === null) {
    if (xHeight === null) return null;
    capHeight = xHeight / DEFAULT_X_RATIO;
  }
  const xRatio = xHeight === null ? DEFAULT_X_RATIO : clamp(xHeight / capHeight, 0.4, 0.85);
  const points = glyphs
    .filter((g, i) => isBaselineReference(top[i]) && g.box.height > floor)
    .map((g) => ({ x: g.box.x + g.box.width / 2, y: g.box.y + g.box.height }));
  const parenFeet = parens.map((g) => ({
    x: g.box.x + g.box.width / 2,
    y: g.box.y + g.box.height - PAREN_DROP * capHeight,
  }));
  const operatorFeet = operators.map(({ g }) => ({
    x: g.box.x + g.box.width / 2,
    y: g.box.y + g.box.height - OPERATOR_DROP * capHeight,
  }));
  const feet = [points, parenFeet, operatorFeet].find((p) => p.length > 0) ?? [];
  return { capHeight, xRatio, baseline: fitBaseline(feet) };
}

/** Tall letters that have a small look-alike (C, O, 0, X, …). */
function caseTall(label: string): boolean {
  return profileKind(label) === 'tall' && partnerKinds(label).includes('small');
}

function splitCases(heights: readonly number[]): { capHeight: number; xHeight: number } | null {
  if (heights.length < 2) return null;
  const sorted = [...heights].sort((a, b) => a - b);
  let cut = 1;
  for (let i = 2; i < sorted.length; i++) {
    if (sorted[i] / sorted[i - 1] > sorted[cut] / sorted[cut - 1]) cut = i;
  }
  const xHeight = median(sorted.slice(0, cut));
  const capHeight = median(sorted.slice(cut));
  return capHeight / xHeight >= MIN_CASE_RATIO ? { capHeight, xHeight } : null;
}

/** Theil–Sen: handwritten lines drift, and a median of slopes shrugs off misread glyphs. */
function fitBaseline(
  points: readonly { x: number; y: number }[],
): { slope: number; intercept: number } | null {
  if (points.length === 0) return null;
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j].x - points[i].x;
      if (dx !== 0) slopes.push((points[j].y - points[i].y) / dx);
    }
  }
  const slope = slopes.length ? median(slopes) : 0;
  return { slope, intercept: median(points.map((p) => p.y - slope * p.x)) };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

const MEASURES: Readonly<Record<Profile['measure'], (box: Box) => number>> = {
  height: (box) => box.height,
  width: (box) => box.width,
  extent: (box) => Math.max(box.width, box.height),
};

/** How well `box` fits profile `p` on `line`, or null when the box has no size to measure. */
function geometryLogLikelihood(box: Box, p: Profile, line: LineGeometry): number | null {
  const size = MEASURES[p.measure](box);
  if (!(size > 0)) return null;
  const dh = (Math.log(size / line.capHeight) - Math.log(p.size)) / p.sigmaLog;
  let ll = -0.5 * dh * dh;
  if (line.baseline && p.drop !== null) {
    const { slope, intercept } = line.baseline;
    const drop =
      (box.y + box.height - (slope * (box.x + box.width / 2) + intercept)) / line.capHeight;
    const dd = (drop - p.drop) / SIGMA_DROP;
    ll -= 0.5 * dd * dd;
  }
  return ll;
}

// ---------------------------------------------------------------------------------------------
// Per-glyph scoring and the search
// ---------------------------------------------------------------------------------------------

/**
 * A mark this small beside the line's capitals (larger side, in cap heights) is a speck: the
 * normaliser blows it up to the size of a letter, where the classifier sees a tick or a dash (r,
 * 1, −) rather than the dot it is. Whatever it ranked, a speck may be either dot, at this
 * probability, and its place on the line says which (or that it is neither).
 */
const SPECK_SIZE = 0.3;
const SPECK_LABELS = ['dot', 'cdot'] as const;
const SPECK_PROBABILITY = 0.5;

const isSpeck = (box: Box, line: LineGeometry): boolean =>
  Math.max(box.width, box.height) < SPECK_SIZE * line.capHeight;

export interface Scored {
  readonly label: string;
  readonly probability: number;
  readonly score: number;
}

/**
 * Labels with a shape profile are penalised by how much worse they fit than the best-fitting
 * profiled candidate; labels without one (connectives, quantifiers) are left to the classifier.
 * Dots and bars are the exception: their size alone says what they are, so a glyph too large
 * for a dot is penalised as a dot, and one too short for a bar as a bar, whatever else it
 * might be.
 */
export function scoreGlyph(glyph: GlyphEvidence, line: LineGeometry | null): Scored[] {
  const probs = expandCandidates(glyph.candidates);
  if (line && isSpeck(glyph.box, line))
    for (const label of SPECK_LABELS)
      probs.set(label, Math.max(probs.get(label) ?? 0, SPECK_PROBABILITY));
  const relative = new Map<string, number>();
  const absolute = new Map<string, number>();
  if (line) {
    for (const label of probs.keys()) {
      const kind = profileKind(label);
      if (!kind) continue;
      const shape = profile(label, kind, line.xRatio);
      const fit = geometryLogLikelihood(glyph.box, shape, line);
      if (fit !== null) (shape.absolute ? absolute : relative).set(label, fit);
    }
  }
  // A dot or a bar that fits the mark well is the measure of how badly the letters fit it.
  const bestFit = Math.max(...relative.values(), ...absolute.values());
  const scored = [...probs].map(([label, probability]) => {
    const fit = relative.get(label);
    const misfit = fit === undefined ? (absolute.get(label) ?? 0) : fit - bestFit;
    return {
      label,
      probability,
      score: Math.log(Math.max(probability, MIN_PROBABILITY)) + Math.max(-MAX_PENALTY, misfit),
    };
  });
  return scored.sort((a, b) => b.score - a.score);
}
