/**
 * The recognised lines of one page (the drawing or the imported image) and the user's
 * corrections to them. Pure, so that keeping or dropping corrections is decided in one place.
 */
import type { AppLine, AppSymbol, Box, GlyphReading, RecognizedLine } from '@services/contract';

export interface LineState {
  /** The line as recognition returned it: the glyphs and classifier candidates never change. */
  readonly recognized: AppLine;
  /** What the user sees: the recognised line, or its re-decoding after corrections. */
  readonly current: AppLine;
  /** Per symbol, the label the user chose, or null. */
  readonly forced: readonly (string | null)[];
}

export interface PageResults {
  readonly lines: readonly LineState[];
}

export const EMPTY_PAGE: PageResults = { lines: [] };

export type PageAction =
  | { readonly type: 'recognized'; readonly lines: readonly AppLine[] }
  | {
      readonly type: 'corrected';
      /** The state the correction was computed from; a newer one makes it stale. */
      readonly base: LineState;
      readonly line: RecognizedLine;
      readonly forced: readonly (string | null)[];
    }
  | { readonly type: 'cleared' };

export function freshLine(line: AppLine): LineState {
  return { recognized: line, current: line, forced: line.symbols.map(() => null) };
}

export function hasCorrections(state: LineState): boolean {
  return state.forced.some((label) => label !== null);
}

const sameBox = (a: Box, b: Box): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Same glyphs in the same places: the ink of the line did not change. */
export function sameSymbols(a: AppLine, b: AppLine): boolean {
  return (
    a.symbols.length === b.symbols.length &&
    a.symbols.every((symbol, i) => sameBox(symbol.box, b.symbols[i].box))
  );
}

/**
 * New recognition results replace the lines, but a corrected line whose symbols are all where
 * they were keeps its corrections: writing on another line must not undo the user's fixes.
 */
export function mergeRecognition(
  previous: readonly LineState[],
  incoming: readonly AppLine[],
): LineState[] {
  return incoming.map((line, i) => {
    const before = previous[i];
    if (before !== undefined && hasCorrections(before) && sameSymbols(before.recognized, line))
      return before;
    return freshLine(line);
  });
}

/** What `redecodeLine` needs: each glyph's candidates and box, as first recognised. */
export function readingsOf(line: AppLine): GlyphReading[] {
  return line.symbols.map((symbol) => ({ alternatives: symbol.alternatives, box: symbol.box }));
}

/** `forced` with symbol `index` set to `label`, earlier choices kept. */
export function withForced(
  forced: readonly (string | null)[],
  index: number,
  label: string,
): (string | null)[] {
  return forced.map((previous, i) => (i === index ? label : previous));
}

/**
 * A re-decoded line carries no glyphs (the service only decodes); the glyphs are those of the
 * recognised line, symbol for symbol.
 */
export function withGlyphs(line: RecognizedLine, recognized: AppLine): AppLine {
  const symbols: AppSymbol[] = line.symbols.map((symbol, i) => ({
    ...symbol,
    glyph: recognized.symbols[i]?.glyph ?? new Uint8Array(0),
  }));
  return { ...line, symbols };
}

export function pageReducer(page: PageResults, action: PageAction): PageResults {
  switch (action.type) {
    case 'recognized':
      return { lines: mergeRecognition(page.lines, action.lines) };
    case 'corrected': {
      const index = page.lines.indexOf(action.base);
      if (index < 0) return page;
      const next: LineState = {
        recognized: action.base.recognized,
        current: withGlyphs(action.line, action.base.recognized),
        forced: action.forced,
      };
      return { lines: page.lines.map((line, i) => (i === index ? next : line)) };
    }
    case 'cleared':
      return page.lines.length === 0 ? page : EMPTY_PAGE;
  }
}
