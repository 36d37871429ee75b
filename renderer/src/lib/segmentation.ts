/**
 * The user's word on where symbols begin and end: for a drawing, groups of strokes that are one
 * symbol each; for a picture, boxes whose ink between their sides is one symbol each. A split
 * makes one per part, a join one for the whole. Recognition keeps every reading to them (see
 * recognition/lattice/pins.ts); these are the pure steps that make and send them.
 */
import type { AppLine, Box } from '@services/contract';
import type { InkStroke } from '../ink/ink-types';
import type { LineState } from './page-results';

/** Strokes (ids) that the user said are one symbol. */
export type StrokeGroup = readonly string[];

/** Where a symbol may be cut, left to right, in the page's coordinates. */
export type CutChoice =
  | { readonly kind: 'cuts'; readonly positions: readonly number[] }
  /** A drawing's symbol of one stroke: strokes can be told apart, a stroke cannot be cut. */
  | { readonly kind: 'single-stroke' };

/** Groups that share no stroke with `added`, then `added`: the user's newer word stands. */
export function withStrokeGroups(
  groups: readonly StrokeGroup[],
  added: readonly StrokeGroup[],
): StrokeGroup[] {
  const taken = new Set(added.flat());
  return [...groups.filter((g) => !g.some((id) => taken.has(id))), ...added];
}

const overlaps = (a: Box, b: Box): boolean =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
  Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);

/** Boxes that do not overlap `region`, then `parts`: the user's newer word stands. */
export function withBoxes(boxes: readonly Box[], region: Box, parts: readonly Box[]): Box[] {
  return [...boxes.filter((b) => !overlaps(b, region)), ...parts];
}

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const right = Math.max(a.x + a.width, b.x + b.width);
  const bottom = Math.max(a.y + a.height, b.y + b.height);
  return { x, y, width: right - x, height: bottom - y };
}

/** A picture's symbol cut at `x`: the part left of it and the part right of it. */
export function splitBox(box: Box, x: number): [Box, Box] {
  return [
    { ...box, width: x - box.x },
    { ...box, x, width: box.x + box.width - x },
  ];
}

/** Where a picture's symbol may be cut: every whole pixel inside it but the outermost. */
export function boxCuts(box: Box): CutChoice {
  const first = Math.floor(box.x) + 1;
  const last = Math.ceil(box.x + box.width) - 1;
  const positions = Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
  return { kind: 'cuts', positions };
}

const centreOf = (stroke: InkStroke): number => {
  const xs = stroke.points.map((p) => p.x);
  return (Math.min(...xs) + Math.max(...xs)) / 2;
};

/**
 * Where a drawn symbol may be cut: between the middles of its strokes taken left to right, so
 * that each cut gives a different pair of parts.
 */
export function strokeCuts(strokes: readonly InkStroke[]): CutChoice {
  const centres = [...new Set(strokes.map(centreOf))].sort((a, b) => a - b);
  if (centres.length < 2) return { kind: 'single-stroke' };
  return { kind: 'cuts', positions: centres.slice(1).map((c, k) => (centres[k] + c) / 2) };
}

/** A drawn symbol's strokes either side of the cut at `x`, by their middles. */
export function splitStrokes(strokes: readonly InkStroke[], x: number): [StrokeGroup, StrokeGroup] {
  const left = strokes.filter((s) => centreOf(s) < x).map((s) => s.id);
  const right = strokes.filter((s) => centreOf(s) >= x).map((s) => s.id);
  return [left, right];
}

/**
 * A symbol's strokes, from the indices recognition gave (into the strokes it was sent, which
 * leave out empty ones, see `toStrokeList`).
 */
export function strokesOfSymbol(
  sent: readonly InkStroke[],
  indices: readonly number[] | undefined,
): InkStroke[] {
  const drawn = sent.filter((s) => s.points.length > 0);
  return (indices ?? []).flatMap((i) => (drawn[i] === undefined ? [] : [drawn[i]]));
}

/**
 * The groups as recognition takes them: indices into the strokes sent. A group with a stroke that
 * is gone (erased, or undone) says nothing about the ink there now and is left out.
 */
export function groupIndices(
  groups: readonly StrokeGroup[],
  strokes: readonly InkStroke[],
): number[][] {
  const at = new Map(
    strokes.filter((s) => s.points.length > 0).map((stroke, i) => [stroke.id, i] as const),
  );
  return groups
    .filter((g) => g.length > 0 && g.every((id) => at.has(id)))
    .map((g) => g.map((id) => at.get(id)!).sort((a, b) => a - b));
}

/** A label the user chose, and where its symbol was. */
export interface ChosenLabel {
  readonly box: Box;
  readonly label: string;
}

/** The labels the user chose on a line, but those of the symbols at `except`. */
export function chosenLabels(state: LineState, except: readonly number[]): ChosenLabel[] {
  return state.forced.flatMap((label, i) => {
    const symbol = state.recognized.symbols[i];
    return label === null || symbol === undefined || except.includes(i)
      ? []
      : [{ box: symbol.box, label }];
  });
}

const sameBox = (a: Box, b: Box): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Per symbol of a line read again after a split or join, the label the user had chosen for a
 * symbol in exactly its place, or null: what the new reading must keep.
 */
export function carriedLabels(chosen: readonly ChosenLabel[], line: AppLine): (string | null)[] {
  return line.symbols.map((s) => chosen.find((c) => sameBox(c.box, s.box))?.label ?? null);
}
