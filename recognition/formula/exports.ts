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
import type { FormulaExports } from '../types.js';
import {
  normaliseParentheses,
  withStandardParentheses,
  type Formula,
  type Line,
  type LineItem,
} from './ast.js';
import { AS_WRITTEN_SPELLER } from './names.js';
import { printFormula, printTerm, type Notation } from './printer.js';
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
};

const PROVER9: Format = {
  notation: {
    column: 'prover9',
    spaced: true,
    argSeparator: ',',
    negation: '-',
    quantifierPrefix: (q, v) => `${q} ${v} `,
    wideQuantifierScope: true,
    names: asWritten,
  },
  standardParentheses: true,
  chainsAsConjunction: true,
  listSeparator: ', ',
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
};

/** As written (the default) or normalised: the writer's parentheses replaced by the standard ones. */
export const PARENTHESES_STYLES = ['as-written', 'standard'] as const;
export type ParenthesesStyle = (typeof PARENTHESES_STYLES)[number];

function print(f: Formula, format: Format, style: ParenthesesStyle): string {
  const tree =
    style === 'standard'
      ? normaliseParentheses(f)
      : format.standardParentheses
        ? withStandardParentheses(f)
        : f;
  return printFormula(tree, format.notation);
}

export function toUnicode(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, UNICODE, style);
}

export function toLatex(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, LATEX, style);
}

/** The fof formula body only; see `toTptpAnnotated` for a complete TPTP input line. */
export function toTptp(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, TPTP, style);
}

export function toTptpAnnotated(f: Formula, name = 'f1', role = 'conjecture'): string {
  return `fof(${name}, ${role}, ${toTptp(f)}).`;
}

export function toProver9(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, PROVER9, style);
}

export function toAscii(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, ASCII, style);
}

function printItem(item: LineItem, format: Format, style: ParenthesesStyle): string {
  const { notation } = format;
  switch (item.kind) {
    case 'formula':
      return print(item.formula, format, style);
    case 'term':
      return printTerm(item.term, notation);
    case 'equations': {
      const terms = item.terms.map((t) => printTerm(t, notation));
      const relation = (k: number) => {
        const symbol = spell(notation.column, item.relations[k]);
        return notation.spaced ? ` ${symbol} ` : symbol;
      };
      if (format.chainsAsConjunction)
        return item.relations
          .map((_, k) => `${terms[k]}${relation(k)}${terms[k + 1]}`)
          .join(
            notation.spaced
              ? ` ${spell(notation.column, 'wedge')} `
              : spell(notation.column, 'wedge'),
          );
      return terms.map((t, k) => (k === 0 ? t : relation(k - 1) + t)).join('');
    }
  }
}

function printLine(line: Line, format: Format, style: ParenthesesStyle): string {
  if (line.kind !== 'list') return printItem(line, format, style);
  return line.items.map((item) => printItem(item, format, style)).join(format.listSeparator);
}

export function lineToUnicode(line: Line, style: ParenthesesStyle = 'as-written'): string {
  return printLine(line, UNICODE, style);
}

export function exportLine(line: Line, style: ParenthesesStyle = 'as-written'): FormulaExports {
  return {
    unicode: printLine(line, UNICODE, style),
    latex: printLine(line, LATEX, style),
    tptp: printLine(line, TPTP, style),
    prover9: printLine(line, PROVER9, style),
    ascii: printLine(line, ASCII, style),
  };
}

export function exportFormula(f: Formula, style: ParenthesesStyle = 'as-written'): FormulaExports {
  return exportLine({ kind: 'formula', formula: f }, style);
}
