import type { Box } from '../types.js';
import { boxOfIndices, strokeBox, typicalSymbolHeight } from './stroke-geometry.js';

/** One line of writing: its strokes' indices in writing order, and their box. */
export interface StrokeLine {
  readonly strokes: number[];
  readonly box: Box;
}

export interface LineOptions {
  /**
   * Half-height of a stroke's core band as a fraction of its height (capped at the typical
   * symbol height). Only the core takes part in clustering so that descenders, tall parentheses
   * and the dot of i do not bridge the space between lines.
   */
  readonly coreFraction?: number;
  /** Largest vertical gap between cores, in typical symbol heights, that stays in one line. */
  readonly joinGap?: number;
  /**
   * Clusters no larger than this (in typical symbol heights, both sides) are not lines of their
   * own but marks (dots, accents, a lone bar) of the nearest line.
   */
  readonly markSize?: number;
}

const DEFAULTS: Required<LineOptions> = { coreFraction: 0.3, joinGap: 0.3, markSize: 0.5 };
/** A line of one stroke this close (in typical symbol heights) to another belongs to it. */
const LONE_STROKE_GAP = 0.8;

interface Band {
  top: number;
  bottom: number;
  members: number[];
}

/**
 * Splits a drawing into lines of writing (formulas written one under another), top to bottom.
 * Strokes are clustered by the vertical overlap of their cores, measured in the drawing's typical
 * symbol height so that it works in any unit. Strokes without points belong to no line.
 */
export function splitLines(strokes: number[][][], options: LineOptions = {}): StrokeLine[] {
  const opts = { ...DEFAULTS, ...options };
  const boxes = strokes.map(strokeBox);
  const drawn = strokes.flatMap((s, i) => (s.length > 0 ? [i] : []));
  if (drawn.length === 0) return [];
  const unit = typicalSymbolHeight(drawn.map((i) => boxes[i]));

  const cores = drawn.map((i) => {
    const b = boxes[i];
    const half = opts.coreFraction * Math.min(b.height, unit);
    const centre = b.y + b.height / 2;
    return { index: i, top: centre - half, bottom: centre + half };
  });
  cores.sort((a, b) => a.top - b.top || a.index - b.index);

  const bands: Band[] = [];
  for (const core of cores) {
    const last = bands.at(-1);
    if (last && core.top - last.bottom <= opts.joinGap * unit) {
      last.bottom = Math.max(last.bottom, core.bottom);
      last.members.push(core.index);
    } else {
      bands.push({ top: core.top, bottom: core.bottom, members: [core.index] });
    }
  }

  const lines = attachMarks(bands, boxes, unit, opts.markSize);
  return lines
    .map((members) => {
      const sorted = [...members].sort((a, b) => a - b);
      return { strokes: sorted, box: boxOfIndices(boxes, sorted) };
    })
    .sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
}

/** Moves bands that are only a small mark into the vertically nearest real line. */
function attachMarks(
  bands: readonly Band[],
  boxes: readonly Box[],
  unit: number,
  markSize: number,
): number[][] {
  const gapToOthers = (i: number) =>
    Math.min(
      ...bands.map((other, j) =>
        j === i ? Infinity : Math.max(other.top - bands[i].bottom, bands[i].top - other.bottom, 0),
      ),
    );
  const small = bands.map((band) => {
    const box = boxOfIndices(boxes, band.members);
    return box.width <= markSize * unit && box.height <= markSize * unit;
  });
  // A small mark, or a single stroke close to a line of several: nobody writes a formula of one
  // stroke right against the next.
  const hasLine = bands.some((band, i) => !small[i] && band.members.length > 1);
  const isMark = bands.map(
    (band, i) =>
      small[i] ||
      (hasLine && band.members.length === 1 && gapToOthers(i) <= LONE_STROKE_GAP * unit),
  );
  if (isMark.every((m) => m) || isMark.every((m) => !m)) return bands.map((b) => b.members);
  const lines = bands.map((b) => [...b.members]);
  bands.forEach((band, i) => {
    if (!isMark[i]) return;
    let best = -1;
    let bestGap = Infinity;
    bands.forEach((other, j) => {
      if (isMark[j]) return;
      const gap = Math.max(other.top - band.bottom, band.top - other.bottom, 0);
      if (gap < bestGap) {
        bestGap = gap;
        best = j;
      }
    });
    lines[best].push(...band.members);
    lines[i] = [];
  });
  return lines.filter((members) => members.length > 0);
}
