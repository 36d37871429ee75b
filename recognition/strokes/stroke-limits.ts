/**
 * How much ink one drawing may hold. Every way strokes reach the recogniser (the app's API, its
 * worker, `npm run recognize`) is held to these, so that no drawing can run it out of memory.
 */
export const STROKE_LIMITS = {
  /**
   * More strokes than anyone writes on one page (a formula takes 10–40, a page of forty formulas
   * about 800), and few enough that a drawing at the limit is read within a second.
   */
  maxStrokes: 2_000,
  /** A minute of continuous writing with a 240 Hz pen is about 15,000 points. */
  maxPointsPerStroke: 20_000,
  /**
   * Four times a page of forty formulas from a pen sampled at 240 Hz (20 strokes a formula, 60
   * points a stroke); the work of reading grows with it.
   */
  maxTotalPoints: 200_000,
} as const;

/**
 * Drawings whose coordinates stay within ±this, and whose longer side is at least
 * `MIN_WORKING_EXTENT` (or zero), are read in their own coordinates, so that what a canvas or a
 * tablet sends (pixels, even zoomed far out) is read exactly as before. Far beyond it, sums and
 * differences of coordinates overflow (1e308 + 1e308 is Infinity) and lengths become Infinity.
 */
export const MAX_WORKING_COORDINATE = 1e6;
/**
 * Far above the sizes at which squared distances between points underflow to 0 (about 1e-154),
 * which made a formula 1e-300 across read as a different one. Reading is scale-free, so a drawing
 * rescaled from below this reads as it would at any other size.
 */
export const MIN_WORKING_EXTENT = 1e-6;
/** The longer side a drawing outside the working range is rescaled to. */
export const WORKING_EXTENT = 1000;
