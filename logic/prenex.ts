/**
 * Prenex normal form. ↔ is written as (A→B)∧(B→A) (a quantifier cannot leave a ↔ as one
 * quantifier), bound variables are renamed apart — every quantifier its own variable, none
 * named like a free symbol — so that pulling the quantifiers to the front captures nothing;
 * then they are pulled out left to right, flipping under ¬ and on the left of →. The matrix
 * keeps the writer's ¬ ∧ ∨ →.
 */
import { stripGroups, type Formula } from '../recognition/formula/ast.js';
import { freeTermNames } from '../recognition/formula/free-variables.js';
import { binary, not, withPrefix, type QuantifierBinding } from './build.js';
import { isAtomic } from './atomic.js';
import { freshNames, usedNames, VARIABLE_LETTERS } from './names.js';
import { renameTerm } from './substitute.js';

function withoutIff(f: Formula): Formula {
  if (isAtomic(f)) return f;
  switch (f.kind) {
    case 'not':
      return not(withoutIff(f.body));
    case 'group':
      return withoutIff(f.body);
    case 'quantifier':
      return { ...f, body: withoutIff(f.body) };
    case 'binary': {
      const left = withoutIff(f.left);
      const right = withoutIff(f.right);
      return f.op === 'iff'
        ? binary('and', binary('implies', left, right), binary('implies', right, left))
        : binary(f.op, left, right);
    }
  }
}

/** `f` with every quantifier binding a variable of its own, named unlike any free symbol. */
export function renameApart(f: Formula): Formula {
  const taken = freeTermNames(f);
  const fresh = freshNames(usedNames(f), VARIABLE_LETTERS);
  const walk = (g: Formula, names: ReadonlyMap<string, string>): Formula => {
    switch (g.kind) {
      case 'predicate':
        return { ...g, args: g.args.map((a) => renameTerm(a, names)) };
      case 'equals':
      case 'notEquals':
      case 'comparison':
        return { ...g, left: renameTerm(g.left, names), right: renameTerm(g.right, names) };
      case 'constant':
        return g;
      case 'not':
      case 'group':
        return { ...g, body: walk(g.body, names) };
      case 'binary':
        return { ...g, left: walk(g.left, names), right: walk(g.right, names) };
      case 'quantifier': {
        const variable = taken.has(g.variable) ? fresh() : g.variable;
        taken.add(variable);
        return { ...g, variable, body: walk(g.body, new Map([...names, [g.variable, variable]])) };
      }
    }
  };
  return walk(f, new Map());
}

export interface Prenex {
  readonly prefix: readonly QuantifierBinding[];
  readonly matrix: Formula;
}

const flip = (prefix: readonly QuantifierBinding[]): QuantifierBinding[] =>
  prefix.map((q) => ({ ...q, quantifier: q.quantifier === 'forall' ? 'exists' : 'forall' }));

/** Pulls the quantifiers of a renamed-apart, ↔-free formula to the front. */
function pull(f: Formula): Prenex {
  if (isAtomic(f)) return { prefix: [], matrix: f };
  switch (f.kind) {
    case 'group':
      return pull(f.body);
    case 'not': {
      const inner = pull(f.body);
      return { prefix: flip(inner.prefix), matrix: not(inner.matrix) };
    }
    case 'quantifier': {
      const inner = pull(f.body);
      return {
        prefix: [{ quantifier: f.quantifier, variable: f.variable }, ...inner.prefix],
        matrix: inner.matrix,
      };
    }
    case 'binary': {
      const left = pull(f.left);
      const right = pull(f.right);
      const leftPrefix = f.op === 'implies' ? flip(left.prefix) : left.prefix;
      return {
        prefix: [...leftPrefix, ...right.prefix],
        matrix: binary(f.op, left.matrix, right.matrix),
      };
    }
  }
}

export function prenex(f: Formula): Prenex {
  return pull(renameApart(withoutIff(stripGroups(f))));
}

export function pnf(f: Formula): Formula {
  const { prefix, matrix } = prenex(f);
  return withPrefix(prefix, matrix);
}
