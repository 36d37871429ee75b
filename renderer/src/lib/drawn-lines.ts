/**
 * The drawing's lines as the user sees them: the latest reading of the ink, with the user's
 * relabels and typed text put back on the lines whose ink they were made for.
 */
import type { AppLine } from '@services/contract';
import type { InkStroke } from '../ink/ink-types';
import { strokesOfLines } from './line-ink';
import { freshLine, sameSymbols, type LineState } from './page-results';
import { inkKey, type TypedPin, type WorkspaceDoc } from './workspace-history';

/** One answer of recognition, with the ink it was for. */
export interface Reading {
  readonly strokes: readonly InkStroke[];
  readonly lines: readonly AppLine[];
  /** Per line, its strokes. */
  readonly strokeIds: readonly (readonly string[])[];
}

export const NO_READING: Reading = { strokes: [], lines: [], strokeIds: [] };

export function readingOf(lines: readonly AppLine[], strokes: readonly InkStroke[]): Reading {
  return { strokes, lines, strokeIds: strokesOfLines(lines, strokes) };
}

export interface DrawnLine {
  readonly state: LineState;
  readonly strokeIds: readonly string[];
  /** The text the user typed for the line, or null while it follows its reading. */
  readonly pin: TypedPin | null;
  /**
   * Ink was added to or erased from the line since its text was typed, and now reads otherwise
   * than the text: the user decides which to keep.
   */
  readonly inkChanged: boolean;
}

/**
 * For each line, which anchor (a pin or relabel) belongs to it: the one sharing most strokes
 * with it, a later anchor winning a tie, since it is the user's latest word.
 */
function anchorsByLine(
  lines: readonly ReadonlySet<string>[],
  anchors: readonly { readonly strokeIds: readonly string[] }[],
): (number | null)[] {
  const owner: (number | null)[] = lines.map(() => null);
  const shared: number[] = lines.map(() => 0);
  anchors.forEach((anchor, k) => {
    let best = -1;
    let most = 0;
    lines.forEach((ids, i) => {
      const count = anchor.strokeIds.filter((id) => ids.has(id)).length;
      if (count > most) {
        most = count;
        best = i;
      }
    });
    if (best >= 0 && most >= shared[best]) {
      owner[best] = k;
      shared[best] = most;
    }
  });
  return owner;
}

/** Text typed while the page had no lines: it is the page's until ink gives it a line. */
export function blankPin(doc: WorkspaceDoc): TypedPin | null {
  return [...doc.pins].reverse().find((pin) => pin.strokeIds.length === 0) ?? null;
}

export function drawnLines(reading: Reading, doc: WorkspaceDoc): DrawnLine[] {
  const sets = reading.strokeIds.map((ids) => new Set(ids));
  const relabelOf = anchorsByLine(sets, doc.relabels);
  const pinOf = anchorsByLine(sets, doc.pins);
  const blank = blankPin(doc);
  // Until the reading catches up with an undo or a new stroke, its strokes are not the ink's.
  const current = reading.strokes === doc.strokes;
  return reading.lines.map((line, i) => {
    const relabel = relabelOf[i] === null ? null : doc.relabels[relabelOf[i]];
    const state =
      relabel !== null && sameSymbols(relabel.state.recognized, line)
        ? relabel.state
        : freshLine(line);
    const owned = pinOf[i] === null ? null : doc.pins[pinOf[i]];
    const pin = owned ?? (i === 0 ? blank : null);
    const strokeIds = reading.strokeIds[i];
    const inkChanged =
      current &&
      pin !== null &&
      inkKey(pin.strokeIds) !== inkKey(strokeIds) &&
      pin.text !== state.current.text;
    return { state, strokeIds, pin, inkChanged };
  });
}
