/**
 * Skolem form, as resolution uses it: of the universal closure (a free u–z letter means ∀, as
 * in the exports), take the prenex form, then replace each ∃y, outside in, by a new function of
 * the universal variables before it — a new constant when there are none. The new names are
 * letters the formula does not use (a, b, c … for constants, f, g, h … for functions). The
 * result is equisatisfiable with the input, not equivalent.
 */
import type { Formula, Term } from '../recognition/formula/ast.js';
import { universalClosure } from '../recognition/formula/free-variables.js';
import { withPrefix, type QuantifierBinding } from './build.js';
import { CONSTANT_LETTERS, freshNames, FUNCTION_LETTERS, usedNames } from './names.js';
import { prenex } from './prenex.js';
import { substitute } from './substitute.js';

export interface SkolemForm {
  /** The universal variables, outermost first. */
  readonly universals: readonly string[];
  /** Quantifier-free. */
  readonly matrix: Formula;
}

export function skolemize(f: Formula): SkolemForm {
  const { prefix, matrix } = prenex(universalClosure(f));
  const used = usedNames(withPrefix(prefix, matrix));
  const constant = freshNames(used, CONSTANT_LETTERS);
  const func = freshNames(used, FUNCTION_LETTERS);
  const universals: string[] = [];
  let body = matrix;
  for (const q of prefix) {
    if (q.quantifier === 'forall') {
      universals.push(q.variable);
      continue;
    }
    const witness: Term =
      universals.length === 0
        ? { kind: 'symbol', name: constant() }
        : {
            kind: 'apply',
            name: func(),
            args: universals.map((name) => ({ kind: 'symbol', name })),
          };
    body = substitute(body, q.variable, witness);
  }
  return { universals, matrix: body };
}

export function skolem(f: Formula): Formula {
  const { universals, matrix } = skolemize(f);
  const prefix: QuantifierBinding[] = universals.map((variable) => ({
    quantifier: 'forall',
    variable,
  }));
  return withPrefix(prefix, matrix);
}
