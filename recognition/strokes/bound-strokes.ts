import { RecognitionInputError } from '../input-error.js';
import type { Box } from '../types.js';
import {
  MAX_WORKING_COORDINATE,
  MIN_WORKING_EXTENT,
  STROKE_LIMITS,
  WORKING_EXTENT,
} from './stroke-limits.js';

/**
 * Brings a drawing into the recogniser's working range before anything is allocated by its
 * coordinates. Reading is scale-free, so a drawing whose coordinates are huge (1e308) or whose
 * extent is tiny (1e-300) is moved and scaled uniformly, aspect ratio and relative geometry kept,
 * rather than refused; what cannot be read at all (too much ink, numbers that are not finite) is
 * refused with a message that says what is wrong. One pass over the points, nothing else.
 */

type Strokes = readonly (readonly (readonly number[])[])[];

/** Working coordinates are input ones as `input = origin + working · scale`. */
export interface WorkingFrame {
  readonly originX: number;
  readonly originY: number;
  readonly scale: number;
}

export interface BoundedStrokes {
  /** The strokes in working coordinates, one for one with the input's (indices keep). */
  readonly strokes: number[][][];
  /** Null when the drawing is already in range and is read as it is. */
  readonly frame: WorkingFrame | null;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** Refuses drawings beyond `STROKE_LIMITS` or with points that are not two finite numbers. */
export function checkStrokeCounts(strokes: readonly (readonly unknown[])[]): void {
  if (strokes.length > STROKE_LIMITS.maxStrokes)
    throw new RecognitionInputError(
      `the drawing has too many strokes (${count(strokes.length)}; at most ${count(STROKE_LIMITS.maxStrokes)})`,
    );
  let total = 0;
  strokes.forEach((stroke, i) => {
    if (stroke.length > STROKE_LIMITS.maxPointsPerStroke)
      throw new RecognitionInputError(
        `stroke ${i} has too many points (${count(stroke.length)}; at most ${count(STROKE_LIMITS.maxPointsPerStroke)})`,
      );
    total += stroke.length;
  });
  if (total > STROKE_LIMITS.maxTotalPoints)
    throw new RecognitionInputError(
      `the drawing has too many points (${count(total)}; at most ${count(STROKE_LIMITS.maxTotalPoints)} in all)`,
    );
}

/** The drawing checked and in working coordinates; see the module comment. */
export function boundStrokes(strokes: Strokes): BoundedStrokes {
  checkStrokeCounts(strokes);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  strokes.forEach((stroke, i) =>
    stroke.forEach(([x, y], j) => {
      if (!Number.isFinite(x) || !Number.isFinite(y))
        throw new RecognitionInputError(
          `stroke ${i}, point ${j} is not a pair of finite numbers [x, y]`,
        );
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }),
  );
  const copy = (): number[][][] => strokes.map((s) => s.map(([x, y]) => [x, y]));
  if (minX > maxX) return { strokes: copy(), frame: null };
  // Halves, because the extent of points at ±1e308 is itself beyond the largest double.
  const halfExtent = Math.max(maxX / 2 - minX / 2, maxY / 2 - minY / 2);
  const inRange =
    Math.max(-minX, maxX, -minY, maxY) <= MAX_WORKING_COORDINATE &&
    (halfExtent === 0 || halfExtent >= MIN_WORKING_EXTENT / 2);
  if (inRange) return { strokes: copy(), frame: null };
  if (halfExtent === 0) {
    // One point, however often repeated: a dot, which only needs moving.
    return {
      strokes: strokes.map((s) => s.map(() => [0, 0])),
      frame: { originX: minX, originY: minY, scale: 1 },
    };
  }
  return {
    strokes: strokes.map((s) =>
      s.map(([x, y]) => [
        ((x / 2 - minX / 2) / halfExtent) * WORKING_EXTENT,
        ((y / 2 - minY / 2) / halfExtent) * WORKING_EXTENT,
      ]),
    ),
    frame: { originX: minX, originY: minY, scale: (halfExtent / WORKING_EXTENT) * 2 },
  };
}

/** Keeps a measure the caller gets back finite: ±1e308 drawings have boxes wider than that. */
const finite = (v: number): number => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, v));

/** A box in working coordinates, in the caller's. */
export function boxToInput(box: Box, frame: WorkingFrame | null): Box {
  if (frame === null) return box;
  const { originX, originY, scale } = frame;
  // In halves for the same reason as above: origin and offset may each be near the largest double.
  const half = scale / 2;
  return {
    x: finite((originX / 2 + box.x * half) * 2),
    y: finite((originY / 2 + box.y * half) * 2),
    width: finite(box.width * scale),
    height: finite(box.height * scale),
  };
}
