/**
 * Chooses one label per glyph so that the line reads as the most probable well-formed formula.
 *
 * Each glyph's score for a label is log p(classifier, widened to look-alikes) plus a soft
 * geometric term; neither depends on the other glyphs' labels. The total is therefore a sum of
 * per-glyph terms constrained only by the grammar automaton, so a Viterbi search that keeps the
 * best hypothesis per automaton state is exact. The beam width only caps the number of distinct
 * states (deeply nested parentheses); ordinary lines have far fewer.
 */
import { LOOKALIKE_GROUPS } from '../symbols.js';
import type { Box, ParseError } from '../types.js';
import type { Formula } from './ast.js';
import type { ParserState } from './symbol-parser.js';
import { advance, canEnd, initialState, parseSymbols } from './symbol-parser.js';
import { median } from '../geometry.js';

export interface Candidate {
  readonly label: string;
  readonly probability: number;
}

export interface GlyphEvidence {
  /** The classifier's top-k, best first. */
  readonly candidates: readonly Candidate[];
  readonly box: Box;
}

export interface DecodedLine {
  readonly labels: string[];
  readonly wellFormed: boolean;
  readonly formula: Formula | null;
  readonly error: ParseError | null;
  /** Per-glyph best label after the geometric case fixes, without the grammar. */
  readonly rawLabels: string[];
  /** Probability of each chosen label (a look-alike's is derived from its partner's). */
  readonly scores: number[];
}

export interface DecodeOptions {
  readonly beamWidth?: number;
  /** See DEFAULT_MAX_GRAMMAR_COST. */
  readonly maxGrammarCost?: number;
  /**
   * Per glyph, a label the user has chosen (or null). A chosen label is certain: it is neither
   * widened to look-alikes nor weighed against the geometry, and it informs the line's geometry.
   */
  readonly forced?: readonly (string | null)[];
}

const DEFAULT_BEAM_WIDTH = 64;
/**
 * How much less likely (in nats) than the raw reading the best well-formed reading may be.
 * Beyond it, the writing is more likely something other than a formula (a term, a list, an
 * equation chain) than a formula the classifier misread, and forcing it into one would make
 * it worse; the raw reading is returned, flagged as not well formed.
 */
const DEFAULT_MAX_GRAMMAR_COST = 8;
/** A look-alike the classifier did not rank is still plausible, but less so than its partner. */
const PARTNER_FACTOR = 0.5;
const MIN_PROBABILITY = 1e-9;

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

function expandCandidates(candidates: readonly Candidate[]): Map<string, number> {
  const probs = new Map<string, number>();
  const raise = (label: string, p: number): void => {
    if (p > (probs.get(label) ?? -1)) probs.set(label, p);
  };
  for (const c of candidates) raise(c.label, c.probability);
  for (const c of candidates) {
    for (const partner of PARTNERS.get(c.label) ?? [])
      raise(partner, c.probability * PARTNER_FACTOR);
  }
  return probs;
}

// ---------------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------------

/**
 * Expected shape of a label, in units of the line's cap height: total height, and how far the
 * bottom hangs below the baseline. Ratios only, so any resolution and handwriting size works.
 */
interface Profile {
  readonly height: number;
  readonly drop: number;
}

type ProfileKind = 'small' | 'tall' | 'descender' | 'comma' | 'paren';

const SMALL_LETTERS = new Set('acemnorsuvwxz');
const DESCENDING_LETTERS = new Set('gpqy');
const TALL_LOWER = new Set('bdfhklt');
/** Descender depth and the x-height ratio assumed when the line shows only one of the two. */
const DESCENDER = 0.4;
const DEFAULT_X_RATIO = 0.62;
/** Two height clusters closer than this are read as one case. */
const MIN_CASE_RATIO = 1.3;
const SIGMA_LOG_HEIGHT = 0.22;
const SIGMA_DROP = 0.15;
/** Geometry may overrule the classifier, but never by more than this (log units). */
const MAX_PENALTY = 6;

function profileKind(label: string): ProfileKind | null {
  if (label === 'comma') return 'comma';
  if (label === 'lparen' || label === 'rparen') return 'paren';
  if (label.length !== 1) return null;
  if (SMALL_LETTERS.has(label)) return 'small';
  if (DESCENDING_LETTERS.has(label)) return 'descender';
  if (TALL_LOWER.has(label) || /[A-Z0-9]/.test(label)) return 'tall';
  // i and j: a detached dot makes their measured height unreliable.
  return null;
}

function profile(kind: ProfileKind, xRatio: number): Profile {
  switch (kind) {
    case 'small':
      return { height: xRatio, drop: 0 };
    case 'tall':
      return { height: 1, drop: 0 };
    case 'descender':
      return { height: xRatio + DESCENDER, drop: DESCENDER };
    case 'comma':
      return { height: 0.35, drop: 0.2 };
    case 'paren':
      return { height: 1.2, drop: 0.15 };
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
 * tall they are. Falls back to splitting the case-ambiguous letters into a small and a tall
 * cluster, then to the quantifiers' height, and returns null when nothing is known.
 */
export function estimateLineGeometry(glyphs: readonly GlyphEvidence[]): LineGeometry | null {
  const top = glyphs.map((g) => g.candidates[0]?.label ?? '');
  const heightsOf = (keep: (label: string) => boolean): number[] =>
    glyphs.filter((g, i) => keep(top[i]) && g.box.height > 0).map((g) => g.box.height);

  const small = heightsOf((l) => isHeightReference(l) === 'small');
  const tall = heightsOf((l) => isHeightReference(l) === 'tall');
  let capHeight = tall.length ? median(tall) : null;
  let xHeight = small.length ? median(small) : null;
  if (capHeight === null && xHeight === null) {
    const split = splitCases(heightsOf((l) => profileKind(l) === 'small' || caseTall(l)));
    if (split) ({ capHeight, xHeight } = split);
  }
  if (capHeight === null && xHeight === null) {
    const quantifiers = heightsOf((l) => l === 'forall' || l === 'exists');
    if (quantifiers.length) capHeight = median(quantifiers);
  }
  if (capHeight === null) {
    if (xHeight === null) return null;
    capHeight = xHeight / DEFAULT_X_RATIO;
  }
  const xRatio = xHeight === null ? DEFAULT_X_RATIO : clamp(xHeight / capHeight, 0.4, 0.85);
  const points = glyphs
    .filter((_, i) => isBaselineReference(top[i]))
    .map((g) => ({ x: g.box.x + g.box.width / 2, y: g.box.y + g.box.height }));
  return { capHeight, xRatio, baseline: fitBaseline(points) };
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

function geometryLogLikelihood(box: Box, p: Profile, line: LineGeometry): number {
  const dh = (Math.log(box.height / line.capHeight) - Math.log(p.height)) / SIGMA_LOG_HEIGHT;
  let ll = -0.5 * dh * dh;
  if (line.baseline) {
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

interface Scored {
  readonly label: string;
  readonly probability: number;
  readonly score: number;
}

/**
 * Labels with a shape profile are penalised by how much worse they fit than the best-fitting
 * profiled candidate; labels without one (connectives, quantifiers) are left to the classifier.
 */
function scoreGlyph(glyph: GlyphEvidence, line: LineGeometry | null): Scored[] {
  const probs = expandCandidates(glyph.candidates);
  const fits = new Map<string, number>();
  if (line && glyph.box.height > 0) {
    for (const label of probs.keys()) {
      const kind = profileKind(label);
      if (kind) fits.set(label, geometryLogLikelihood(glyph.box, profile(kind, line.xRatio), line));
    }
  }
  const bestFit = Math.max(...fits.values());
  const scored = [...probs].map(([label, probability]) => {
    const fit = fits.get(label);
    const geometry = fit === undefined ? 0 : Math.max(-MAX_PENALTY, fit - bestFit);
    return {
      label,
      probability,
      score: Math.log(Math.max(probability, MIN_PROBABILITY)) + geometry,
    };
  });
  return scored.sort((a, b) => b.score - a.score);
}

/** A hypothesis as a backwards-linked list, so extending it copies nothing. */
interface Hypothesis {
  readonly state: ParserState;
  readonly score: number;
  readonly choice: Scored | null;
  readonly previous: Hypothesis | null;
}

function search(perGlyph: readonly Scored[][], beamWidth: number): Hypothesis | null {
  let beam: Hypothesis[] = [{ state: initialState(), score: 0, choice: null, previous: null }];
  for (const choices of perGlyph) {
    const best = new Map<string, Hypothesis>();
    for (const hyp of beam) {
      for (const choice of choices) {
        const state = advance(hyp.state, choice.label);
        if (state === null) continue;
        const score = hyp.score + choice.score;
        const known = best.get(state.key);
        if (!known || score > known.score) {
          best.set(state.key, { state, score, choice, previous: hyp });
        }
      }
    }
    beam = [...best.values()];
    if (beam.length === 0) return null;
    if (beam.length > beamWidth) beam = beam.sort((a, b) => b.score - a.score).slice(0, beamWidth);
  }
  let winner: Hypothesis | null = null;
  for (const hyp of beam) {
    if (canEnd(hyp.state) && (!winner || hyp.score > winner.score)) winner = hyp;
  }
  return winner;
}

function choicesOf(hyp: Hypothesis): Scored[] {
  const out: Scored[] = [];
  for (let h: Hypothesis | null = hyp; h?.choice; h = h.previous) out.push(h.choice);
  return out.reverse();
}

export function decodeLine(
  glyphs: readonly GlyphEvidence[],
  opts: DecodeOptions = {},
): DecodedLine {
  const forced = opts.forced ?? [];
  const evidence = glyphs.map((g, i) =>
    forced[i] ? { ...g, candidates: [{ label: forced[i], probability: 1 }] } : g,
  );
  const line = estimateLineGeometry(evidence);
  const perGlyph = evidence.map((g, i) =>
    forced[i] ? [{ label: forced[i], probability: 1, score: 0 }] : scoreGlyph(g, line),
  );
  // A glyph without candidates still needs a label so the output keeps one per glyph.
  const raw = perGlyph.map((s) => s[0] ?? { label: '', probability: 0, score: 0 });
  const rawLabels = raw.map((s) => s.label);
  const winner = glyphs.length
    ? search(perGlyph, Math.max(1, opts.beamWidth ?? DEFAULT_BEAM_WIDTH))
    : null;
  const rawScore = raw.reduce((sum, s) => sum + s.score, 0);
  const implausible = opts.maxGrammarCost ?? DEFAULT_MAX_GRAMMAR_COST;
  if (winner && winner.score >= rawScore - implausible) {
    const chosen = choicesOf(winner);
    const labels = chosen.map((c) => c.label);
    const parsed = parseSymbols(labels);
    if (parsed.ok) {
      const scores = chosen.map((c) => c.probability);
      return { labels, wellFormed: true, formula: parsed.formula, error: null, rawLabels, scores };
    }
  }
  const parsed = parseSymbols(rawLabels);
  return {
    labels: [...rawLabels],
    wellFormed: parsed.ok,
    formula: parsed.ok ? parsed.formula : null,
    error: parsed.ok ? null : parsed.error,
    rawLabels,
    scores: raw.map((s) => s.probability),
  };
}
