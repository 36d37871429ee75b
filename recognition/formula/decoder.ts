/**
 * Chooses one label per glyph of a line already cut into glyphs, so that the line reads as the
 * most probable well-formed line (see `lattice/decode-lattice.ts`, which this runs on a lattice
 * with nothing to group). The app uses it to read a line again around the user's corrections.
 */
import { chainLattice } from '../lattice/lattice.js';
import { decodeLattice } from '../lattice/decode-lattice.js';
import type { ParseError } from '../types.js';
import type { Line, LineKind } from './ast.js';
import type { GlyphEvidence } from './glyph-scoring.js';
import { RolePriors } from './role-priors.js';

export type { Candidate, GlyphEvidence, LineGeometry } from './glyph-scoring.js';
export { estimateLineGeometry } from './glyph-scoring.js';

export interface DecodedLine {
  readonly labels: string[];
  /** Whether the labels read as a line of any kind (formula, term, equations, list). */
  readonly wellFormed: boolean;
  readonly kind: LineKind;
  readonly line: Line | null;
  readonly error: ParseError | null;
  /** Per-glyph best label after the geometric case fixes, without the grammar. */
  readonly rawLabels: string[];
  /** Probability of each chosen label (a look-alike's is derived from its partner's). */
  readonly scores: number[];
}

export interface DecodeOptions {
  readonly beamWidth?: number;
  readonly maxGrammarCost?: number;
  /**
   * Per glyph, a label the user has chosen (or null). A chosen label is certain: it is neither
   * widened to look-alikes nor weighed against the geometry or its role, and it informs the
   * line's geometry.
   */
  readonly forced?: readonly (string | null)[];
  /** Role priors; the textbook ones by default, none with null. */
  readonly priors?: RolePriors | null;
}

let shippedPriors: RolePriors | undefined;
/** The role priors counted from the textbook corpus, made once. */
export function defaultPriors(): RolePriors {
  shippedPriors ??= new RolePriors();
  return shippedPriors;
}

export function decodeLine(
  glyphs: readonly GlyphEvidence[],
  opts: DecodeOptions = {},
): DecodedLine {
  const decoded = decodeLattice(chainLattice(glyphs, opts.forced), {
    beamWidth: opts.beamWidth,
    maxGrammarCost: opts.maxGrammarCost,
    priors: opts.priors === undefined ? defaultPriors() : opts.priors,
  });
  // Every glyph is its own edge, so the path visits them all in order.
  const { parse } = decoded;
  return {
    labels: [...decoded.labels],
    wellFormed: parse.ok,
    kind: parse.ok ? parse.line.kind : 'unparsed',
    line: parse.ok ? parse.line : null,
    error: parse.ok ? null : parse.error,
    rawLabels: [...decoded.rawLabels],
    scores: [...decoded.scores],
  };
}
