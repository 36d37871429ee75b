import { describe, expect, it } from 'vitest';
import { decodeLattice } from './decode-lattice.js';
import type { GlyphCandidate, Lattice } from './lattice.js';
import { pinCandidates, settlePins } from './pins.js';

const candidate = (members: readonly number[]): GlyphCandidate => ({
  members,
  box: { x: members[0] * 10, y: 0, width: 10 * members.length, height: 10 },
  layout: 0,
  glyph: new Uint8Array(0),
});

/** Every run of one to three of `size` atoms. */
function runs(size: number): GlyphCandidate[] {
  const out: GlyphCandidate[] = [];
  for (let start = 0; start < size; start++)
    for (let n = 1; n <= 3 && start + n <= size; n++)
      out.push(candidate(Array.from({ length: n }, (_, k) => start + k)));
  return out;
}

const groups = (cs: readonly GlyphCandidate[]) => cs.map((c) => c.members.join('+')).sort();

describe('settlePins', () => {
  it('keeps the later of two pins that share an atom, and sorts each', () => {
    expect(settlePins([[1, 2], [5, 4], [2, 3], []])).toEqual([
      [4, 5],
      [2, 3],
    ]);
  });
});

describe('pinCandidates', () => {
  it('keeps only candidates that are a pin or touch no pinned atom', () => {
    const made: number[][] = [];
    const kept = pinCandidates(runs(5), [[1, 2]], (members) => {
      made.push([...members]);
      return candidate(members);
    });
    expect(made).toEqual([[1, 2]]);
    expect(groups(kept)).toEqual(['0', '1+2', '3', '3+4', '4'].sort());
  });

  it('makes a pinned group the segmenter never proposed (parts far apart)', () => {
    const kept = pinCandidates(runs(5), [[0, 4]], candidate);
    expect(groups(kept)).toContain('0+4');
    expect(groups(kept).filter((g) => g.split('+').some((m) => m === '0' || m === '4'))).toEqual([
      '0+4',
    ]);
  });

  it('changes nothing without pins', () => {
    const all = runs(4);
    expect(pinCandidates(all, [], candidate)).toEqual(all);
  });

  it('holds against a decoder that is sure of another grouping', () => {
    // The classifier is sure that atoms 0 and 1 are one x and atom 2 is a y; the user split them.
    const edges = runs(3).map((c) => {
      const key = c.members.join('+');
      const label = key === '0+1' ? 'x' : key === '2' ? 'y' : 'z';
      const probability = key === '0+1' || key === '2' ? 0.99 : 0.01;
      return { ...c, candidates: [{ label, probability }] };
    });
    const lattice = (cs: readonly GlyphCandidate[]): Lattice => ({
      size: 3,
      edges: cs.map(
        (c) =>
          edges.find((e) => e.members.join() === c.members.join()) ?? {
            ...c,
            candidates: [{ label: 'z', probability: 0.01 }],
          },
      ),
    });
    const free = decodeLattice(lattice(runs(3)));
    expect(free.edges.map((k) => lattice(runs(3)).edges[k].members)).toEqual([[0, 1], [2]]);
    const pinned = pinCandidates(runs(3), [[0], [1]], candidate);
    const read = decodeLattice(lattice(pinned));
    expect(read.edges.map((k) => lattice(pinned).edges[k].members)).toEqual([[0], [1], [2]]);
  });
});
