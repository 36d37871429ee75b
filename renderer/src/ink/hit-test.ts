import type { InkPoint, InkStroke } from './ink-types';
import { pressureWidth } from './pressure';

export interface Vec {
  readonly x: number;
  readonly y: number;
}

/** How far from the eraser's path, in stroke units, a stroke's ink still counts as touched. */
export const ERASER_RADIUS = 8;

function pointSegmentDistance(p: Vec, a: Vec, b: Vec): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function cross(o: Vec, a: Vec, b: Vec): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function segmentsCross(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Shortest distance between segments ab and cd (either may be a single point). */
export function segmentDistance(a: Vec, b: Vec, c: Vec, d: Vec): number {
  if (segmentsCross(a, b, c, d)) return 0;
  return Math.min(
    pointSegmentDistance(a, c, d),
    pointSegmentDistance(b, c, d),
    pointSegmentDistance(c, a, b),
    pointSegmentDistance(d, a, b),
  );
}

/**
 * Whether the eraser moving from `from` to `to` touches the stroke's ink: its polyline comes
 * within `radius` plus the ink's half-width there, so a thick stroke is hit at its visible edge.
 */
export function eraserTouches(stroke: InkStroke, from: Vec, to: Vec, radius: number): boolean {
  const points = stroke.points;
  const halfWidth = (point: InkPoint): number => pressureWidth(stroke.width, point.pressure) / 2;
  if (points.length === 0) return false;
  if (points.length === 1) {
    return pointSegmentDistance(points[0], from, to) <= radius + halfWidth(points[0]);
  }
  const maxReach = radius + pressureWidth(stroke.width, 1) / 2;
  const minX = Math.min(from.x, to.x) - maxReach;
  const maxX = Math.max(from.x, to.x) + maxReach;
  const minY = Math.min(from.y, to.y) - maxReach;
  const maxY = Math.max(from.y, to.y) + maxReach;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    // Cheap rejection first: most segments of most strokes are nowhere near the eraser.
    if (Math.max(a.x, b.x) < minX || Math.min(a.x, b.x) > maxX) continue;
    if (Math.max(a.y, b.y) < minY || Math.min(a.y, b.y) > maxY) continue;
    const reach = radius + Math.max(halfWidth(a), halfWidth(b));
    if (segmentDistance(a, b, from, to) <= reach) return true;
  }
  return false;
}

/** Ids of the strokes the eraser path segment from→to touches, in drawing order. */
export function strokesHit(
  strokes: readonly InkStroke[],
  from: Vec,
  to: Vec,
  radius: number = ERASER_RADIUS,
): string[] {
  return strokes.filter((stroke) => eraserTouches(stroke, from, to, radius)).map((s) => s.id);
}
