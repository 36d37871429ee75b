/**
 * Text-line detection after the paper's method: cut the page into vertical stripes, find the
 * lines' pieces in each stripe from its horizontal ink histogram, and join the pieces from
 * stripe to stripe. Narrow stripes see a slanted line as almost level, and a line that rises
 * or falls across the page is followed piece by piece, so slope costs nothing.
 */

export interface LinePoint {
  readonly x: number;
  readonly y: number;
}

/** A text line's centre path, left to right: one point per stripe that has ink of the line. */
export interface LineTrack {
  readonly points: readonly LinePoint[];
}

/** Stripe width in character heights: wide enough to hold ink, narrow enough to see slope as flat. */
const STRIPE_CHARS = 4;
/** Rows whose (smoothed) ink is below this share of the stripe's fullest row are gaps. */
const GAP_SHARE = 0.12;
/** Gaps shorter than this (in character heights) lie inside a line: the bars of =, an i's dot. */
const BRIDGE_CHARS = 0.4;
/** A piece taller than this (in character heights) holds two lines that touch or nearly do. */
const SPLIT_CHARS = 2.1;
/** A piece joins a line when within this many character heights of where the line is headed. */
const JOIN_CHARS = 0.6;
/** Steeper than this (≈ 8.5°) is not handwriting on a line; it is a jump to another line. */
const MAX_SLOPE = 0.15;

interface Piece {
  readonly y: number;
  readonly mass: number;
}

function smooth(profile: Float64Array, radius: number): Float64Array {
  const out = new Float64Array(profile.length);
  let acc = 0;
  for (let i = 0; i < Math.min(profile.length, radius); i++) acc += profile[i];
  for (let i = 0; i < profile.length; i++) {
    if (i + radius < profile.length) acc += profile[i + radius];
    if (i - radius - 1 >= 0) acc -= profile[i - radius - 1];
    out[i] = acc / (2 * radius + 1);
  }
  return out;
}

/** Splits [a, b) at its emptiest inner row while it is too tall for one line. */
function splitTall(
  s: Float64Array,
  a: number,
  b: number,
  charHeight: number,
  out: [number, number][],
) {
  const margin = Math.max(1, Math.round(0.8 * charHeight));
  if (b - a <= SPLIT_CHARS * charHeight || b - a <= 2 * margin) {
    out.push([a, b]);
    return;
  }
  let cut = a + margin;
  for (let y = a + margin; y < b - margin; y++) if (s[y] < s[cut]) cut = y;
  splitTall(s, a, cut, charHeight, out);
  splitTall(s, cut, b, charHeight, out);
}

/** The line pieces of one stripe from its row profile. */
export function piecesOfProfile(profile: Float64Array, charHeight: number): Piece[] {
  const s = smooth(profile, Math.max(1, Math.round(0.15 * charHeight)));
  let peak = 0;
  for (const v of s) peak = Math.max(peak, v);
  if (peak === 0) return [];
  const cut = GAP_SHARE * peak;
  const runs: [number, number][] = [];
  for (let y = 0; y < s.length;) {
    if (s[y] <= cut) {
      y++;
      continue;
    }
    const a = y;
    while (y < s.length && s[y] > cut) y++;
    const last = runs[runs.length - 1];
    if (last && a - last[1] < BRIDGE_CHARS * charHeight) last[1] = y;
    else runs.push([a, y]);
  }
  const split: [number, number][] = [];
  for (const [a, b] of runs) splitTall(s, a, b, charHeight, split);
  const pieces: Piece[] = [];
  for (const [a, b] of split) {
    let mass = 0;
    let moment = 0;
    for (let y = a; y < b; y++) {
      mass += profile[y];
      moment += profile[y] * y;
    }
    if (mass > 0) pieces.push({ y: moment / mass, mass });
  }
  return pieces;
}

interface Building {
  points: LinePoint[];
}

function predict(track: Building, x: number): number {
  const pts = track.points;
  const last = pts[pts.length - 1];
  if (pts.length < 2) return last.y;
  // Slope from the last few points: local, so a line that curves is still followed.
  const first = pts[Math.max(0, pts.length - 4)];
  const slope = Math.max(
    -MAX_SLOPE,
    Math.min(MAX_SLOPE, (last.y - first.y) / Math.max(1, last.x - first.x)),
  );
  return last.y + slope * (x - last.x);
}

/**
 * Text lines of a 0/1 ink mask, top to bottom. `charHeight` is the typical character height in
 * pixels (the median component height), which sets the stripe width and every tolerance.
 */
export function findLineTracks(
  mask: Uint8Array,
  width: number,
  height: number,
  charHeight: number,
): LineTrack[] {
  if (width === 0 || height === 0 || charHeight <= 0) return [];
  const stripe = Math.max(1, Math.min(width, Math.round(STRIPE_CHARS * charHeight)));
  const stripes = Math.max(1, Math.round(width / stripe));
  const tracks: Building[] = [];
  const profile = new Float64Array(height);
  for (let s = 0; s < stripes; s++) {
    const x0 = Math.round((s * width) / stripes);
    const x1 = Math.round(((s + 1) * width) / stripes);
    profile.fill(0);
    for (let y = 0; y < height; y++) {
      let count = 0;
      for (let x = x0; x < x1; x++) count += mask[y * width + x];
      profile[y] = count;
    }
    const xc = (x0 + x1 - 1) / 2;
    const pieces = piecesOfProfile(profile, charHeight);
    // Closest piece-line pairs first, each line taking at most one piece per stripe.
    const pairs: { p: number; t: number; d: number }[] = [];
    pieces.forEach((piece, p) => {
      tracks.forEach((track, t) => {
        const d = Math.abs(piece.y - predict(track, xc));
        if (d < JOIN_CHARS * charHeight) pairs.push({ p, t, d });
      });
    });
    pairs.sort((a, b) => a.d - b.d);
    const usedPiece = new Set<number>();
    const usedTrack = new Set<number>();
    for (const { p, t } of pairs) {
      if (usedPiece.has(p) || usedTrack.has(t)) continue;
      usedPiece.add(p);
      usedTrack.add(t);
      tracks[t].points.push({ x: xc, y: pieces[p].y });
    }
    pieces.forEach((piece, p) => {
      if (!usedPiece.has(p)) tracks.push({ points: [{ x: xc, y: piece.y }] });
    });
  }
  return tracks
    .map((t) => ({ points: t.points }))
    .sort((a, b) => lineYAt(a, width / 2) - lineYAt(b, width / 2));
}

/** The track's centre height at `x`: linear between its points, level beyond its ends. */
export function lineYAt(track: LineTrack, x: number): number {
  const pts = track.points;
  if (x <= pts[0].x) return pts[0].y;
  for (let i = 1; i < pts.length; i++) {
    if (x <= pts[i].x) {
      const a = pts[i - 1];
      const b = pts[i];
      return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
    }
  }
  return pts[pts.length - 1].y;
}

/** Index of the track whose centre is nearest to (x, y); -1 when there are no tracks. */
export function nearestLine(tracks: readonly LineTrack[], x: number, y: number): number {
  let best = -1;
  let bestDistance = Infinity;
  tracks.forEach((track, i) => {
    const d = Math.abs(lineYAt(track, x) - y);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/** Two tracks closer than this share of their glyphs' size are one line seen in pieces. */
const SAME_LINE = 0.7;

function union(a: LineTrack, b: LineTrack): LineTrack {
  const byX = new Map<number, number[]>();
  for (const p of [...a.points, ...b.points]) byX.set(p.x, [...(byX.get(p.x) ?? []), p.y]);
  const points = [...byX.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([x, ys]) => ({ x, y: ys.reduce((s, y) => s + y, 0) / ys.length }));
  return { points };
}

/** Median distance between two tracks, measured at each point of either. */
function distance(a: LineTrack, b: LineTrack): number {
  const d = [...a.points, ...b.points].map((p) => Math.abs(lineYAt(a, p.x) - lineYAt(b, p.x)));
  d.sort((p, q) => p - q);
  return d[d.length >> 1];
}

/**
 * Joins tracks that are pieces of one line. The stripe step works with the page's typical
 * character size, so a line written much larger than the rest (or the bars of a large =, or an
 * i's dot) can come out as several tracks; here each track is judged by the size of its own
 * glyphs (`sizes[i]`, e.g. the median size of the components nearest to track i).
 */
export function mergeCloseTracks(
  tracks: readonly LineTrack[],
  sizes: readonly number[],
): LineTrack[] {
  const merged = tracks.map((t, i) => ({ track: t, size: sizes[i] }));
  for (let changed = true; changed;) {
    changed = false;
    let best: [number, number] | null = null;
    let bestRatio = SAME_LINE;
    for (let a = 0; a < merged.length; a++) {
      for (let b = a + 1; b < merged.length; b++) {
        const size = Math.max(merged[a].size, merged[b].size);
        const ratio = size > 0 ? distance(merged[a].track, merged[b].track) / size : Infinity;
        if (ratio < bestRatio) {
          bestRatio = ratio;
          best = [a, b];
        }
      }
    }
    if (best) {
      const [a, b] = best;
      merged[a] = {
        track: union(merged[a].track, merged[b].track),
        size: Math.max(merged[a].size, merged[b].size),
      };
      merged.splice(b, 1);
      changed = true;
    }
  }
  return merged.map((m) => m.track);
}
