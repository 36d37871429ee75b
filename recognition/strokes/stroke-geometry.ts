import type { Box } from '../types.js';
import { EMPTY_BOX, unionBoxes } from '../geometry.js';

/** The bounding box of one stroke's points (a one-point stroke has a zero-sized box). */
export function strokeBox(stroke: readonly (readonly number[])[]): Box {
  if (stroke.length === 0) return EMPTY_BOX;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of stroke) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The union of the boxes at `indices`. */
export function boxOfIndices(boxes: readonly Box[], indices: readonly number[]): Box {
  return unionBoxes(indices.map((i) => boxes[i]));
}

/** Polyline length of a stroke. */
export function strokeLength(stroke: readonly (readonly number[])[]): number {
  let total = 0;
  for (let i = 1; i < stroke.length; i++) {
    total += Math.hypot(stroke[i][0] - stroke[i - 1][0], stroke[i][1] - stroke[i - 1][1]);
  }
  return total;
}

/**
 * Points every `spacing` along the stroke (plus its last point), so that densely sampled pen
 * input costs no more to draw than it needs. Strokes shorter than `spacing` keep both ends.
 */
export function resampleStroke(
  stroke: readonly (readonly number[])[],
  spacing: number,
): number[][] {
  // A spacing that is not a finite positive number would never end the walk along the stroke.
  if (stroke.length < 2 || !(spacing > 0) || !Number.isFinite(spacing))
    return stroke.map(([x, y]) => [x, y]);
  const out: number[][] = [[stroke[0][0], stroke[0][1]]];
  let carried = 0;
  for (let i = 1; i < stroke.length; i++) {
    const [ax, ay] = stroke[i - 1];
    const [bx, by] = stroke[i];
    const len = Math.hypot(bx - ax, by - ay);
    let t = spacing - carried;
    while (t <= len) {
      out.push([ax + ((bx - ax) * t) / len, ay + ((by - ay) * t) / len]);
      t += spacing;
    }
    carried = len - (t - spacing);
  }
  const [lx, ly] = stroke[stroke.length - 1];
  const [px, py] = out[out.length - 1];
  if (px !== lx || py !== ly) out.push([lx, ly]);
  return out;
}

/** Shortest distance between a point of `a` and a point of `b`; Infinity when either is empty. */
export function minPointDistance(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
): number {
  let best = Infinity;
  for (const [ax, ay] of a) {
    for (const [bx, by] of b) {
      const d = (ax - bx) * (ax - bx) + (ay - by) * (ay - by);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/** Length of the overlap of [a0, a1] and [b0, b1]; negative is the gap between them. */
export function intervalOverlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/**
 * How much two boxes share horizontally, relative to the narrower one: 1 when one's x-range lies
 * within the other's, 0 when they touch, negative for a gap. `pad` widens both boxes' share of
 * the denominator so that thin vertical strokes (1, l, |) do not turn tiny overlaps into 1.
 */
export function horizontalAffinity(a: Box, b: Box, pad: number): number {
  const overlap = intervalOverlap(a.x, a.x + a.width, b.x, b.x + b.width);
  const narrower = Math.min(a.width, b.width) + pad;
  return narrower > 0 ? Math.min(1, overlap / narrower) : overlap >= 0 ? 1 : -Infinity;
}

/** Like `horizontalAffinity`, along y. */
export function verticalAffinity(a: Box, b: Box, pad: number): number {
  const overlap = intervalOverlap(a.y, a.y + a.height, b.y, b.y + b.height);
  const narrower = Math.min(a.height, b.height) + pad;
  return narrower > 0 ? Math.min(1, overlap / narrower) : overlap >= 0 ? 1 : -Infinity;
}

/** The value below which a fraction `q` (0–1) of `values` lie (nearest rank); 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[rank];
}

/**
 * A drawing's typical symbol size, the unit every distance threshold is measured in: an upper
 * quantile of the strokes' larger box sides, because dots, commas and the short strokes of
 * multi-stroke symbols are smaller than symbols while few single strokes are larger. Never 0 (a
 * drawing of dots returns 1 unit) so that callers can divide by it.
 */
export function typicalStrokeSize(boxes: readonly Box[]): number {
  const size = quantile(
    boxes.map((b) => Math.max(b.width, b.height)),
    0.7,
  );
  return size > 0 ? size : 1;
}

/**
 * A typical symbol height: the same upper quantile over stroke heights. Heights rather than sizes
 * because lines are told apart vertically and the bars of = → ¬ are wide but flat.
 */
export function typicalSymbolHeight(boxes: readonly Box[]): number {
  const height = quantile(
    boxes.map((b) => b.height),
    0.7,
  );
  return height > 0 ? height : typicalStrokeSize(boxes);
}
