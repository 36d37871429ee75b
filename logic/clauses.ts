/**
 * Clausal form, as resolution takes it: the Skolem form's matrix in CNF, one clause per
 * conjunct, the ∀ prefix dropped (every variable of a clause is universal), and the variables
 * standardised apart: each clause gets variables of its own, x, y, z, u, v, w, then x₁, y₁ … .
 */
import type { Term } from '../recognition/formula/ast.js';
import { termChildren } from '../recognition/formula/ast.js';
import type { Clause } from './api.js';
import { withPrefix } from './build.js';
import { freshNames, usedNames, VARIABLE_LETTERS } from './names.js';
import { formulaTerms } from './names.js';
import { cnfClauses } from './normal-forms.js';
import { skolemize } from './skolem.js';
import { renameAtom } from './substitute.js';
import type { Formula } from '../recognition/formula/ast.js';

/** Names a clause variable can have: a u–z letter, maybe with a subscript. */
export const isClauseVariable = (name: string): boolean => /^[u-z][₀-₉]*$/.test(name);

function symbolsOf(t: Term, out: Set<string>): void {
  if (t.kind === 'symbol') out.add(t.name);
  for (const child of termChildren(t)) symbolsOf(child, out);
}

/** The variables of a clause, each once, in writing order. */
export function clauseVariables(clause: Clause): string[] {
  const out = new Set<string>();
  for (const l of clause) for (const t of formulaTerms(l.atom)) symbolsOf(t, out);
  return [...out].filter(isClauseVariable);
}

export function clausalForm(f: Formula): Clause[] {
  const { universals, matrix } = skolemize(f);
  const variables = new Set(universals);
  const others = new Set([...usedNames(withPrefix([], matrix))].filter((n) => !variables.has(n)));
  const fresh = freshNames(others, VARIABLE_LETTERS);
  return cnfClauses(matrix).map((clause) => {
    const inClause = new Set<string>();
    for (const l of clause) for (const t of formulaTerms(l.atom)) symbolsOf(t, inClause);
    const names = new Map([...inClause].filter((n) => variables.has(n)).map((n) => [n, fresh()]));
    return clause.map((l) => ({ negated: l.negated, atom: renameAtom(l.atom, names) }));
  });
}
