import type { Box } from './types.js';

/** Small measures shared by page segmentation, stroke grouping and the decoder. */

/** The box of no points: zero sized at the origin, so unions and sizes stay finite. */
export const EMPTY_BOX: Box = { x: 0, y: 0, width: 0, height: 0 };

/** The smallest box holding all `boxes`; `EMPTY_BOX` for none. */
export function unionBoxes(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return EMPTY_BOX;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The median (mean of the middle two for an even count); 0 for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
