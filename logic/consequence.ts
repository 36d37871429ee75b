/**
 * Premises ⊨ conclusion. Quantifier-free lines go to the SAT solver, which reads each atom as
 * a letter; when it finds that the conclusion follows, that holds however the atoms are read.
 * When it finds a counter-assignment but the atoms have free variables or equations, the
 * letter reading may be too coarse (P(x) ⊨ P(y) read with ∀, a=b ⊨ b=a), so those lines are
 * searched for a counter-model like first-order ones.
 */
import type { Formula } from '../recognition/formula/ast.js';
import { freeVariables } from '../recognition/formula/free-variables.js';
import type { ConsequenceAnswer } from './api.js';
import { propositionalCounter } from './decide.js';
import { searchCounterModel } from './model-search.js';
import { isPropositional } from './propositional.js';

function hasEquation(f: Formula): boolean {
  switch (f.kind) {
    case 'equals':
    case 'notEquals':
      return true;
    case 'not':
    case 'group':
    case 'quantifier':
      return hasEquation(f.body);
    case 'binary':
      return hasEquation(f.left) || hasEquation(f.right);
    case 'predicate':
    case 'comparison':
    case 'constant':
      return false;
  }
}

/** Whether reading atoms as letters loses nothing: no equations, no variables. */
function lettersSuffice(formulas: readonly Formula[]): boolean {
  return formulas.every((f) => !hasEquation(f) && freeVariables(f).length === 0);
}

export function consequence(premises: readonly Formula[], conclusion: Formula): ConsequenceAnswer {
  const formulas = [...premises, conclusion];
  if (formulas.every(isPropositional)) {
    const counter = propositionalCounter(premises, conclusion);
    if (counter === null || lettersSuffice(formulas))
      return { method: 'sat', follows: counter === null, counter };
  }
  return { method: 'model-search', search: searchCounterModel(premises, conclusion) };
}
