import { CROHME_RENDERING, rasteriseStrokes } from '../imaging/rasterise-strokes.js';
import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { normaliseGlyph } from '../imaging/normalise.js';
import type { Box } from '../types.js';
import { joinLogit, logSigmoid, type StrokeLayout } from './join-model.js';
import { boxOfIndices } from './stroke-geometry.js';

/**
 * The groups of pen strokes that may be one symbol: runs of strokes written one after another,
 * and runs joined by one later stroke that overlaps them horizontally (the dot of i, the bar of
 * a t or ∀ added after the next letter). Each carries the join model's log-probability that its
 * strokes belong together; groups too implausible to be worth classifying are never made.
 */

export interface CandidateOptions {
  /** Most strokes in one symbol (E takes 4, ⇔ up to 6 with its late stroke). */
  readonly maxStrokes: number;
  /** How many strokes later a late stroke (dot of i, slash of ≠) may still join a symbol. */
  readonly lateWindow: number;
  /** Widest symbol tried, in typical stroke sizes. */
  readonly maxWidth: number;
}

export const CANDIDATE_DEFAULTS: CandidateOptions = {
  maxStrokes: 4,
  lateWindow: 10,
  maxWidth: 2.5,
};

/**
 * A late stroke's horizontal centre must lie within the earlier strokes' x-range widened by this
 * (in typical stroke sizes) on each side to be tried with them: the dot of i over its stem.
 */
const LATE_PAD = 0.15;
/** Candidates needing a join less likely than this (log-odds) are not classified at all. */
const MIN_JOIN_LOGIT = -6;
/** Earlier strokes of a symbol that the join model compares a new stroke with. */
export const JOIN_CONTEXT = 3;

export interface StrokeCandidate {
  /** Positions in the drawn-stroke order, ascending. */
  readonly members: number[];
  readonly box: Box;
  /** Join log-probability of its strokes (0 for one stroke); separations are charged apart. */
  readonly joins: number;
}

/** The candidate groups with their join scores; every single stroke is one. */
export function makeStrokeCandidates(
  layout: StrokeLayout,
  opts: CandidateOptions = CANDIDATE_DEFAULTS,
  /** Stop once there are more than this many (the caller only needs to know there are). */
  limit = Infinity,
): StrokeCandidate[] {
  const { boxes, unit, count: n } = layout;
  const out: StrokeCandidate[] = [];
  const add = (members: number[]): void => {
    const joins = joinScore(members, layout, opts);
    if (joins !== null) out.push({ members, box: boxOfIndices(boxes, members), joins });
  };
  for (let start = 0; start < n && out.length <= limit; start++) {
    for (let size = 1; size <= opts.maxStrokes && start + size <= n; size++) {
      const run = Array.from({ length: size }, (_, j) => start + j);
      add(run);
      if (size === opts.maxStrokes) continue;
      const runBox = boxOfIndices(boxes, run);
      const last = start + size - 1;
      for (let late = last + 2; late < n && late <= last + opts.lateWindow; late++) {
        const centre = boxes[late].x + boxes[late].width / 2;
        const pad = LATE_PAD * unit;
        if (centre >= runBox.x - pad && centre <= runBox.x + runBox.width + pad) {
          add([...run, late]);
        }
      }
    }
  }
  return out;
}

/**
 * Most candidate symbols one line is given. Handwriting has two or three per stroke: of the 8,835
 * CROHME expressions in the shared data the most has 384 (92 strokes). Strokes piled on one spot,
 * as when a patch is shaded in, have thirty each, and reading a hundred of them took seconds.
 */
export const MAX_LINE_CANDIDATES = 1000;

/**
 * `makeStrokeCandidates` held to `MAX_LINE_CANDIDATES`: beyond it, late strokes no longer join
 * earlier ones and then the largest groups go, so that an overfull line is still read, each
 * stroke at worst on its own, in time proportional to its strokes.
 */
export function lineCandidates(
  layout: StrokeLayout,
  opts: CandidateOptions = CANDIDATE_DEFAULTS,
): StrokeCandidate[] {
  const all = makeStrokeCandidates(layout, opts, MAX_LINE_CANDIDATES);
  if (all.length <= MAX_LINE_CANDIDATES) return all;
  let found = makeStrokeCandidates(layout, { ...opts, lateWindow: 0 });
  for (let size = opts.maxStrokes - 1; size >= 1 && found.length > MAX_LINE_CANDIDATES; size--)
    found = found.filter((c) => c.members.length <= size);
  return found;
}

/**
 * Log-probability that the strokes of `members` are one symbol: each stroke after the first
 * against the others (its nearest in writing order), so that a stroke written before the one that
 * connects it still counts as attached — H's second upright, joined by the crossbar written last.
 * Null when the group is too implausible to be worth classifying (too wide, or a stroke far from
 * the rest).
 */
function joinScore(
  members: readonly number[],
  layout: StrokeLayout,
  opts: CandidateOptions,
): number | null {
  if (members.length === 1) return 0;
  if (boxOfIndices(layout.boxes, members).width > opts.maxWidth * layout.unit) return null;
  let score = 0;
  for (let j = 1; j < members.length; j++) {
    const others = members
      .filter((_, k) => k !== j)
      .sort((a, b) => Math.abs(a - members[j]) - Math.abs(b - members[j]))
      .slice(0, JOIN_CONTEXT)
      .sort((a, b) => a - b);
    const z = joinLogit(layout, members[j], others);
    if (z < MIN_JOIN_LOGIT) return null;
    score += logSigmoid(z);
  }
  return score + members.filter((m) => isStraySpeck(m, members, layout.boxes)).length * STRAY_SPECK;
}

/**
 * A speck joins a symbol only as the dot of i or j, above the rest. One beside or below the rest
 * is a dot of its own (`∀x.`, `x·y`, `3.14`): the join model, which learned that dots join,
 * cannot tell where, and the classifier hardly sees a speck beside a bracket or a letter.
 */
const SPECK_SHARE = 0.2;
const ABOVE_SHARE = 0.25;
const STRAY_SPECK = Math.log(0.05);

function isStraySpeck(m: number, members: readonly number[], boxes: readonly Box[]): boolean {
  const rest = boxOfIndices(
    boxes,
    members.filter((o) => o !== m),
  );
  const own = boxes[m];
  if (Math.max(own.width, own.height) >= SPECK_SHARE * rest.height) return false;
  return own.y + own.height / 2 > rest.y + ABOVE_SHARE * rest.height;
}

/**
 * Log-probability that stroke `s` does not continue the symbol whose strokes up to it are `rest`
 * (the cost of cutting between them), as the join model sees it.
 */
export function separationLogProbability(
  layout: StrokeLayout,
  s: number,
  rest: readonly number[],
): number {
  return logSigmoid(-joinLogit(layout, s, rest.slice(-JOIN_CONTEXT)));
}

/**
 * Most ink a group is drawn with, in lengths of its own longer side. Drawing costs time in
 * proportion to the ink's length on the canvas; handwriting stays far below this (a symbol's strokes
 * come to 1–5, a zigzag crossing out a word to a few dozen), but 20,000 points strewn at random
 * come to 10,000.
 */
export const MAX_INK_LENGTH = 100;
/**
 * Most points a group is drawn with: each segment, however short, costs the pen's area. A symbol
 * written slowly with a 240 Hz pen has a few hundred.
 */
export const MAX_INK_POINTS = 2000;

/**
 * The group's points, every k-th kept (and each stroke's last) when its ink is longer than
 * `MAX_INK_LENGTH` or has more than `MAX_INK_POINTS` points: such a group is no symbol, and its
 * glyph needs only to look as dense.
 */
function thinnedInk(strokes: readonly (readonly (readonly number[])[])[]): number[][][] {
  let points = 0;
  let ink = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of strokes) {
    points += s.length;
    for (let i = 0; i < s.length; i++) {
      const x = s[i][0];
      const y = s[i][1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (i > 0) ink += Math.hypot(x - s[i - 1][0], y - s[i - 1][1]);
    }
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const lengths = extent > 0 ? ink / extent : 0;
  const step = Math.max(1, Math.ceil(lengths / MAX_INK_LENGTH), Math.ceil(points / MAX_INK_POINTS));
  return strokes.map((s) => {
    const kept: number[][] = [];
    for (let i = 0; i < s.length; i += step) kept.push([s[i][0], s[i][1]]);
    if (s.length > 0 && (s.length - 1) % step !== 0)
      kept.push([s[s.length - 1][0], s[s.length - 1][1]]);
    return kept;
  });
}

let dotGlyph: Uint8Array | null = null;

/** One group of strokes drawn like the CROHME training glyphs and normalised (784 bytes). */
export function renderStrokeGroup(
  strokes: readonly (readonly (readonly number[])[])[],
): Uint8Array {
  // Every group of one point, however repeated, is the same round dot: draw it once. Drawings of
  // thousands of dots would otherwise spend most of their time drawing it again.
  const first = strokes.find((s) => s.length > 0)?.[0];
  if (first && strokes.every((s) => s.every(([x, y]) => x === first[0] && y === first[1]))) {
    dotGlyph ??= glyphOf([[[first[0], first[1]]]]);
    return dotGlyph.slice();
  }
  return glyphOf(thinnedInk(strokes));
}

function glyphOf(strokes: number[][][]): Uint8Array {
  const image = rasteriseStrokes(strokes, CROHME_RENDERING);
  return normaliseGlyph(image) ?? new Uint8Array(GLYPH_PIXELS);
}
