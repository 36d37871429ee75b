/** The public shapes of recognition results, shared by the engine, the CLI and the app. */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Alternative {
  /** Class name from the symbol table (e.g. `forall`, `x`, `X`). */
  readonly label: string;
  readonly char: string;
  readonly probability: number;
}

export interface RecognizedSymbol {
  readonly label: string;
  readonly char: string;
  /** Classifier probability of the chosen label. */
  readonly confidence: number;
  /** In input coordinates (image pixels or stroke units). */
  readonly box: Box;
  /** The classifier's top candidates, best first (includes the chosen label). */
  readonly alternatives: readonly Alternative[];
}

export interface ParseError {
  /** Index into `symbols` of the first symbol the grammar could not accept (length = at end). */
  readonly position: number;
  readonly message: string;
}

export interface FormulaExports {
  readonly unicode: string;
  readonly latex: string;
  readonly tptp: string;
  readonly prover9: string;
  readonly ascii: string;
}

export interface RecognizedLine {
  /** Unicode text of the line: the formula when well formed, else the raw reading. */
  readonly text: string;
  readonly wellFormed: boolean;
  readonly error: ParseError | null;
  /** Exports of the parsed formula; null when the line is not well formed. */
  readonly exports: FormulaExports | null;
  readonly symbols: readonly RecognizedSymbol[];
  readonly box: Box;
}

/** A symbol with the normalised glyph the classifier saw, so the app can save corrections. */
export interface GlyphSymbol extends RecognizedSymbol {
  /** 28×28 bytes, ink = 255 on 0. */
  readonly glyph: Uint8Array;
}

export interface GlyphLine extends Omit<RecognizedLine, 'symbols'> {
  readonly symbols: readonly GlyphSymbol[];
}
