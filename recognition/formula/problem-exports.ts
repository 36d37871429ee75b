/**
 * A page of lines as one problem for a prover: the TPTP problem file (each line an annotated
 * `fof` formula, the conclusion's role `conjecture`, the others' `axiom`) and the Prover9 input
 * file (the other lines in `formulas(assumptions).`, the conclusion in `formulas(goals).`).
 *
 * Each formula is written as the single-line export writes it (`toTptp`, `toProver9`), free
 * variables closed with ∀ or kept as constants as chosen, except that TPTP's names, and whether
 * the problem is typed (tff, with its type declarations first), are chosen for the page as a
 * whole (`tptpProblemWriter`); each line is closed on its own,
 * because a line's free x says nothing about another line's. Names are the page's line numbers
 * (`line_3`), so a prover's proof can be read against the page.
 *
 * Only lines that are one formula become part of the problem; a term, an equation chain, a
 * list, a sequent or a line with no reading is left out, and the file says so in a `%` comment,
 * which both formats read as a comment.
 */
import type { Formula, Line } from './ast.js';
import {
  DEFAULT_FREE_VARIABLES,
  lineToFormat,
  toProver9,
  tptpProblemWriter,
  type FreeVariableTreatment,
  type ParenthesesStyle,
} from './exports.js';

/** The two problem formats, declared once. */
export const PROBLEM_FORMATS = ['tptp', 'prover9'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

export interface ProblemOptions {
  /** The line (0-based, on the page) to prove; the last formula line when absent or unusable. */
  readonly conclusion?: number;
  readonly style?: ParenthesesStyle;
  readonly freeVariables?: FreeVariableTreatment;
}

export interface ProblemExport {
  /** The whole file, ending in a newline; empty when the page has no formula line. */
  readonly text: string;
  /** The page's line (0-based) that became the conjecture or goal; null when none. */
  readonly conclusion: number | null;
  /** The page's lines (0-based) that became axioms or assumptions, in page order. */
  readonly premises: readonly number[];
  /** Why a line was left out, or why the conclusion is not the one asked for; plain words. */
  readonly notes: readonly string[];
}

/** The name a line gets in the problem: its number on the page. */
export const problemLineName = (index: number): string => `line_${index + 1}`;

const WHAT_IT_IS: Readonly<Record<Exclude<Line['kind'], 'formula'>, string>> = {
  term: 'a term, not a formula',
  equations: 'an equation chain, not one formula',
  formulaSet: 'a set of formulas, not one formula',
  list: 'a list, not one formula',
  sequent: 'a sequent, not one formula',
};

interface Selection {
  readonly formulas: ReadonlyMap<number, Formula>;
  readonly conclusion: number | null;
  readonly premises: readonly number[];
  readonly notes: readonly string[];
}

function select(lines: readonly (Line | null)[], wanted: number | undefined): Selection {
  const formulas = new Map<number, Formula>();
  const notes: string[] = [];
  lines.forEach((line, index) => {
    const name = `Line ${index + 1}`;
    if (line === null) notes.push(`${name} left out: it has no well-formed reading.`);
    else if (line.kind === 'formula') formulas.set(index, line.formula);
    else notes.push(`${name} left out: it is ${WHAT_IT_IS[line.kind]}.`);
  });
  const indices = [...formulas.keys()];
  const last = indices.length === 0 ? null : indices[indices.length - 1];
  let conclusion = last;
  if (wanted !== undefined && formulas.has(wanted)) conclusion = wanted;
  else if (wanted !== undefined && last !== null) {
    notes.push(
      `Line ${wanted + 1} is not a formula, so line ${last + 1} is the conclusion instead.`,
    );
  }
  const premises = indices.filter((i) => i !== conclusion);
  return { formulas, conclusion, premises, notes };
}

/** Only called with indices `select` took from the map itself. */
function formulaAt(formulas: ReadonlyMap<number, Formula>, index: number): Formula {
  const f = formulas.get(index);
  if (f === undefined) throw new Error(`line ${index + 1} is not a formula`);
  return f;
}

const comments = (notes: readonly string[]): string[] => notes.map((note) => `% ${note}`);

/** A selection with a conclusion: a problem that can be written. */
type Problem = Selection & { readonly conclusion: number };

/** The lines `options` chose, written by `write`; no text when no line is a formula. */
function exportWith(
  lines: readonly (Line | null)[],
  options: ProblemOptions,
  write: (problem: Problem) => string,
): ProblemExport {
  const chosen = select(lines, options.conclusion);
  const { conclusion } = chosen;
  return { ...chosen, text: conclusion === null ? '' : write({ ...chosen, conclusion }) };
}

/** The page as one TPTP problem: `fof(line_1, axiom, …).` … `fof(line_3, conjecture, …).` */
export function exportTptpProblem(
  lines: readonly (Line | null)[],
  options: ProblemOptions = {},
): ProblemExport {
  return exportWith(lines, options, ({ formulas, conclusion, premises, notes }) => {
    // Names and types chosen for the whole page: one symbol, one name and one type in every line.
    const writer = tptpProblemWriter(
      [...formulas.values()],
      options.freeVariables ?? DEFAULT_FREE_VARIABLES,
    );
    const annotated = (i: number, role: string) =>
      `${writer.language}(${problemLineName(i)}, ${role}, ${writer.body(formulaAt(formulas, i), options.style)}).`;
    const text = [
      '% A page of Inkform lines, one formula per line.',
      ...comments(notes),
      ...writer.declarations,
      ...premises.map((i) => annotated(i, 'axiom')),
      annotated(conclusion, 'conjecture'),
    ].join('\n');
    return `${text}\n`;
  });
}

/**
 * The page as one Prover9 input file. The line's name is a `%` comment after each formula:
 * Prover9's `# label(…)` attribute is meant for clauses, and a comment keeps every formula
 * readable by any Prover9 version.
 */
export function exportProver9Problem(
  lines: readonly (Line | null)[],
  options: ProblemOptions = {},
): ProblemExport {
  return exportWith(lines, options, ({ formulas, conclusion, premises, notes }) => {
    const item = (i: number) =>
      `  ${toProver9(
        formulaAt(formulas, i),
        options.style ?? 'as-written',
        options.freeVariables ?? DEFAULT_FREE_VARIABLES,
      )}.  % ${problemLineName(i)}`;
    const list = (name: string, indices: readonly number[]) =>
      indices.length === 0 ? [] : [`formulas(${name}).`, ...indices.map(item), 'end_of_list.', ''];
    return [
      '% A page of Inkform lines: the others assumed, the conclusion the goal.',
      ...comments(notes),
      '',
      ...list('assumptions', premises),
      ...list('goals', [conclusion]),
    ].join('\n');
  });
}

/**
 * Lines as a TPTP file of axioms `f1`, `f2` … (what saving in TPTP writes), typed as one problem
 * when any formula does arithmetic: type declarations first, every line tff (see
 * `tptpProblemWriter`). A line that is no formula (a sequent, a chain) is written as its export.
 */
export function tptpAxiomFile(
  lines: readonly Line[],
  options: Omit<ProblemOptions, 'conclusion'> = {},
): string {
  if (lines.length === 0) return '';
  const freeVariables = options.freeVariables ?? DEFAULT_FREE_VARIABLES;
  const writer = tptpProblemWriter(
    lines.flatMap((l) => (l.kind === 'formula' ? [l.formula] : [])),
    freeVariables,
  );
  const body = (line: Line) =>
    line.kind === 'formula'
      ? writer.body(line.formula, options.style)
      : lineToFormat(line, 'tptp', { parentheses: options.style, freeVariables });
  const rows = lines.map((line, i) => `${writer.language}(f${i + 1}, axiom, ${body(line)}).`);
  return `${[...writer.declarations, ...rows].join('\n')}\n`;
}

/** Either problem, by format. */
export function exportProblem(
  format: ProblemFormat,
  lines: readonly (Line | null)[],
  options: ProblemOptions = {},
): ProblemExport {
  return format === 'tptp'
    ? exportTptpProblem(lines, options)
    : exportProver9Problem(lines, options);
}
