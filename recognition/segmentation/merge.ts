import type { Box } from '../types.js';
import { unionBoxes } from '../geometry.js';

/**
 * Groups the components of ONE line into symbols. Several symbols are drawn in separate
 * strokes: = ≠ ⇔ ⇒ (bars stacked), i j (a dot above a stem), and a hurried ¬ ∃ ∀ → often has a
 * stroke that does not quite touch the rest. The pieces of one symbol share their column:
 * their boxes overlap in x, and are stacked close together or lie inside one another. Letters
 * side by side barely overlap in x, so they stay apart. Callers pass one line at a time so that
 * nothing ever merges across lines.
 */

/** Stacked pieces overlap in x by at least this share of the narrower one (the dot of an i). */
const STACKED_OVERLAP = 0.4;
/** Pieces side by side must overlap in x by this share of the narrower one (shaft and head). */
const NESTED_OVERLAP = 0.8;
/** The vertical gap between stacked pieces is at most this many x-heights (the bars of =). */
const STACK_GAP = 0.6;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** Whether two boxes of one line are pieces of one symbol. */
export function belongTogether(a: Box, b: Box, xHeight: number): boolean {
  const narrower = Math.max(1, Math.min(a.width, b.width));
  const ox = overlap(a.x, a.x + a.width, b.x, b.x + b.width) / narrower;
  const oy = overlap(a.y, a.y + a.height, b.y, b.y + b.height);
  // Mostly one above the other (or apart): a stack. Otherwise they share rows, and only count
  // as one symbol when one lies almost entirely within the other's columns.
  const shorter = Math.max(1, Math.min(a.height, b.height));
  if (oy < 0.5 * shorter) return ox >= STACKED_OVERLAP && -oy <= STACK_GAP * xHeight;
  return ox >= NESTED_OVERLAP;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/**
 * Symbols of one line as groups of indices into `boxes`, in reading order (left to right by the
 * centre of the merged box). Merging is transitive: the three bars of ≡-like ⇔ become one.
 */
export function mergeLine(boxes: readonly Box[], xHeight: number): number[][] {
  const parent = boxes.map((_, i) => i);
  // Merged boxes can reach new partners (a dot above the bar of a merged symbol), so repeat
  // until nothing changes; lines hold tens of components, so the quadratic pass is cheap.
  for (let changed = true; changed;) {
    changed = false;
    const groups = new Map<number, number[]>();
    boxes.forEach((_, i) => {
      const r = find(parent, i);
      groups.set(r, [...(groups.get(r) ?? []), i]);
    });
    const roots = [...groups.keys()];
    const merged = roots.map((r) => unionBoxes((groups.get(r) as number[]).map((i) => boxes[i])));
    for (let a = 0; a < roots.length; a++) {
      for (let b = a + 1; b < roots.length; b++) {
        if (find(parent, roots[a]) === find(parent, roots[b])) continue;
        if (belongTogether(merged[a], merged[b], xHeight)) {
          parent[find(parent, roots[b])] = find(parent, roots[a]);
          changed = true;
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  boxes.forEach((_, i) => {
    const r = find(parent, i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const centre = (g: number[]) => {
    const b = unionBoxes(g.map((i) => boxes[i]));
    return b.x + b.width / 2;
  };
  return [...groups.values()].sort((a, b) => centre(a) - centre(b));
}
