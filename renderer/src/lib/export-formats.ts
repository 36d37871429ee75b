import type {
  FormulaExports,
  FreeVariableNotes,
  FreeVariableTreatment,
  NotationStyle,
  ParenthesesStyle,
  TextFormat,
} from '@services/contract';
import { tptpFile } from './problem-export';

export const FORMAT_LABELS: Readonly<Record<TextFormat, string>> = {
  unicode: 'Unicode',
  latex: 'LaTeX',
  tptp: 'TPTP',
  prover9: 'Prover9',
  ascii: 'ASCII',
};

const EXTENSIONS: Readonly<Record<TextFormat, string>> = {
  unicode: 'txt',
  latex: 'tex',
  tptp: 'p',
  prover9: 'txt',
  ascii: 'txt',
};

/** `formula.tex` for one line, `formulas.tex` for a page. */
export function suggestedFileName(format: TextFormat, lines: 'one' | 'all'): string {
  return `${lines === 'one' ? 'formula' : 'formulas'}.${EXTENSIONS[format]}`;
}

/**
 * The text of a file holding these lines in `format`, one per line. A TPTP file is a list of
 * annotated formulas, not bare bodies: it is written from the lines themselves, as axioms f1, f2
 * …, typed (tff, with declarations) when a line does arithmetic; see `tptpFile`.
 */
export function fileContent(
  format: TextFormat,
  lines: readonly FormulaExports[],
  options: TptpFileOptions,
): string {
  if (format === 'tptp')
    return tptpFile(
      lines.map((e) => e.unicode),
      options,
    );
  const texts = lines.map((e) => e[format].trim());
  return texts.length === 0 ? '' : `${texts.join('\n')}\n`;
}

/** How a TPTP file writes its lines: the export panel's choices. */
export interface TptpFileOptions {
  readonly style: ParenthesesStyle;
  readonly freeVariables: FreeVariableTreatment;
}

/** The lines that have exports (the well-formed ones). */
export function linesWithExports(exports: readonly (FormulaExports | null)[]): FormulaExports[] {
  return exports.filter((e): e is FormulaExports => e !== null);
}

export const FREE_VARIABLE_LABELS: Readonly<Record<FreeVariableTreatment, string>> = {
  close: 'Quantify with ∀',
  constants: 'Keep as constants',
};

export const NOTATION_LABELS: Readonly<Record<NotationStyle, string>> = {
  'as-written': 'As written (∼ ⊃ ≡ ·)',
  standard: 'Standard (¬ → ↔ ∧)',
};

/** The formats whose exports close or keep free variables: those the notes speak for. */
type ProverFormat = Exclude<keyof FreeVariableNotes, 'variables'>;

const isProverFormat = (format: TextFormat): format is ProverFormat =>
  format === 'tptp' || format === 'prover9';

/** Whether the free-variable option means anything in `format`. */
export const treatsFreeVariables = (format: TextFormat): boolean => isProverFormat(format);

/** What the export in `format` did with the line's free variables; null if nothing. */
export function freeVariableNote(
  exports: FormulaExports | null,
  format: TextFormat,
): string | null {
  if (exports === null || exports.freeVariables === null || !isProverFormat(format)) return null;
  return exports.freeVariables[format];
}
