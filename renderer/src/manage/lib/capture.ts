/**
 * Capture mode's logic: a drawing becomes the same 28×28 glyph the engine makes from strokes
 * (recognition/strokes/stroke-candidates.ts renders each symbol with CROHME_RENDERING and normalises
 * it), so samples captured here look to the classifier exactly like what it reads in the
 * workspace; and which symbol to prompt next.
 */
import type { SampleInfo } from '@services/contract';
import { GLYPH_PIXELS, normaliseGlyph, CROHME_RENDERING, rasteriseStrokes } from '@recognition';
import type { InkStroke } from '../../ink/ink-types';
import { toStrokeList } from '../../ink/stroke-list';

/** 784 bytes, ink 255 on 0; null when there is no ink to save. */
export function captureGlyph(strokes: readonly InkStroke[]): Uint8Array | null {
  const list = toStrokeList(strokes).map((stroke) => stroke.map(([x, y]) => [x, y]));
  if (list.length === 0) return null;
  const glyph = normaliseGlyph(rasteriseStrokes(list, CROHME_RENDERING));
  return glyph !== null && glyph.length === GLYPH_PIXELS ? glyph : null;
}

/**
 * The symbol to prompt after `current`: the next one in the list still short of its target,
 * going round, so the user writes each symbol in turn rather than twenty of one in a row (which
 * gives more varied samples). Null when every symbol has reached the target.
 */
export function nextPrompt(
  labels: readonly string[],
  counts: Readonly<Record<string, number>>,
  target: number,
  current: number,
): number | null {
  const n = labels.length;
  for (let step = 1; step <= n; step++) {
    const index = (current + step) % n;
    if ((counts[labels[index]] ?? 0) < target) return index;
  }
  return null;
}

/** Previous or next symbol in the list whatever its count (arrow keys), going round. */
export function stepPrompt(length: number, current: number, delta: 1 | -1): number {
  if (length === 0) return 0;
  return (current + delta + length) % length;
}

export interface CaptureTotals {
  readonly done: number;
  readonly wanted: number;
  readonly complete: number;
}

/** Samples towards the targets (extra samples of one class do not count for another). */
export function captureTotals(
  labels: readonly string[],
  counts: Readonly<Record<string, number>>,
  target: number,
): CaptureTotals {
  let done = 0;
  let complete = 0;
  for (const label of labels) {
    const n = counts[label] ?? 0;
    done += Math.min(n, target);
    if (n >= target) complete++;
  }
  return { done, wanted: labels.length * target, complete };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Which listed sample is the one just captured: `addSamples` answers with the set, not the new
 * sample's id, so Undo finds it by its glyph (the stored PNG keeps the bytes), and otherwise
 * takes the newest capture of that class.
 */
export function findSavedSample(
  samples: readonly SampleInfo[],
  glyph: Uint8Array,
): SampleInfo | null {
  const captured = samples.filter((s) => s.source === 'capture');
  const exact = captured.filter((s) => sameBytes(s.glyph, glyph));
  const pool = exact.length > 0 ? exact : captured;
  let newest: SampleInfo | null = null;
  for (const sample of pool)
    if (newest === null || sample.createdAt >= newest.createdAt) newest = sample;
  return newest;
}
