import type {
  FormulaExports,
  FreeVariableNotes,
  FreeVariableTreatment,
  NotationStyle,
  TextFormat,
} from '@services/contract';

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
 * A TPTP file is a list of annotated formulas; the exports hold the bare fof body
 * (recognition/formula/exports.ts `toTptp`), so each one is wrapped as `toTptpAnnotated` would,
 * as an axiom, numbered from f1.
 */
function annotatedTptp(body: string, index: number): string {
  const trimmed = body.trim();
  if (/^fof\s*\(/.test(trimmed)) return trimmed;
  return `fof(f${index + 1}, axiom, ${trimmed}).`;
}

/** The text of a file holding these formulas in `format`, one per line. */
export function fileContent(format: TextFormat, formulas: readonly string[]): string {
  const lines = format === 'tptp' ? formulas.map(annotatedTptp) : formulas.map((f) => f.trim());
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The formulas of the lines that have exports (the well-formed ones), in `format`. */
export function formulasIn(
  format: TextFormat,
  exports: readonly (FormulaExports | null)[],
): string[] {
  return exports.flatMap((e) => (e === null ? [] : [e[format]]));
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
