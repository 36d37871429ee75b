import type { Box } from '../types.js';

/**
 * The slant of a page's lines of writing, from where its pieces of ink sit. Line finding follows
 * a line that rises or falls, but lines written close together on a turned sheet overlap in every
 * stripe and are taken for one; turned level first, they lie apart.
 *
 * The pieces' centres are projected onto the vertical at each trial angle: at the page's own
 * slant the centres of a line pile up in few rows, so the projection is sharpest (its sum of
 * squares is largest).
 */

/** Turns tried either way, in degrees; more than this is not a sheet that is merely askew. */
const MAX_SKEW_DEGREES = 8;
const STEP_DEGREES = 0.25;
/** Below this a page reads as well as it would level; turning it would only blur its ink. */
const MIN_SKEW_DEGREES = 1;
/**
 * How much sharper than the level projection, and than the typical trial angle, the best one
 * must be to count as a slant: ink strewn without lines is about as sharp at every angle.
 */
const MIN_GAIN = 1.15;
const MIN_PEAK = 1.4;
/** Fewer pieces than this say nothing about lines. */
const MIN_PIECES = 12;

/** Spread of each piece's centre in the projection, in character heights. */
const SPREAD_CHARS = 0.15;
/** The largest pieces taken: enough to show every line, few enough to compare all pairs. */
const MAX_PIECES = 400;

interface Piece {
  readonly x: number;
  readonly y: number;
  readonly weight: number;
}

/**
 * How sharply the pieces' centres pile up when projected along `tan`: each centre spread as a
 * Gaussian, the sum over pairs of their overlap. Smooth in the angle, unlike a histogram's bins.
 */
function sharpness(pieces: readonly Piece[], tan: number, spread: number): number {
  const ys = pieces.map((p) => p.y - p.x * tan);
  const scale = 1 / (4 * spread * spread);
  let sum = 0;
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++) {
      const d = ys[i] - ys[j];
      sum += pieces[i].weight * pieces[j].weight * Math.exp(-d * d * scale);
    }
  return sum;
}

/**
 * The angle in degrees (positive: the lines fall to the right, as on a sheet turned clockwise)
 * of the writing whose pieces are `boxes`, or 0 when the page is level or shows no clear slant.
 */
export function estimateSkew(boxes: readonly Box[], charHeight: number): number {
  if (boxes.length < MIN_PIECES || !(charHeight > 0)) return 0;
  // Larger pieces say more about where a line is than dots and commas.
  const pieces = boxes
    .map((b) => ({
      x: b.x + b.width / 2,
      y: b.y + b.height / 2,
      weight: Math.sqrt(b.width * b.height),
    }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_PIECES);
  const spread = Math.max(1, SPREAD_CHARS * charHeight);
  const at = (deg: number) => sharpness(pieces, Math.tan((deg * Math.PI) / 180), spread);
  const level = at(0);
  let best = 0;
  let bestScore = level;
  const scores: number[] = [];
  for (let deg = -MAX_SKEW_DEGREES; deg <= MAX_SKEW_DEGREES + 1e-9; deg += STEP_DEGREES) {
    const score = at(deg);
    scores.push(score);
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  }
  const typical = scores.sort((a, b) => a - b)[Math.floor(scores.length / 2)];
  const clear = bestScore >= MIN_GAIN * level && bestScore >= MIN_PEAK * typical;
  return Math.abs(best) >= MIN_SKEW_DEGREES && clear ? best : 0;
}
