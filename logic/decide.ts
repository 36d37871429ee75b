/**
 * Propositional questions answered by the SAT solver on a Tseitin encoding, so they stay fast
 * well past the size of any truth table: a formula is a tautology when its negation is
 * unsatisfiable, two formulas are equivalent when their ↮ is, premises entail a conclusion
 * when premises ∧ ¬conclusion is.
 */
import type { Formula } from '../recognition/formula/ast.js';
import type { Assignment, EquivalenceAnswer, PropositionalAnswer } from './api.js';
import { all, iff, negation, type Prop } from './prop.js';
import { AtomTable, toProp } from './propositional.js';
import { sat } from './sat.js';
import { TseitinEncoder } from './tseitin.js';

/** An assignment making `p` true, over every atom in `atoms`, or null when there is none. */
export function satisfyingAssignment(p: Prop, atoms: AtomTable): Assignment | null {
  const encoder = new TseitinEncoder(atoms.names.length);
  encoder.assert(p);
  const result = sat(encoder.cnf);
  return result.satisfiable ? atoms.assignment(result.model.slice(1)) : null;
}

export function decide(f: Formula): PropositionalAnswer {
  const atoms = new AtomTable();
  const p = toProp(f, atoms, 'Deciding tautology or contradiction');
  const satisfying = satisfyingAssignment(p, atoms);
  const falsifying = satisfyingAssignment(negation(p), atoms);
  const verdict =
    satisfying === null ? 'contradiction' : falsifying === null ? 'tautology' : 'contingent';
  return { verdict, satisfying, falsifying };
}

export function equivalence(a: Formula, b: Formula): EquivalenceAnswer {
  const atoms = new AtomTable();
  const pa = toProp(a, atoms, 'Equivalence by SAT');
  const pb = toProp(b, atoms, 'Equivalence by SAT');
  const counter = satisfyingAssignment(negation(iff(pa, pb)), atoms);
  return { equivalent: counter === null, counter };
}

/** A counter-assignment (premises true, conclusion false), or null when the conclusion follows. */
export function propositionalCounter(
  premises: readonly Formula[],
  conclusion: Formula,
): Assignment | null {
  const atoms = new AtomTable();
  const what = 'Consequence by SAT';
  const parts = premises.map((f) => toProp(f, atoms, what));
  parts.push(negation(toProp(conclusion, atoms, what)));
  return satisfyingAssignment(all(parts), atoms);
}
