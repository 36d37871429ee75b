import { splitComponent, type Labelled } from './components.js';

/**
 * The user's separators between lines of writing. Each is a straight line through two points,
 * carried across the whole page; the cuts divide the page into bands, and ink in different bands
 * is never put on one line. Line finding then runs inside each band as it would on a page.
 */

/** A separator through (x0, y0) and (x1, y1), in the picture's pixels. */
export interface LineCut {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * A component is cut in two only when this share of its ink lies on each side; a separator drawn
 * a little through a letter's tail leaves the letter whole, on the side that holds most of it.
 */
const SPLIT_SHARE = 0.2;

/** The cut's height at column `x`; one drawn (nearly) upright counts as level at its middle. */
export function cutYAt(cut: LineCut, x: number): number {
  if (Math.abs(cut.x1 - cut.x0) < 1) return (cut.y0 + cut.y1) / 2;
  return cut.y0 + ((cut.y1 - cut.y0) * (x - cut.x0)) / (cut.x1 - cut.x0);
}

/** The band of (x, y): how many cuts pass above it. Band 0 is the top of the page. */
export function bandAt(cuts: readonly LineCut[], x: number, y: number): number {
  let band = 0;
  for (const cut of cuts) if (cutYAt(cut, x) < y) band++;
  return band;
}

/** `cut` moved by (dx, dy). */
export function shiftCut(cut: LineCut, dx: number, dy: number): LineCut {
  return { x0: cut.x0 + dx, y0: cut.y0 + dy, x1: cut.x1 + dx, y1: cut.y1 + dy };
}

/** Components sorted into the bands between the user's cuts. */
export interface Bands {
  /** Top band first: the components in each. */
  readonly bands: number[][];
  /** The parts of components that a cut split: their ink along the cut may be the other's. */
  readonly severed: ReadonlySet<number>;
}

/**
 * The components among `indices` sorted into the bands of `cuts`, top band first; a component
 * with a fair share of its ink on both sides of a cut is split there. Parts are appended to
 * `labelled.components` and relabelled in `labelled.labels` (both updated in place, as
 * `splitAcrossLines` does); a split component is left out of the bands.
 */
export function bandsOfCuts(
  labelled: Labelled,
  width: number,
  indices: readonly number[],
  cuts: readonly LineCut[],
): Bands {
  const bands: number[][] = Array.from({ length: cuts.length + 1 }, () => []);
  const severed = new Set<number>();
  if (cuts.length === 0) {
    bands[0].push(...indices);
    return { bands, severed };
  }
  for (const index of indices) {
    const { box } = labelled.components[index];
    const label = index + 1;
    const count = new Array<number>(bands.length).fill(0);
    let area = 0;
    for (let y = box.y; y < box.y + box.height; y++)
      for (let x = box.x; x < box.x + box.width; x++)
        if (labelled.labels[y * width + x] === label) {
          count[bandAt(cuts, x + 0.5, y + 0.5)]++;
          area++;
        }
    const owners = count.flatMap((n, b) => (n > 0 && n >= SPLIT_SHARE * area ? [b] : []));
    if (owners.length === 0) owners.push(count.indexOf(Math.max(...count)));
    if (owners.length === 1) {
      bands[owners[0]].push(index);
      continue;
    }
    // Ink in a band too small to own a part goes to the nearest band that owns one.
    const ownerOf = (band: number) =>
      owners.reduce((best, b) => (Math.abs(b - band) < Math.abs(best - band) ? b : best));
    const first = splitComponent(labelled, width, index, owners.length, (x, y) =>
      owners.indexOf(ownerOf(bandAt(cuts, x + 0.5, y + 0.5))),
    );
    owners.forEach((band, k) => {
      bands[band].push(first + k);
      severed.add(first + k);
    });
  }
  return { bands, severed };
}

/**
 * Whether pixel (x, y) lies within `reach` pixels (upright) of a cut: where a stroke of the
 * neighbouring line that touched this one left a sliver on it when the ink was split.
 */
export function nearCut(cuts: readonly LineCut[], x: number, y: number, reach: number): boolean {
  return cuts.some((cut) => Math.abs(cutYAt(cut, x + 0.5) - (y + 0.5)) < reach);
}
