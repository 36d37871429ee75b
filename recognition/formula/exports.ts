/**
 * Text exports of a formula: Unicode, LaTeX, TPTP, Prover9 and plain ASCII.
 *
 * Conventions of the AST, shared by every format:
 * - predicates are uppercase letters (P, Q, R …); a predicate without arguments is a
 *   propositional letter;
 * - functions are lowercase letters (f, g, h); constants are lowercase letters or digit strings
 *   (a, b, 0, 10); variables are lowercase letters (x, y, z). A lowercase letter is a variable
 *   when a quantifier binds it; we cannot tell a free variable from a constant, so term symbols
 *   are written as they were drawn;
 * - precedence, tightest first: ¬ and the quantifiers, ∧, ∨, → / ⇒, ↔ / ⇔. ∧ and ∨ associate to
 *   the left, → and ↔ to the right. A quantifier binds like ¬ (`∀x P(x) → Q` is
 *   `(∀x P(x)) → Q`), so a wider scope is written with parentheses: `∀x(P(x)→Q(x))`.
 *   Equations `t = s`, `t ≠ s` are atoms.
 * - parentheses: Unicode, LaTeX and ASCII give back the writer's parentheses, every pair and no
 *   other (see `printer.ts`); TPTP and Prover9 add the standard ones their syntax wants
 *   (`withStandardParentheses`) to the writer's. `parentheses: 'standard'` gives every format the
 *   normalised form instead: the writer's pairs dropped, the standard ones put in.
 * - lines that are not formulas: a term is printed as a term, a list item by item separated by
 *   commas, an equation chain `a=b=c` as written (TPTP and Prover9, which have no chains, as
 *   the conjunction `a = b & b = c` that it means).
 * - free variables (free letters u–z, see `free-variables.ts`): TPTP and Prover9 close each
 *   formula of a line with ∀ over them, or keep them as constants, and the exports carry a note
 *   saying which; the other formats write them as they are.
 *
 * Per format:
 * - Unicode has no spaces: `∀x(P(x)→∃y(Q(x,y)∧¬R(y)))`, `f(c)=0`, `x≠y`, `∀xP(x)`.
 * - LaTeX: `\forall x \, (P(x) \to \exists y \, (Q(x, y) \wedge \neg R(y)))`.
 * - TPTP: the fof body, `![X]: (p(X) => ?[Y]: (q(X,Y) & ~ r(Y)))`; for names (uppercase bound
 *   variables, `p_1` on a predicate/function clash, digit constants as `n0`) see `tptp-names.ts`.
 *   TPTP has a single implication and equivalence, so ⇒ and ⇔ read back as → and ↔.
 * - Prover9: `all x (P(x) -> exists y (Q(x,y) & -R(y)))`, `$T`, `$F`; ⇒ and ⇔ are `->` and
 *   `<->` (read back as → and ↔). Prover9 extends a quantifier's scope to the right, so a
 *   quantified formula with more text after it is parenthesised: `(all x P(x)) -> Q`.
 * - ASCII: `forall x (P(x) -> exists y (Q(x,y) & ~R(y)))`, `x != y`, ⇒ `=>`, ⇔ `<=>`, and ⊤/⊥
 *   as `true`/`false` so that they cannot be mistaken for the predicate letters T and F.
 */
import type { FormulaExports, FreeVariableNotes } from '../types.js';
import {
  normaliseParentheses,
  withStandardParentheses,
  type Formula,
  type Line,
  type LineItem,
} from './ast.js';
import {
  DEFAULT_FREE_VARIABLES,
  freeVariableNote,
  freeVariables,
  universalClosure,
  type FreeVariableSpelling,
  type FreeVariableTreatment,
} from './free-variables.js';
import { AS_WRITTEN_SPELLER } from './names.js';
import { printFormula, printTerm, type Notation } from './printer.js';
import { prover9Constant, prover9NameSpeller } from './prover9-names.js';
import { spell } from './spelling.js';
import { tptpNameSpeller } from './tptp-names.js';

const asWritten = (): typeof AS_WRITTEN_SPELLER => AS_WRITTEN_SPELLER;

/** A notation and what else a format does with lines. */
interface Format {
  readonly notation: Notation;
  /** Whether the format needs the standard parentheses besides the writer's (TPTP, Prover9). */
  readonly standardParentheses: boolean;
  /** Whether an equation chain is written as the conjunction of its links. */
  readonly chainsAsConjunction: boolean;
  readonly listSeparator: string;
  /** For the provers' formats, which close formulas or keep free variables as constants. */
  readonly freeVariables: FreeVariableSpelling | null;
}

const UNICODE: Format = {
  notation: {
    column: 'char',
    spaced: false,
    argSeparator: ',',
    negation: '¬',
    quantifierPrefix: (q, v) => q + v,
    wideQuantifierScope: false,
    names: asWritten,
  },
  standardParentheses: false,
  chainsAsConjunction: false,
  listSeparator: ',',
  freeVariables: null,
};

const LATEX: Format = {
  notation: {
    column: 'latex',
    spaced: true,
    argSeparator: ', ',
    negation: '\\neg ',
    quantifierPrefix: (q, v) => `${q} ${v} \\, `,
    wideQuantifierScope: false,
    names: asWritten,
  },
  standardParentheses: false,
  chainsAsConjunction: false,
  listSeparator: ', ',
  freeVariables: null,
};

const TPTP: Format = {
  notation: {
    column: 'tptp',
    spaced: true,
    argSeparator: ',',
    negation: '~ ',
    quantifierPrefix: (q, v) => `${q}[${v}]: `,
    wideQuantifierScope: false,
    names: tptpNameSpeller,
  },
  standardParentheses: true,
  chainsAsConjunction: true,
  listSeparator: ', ',
  freeVariables: { label: 'TPTP', constant: (name) => name, constantReason: '' },
};

const PROVER9: Format = {
  notation: {
    column: 'prover9',
    spaced: true,
    argSeparator: ',',
    negation: '-',
    quantifierPrefix: (q, v) => `${q} ${v} `,
    wideQuantifierScope: true,
    names: prover9NameSpeller,
  },
  standardParentheses: true,
  chainsAsConjunction: true,
  listSeparator: ', ',
  freeVariables: {
    label: 'Prover9',
    constant: prover9Constant,
    constantReason: 'Prover9 reads a free name starting with u–z as a variable',
  },
};

const ASCII: Format = {
  notation: {
    column: 'ascii',
    spaced: true,
    argSeparator: ',',
    negation: '~',
    quantifierPrefix: (q, v) => `${q} ${v} `,
    wideQuantifierScope: false,
    names: asWritten,
  },
  standardParentheses: false,
  chainsAsConjunction: false,
  listSeparator: ', ',
  freeVariables: null,
};

/** As written (the default) or normalised: the writer's parentheses replaced by the standard ones. */
export const PARENTHESES_STYLES = ['as-written', 'standard'] as const;
export type ParenthesesStyle = (typeof PARENTHESES_STYLES)[number];

export {
  DEFAULT_FREE_VARIABLES,
  FREE_VARIABLE_TREATMENTS,
  type FreeVariableTreatment,
} from './free-variables.js';

function print(
  f: Formula,
  format: Format,
  style: ParenthesesStyle,
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
  notation: Notation = format.notation,
): string {
  const closed = format.freeVariables !== null && treatment === 'close' ? universalClosure(f) : f;
  const tree =
    style === 'standard'
      ? normaliseParentheses(closed)
      : format.standardParentheses
        ? withStandardParentheses(closed)
        : closed;
  return printFormula(tree, notation);
}

export function toUnicode(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, UNICODE, style);
}

export function toLatex(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, LATEX, style);
}

/** The fof formula body only; see `toTptpAnnotated` for a complete TPTP input line. */
export function toTptp(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): string {
  return print(f, TPTP, style, treatment);
}

/**
 * The fof body of one formula among others in one problem (a page of lines): names are chosen
 * for all of them together, so a predicate renamed `p_1` because some formula has a term `p` is
 * `p_1` in every formula, as one problem needs.
 */
export function toTptpAmong(
  f: Formula,
  all: readonly Formula[],
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): string {
  // Printed as each is printed: closed, or with its free variables as constants.
  const closedAll = treatment === 'close' ? all.map((g) => universalClosure(g)) : all;
  const together = closedAll.reduce<Formula | null>(
    (left, right) =>
      left === null ? right : { kind: 'binary', op: 'and', symbol: '∧', left, right },
    null,
  );
  const names = () => tptpNameSpeller(together);
  return print(f, TPTP, style, treatment, { ...TPTP.notation, names });
}

export function toTptpAnnotated(f: Formula, name = 'f1', role = 'conjecture'): string {
  return `fof(${name}, ${role}, ${toTptp(f)}).`;
}

export function toProver9(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): string {
  return print(f, PROVER9, style, treatment);
}

export function toAscii(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, ASCII, style);
}

type Chain = Extract<LineItem, { kind: 'equations' }>;

/** `a=b≠c` as the formula it means, `a = b & b != c`. */
function chainFormula(chain: Chain): Formula {
  const links = chain.relations.map((relation, k): Formula => ({
    kind: relation === 'eq' ? 'equals' : 'notEquals',
    left: chain.terms[k],
    right: chain.terms[k + 1],
  }));
  return links.reduce((left, right) => ({ kind: 'binary', op: 'and', symbol: '∧', left, right }));
}

function printItem(
  item: LineItem,
  format: Format,
  style: ParenthesesStyle,
  treatment: FreeVariableTreatment,
): string {
  const { notation } = format;
  switch (item.kind) {
    case 'formula':
      return print(item.formula, format, style, treatment);
    case 'term':
      return printTerm(item.term, notation);
    case 'equations': {
      if (format.chainsAsConjunction) return print(chainFormula(item), format, style, treatment);
      const terms = item.terms.map((t) => printTerm(t, notation));
      const relation = (k: number) => {
        const symbol = spell(notation.column, item.relations[k]);
        return notation.spaced ? ` ${symbol} ` : symbol;
      };
      return terms.map((t, k) => (k === 0 ? t : relation(k - 1) + t)).join('');
    }
    case 'formulaSet':
      throw new Error('the exports do not write a set of formulas yet');
  }
}

const itemsOf = (line: Line): readonly LineItem[] => {
  if (line.kind === 'sequent') throw new Error('the exports do not write a sequent yet');
  return line.kind === 'list' ? line.items : [line];
};

function printLine(
  line: Line,
  format: Format,
  style: ParenthesesStyle,
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): string {
  return itemsOf(line)
    .map((item) => printItem(item, format, style, treatment))
    .join(format.listSeparator);
}

export function lineToUnicode(line: Line, style: ParenthesesStyle = 'as-written'): string {
  return printLine(line, UNICODE, style);
}

/** The free variables of the line's formulas and chains; a term on its own is no statement. */
function lineFreeVariables(line: Line): string[] {
  const out: string[] = [];
  for (const item of itemsOf(line)) {
    if (item.kind === 'term' || item.kind === 'formulaSet') continue;
    const formula = item.kind === 'formula' ? item.formula : chainFormula(item);
    for (const v of freeVariables(formula)) if (!out.includes(v)) out.push(v);
  }
  return out;
}

function freeVariableNotes(line: Line, treatment: FreeVariableTreatment): FreeVariableNotes | null {
  const variables = lineFreeVariables(line);
  if (variables.length === 0) return null;
  const note = (format: Format) =>
    format.freeVariables === null
      ? ''
      : freeVariableNote(variables, treatment, format.freeVariables);
  return { variables, tptp: note(TPTP), prover9: note(PROVER9) };
}

export function exportLine(
  line: Line,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): FormulaExports {
  return {
    unicode: printLine(line, UNICODE, style),
    latex: printLine(line, LATEX, style),
    tptp: printLine(line, TPTP, style, treatment),
    prover9: printLine(line, PROVER9, style, treatment),
    ascii: printLine(line, ASCII, style),
    freeVariables: freeVariableNotes(line, treatment),
  };
}

export function exportFormula(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): FormulaExports {
  return exportLine({ kind: 'formula', formula: f }, style, treatment);
}
