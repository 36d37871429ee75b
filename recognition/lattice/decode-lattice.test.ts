import { describe, expect, it } from 'vitest';
import { RolePriors } from '../formula/role-priors.js';
import type { Box } from '../types.js';
import { decodeLattice } from './decode-lattice.js';
import { chainLattice, type Lattice, type LatticeEdge } from './lattice.js';

/**
 * Atoms 30 units apart on a line whose baseline is at y = 100, cap height 40, x-height 24; an
 * edge spans its members' columns, as tall as its likeliest label is.
 */
const HEIGHTS: Readonly<Record<string, [top: number, height: number]>> = {
  small: [76, 24],
  tall: [60, 40],
  paren: [56, 48],
};

function shapeOf(label: string): keyof typeof HEIGHTS {
  if (label === 'lparen' || label === 'rparen') return 'paren';
  return /^[a-z]$/.test(label) && !'bdfhklt'.includes(label) ? 'small' : 'tall';
}

function boxOf(members: readonly number[], label = 'P'): Box {
  const first = Math.min(...members);
  const last = Math.max(...members);
  const [y, height] = HEIGHTS[shapeOf(label)];
  return { x: first * 30, y, width: (last - first) * 30 + 20, height };
}

function edge(members: number[], labels: Record<string, number>, layout = 0): LatticeEdge {
  const best = Object.entries(labels).sort((a, b) => b[1] - a[1])[0][0];
  return {
    members,
    box: boxOf(members, best),
    layout,
    candidates: Object.entries(labels)
      .map(([label, probability]) => ({ label, probability }))
      .sort((a, b) => b.probability - a.probability),
  };
}

const read = (lattice: Lattice, priors: RolePriors | null = null) =>
  decodeLattice(lattice, { priors });

describe('decodeLattice', () => {
  it('groups two strokes into one symbol when the glyph of both reads as one', () => {
    // ∀ written in two strokes, then xP: the strokes alone read as V and a bar, and V−xP is a
    // well-formed term too (capitals are term letters in a line of terms).
    const lattice: Lattice = {
      size: 4,
      edges: [
        edge([0], { V: 0.5, v: 0.3 }),
        edge([1], { neg: 0.3 }, -0.2),
        edge([0, 1], { forall: 0.95 }, -0.5),
        edge([2], { x: 0.9 }),
        edge([1, 2], { X: 0.2 }, -4),
        edge([3], { P: 0.9 }),
      ],
    };
    const decoded = read(lattice);
    expect(decoded.labels).toEqual(['forall', 'x', 'P']);
    expect(decoded.edges).toEqual([2, 3, 5]);
    expect(decoded.parse.ok).toBe(true);
  });

  it('lets the grammar choose between groupings', () => {
    // P(x) where the ( and x touch: read as one glyph it is an "a", which P cannot take.
    const lattice: Lattice = {
      size: 4,
      edges: [
        edge([0], { P: 0.9 }),
        edge([1], { lparen: 0.6, '1': 0.3 }),
        edge([2], { x: 0.6 }),
        edge([1, 2], { a: 0.7 }, -0.3),
        edge([3], { rparen: 0.9 }),
      ],
    };
    // Without a bonus for each symbol, the reading without grammar takes the one glyph.
    const decoded = decodeLattice(lattice, { priors: null, weights: { symbolBonus: 0 } });
    expect(decoded.labels).toEqual(['P', 'lparen', 'x', 'rparen']);
    expect(decoded.rawLabels).toEqual(['P', 'a', 'rparen']);
    expect(decoded.parse.ok && decoded.parse.line.kind).toBe('formula');
  });

  it('places a late stroke with the symbol it belongs to, and keeps reading order', () => {
    // i written as a stem (0), then a letter (1), then the dot (2) going back to the stem.
    const lattice: Lattice = {
      size: 3,
      edges: [
        edge([0], { '1': 0.5, l: 0.3 }),
        edge([0, 2], { i: 0.9 }, -0.3),
        edge([1], { x: 0.9 }),
        edge([2], { comma: 0.2 }),
      ],
    };
    // Atom positions are in reading order, so the dot (2) is placed after x but belongs to 0.
    const decoded = read(lattice);
    expect(decoded.labels).toEqual(['i', 'x']);
  });

  it('keeps a forced label whatever the classifier says, and its grouping', () => {
    const lattice = chainLattice(
      [
        { candidates: [{ label: 'P', probability: 0.9 }], box: boxOf([0]) },
        { candidates: [{ label: 'Q', probability: 0.9 }], box: boxOf([1]) },
      ],
      [null, 'comma'],
    );
    // P, then a forced comma: only a list can continue it, and none ends there.
    const decoded = read(lattice);
    expect(decoded.labels).toEqual(['P', 'comma']);
    expect(decoded.parse.ok).toBe(false);
  });

  it('reads a quantified letter as the same letter later on, by the role priors', () => {
    // ∀z P(?) where the classifier leans to 2 for a glyph that is z or 2.
    const glyph = (labels: Record<string, number>, i: number) => edge([i], labels);
    const lattice: Lattice = {
      size: 6,
      edges: [
        glyph({ forall: 0.9 }, 0),
        glyph({ z: 0.9 }, 1),
        glyph({ P: 0.9 }, 2),
        glyph({ lparen: 0.9 }, 3),
        glyph({ '2': 0.55, z: 0.4 }, 4),
        glyph({ rparen: 0.9 }, 5),
      ],
    };
    expect(read(lattice).labels[4]).toBe('2');
    expect(read(lattice, new RolePriors()).labels[4]).toBe('z');
  });

  it('reads a capital as a term letter in a line of terms, and never inside a formula', () => {
    const chain = (...glyphs: Record<string, number>[]): Lattice => ({
      size: glyphs.length,
      edges: glyphs.map((labels, i) => edge([i], labels)),
    });
    // CROHME's `Sh`: before capitals were term letters, the grammar made it 5h.
    const term = read(chain({ S: 0.6, '5': 0.35 }, { h: 0.9 }), new RolePriors());
    expect(term.labels).toEqual(['S', 'h']);
    expect(term.parse.ok && term.parse.line.kind).toBe('term');
    // Without priors, a capital read as one stays in a line of terms, x<B, but inside a formula,
    // ∀x(x<B), it cannot be a term: the glyph is b.
    const glyph = { B: 0.7, b: 0.25 };
    expect(read(chain({ x: 0.9 }, { lt: 0.9 }, glyph)).labels[2]).toBe('B');
    const formula = read(
      chain({ forall: 0.9 }, { x: 0.9 }, { lparen: 0.9 }, { x: 0.9 }, { lt: 0.9 }, glyph, {
        rparen: 0.9,
      }),
    );
    expect(formula.rawLabels[5]).toBe('B');
    expect(formula.labels[5]).toBe('b');
    // With them, a small letter is the likelier term, in a line of terms too.
    expect(read(chain({ x: 0.9 }, { lt: 0.9 }, glyph), new RolePriors()).labels[2]).toBe('b');
    // Also where the capital was first taken for a predicate and the next symbol made it a
    // term (B=2), and where it is a factor of a product (2B).
    const start = chain(glyph, { eq: 0.9 }, { '2': 0.9 });
    expect(read(start).labels[0]).toBe('B');
    expect(read(start, new RolePriors()).labels[0]).toBe('b');
    const factor = chain({ '2': 0.9 }, glyph, { eq: 0.9 }, { '2': 0.9 });
    expect(read(factor).labels[1]).toBe('B');
    expect(read(factor, new RolePriors()).labels[1]).toBe('b');
  });

  it('reads nothing from an empty lattice', () => {
    const decoded = read({ size: 0, edges: [] });
    expect(decoded.labels).toEqual([]);
    expect(decoded.parse.ok).toBe(false);
  });
});
