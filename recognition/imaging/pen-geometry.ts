/** What both pen renderers (the CROHME rasteriser, real-size pen ink) work out alike. */

export interface PointBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The extent of the strokes' points; null when there are none. */
export function strokeBounds(
  strokes: readonly (readonly (readonly number[])[])[],
): PointBounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const stroke of strokes)
    for (const [x, y] of stroke) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return minX > maxX ? null : { minX, minY, maxX, maxY };
}

/**
 * Visits each pixel of a `width`×`height` image (centres at integer coordinates) that a round pen
 * of radius `r` drawn along segment a–b may reach, with its offset (ex, ey) from the nearest point
 * of the segment; how that distance becomes ink is the caller's.
 */
export function forEachPixelNearSegment(
  width: number,
  height: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
  visit: (index: number, ex: number, ey: number) => void,
): void {
  const reach = r + 1;
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + reach));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + reach));
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  for (let y = y0; y <= y1; y++) {
    // Only the part of the segment within `reach` of this row can ink it: scanning just its
    // columns rather than the whole box keeps a long diagonal from costing its box's area.
    let from = x0;
    let to = x1;
    if (dy !== 0) {
      const xa = ax + Math.max(0, Math.min(1, (y - reach - ay) / dy)) * dx;
      const xb = ax + Math.max(0, Math.min(1, (y + reach - ay) / dy)) * dx;
      from = Math.max(x0, Math.floor(Math.min(xa, xb) - reach));
      to = Math.min(x1, Math.ceil(Math.max(xa, xb) + reach));
    }
    for (let x = from; x <= to; x++) {
      const t = len2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      visit(y * width + x, x - (ax + t * dx), y - (ay + t * dy));
    }
  }
}
