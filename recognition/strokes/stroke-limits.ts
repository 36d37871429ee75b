/**
 * How much ink one drawing may hold. Every way strokes reach the recogniser (the app's API, its
 * worker, `npm run recognize`) is held to these, so that no drawing can run it out of memory.
 */
export const STROKE_LIMITS = {
  /** More strokes than anyone writes on one page (a formula takes 10–40). */
  maxStrokes: 10_000,
  /** A minute of continuous writing with a 240 Hz pen is about 15,000 points. */
  maxPointsPerStroke: 20_000,
  /** A full page of formulas is about 30,000 points. */
  maxTotalPoints: 200_000,
} as const;

/**
 * Drawings whose coordinates stay within ±this, and whose longer side is at least
 * `MIN_WORKING_EXTENT` (or zero), are read in their own coordinates.
 */
export const MAX_WORKING_COORDINATE = 1e6;
/**
 * Below this the squares of distances between points start to underflow for the smallest
 * drawings, which reads a tiny formula as a different one.
 */
export const MIN_WORKING_EXTENT = 1e-6;
/** The longer side a drawing outside the working range is rescaled to. */
export const WORKING_EXTENT = 1000;
