/**
 * Negation normal form: → and ↔ written with ¬ ∧ ∨, ¬ pushed down onto atoms (De Morgan,
 * ¬∀ = ∃¬, ¬∃ = ∀¬, double negation dropped), ⊤ and ⊥ simplified away unless the whole formula
 * is one of them. A quantifier over ⊤ or ⊥ is dropped too: domains are never empty.
 */
import type { Formula } from '../recognition/formula/ast.js';
import { binary, BOTTOM, not, quantified, TOP } from './build.js';

/** `a ∧ b` with ⊤ and ⊥ simplified. */
export function and(a: Formula, b: Formula): Formula {
  if (a.kind === 'constant') return a.value ? b : BOTTOM;
  if (b.kind === 'constant') return b.value ? a : BOTTOM;
  return binary('and', a, b);
}

/** `a ∨ b` with ⊤ and ⊥ simplified. */
export function or(a: Formula, b: Formula): Formula {
  if (a.kind === 'constant') return a.value ? TOP : b;
  if (b.kind === 'constant') return b.value ? TOP : a;
  return binary('or', a, b);
}

/** The NNF of `f` (when `positive`) or of ¬f. */
function nnfOf(f: Formula, positive: boolean): Formula {
  switch (f.kind) {
    case 'predicate':
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return positive ? f : not(f);
    case 'constant':
      return f.value === positive ? TOP : BOTTOM;
    case 'group':
      return nnfOf(f.body, positive);
    case 'not':
      return nnfOf(f.body, !positive);
    case 'quantifier': {
      const body = nnfOf(f.body, positive);
      if (body.kind === 'constant') return body;
      const flipped = f.quantifier === 'forall' ? 'exists' : 'forall';
      return quantified(positive ? f.quantifier : flipped, f.variable, body);
    }
    case 'binary': {
      const { left, right } = f;
      switch (f.op) {
        case 'and':
          return positive
            ? and(nnfOf(left, true), nnfOf(right, true))
            : or(nnfOf(left, false), nnfOf(right, false));
        case 'or':
          return positive
            ? or(nnfOf(left, true), nnfOf(right, true))
            : and(nnfOf(left, false), nnfOf(right, false));
        case 'implies':
          return positive
            ? or(nnfOf(left, false), nnfOf(right, true))
            : and(nnfOf(left, true), nnfOf(right, false));
        case 'iff':
          // A↔B = (¬A∨B)∧(A∨¬B); ¬(A↔B) = (A∨B)∧(¬A∨¬B).
          return positive
            ? and(
                or(nnfOf(left, false), nnfOf(right, true)),
                or(nnfOf(left, true), nnfOf(right, false)),
              )
            : and(
                or(nnfOf(left, true), nnfOf(right, true)),
                or(nnfOf(left, false), nnfOf(right, false)),
              );
      }
    }
  }
}

export function nnf(f: Formula): Formula {
  return nnfOf(f, true);
}
