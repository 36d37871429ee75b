import type { Box } from '../types.js';
import {
  boxOfIndices,
  horizontalAffinity,
  intervalOverlap,
  minPointDistance,
  resampleStroke,
  strokeBox,
  strokeLength,
  typicalStrokeSize,
  verticalAffinity,
} from './stroke-geometry.js';

/**
 * Added to both boxes' extents (in typical stroke sizes) when measuring overlap, so that thin
 * vertical strokes and dots still overlap the stroke they sit on.
 */
const PAD = 0.15;
/** Point spacing, in typical stroke sizes, for measuring distances between strokes. */
const DISTANCE_SPACING = 0.05;
/** Distances beyond this (in typical stroke sizes) all read the same to the model. */
const FAR = 2;
/**
 * Most points a stroke is resampled to: a stroke far longer than the drawing's typical one (a line
 * across the page among small letters) would otherwise become millions of points, and comparing
 * strokes is quadratic in them. Ordinary strokes of up to 25 typical sizes are not affected.
 */
const MAX_DISTANCE_SAMPLES = 500;

const clip = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * The strokes of one drawing with their boxes, in its typical stroke size: everything the join
 * model looks at. Distances between strokes are measured lazily on resampled copies and cached,
 * as only strokes close in writing order are ever compared.
 */
export class StrokeLayout {
  private readonly sampled: number[][][];
  private readonly distances = new Map<number, number>();

  constructor(
    strokes: readonly (readonly (readonly number[])[])[],
    readonly boxes: readonly Box[],
    readonly unit: number,
  ) {
    this.sampled = strokes.map((s) =>
      resampleStroke(s, Math.max(DISTANCE_SPACING * unit, strokeLength(s) / MAX_DISTANCE_SAMPLES)),
    );
  }

  get count(): number {
    return this.boxes.length;
  }

  /** Shortest distance between two strokes' ink, in typical stroke sizes. */
  distance(a: number, b: number): number {
    const key = Math.min(a, b) * this.count + Math.max(a, b);
    let d = this.distances.get(key);
    if (d === undefined) {
      const ba = this.boxes[a];
      const bb = this.boxes[b];
      const gap = Math.hypot(
        Math.max(0, -intervalOverlap(ba.x, ba.x + ba.width, bb.x, bb.x + bb.width)),
        Math.max(0, -intervalOverlap(ba.y, ba.y + ba.height, bb.y, bb.y + bb.height)),
      );
      // Boxes far apart cannot hold close points: skip the quadratic comparison.
      d =
        gap >= FAR * this.unit
          ? FAR
          : minPointDistance(this.sampled[a], this.sampled[b]) / this.unit;
      this.distances.set(key, d);
    }
    return d;
  }
}

/** A drawing as the join model sees it; `order[p]` is the input index of the stroke at place p. */
export interface DrawingLayout {
  readonly order: number[];
  readonly layout: StrokeLayout;
}

/**
 * Lays out a drawing's strokes for the join model. Strokes without points are left out, as they
 * have no box; the recogniser and the script that fits `JOIN_WEIGHTS` both go through here so
 * that the model is fitted on the boxes and unit it is later applied to.
 */
export function layoutDrawing(strokes: readonly (readonly (readonly number[])[])[]): DrawingLayout {
  const order = strokes.flatMap((s, i) => (s.length > 0 ? [i] : []));
  const boxes = order.map((i) => strokeBox(strokes[i]));
  return {
    order,
    layout: new StrokeLayout(
      order.map((i) => strokes[i]),
      boxes,
      typicalStrokeSize(boxes),
    ),
  };
}

/**
 * What decides whether stroke `s` continues the symbol made of the earlier strokes `rest`: how
 * much they overlap horizontally and vertically, whether they touch, how far `s` starts right of
 * them, and the sizes involved (a dot joins, a second full-size stroke beside a symbol does not).
 */
export function joinFeatures(layout: StrokeLayout, s: number, rest: readonly number[]): number[] {
  const { boxes, unit } = layout;
  const box = boxes[s];
  const restBox = boxOfIndices(boxes, rest);
  const union = boxOfIndices(boxes, [...rest, s]);
  const nearest = Math.min(...rest.map((o) => layout.distance(s, o)));
  const size = Math.max(box.width, box.height) / unit;
  const restSize = Math.max(restBox.width, restBox.height) / unit;
  return [
    1,
    clip(horizontalAffinity(box, restBox, PAD * unit), -2, 1),
    clip(verticalAffinity(box, restBox, PAD * unit), -2, 1),
    clip(nearest, 0, FAR),
    Math.sqrt(clip(nearest, 0, FAR)),
    clip((box.x - (restBox.x + restBox.width)) / unit, -2, 2),
    clip(size, 0, 3),
    Math.log(size + 0.05),
    clip(restSize, 0, 3),
    clip(union.width / unit, 0, 4),
    clip(union.width / Math.max(union.height, 0.05 * unit), 0, 6),
    rest.length,
  ];
}

/**
 * Logistic-regression weights for `joinFeatures`, fitted on consecutive strokes of the shared
 * CROHME expressions (train split only): positives are a symbol's strokes against its earlier
 * strokes, negatives the first stroke of a symbol against the symbol written just before.
 * Refitted with `npm run fit:join` (recognition/cli/fit-join-model.ts), which prints new weights
 * and compares them with these on the test split but never writes them here. These predate that
 * script and its exact recipe was not recorded; its defaults (one-line expressions, no penalty)
 * come within about 0.6 of each weight and read the test split as well (95.42% against 95.50%).
 */
export const JOIN_WEIGHTS: readonly number[] = [
  4.999, 1.008, -2.177, 5.432, -14.357, -1.932, -1.521, 0.139, 0.86, -0.229, 0.694, 0.377,
];

/** The join model's log-odds for `features` under `weights`; fit:join scores its fits with it. */
export function logitOf(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i] * weights[i];
  return z;
}

/** Log-odds that stroke `s` continues the symbol of strokes `rest`. */
export function joinLogit(layout: StrokeLayout, s: number, rest: readonly number[]): number {
  return logitOf(JOIN_WEIGHTS, joinFeatures(layout, s, rest));
}

/** log σ(z), computed without overflow. */
export function logSigmoid(z: number): number {
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}
