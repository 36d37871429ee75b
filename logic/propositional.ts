/**
 * Formulas without quantifiers read propositionally: each atom — a predicate with its arguments,
 * an equation, a comparison — is a letter, named by its Unicode text (`P`, `Q(x)`, `x=y`;
 * `x≠y` is ¬(x=y)). No more is known of atoms: `x=y` and `y=x` are different letters here.
 */
import type { Formula } from '../recognition/formula/ast.js';
import type { Assignment } from './api.js';
import { isAtomic } from './atomic.js';
import { NotPropositionalError } from './errors.js';
import { all, any, connect, negation, variable, type Prop } from './prop.js';
import { formulaText } from './text.js';

export function isPropositional(f: Formula): boolean {
  if (isAtomic(f)) return true;
  switch (f.kind) {
    case 'quantifier':
      return false;
    case 'not':
    case 'group':
      return isPropositional(f.body);
    case 'binary':
      return isPropositional(f.left) && isPropositional(f.right);
  }
}

/** Atoms by their text, numbered in the order they first occur. */
export class AtomTable {
  readonly names: string[] = [];
  private readonly indices = new Map<string, number>();

  index(name: string): number {
    let i = this.indices.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.indices.set(name, i);
    }
    return i;
  }

  /** The values of the atoms as an assignment by name. */
  assignment(values: readonly boolean[]): Assignment {
    return Object.fromEntries(this.names.map((name, i) => [name, values[i] ?? false]));
  }
}

/** The skeleton of `f` over `atoms` (which it extends); `what` names the question for errors. */
export function toProp(f: Formula, atoms: AtomTable, what: string): Prop {
  const walk = (g: Formula): Prop => {
    switch (g.kind) {
      case 'predicate':
      case 'equals':
      case 'comparison':
        return variable(atoms.index(formulaText(g)));
      case 'notEquals':
        return negation(variable(atoms.index(formulaText({ ...g, kind: 'equals' }))));
      case 'constant':
        return g.value ? all([]) : any([]);
      case 'group':
        return walk(g.body);
      case 'not':
        return negation(walk(g.body));
      case 'quantifier':
        throw new NotPropositionalError(what);
      case 'binary':
        return connect(g.op, walk(g.left), walk(g.right));
    }
  };
  return walk(f);
}
