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
  /** Of a drawing: the strokes it is made of (indices into the strokes read), ascending. */
  readonly strokes?: readonly number[];
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
  /** Null when the line has no free variable (see recognition/formula/free-variables.ts). */
  readonly freeVariables: FreeVariableNotes | null;
}

/** A line's free variables and what the TPTP and Prover9 exports did with them. */
export interface FreeVariableNotes {
  /** In the order they first occur. */
  readonly variables: readonly string[];
  /** For the user, e.g. "Free variable x: the TPTP export quantifies it universally (∀x)." */
  readonly tptp: string;
  readonly prover9: string;
}

/**
 * What a line of writing was read as: a formula, a term (`f(x,y)`), a chain of equations
 * (`a=b=c`), a comma-separated list of them, or none of these (`unparsed`).
 */
export type LineKind =
  'formula' | 'term' | 'equations' | 'formulaSet' | 'list' | 'sequent' | 'unparsed';

export interface RecognizedLine {
  /** Unicode text of the line exactly as written, every symbol and parenthesis. */
  readonly text: string;
  /** Whether the line parses as one of the kinds (a formula, a term, equations or a list). */
  readonly wellFormed: boolean;
  readonly kind: LineKind;
  readonly error: ParseError | null;
  /** Exports of the parsed line, keeping the writer's parentheses; null when it does not parse. */
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
