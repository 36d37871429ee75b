/** Replacing the free occurrences of a variable by a term. */
import type { Formula, Term } from '../recognition/formula/ast.js';

export function substituteTerm(t: Term, variable: string, by: Term): Term {
  switch (t.kind) {
    case 'symbol':
      return t.name === variable ? by : t;
    case 'apply':
      return { ...t, args: t.args.map((a) => substituteTerm(a, variable, by)) };
    case 'arithmetic':
      return {
        ...t,
        left: substituteTerm(t.left, variable, by),
        right: substituteTerm(t.right, variable, by),
      };
    case 'negative':
    case 'termGroup':
      return { ...t, body: substituteTerm(t.body, variable, by) };
    case 'product':
      return { ...t, factors: t.factors.map((a) => substituteTerm(a, variable, by)) };
    case 'set':
      return { ...t, items: t.items.map((a) => substituteTerm(a, variable, by)) };
  }
}

/**
 * `f` with `variable` replaced by `by` where it is free. Callers rename bound variables apart
 * first, so no variable of `by` is captured.
 */
export function substitute(f: Formula, variable: string, by: Term): Formula {
  const term = (t: Term): Term => substituteTerm(t, variable, by);
  switch (f.kind) {
    case 'predicate':
      return { ...f, args: f.args.map(term) };
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return { ...f, left: term(f.left), right: term(f.right) };
    case 'not':
    case 'group':
      return { ...f, body: substitute(f.body, variable, by) };
    case 'binary':
      return {
        ...f,
        left: substitute(f.left, variable, by),
        right: substitute(f.right, variable, by),
      };
    case 'quantifier':
      return f.variable === variable ? f : { ...f, body: substitute(f.body, variable, by) };
    case 'constant':
      return f;
  }
}

/** `t` with its symbols renamed all at once (so x→y, y→x swaps them). */
export function renameTerm(t: Term, names: ReadonlyMap<string, string>): Term {
  switch (t.kind) {
    case 'symbol':
      return { ...t, name: names.get(t.name) ?? t.name };
    case 'apply':
      return { ...t, args: t.args.map((a) => renameTerm(a, names)) };
    case 'arithmetic':
      return { ...t, left: renameTerm(t.left, names), right: renameTerm(t.right, names) };
    case 'negative':
    case 'termGroup':
      return { ...t, body: renameTerm(t.body, names) };
    case 'product':
      return { ...t, factors: t.factors.map((a) => renameTerm(a, names)) };
    case 'set':
      return { ...t, items: t.items.map((a) => renameTerm(a, names)) };
  }
}

/** An atom with the symbols of its terms renamed all at once. */
export function renameAtom(f: Formula, names: ReadonlyMap<string, string>): Formula {
  switch (f.kind) {
    case 'predicate':
      return { ...f, args: f.args.map((a) => renameTerm(a, names)) };
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return { ...f, left: renameTerm(f.left, names), right: renameTerm(f.right, names) };
    case 'not':
    case 'group':
    case 'quantifier':
    case 'binary':
    case 'constant':
      return f;
  }
}
