import type { CandidateLine, GlyphCandidate } from '../lattice/lattice.js';
import { pinCandidates, settlePins } from '../lattice/pins.js';
import { stackParts } from './stack-parts.js';
import { layoutDrawing } from './join-model.js';
import {
  CANDIDATE_DEFAULTS,
  lineCandidates,
  renderStrokeGroup,
  separationLogProbability,
  type CandidateOptions,
} from './stroke-candidates.js';
import { boxOfIndices, strokeBox } from './stroke-geometry.js';
import { splitLines, type LineOptions } from './stroke-lines.js';

/**
 * A drawing as lattices, one per line of writing: the atoms are the line's strokes in reading
 * order (by their left edge), and the candidate symbols are the groups of strokes written one
 * after another (or joined by a late stroke) that the join model finds plausible. Which of them
 * are symbols is left to the decoder.
 */

export interface StrokeLatticeOptions {
  readonly lines?: LineOptions;
  readonly candidates?: CandidateOptions;
  /**
   * Groups of strokes (indices into the drawing) that the user said are one symbol each. A group
   * whose strokes fall on different lines says nothing about either and is left out.
   */
  readonly pins?: readonly (readonly number[])[];
}

type Strokes = readonly (readonly (readonly number[])[])[];

/**
 * The candidate symbols of one line, given as indices into `strokes` in writing order, kept to
 * those that agree with `pins` (groups of indices into `strokes`, see `StrokeLatticeOptions`).
 */
export function strokeLine(
  strokes: Strokes,
  indices: readonly number[],
  opts: CandidateOptions = CANDIDATE_DEFAULTS,
  pins: readonly (readonly number[])[] = [],
): CandidateLine {
  const own = indices.map((i) => strokes[i]);
  const { order, layout } = layoutDrawing(own);
  const boxes = order.map((p) => strokeBox(own[p]));
  // Reading order: by left edge, then by writing order.
  const byLeft = order.map((_, p) => p).sort((a, b) => boxes[a].x - boxes[b].x || a - b);
  const positionOf = new Map(byLeft.map((p, at) => [p, at]));
  const apart = new Map<string, number>();
  const separation = (a: number, b: number): number => {
    const key = `${a},${b}`;
    let value = apart.get(key);
    if (value === undefined) {
      value = separationLogProbability(layout, Math.max(a, b), [Math.min(a, b)]);
      apart.set(key, value);
    }
    return value;
  };
  const candidates: GlyphCandidate[] = lineCandidates(layout, opts).map((c) => {
    const members = c.members.map((p) => positionOf.get(p)!).sort((a, b) => a - b);
    let cuts = 0;
    for (const m of members) {
      if (m > 0 && !members.includes(m - 1)) cuts += separation(byLeft[m - 1], byLeft[m]);
    }
    return {
      members,
      box: c.box,
      layout: c.joins + cuts,
      glyph: renderStrokeGroup(c.members.map((p) => own[order[p]])),
    };
  });
  const atoms = byLeft.map((p) => indices[order[p]]);
  const atomOf = new Map(atoms.map((stroke, at) => [stroke, at]));
  const ownPins = pins
    .filter((pin) => pin.length > 0 && pin.every((stroke) => atomOf.has(stroke)))
    .map((pin) => pin.map((stroke) => atomOf.get(stroke)!));
  const pinnedGroup = (members: readonly number[]): GlyphCandidate => ({
    members,
    box: boxOfIndices(
      boxes,
      members.map((m) => byLeft[m]),
    ),
    layout: 0,
    glyph: renderStrokeGroup(members.map((m) => own[order[byLeft[m]]])),
  });
  // Every reading takes a pinned group, so what the join model thinks of it changes nothing.
  const pinned = pinCandidates(candidates, ownPins, pinnedGroup);
  // Each pinned group again with its parts stacked, as a less likely reading (see stackParts).
  const stacked = settlePins(ownPins).flatMap((members) => {
    const parts = stackParts(members.map((m) => own[order[byLeft[m]]]));
    if (!parts) return [];
    return [
      { ...pinnedGroup(members), layout: Math.log(STACKED_PRIOR), glyph: renderStrokeGroup(parts) },
    ];
  });
  return {
    box: boxOfIndices(
      boxes,
      order.map((_, p) => p),
    ),
    size: order.length,
    candidates: [...pinned, ...stacked],
    strokes: atoms,
  };
}

/**
 * How often a joined group whose parts lie side by side was meant stacked (the bars of = or ≡
 * written apart) rather than as it lies (the bowl and stem of R, the head and shaft of →).
 */
const STACKED_PRIOR = 0.3;

/** Every line of a drawing, top to bottom, as candidate symbols over its strokes. */
export function strokeLattices(strokes: Strokes, opts: StrokeLatticeOptions = {}): CandidateLine[] {
  const drawn = strokes.map((s) => s.map(([x, y]) => [x, y]));
  return splitLines(drawn, opts.lines)
    .map((line) => strokeLine(drawn, line.strokes, opts.candidates, opts.pins))
    .filter((line) => line.size > 0);
}
