import type { InkPoint } from './ink-types';
import { pressureWidth } from './pressure';

/** A quadratic Bézier piece of a stroke outline's centre line, with the width to draw it at. */
export interface QuadSegment {
  readonly x0: number;
  readonly y0: number;
  readonly cx: number;
  readonly cy: number;
  readonly x1: number;
  readonly y1: number;
  readonly width: number;
}

export type StrokeShape =
  | { readonly kind: 'dot'; readonly x: number; readonly y: number; readonly radius: number }
  | { readonly kind: 'curve'; readonly segments: readonly QuadSegment[] };

function samePlace(a: InkPoint, b: InkPoint): boolean {
  return a.x === b.x && a.y === b.y;
}

function withoutRepeats(points: readonly InkPoint[]): InkPoint[] {
  const kept: InkPoint[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (last === undefined || !samePlace(last, point)) kept.push(point);
  }
  return kept;
}

/**
 * The smooth centre line of a stroke: quadratic curves from midpoint to midpoint, each bent by
 * the sample between them, so the curve is tangent-continuous and never overshoots the samples.
 * The first and last half-segments are straight so the line starts and ends at the real pen
 * positions. Each piece carries its own width, which is how pressure shows.
 */
export function strokeShape(points: readonly InkPoint[], penWidth: number): StrokeShape | null {
  const kept = withoutRepeats(points);
  const first = kept[0];
  if (first === undefined) return null;
  if (kept.length === 1) {
    // A tap repeats one position; its strongest sample sets the dot's size.
    const pressure = Math.max(...points.map((point) => point.pressure));
    return { kind: 'dot', x: first.x, y: first.y, radius: pressureWidth(penWidth, pressure) / 2 };
  }
  const mid = (a: InkPoint, b: InkPoint): { x: number; y: number } => ({
    x: (a.x + b.x) / 2,
    y: (a.y + b.y) / 2,
  });
  const segments: QuadSegment[] = [];
  const last = kept[kept.length - 1];
  const firstMid = mid(first, kept[1]);
  segments.push(
    line(first.x, first.y, firstMid.x, firstMid.y, pressureWidth(penWidth, first.pressure)),
  );
  for (let i = 1; i < kept.length - 1; i++) {
    const from = mid(kept[i - 1], kept[i]);
    const to = mid(kept[i], kept[i + 1]);
    segments.push({
      x0: from.x,
      y0: from.y,
      cx: kept[i].x,
      cy: kept[i].y,
      x1: to.x,
      y1: to.y,
      width: pressureWidth(penWidth, kept[i].pressure),
    });
  }
  const lastMid = mid(kept[kept.length - 2], last);
  segments.push(line(lastMid.x, lastMid.y, last.x, last.y, pressureWidth(penWidth, last.pressure)));
  return { kind: 'curve', segments };
}

function line(x0: number, y0: number, x1: number, y1: number, width: number): QuadSegment {
  return { x0, y0, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, x1, y1, width };
}

/**
 * Segments grouped by width rounded to `step`, so a stroke is painted with one path per width
 * instead of one canvas call per sample; round caps join the pieces of a group seamlessly.
 */
export function groupByWidth(
  segments: readonly QuadSegment[],
  step: number,
): Map<number, QuadSegment[]> {
  const groups = new Map<number, QuadSegment[]>();
  for (const segment of segments) {
    const width = Math.max(step, Math.round(segment.width / step) * step);
    const group = groups.get(width);
    if (group === undefined) groups.set(width, [segment]);
    else group.push(segment);
  }
  return groups;
}
