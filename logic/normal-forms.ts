/**
 * CNF and DNF by distribution over the NNF, as sets of literal sets: a clause (CNF) or a term
 * (DNF) never repeats a literal, one holding both P and ¬P is dropped (it is ⊤ in a CNF, ⊥ in a
 * DNF), and no clause appears twice. First-order formulas are put in prenex form first and the
 * matrix is distributed under the prefix.
 */
import type { Formula } from '../recognition/formula/ast.js';
import type { Literal } from './api.js';
import { conjunction, disjunction, not, withPrefix } from './build.js';
import { TooManyClausesError } from './errors.js';
import { nnf } from './nnf.js';
import { prenex } from './prenex.js';
import { formulaText } from './text.js';

/** More clauses than this and distribution stops: it can double with every ↔. */
export const MAX_NORMAL_FORM_CLAUSES = 20_000;

/** x≠y is the literal ¬(x=y), so that x=y ∨ x≠y is seen to be ⊤. */
export function literalOf(atom: Formula, negated: boolean): Literal {
  return atom.kind === 'notEquals'
    ? { negated: !negated, atom: { kind: 'equals', left: atom.left, right: atom.right } }
    : { negated, atom };
}

export function literalFormula(l: Literal): Formula {
  if (!l.negated) return l.atom;
  return l.atom.kind === 'equals'
    ? { kind: 'notEquals', left: l.atom.left, right: l.atom.right }
    : not(l.atom);
}

const atomKey = (l: Literal): string => formulaText(l.atom);
const literalKey = (l: Literal): string => `${l.negated ? '¬' : ''}${atomKey(l)}`;

/** The union of two literal sets, or null when it holds an atom both ways. */
function merge(a: readonly Literal[], b: readonly Literal[]): Literal[] | null {
  const out = [...a];
  const keys = new Map(a.map((l) => [atomKey(l), l.negated]));
  for (const l of b) {
    const seen = keys.get(atomKey(l));
    if (seen === undefined) {
      keys.set(atomKey(l), l.negated);
      out.push(l);
    } else if (seen !== l.negated) {
      return null;
    }
  }
  return out;
}

function distinct(sets: Literal[][]): Literal[][] {
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = s.map(literalKey).sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The literal sets of an NNF formula: `outer` is the connective between sets (∧ for CNF),
 * the other one inside them.
 */
function literalSets(f: Formula, outer: 'and' | 'or', form: string): Literal[][] {
  switch (f.kind) {
    case 'predicate':
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return [[literalOf(f, false)]];
    case 'not':
      return [[literalOf(f.body, true)]];
    case 'constant':
      // ⊤ in a CNF is no clause, ⊥ the empty one; dually in a DNF.
      return f.value === (outer === 'and') ? [] : [[]];
    case 'binary': {
      const left = literalSets(f.left, outer, form);
      const right = literalSets(f.right, outer, form);
      if (f.op === outer) return distinct([...left, ...right]);
      if (left.length * right.length > MAX_NORMAL_FORM_CLAUSES)
        throw new TooManyClausesError(form, MAX_NORMAL_FORM_CLAUSES);
      const out: Literal[][] = [];
      for (const a of left) {
        for (const b of right) {
          const merged = merge(a, b);
          if (merged) out.push(merged);
        }
      }
      return distinct(out);
    }
    case 'group':
    case 'quantifier':
      throw new Error(`literalSets expects a quantifier-free NNF, got a ${f.kind}`);
  }
}

/** CNF clauses of a quantifier-free formula: a conjunction of disjunctions of literals. */
export function cnfClauses(matrix: Formula): Literal[][] {
  return literalSets(nnf(matrix), 'and', 'CNF');
}

/** DNF terms of a quantifier-free formula: a disjunction of conjunctions of literals. */
export function dnfTerms(matrix: Formula): Literal[][] {
  return literalSets(nnf(matrix), 'or', 'DNF');
}

export function cnf(f: Formula): Formula {
  const { prefix, matrix } = prenex(f);
  const clauses = cnfClauses(matrix).map((c) => disjunction(c.map(literalFormula)));
  return withPrefix(prefix, conjunction(clauses));
}

export function dnf(f: Formula): Formula {
  const { prefix, matrix } = prenex(f);
  const terms = dnfTerms(matrix).map((t) => conjunction(t.map(literalFormula)));
  return withPrefix(prefix, disjunction(terms));
}
