import { splitComponent, type Labelled } from './components.js';
import { lineYAt, type LineTrack } from './lines.js';

/**
 * When lines are written close together, a descender of one line can touch a capital of the
 * next, and the two letters become one component. Each line owns a band of rows, up to halfway
 * to its neighbours; a component that reaches well into the bands of two or more lines and is
 * much taller than those lines' glyphs is cut: each pixel goes to the nearest line's centre at
 * its column.
 */

/** Reaching this share of a line's glyph size into its band counts as being on the line. */
const REACH = 0.25;
/** Taller than this many glyph sizes of its lines, a component is no single symbol. */
const TALL = 1.5;

export interface LinePart {
  /** Index into the (extended) component list. */
  readonly component: number;
  readonly line: number;
}

/**
 * Splits the components among `indices` that span several lines (`sizes[t]` is the typical
 * glyph size of line t); new parts are appended to `labelled.components` and relabelled in
 * `labelled.labels` (both are updated in place). Returns the parts made, each with its line,
 * and the components that were split (their pixels now all carry the parts' labels, so callers
 * drop them).
 */
export function splitAcrossLines(
  labelled: Labelled,
  width: number,
  indices: readonly number[],
  tracks: readonly LineTrack[],
  sizes: readonly number[],
): { parts: LinePart[]; split: number[] } {
  const parts: LinePart[] = [];
  const split: number[] = [];
  for (const index of indices) {
    const { box } = labelled.components[index];
    const cx = box.x + box.width / 2;
    const order = tracks
      .map((track, t) => ({ t, y: lineYAt(track, cx) }))
      .sort((a, b) => a.y - b.y);
    const crossing: number[] = [];
    let size = 0;
    order.forEach(({ t, y }, k) => {
      const top = k > 0 ? (order[k - 1].y + y) / 2 : -Infinity;
      const bottom = k < order.length - 1 ? (order[k + 1].y + y) / 2 : Infinity;
      const inside = Math.min(bottom, box.y + box.height) - Math.max(top, box.y);
      if (inside >= REACH * sizes[t]) {
        crossing.push(t);
        size = Math.max(size, sizes[t]);
      }
    });
    if (crossing.length < 2 || box.height <= TALL * size) continue;
    split.push(index);

    // Each pixel goes to the line whose centre path is nearest.
    const first = splitComponent(labelled, width, index, crossing.length, (x, y) => {
      let best = 0;
      let bestDistance = Infinity;
      crossing.forEach((t, k) => {
        const d = Math.abs(lineYAt(tracks[t], x) - y);
        if (d < bestDistance) {
          bestDistance = d;
          best = k;
        }
      });
      return best;
    });
    crossing.forEach((line, k) => {
      // A part that got no pixels stays in the list (labels index it) but is never used.
      if (labelled.components[first + k].area > 0) parts.push({ component: first + k, line });
    });
  }
  return { parts, split };
}
