import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import type { Box } from '../types.js';
import { layoutDrawing } from './join-model.js';
import {
  JOIN_CONTEXT,
  makeStrokeCandidates,
  renderStrokeGroup,
  separationLogProbability,
  type StrokeCandidate as Candidate,
} from './stroke-candidates.js';

/** One class hypothesis for a glyph. */
export interface ClassScore {
  readonly name: string;
  readonly probability: number;
}

/**
 * Classifies `count` normalised 28×28 glyphs packed in `glyphs` (count × 784 bytes) and returns
 * each glyph's top classes, most probable first. `GlyphClassifier.topK` fits after wrapping.
 */
export type ClassifyGlyphs = (
  glyphs: Uint8Array,
  count: number,
) => readonly (readonly ClassScore[])[];

/** Strokes taken to form one symbol. */
export interface StrokeGroup {
  /** Indices into the input strokes, ascending (writing order). */
  readonly strokes: number[];
  /** In input coordinates. */
  readonly box: Box;
  /** The group rendered like the CROHME training glyphs and normalised: 784 bytes. */
  readonly glyph: Uint8Array;
  /** The classifier's answer for `glyph`, so that callers need not classify it again. */
  readonly predictions: readonly ClassScore[];
}

export interface GroupingOptions {
  /** Most strokes in one symbol (E and ⇔ take 4). */
  readonly maxStrokes?: number;
  /** Partial segmentations kept per position in the beam search. */
  readonly beamWidth?: number;
  /** How many strokes later a late stroke (dot of i, slash of ≠) may still join a symbol. */
  readonly lateWindow?: number;
  /** Weight of the classifier's log-probability of each group. */
  readonly classWeight?: number;
  /** Weight of the join model's log-probabilities of joining and separating strokes. */
  readonly joinWeight?: number;
  /** Added per group: offsets the log-probabilities' bias towards fewer, larger groups. */
  readonly groupBonus?: number;
  /** Widest symbol tried, in typical stroke sizes. */
  readonly maxWidth?: number;
}

const DEFAULTS: Required<GroupingOptions> = {
  maxStrokes: 4,
  beamWidth: 8,
  lateWindow: 10,
  classWeight: 1,
  joinWeight: 1,
  groupBonus: 0,
  maxWidth: 2.5,
};

/** Floor on probabilities before taking logs: one bad glyph must not veto a whole line. */
const MIN_PROBABILITY = 1e-4;

interface State {
  readonly score: number;
  /** Positions after the current one already taken by late-stroke groups. */
  readonly taken: ReadonlySet<number>;
  readonly groups: readonly number[];
}

/**
 * Groups pen strokes into symbols of 1 to `maxStrokes` strokes. Candidate groups are runs of
 * consecutive strokes, plus runs joined by one later stroke that overlaps them horizontally (the
 * dot of i written at the end of a word); each is scored by the join model (how likely each
 * stroke continues the ones before it, and how likely the strokes it separates from its
 * neighbours in time really are apart) and by the classifier's confidence in its rendered glyph. A beam search over the writing order picks
 * the best-scoring partition. All candidates are classified in one batch. Strokes without points
 * are left out. Groups come back in writing order of their first stroke.
 */
export function groupStrokes(
  strokes: number[][][],
  classify: ClassifyGlyphs,
  options: GroupingOptions = {},
): StrokeGroup[] {
  const opts = { ...DEFAULTS, ...options };
  const { order, layout } = layoutDrawing(strokes);
  const n = order.length;
  if (n === 0) return [];
  const candidates = makeStrokeCandidates(layout, opts);
  const glyphs = new Uint8Array(candidates.length * GLYPH_PIXELS);
  candidates.forEach((c, k) =>
    glyphs.set(renderStrokeGroup(c.members.map((p) => strokes[order[p]])), k * GLYPH_PIXELS),
  );
  const predictions = classify(glyphs, candidates.length);
  const scores = candidates.map((c, k) => {
    const p = predictions[k]?.[0]?.probability ?? 0;
    const confidence = Math.log(Math.max(p, MIN_PROBABILITY));
    return opts.classWeight * confidence + opts.joinWeight * c.joins + opts.groupBonus;
  });
  const byStart: number[][] = Array.from({ length: n }, () => []);
  candidates.forEach((c, k) => byStart[c.members[0]].push(k));
  const cutCache = new Map<string, number>();
  const cutCost = (s: number, rest: readonly number[]): number => {
    const context = rest.slice(-JOIN_CONTEXT);
    const key = `${s}:${context.join(',')}`;
    let cost = cutCache.get(key);
    if (cost === undefined) {
      cost = -opts.joinWeight * separationLogProbability(layout, s, context);
      cutCache.set(key, cost);
    }
    return cost;
  };

  const chosen = beamSearch(n, candidates, scores, byStart, cutCost, opts.beamWidth);
  return chosen
    .map((k) => {
      const indices = candidates[k].members.map((p) => order[p]);
      return {
        strokes: indices,
        box: candidates[k].box,
        glyph: glyphs.slice(k * GLYPH_PIXELS, (k + 1) * GLYPH_PIXELS),
        predictions: predictions[k] ?? [],
      };
    })
    .sort((a, b) => a.strokes[0] - b.strokes[0]);
}

/**
 * Best partition of positions 0…n−1 into candidates. A state is identified by the first position
 * not yet grouped plus the later positions already taken, so with consecutive runs only this is
 * an exact dynamic programme; late strokes widen it into a beam. Separating consecutive strokes
 * s, s+1 costs `cutCost(s + 1, strokes of the group of s up to s)`, charged when the second of the
 * two groups is placed.
 */
function beamSearch(
  n: number,
  candidates: readonly Candidate[],
  scores: readonly number[],
  byStart: readonly (readonly number[])[],
  cutCost: (s: number, rest: readonly number[]) => number,
  beamWidth: number,
): number[] {
  const frontier: Map<string, State>[] = Array.from({ length: n + 1 }, () => new Map());
  frontier[0].set('', { score: 0, taken: new Set(), groups: [] });
  const groupHolding = (state: State, p: number): readonly number[] => {
    for (let g = state.groups.length - 1; g >= 0; g--) {
      const members = candidates[state.groups[g]].members;
      if (members.includes(p)) return members;
    }
    return [];
  };
  for (let pos = 0; pos < n; pos++) {
    const states = [...frontier[pos].values()].sort((a, b) => b.score - a.score);
    for (const state of states.slice(0, beamWidth)) {
      for (const k of byStart[pos]) {
        const members = candidates[k].members;
        if (members.some((m) => state.taken.has(m))) continue;
        const isPlaced = (p: number): boolean => p < pos || state.taken.has(p);
        let score = state.score + scores[k];
        for (const m of members) {
          if (m > 0 && !members.includes(m - 1) && isPlaced(m - 1)) {
            score -= cutCost(
              m,
              groupHolding(state, m - 1).filter((o) => o < m),
            );
          }
          if (m + 1 < n && !members.includes(m + 1) && isPlaced(m + 1)) {
            score -= cutCost(
              m + 1,
              members.filter((o) => o <= m),
            );
          }
        }
        const taken = new Set([...state.taken, ...members]);
        let next = pos;
        while (next < n && taken.has(next)) next++;
        const remaining = new Set([...taken].filter((p) => p > next));
        const key = [...remaining].sort((a, b) => a - b).join(',');
        const existing = frontier[next].get(key);
        if (!existing || existing.score < score) {
          frontier[next].set(key, { score, taken: remaining, groups: [...state.groups, k] });
        }
      }
    }
  }
  const finals = [...frontier[n].values()].sort((a, b) => b.score - a.score);
  // Every single stroke is a candidate, so some partition always exists.
  return [...(finals[0]?.groups ?? [])];
}
