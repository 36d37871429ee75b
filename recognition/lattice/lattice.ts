import type { Candidate } from '../formula/glyph-scoring.js';
import type { Box } from '../types.js';

/**
 * A line of writing as the recogniser searches it: its atoms (pen strokes of a drawing, pieces of
 * ink of a picture) in reading order, and the ways of grouping them into symbols. Each edge is one
 * candidate symbol — some atoms, the classifier's reading of their glyph, and how likely geometry
 * alone finds that grouping — so that which atoms make a symbol is decided together with what the
 * symbols are and whether they read as a formula, not before.
 */

export interface LatticeEdge {
  /** Positions of the atoms it covers, ascending; a symbol starts at its first. */
  readonly members: readonly number[];
  readonly box: Box;
  /** The classifier's most probable symbols for the edge's glyph, best first. */
  readonly candidates: readonly Candidate[];
  /**
   * Log-probability of the grouping from geometry alone: that its atoms belong together, and that
   * each is apart from the atom before it that it does not include. ≤ 0; 0 for a lone atom.
   */
  readonly layout: number;
  /** A label the user chose for exactly this group of atoms, which nothing overrules. */
  readonly forced?: string | null;
}

export interface Lattice {
  /** Number of atoms. */
  readonly size: number;
  readonly edges: readonly LatticeEdge[];
}

/** The lattice of a segmentation already made: one edge per glyph, nothing else to choose. */
export function chainLattice(
  glyphs: readonly { readonly candidates: readonly Candidate[]; readonly box: Box }[],
  forced: readonly (string | null)[] = [],
): Lattice {
  return {
    size: glyphs.length,
    edges: glyphs.map((g, i) => ({
      members: [i],
      box: g.box,
      candidates: g.candidates,
      layout: 0,
      forced: forced[i] ?? null,
    })),
  };
}

/** One way of grouping a line's atoms into a symbol, with its glyph ready to classify. */
export interface GlyphCandidate {
  /** Positions of the line's atoms it covers, ascending. */
  readonly members: readonly number[];
  /** In input coordinates. */
  readonly box: Box;
  /** See `LatticeEdge.layout`. */
  readonly layout: number;
  /** The candidate's ink normalised to 28×28 (784 bytes). */
  readonly glyph: Uint8Array;
}

/** A line of atoms and every candidate symbol the segmenter proposes for them. */
export interface CandidateLine {
  readonly box: Box;
  /** Number of atoms. */
  readonly size: number;
  readonly candidates: readonly GlyphCandidate[];
  /** For a drawing: the input stroke that is each atom, in reading order. */
  readonly strokes?: readonly number[];
}
