import type { Box } from '../types.js';
import {
  groupStrokes,
  type ClassifyGlyphs,
  type GroupingOptions,
  type StrokeGroup,
} from './group-strokes.js';
import { splitLines, type LineOptions } from './stroke-lines.js';

export interface SegmentStrokesOptions {
  readonly lines?: LineOptions;
  readonly grouping?: GroupingOptions;
}

export interface StrokeSegmentation {
  /** Lines top to bottom; each line's symbols left to right. */
  readonly lines: { readonly box: Box; readonly groups: StrokeGroup[] }[];
}

/**
 * Splits a drawing into lines of writing and each line into symbols. Stroke indices in the
 * groups refer to `strokes`; strokes without points appear in no group.
 */
export function segmentStrokes(
  strokes: number[][][],
  classify: ClassifyGlyphs,
  options: SegmentStrokesOptions = {},
): StrokeSegmentation {
  return {
    lines: splitLines(strokes, options.lines).map((line) => {
      const groups = groupStrokes(
        line.strokes.map((i) => strokes[i]),
        classify,
        options.grouping,
      ).map((g) => ({ ...g, strokes: g.strokes.map((i) => line.strokes[i]) }));
      return { box: line.box, groups: groups.sort(readingOrder) };
    }),
  };
}

/** Left to right by centre: a late, narrow stroke group (¬ over a letter) sorts by its middle. */
function readingOrder(a: StrokeGroup, b: StrokeGroup): number {
  return a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2) || a.strokes[0] - b.strokes[0];
}
