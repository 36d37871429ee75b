/** Free and bound variables, and the scope of each quantifier. */
import { stripGroups, type Formula } from '../recognition/formula/ast.js';
import { freeVariables } from '../recognition/formula/free-variables.js';
import type { VariableReport } from './api.js';
import { isAtomic } from './atomic.js';
import { formulaText } from './text.js';

type Quantified = Extract<Formula, { kind: 'quantifier' }>;

/** The quantifiers of `f`, outermost first, left to right: what both reports below walk. */
function quantifiersOf(f: Formula, out: Quantified[] = []): Quantified[] {
  if (isAtomic(f)) return out;
  switch (f.kind) {
    case 'quantifier':
      out.push(f);
      return quantifiersOf(f.body, out);
    case 'not':
    case 'group':
      return quantifiersOf(f.body, out);
    case 'binary':
      quantifiersOf(f.left, out);
      return quantifiersOf(f.right, out);
  }
}

/** The variables some quantifier of `f` binds, in the order the quantifiers occur. */
export function boundVariables(f: Formula): string[] {
  return [...new Set(quantifiersOf(f).map((q) => q.variable))];
}

/** Outer parentheses of a scope say nothing about it: `∀x(P(x)→Q(x))` has scope `P(x)→Q(x)`. */
const withoutOuterGroups = (f: Formula): Formula =>
  f.kind === 'group' ? withoutOuterGroups(f.body) : f;

/**
 * Free variables are the free u–z letters, as the exports read them (`free-variables.ts`); any
 * other free letter is a constant.
 */
export function variableReport(f: Formula): VariableReport {
  const scopes = quantifiersOf(f).map((q) => ({
    quantifier: q.quantifier === 'forall' ? '∀' : '∃',
    variable: q.variable,
    scope: formulaText(withoutOuterGroups(q.body)),
  }));
  const free = freeVariables(f);
  return { free, bound: boundVariables(stripGroups(f)), sentence: free.length === 0, scopes };
}
