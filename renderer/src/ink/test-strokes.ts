import type { InkPoint, InkStroke } from './ink-types';

/** A stroke through the given [x, y] positions at mouse pressure, for tests. */
export function strokeOf(
  id: string,
  positions: readonly (readonly [number, number])[],
  width = 2,
): InkStroke {
  const points: InkPoint[] = positions.map(([x, y], i) => ({ x, y, pressure: 0.5, t: i * 10 }));
  return { id, points, width };
}

/** A straight stroke from one [x, y] position to another, for tests that need some ink. */
export function lineStroke(
  id: string,
  from: readonly [number, number],
  to: readonly [number, number],
): InkStroke {
  return strokeOf(id, [from, to]);
}
