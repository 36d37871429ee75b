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
 * Parenthesisation is described in `printer.ts`.
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
import type { Formula } from './ast.js';
import { AS_WRITTEN_SPELLER } from './names.js';
import { printFormula, type Notation } from './printer.js';
import { tptpNameSpeller } from './tptp-names.js';

const asWritten = (): typeof AS_WRITTEN_SPELLER => AS_WRITTEN_SPELLER;

const UNICODE: Notation = {
  column: 'char',
  spaced: false,
  argSeparator: ',',
  negation: '¬',
  quantifierPrefix: (q, v) => q + v,
  wideQuantifierScope: false,
  names: asWritten,
};

const LATEX: Notation = {
  column: 'latex',
  spaced: true,
  argSeparator: ', ',
  negation: '\\neg ',
  quantifierPrefix: (q, v) => `${q} ${v} \\, `,
  wideQuantifierScope: false,
  names: asWritten,
};

const TPTP: Notation = {
  column: 'tptp',
  spaced: true,
  argSeparator: ',',
  negation: '~ ',
  quantifierPrefix: (q, v) => `${q}[${v}]: `,
  wideQuantifierScope: false,
  names: tptpNameSpeller,
};

const PROVER9: Notation = {
  column: 'prover9',
  spaced: true,
  argSeparator: ',',
  negation: '-',
  quantifierPrefix: (q, v) => `${q} ${v} `,
  wideQuantifierScope: true,
  names: asWritten,
};

const ASCII: Notation = {
  column: 'ascii',
  spaced: true,
  argSeparator: ',',
  negation: '~',
  quantifierPrefix: (q, v) => `${q} ${v} `,
  wideQuantifierScope: false,
  names: asWritten,
};

export function toUnicode(f: Formula): string {
  return printFormula(f, UNICODE);
}

export function toLatex(f: Formula): string {
  return printFormula(f, LATEX);
}

/** The fof formula body only; see `toTptpAnnotated` for a complete TPTP input line. */
export function toTptp(f: Formula): string {
  return printFormula(f, TPTP);
}

export function toTptpAnnotated(f: Formula, name = 'f1', role = 'conjecture'): string {
  return `fof(${name}, ${role}, ${toTptp(f)}).`;
}

export function toProver9(f: Formula): string {
  return printFormula(f, PROVER9);
}

export function toAscii(f: Formula): string {
  return printFormula(f, ASCII);
}

export function exportFormula(f: Formula): FormulaExports {
  return {
    unicode: toUnicode(f),
    latex: toLatex(f),
    tptp: toTptp(f),
    prover9: toProver9(f),
    ascii: toAscii(f),
  };
}
