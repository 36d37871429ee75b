import type { GlyphCandidate } from './lattice.js';

/**
 * The user's word on how a line's atoms group into symbols: each pin is a set of atoms that is
 * exactly one symbol (a join is one pin; a split is one pin per part). Rather than weighing the
 * pins against the recogniser's guesses, the lattice keeps only the candidates that agree with
 * them, so no reading the decoder finds can overrule the user.
 */

/** The atoms of one pinned symbol, by their positions in the line. */
export type Pin = readonly number[];

/**
 * Pins made disjoint and ascending: where two share an atom, the later one (the user's more
 * recent word) stands and the earlier is dropped. Empty pins are dropped too.
 */
export function settlePins(pins: readonly Pin[]): number[][] {
  const kept: number[][] = [];
  for (let k = pins.length - 1; k >= 0; k--) {
    const pin = [...new Set(pins[k])].sort((a, b) => a - b);
    if (pin.length === 0 || kept.some((other) => other.some((m) => pin.includes(m)))) continue;
    kept.push(pin);
  }
  return kept.reverse();
}

/**
 * The candidates consistent with `pins`: those that touch no pinned atom, and one per pinned
 * symbol, made by `make` whether or not the segmenter proposed it (parts written far apart, a
 * group wider than it tries), so that it is drawn and measured as the user grouped it. Every atom
 * outside the pins keeps its candidate of itself alone, so a reading of the whole line exists.
 */
export function pinCandidates<C extends GlyphCandidate>(
  candidates: readonly C[],
  pins: readonly Pin[],
  make: (members: readonly number[]) => C,
): C[] {
  const settled = settlePins(pins);
  if (settled.length === 0) return [...candidates];
  const pinned = new Set(settled.flat());
  return [
    ...candidates.filter((c) => !c.members.some((m) => pinned.has(m))),
    ...settled.map((pin) => make(pin)),
  ];
}
