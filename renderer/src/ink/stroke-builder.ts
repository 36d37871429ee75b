import type { InkPoint } from './ink-types';

/**
 * Samples closer than this (stroke units) to the last kept one add nothing visible, only weight
 * for the recogniser and the undo history; fast pointers with coalesced events send plenty.
 */
export const MIN_POINT_DISTANCE = 0.5;

export type Placement = 'append' | 'replace-last' | 'skip';

/**
 * What to do with a new sample of an in-progress stroke. The pen-up sample is `final`: it moves
 * the last kept sample onto itself, so the stroke ends exactly where the pen lifted, but never
 * moves the first sample, which is where the stroke began.
 */
export function placePoint(kept: readonly InkPoint[], point: InkPoint, final: boolean): Placement {
  const last = kept[kept.length - 1];
  if (last === undefined) return 'append';
  if (Math.hypot(point.x - last.x, point.y - last.y) >= MIN_POINT_DISTANCE) return 'append';
  const moved = point.x !== last.x || point.y !== last.y;
  return final && moved && kept.length > 1 ? 'replace-last' : 'skip';
}

/** Applies `placePoint` to the caller's working buffer (copying per sample would be quadratic). */
export function addPoint(buffer: InkPoint[], point: InkPoint, final: boolean): void {
  const placement = placePoint(buffer, point, final);
  if (placement === 'append') buffer.push(point);
  else if (placement === 'replace-last') buffer[buffer.length - 1] = point;
}
