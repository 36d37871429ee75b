import type { InkStroke } from './ink-types';

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/** Room for several lines of formulas before anything is written. */
export const MIN_PAGE: PageSize = { width: 2400, height: 1600 };
/** Ink closer than this to the right or bottom edge makes the page grow. */
export const GROW_MARGIN = 400;
/** The page grows in steps so that it does not change size with every stroke near the edge. */
export const GROW_STEP = 800;

function grown(minimum: number, extent: number): number {
  if (extent + GROW_MARGIN <= minimum) return minimum;
  return minimum + Math.ceil((extent + GROW_MARGIN - minimum) / GROW_STEP) * GROW_STEP;
}

/** The page in stroke units: at least MIN_PAGE, and always GROW_MARGIN beyond the ink. */
export function pageSize(strokes: readonly InkStroke[]): PageSize {
  let maxX = 0;
  let maxY = 0;
  for (const stroke of strokes) {
    for (const point of stroke.points) {
      if (point.x > maxX) maxX = point.x;
      if (point.y > maxY) maxY = point.y;
    }
  }
  return { width: grown(MIN_PAGE.width, maxX), height: grown(MIN_PAGE.height, maxY) };
}
