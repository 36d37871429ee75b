import { LIMITS, type StrokeList } from '@services/contract';
import type { InkPoint, InkStroke } from './ink-types';

/**
 * Evenly spaced samples, first and last kept, so that an extremely long scribble still passes
 * the service's per-stroke limit instead of failing the whole recognition.
 */
function thinned(points: readonly InkPoint[], max: number): readonly InkPoint[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]);
}

/** To the recognition API's shape `[[[x, y], …], …]` (services/contract StrokeList). */
export function toStrokeList(strokes: readonly InkStroke[]): StrokeList {
  return strokes
    .filter((stroke) => stroke.points.length > 0)
    .map((stroke) =>
      thinned(stroke.points, LIMITS.maxPointsPerStroke).map((point): readonly [number, number] => [
        point.x,
        point.y,
      ]),
    );
}
