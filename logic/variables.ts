/** Free and bound variables, and the scope of each quantifier. */
import { stripGroups, type Formula } from '../recognition/formula/ast.js';
import { freeVariables } from '../recognition/formula/free-variables.js';
import type { VariableReport } from './api.js';
import { formulaText } from './text.js';

/** The variables some quantifier of `f` binds, in the order the quantifiers occur. */
export function boundVariables(f: Formula): string[] {
  const out: string[] = [];
  const walk = (g: Formula): void => {
    switch (g.kind) {
      case 'quantifier':
        if (!out.includes(g.variable)) out.push(g.variable);
        walk(g.body);
        return;
      case 'not':
      case 'group':
        walk(g.body);
        return;
      case 'binary':
        walk(g.left);
        walk(g.right);
        return;
      case 'predicate':
      case 'equals':
      case 'notEquals':
      case 'comparison':
      case 'constant':
        return;
    }
  };
  walk(f);
  return out;
}

/** Outer parentheses of a scope say nothing about it: `∀x(P(x)→Q(x))` has scope `P(x)→Q(x)`. */
const withoutOuterGroups = (f: Formula): Formula =>
  f.kind === 'group' ? withoutOuterGroups(f.body) : f;

/**
 * Free variables are the free u–z letters, as the exports read them (`free-variables.ts`); any
 * other free letter is a constant.
 */
export function variableReport(f: Formula): VariableReport {
  const scopes: { quantifier: string; variable: string; scope: string }[] = [];
  const walk = (g: Formula): void => {
    switch (g.kind) {
      case 'quantifier':
        scopes.push({
          quantifier: g.quantifier === 'forall' ? '∀' : '∃',
          variable: g.variable,
          scope: formulaText(withoutOuterGroups(g.body)),
        });
        walk(g.body);
        return;
      case 'not':
      case 'group':
        walk(g.body);
        return;
      case 'binary':
        walk(g.left);
        walk(g.right);
        return;
      case 'predicate':
      case 'equals':
      case 'notEquals':
      case 'comparison':
      case 'constant':
        return;
    }
  };
  walk(f);
  const free = freeVariables(f);
  return { free, bound: boundVariables(stripGroups(f)), sentence: free.length === 0, scopes };
}
