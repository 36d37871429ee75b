/**
 * Which strokes make up each recognised line. Recognition answers with boxes, not strokes; the
 * strokes are what stays the same while other lines change, so they are how a line is known
 * again after the page is re-read (and its typed text and relabels found).
 */
import type { AppLine, Box } from '@services/contract';
import type { InkPoint, InkStroke } from '../ink/ink-types';

const inside = (box: Box, p: InkPoint): boolean =>
  p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;

/** Distance from a point to a box; 0 inside it. */
function distance(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The line holding most of the stroke's points, or, for a stroke outside every box (a speck
 * the reader left out), the nearest line to its middle. -1 for an empty stroke or page.
 */
function lineOf(lines: readonly AppLine[], stroke: InkStroke): number {
  let best = -1;
  let most = 0;
  lines.forEach((line, i) => {
    const count = stroke.points.filter((p) => inside(line.box, p)).length;
    if (count > most) {
      most = count;
      best = i;
    }
  });
  if (best >= 0 || stroke.points.length === 0) return best;
  const xs = stroke.points.map((p) => p.x);
  const ys = stroke.points.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  let nearest = Infinity;
  lines.forEach((line, i) => {
    const d = distance(line.box, cx, cy);
    if (d < nearest) {
      nearest = d;
      best = i;
    }
  });
  return best;
}

/** Per line, the ids of its strokes, in drawing order. */
export function strokesOfLines(
  lines: readonly AppLine[],
  strokes: readonly InkStroke[],
): string[][] {
  const result = lines.map((): string[] => []);
  for (const stroke of strokes) {
    const i = lineOf(lines, stroke);
    if (i >= 0) result[i].push(stroke.id);
  }
  return result;
}
