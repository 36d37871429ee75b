/**
 * Properties over seeded random formulas: every transformation keeps the meaning (checked by
 * truth tables, independently of the SAT solver) and has the shape its name promises.
 */
import { describe, expect, it } from 'vitest';
import type { Formula } from '../recognition/formula/ast.js';
import { mulberry32 } from '../recognition/imaging/random.js';
import { randomFormula } from '../recognition/formula/random-formula.js';
import { conjunction, disjunction } from './build.js';
import {
  clausalForm,
  clauseVariables,
  decide,
  equivalence,
  literalFormula,
  searchCounterModel,
  transform,
  truthTable,
} from './index.js';
import { parse, randomPropositional, sameTruthTable } from './test-support.js';

const isAtom = (f: Formula): boolean =>
  f.kind === 'predicate' ||
  f.kind === 'equals' ||
  f.kind === 'notEquals' ||
  f.kind === 'comparison';
const isLiteral = (f: Formula): boolean => isAtom(f) || (f.kind === 'not' && isAtom(f.body));

/** ¬ only on atoms, only ∧ and ∨ (quantifiers allowed), ⊤/⊥ only as the whole formula. */
function isNnf(f: Formula, top = true): boolean {
  if (isLiteral(f)) return true;
  if (f.kind === 'constant') return top;
  if (f.kind === 'quantifier') return isNnf(f.body, false);
  return (
    f.kind === 'binary' &&
    (f.op === 'and' || f.op === 'or') &&
    isNnf(f.left, false) &&
    isNnf(f.right, false)
  );
}

/** The operands of a chain of `op`. */
function chain(f: Formula, op: 'and' | 'or'): Formula[] {
  return f.kind === 'binary' && f.op === op ? [...chain(f.left, op), ...chain(f.right, op)] : [f];
}

/** A conjunction of disjunctions of literals (dually for DNF), or a lone ⊤/⊥. */
function isNormalForm(f: Formula, outer: 'and' | 'or'): boolean {
  if (f.kind === 'constant') return true;
  const inner = outer === 'and' ? 'or' : 'and';
  return chain(f, outer).every((part) => chain(part, inner).every(isLiteral));
}

function dropPrefix(f: Formula): { quantifiers: string[]; matrix: Formula } {
  const quantifiers: string[] = [];
  let g = f;
  while (g.kind === 'quantifier') {
    quantifiers.push(g.quantifier);
    g = g.body;
  }
  return { quantifiers, matrix: g };
}

function hasQuantifier(f: Formula): boolean {
  switch (f.kind) {
    case 'quantifier':
      return true;
    case 'not':
    case 'group':
      return hasQuantifier(f.body);
    case 'binary':
      return hasQuantifier(f.left) || hasQuantifier(f.right);
    default:
      return false;
  }
}

const PROPOSITIONAL_CASES = 1200;

describe('the shape checks themselves', () => {
  it('reject what they should, so the properties below can fail', () => {
    expect(isNnf(parse('¬(P∧Q)'))).toBe(false);
    expect(isNnf(parse('P→Q'))).toBe(false);
    expect(isNormalForm(parse('(P∧Q)∨R'), 'and')).toBe(false);
    expect(isNormalForm(parse('(P∨Q)∧R'), 'or')).toBe(false);
    expect(hasQuantifier(dropPrefix(parse('∀xP(x)∧∃yQ(y)')).matrix)).toBe(true);
    expect(sameTruthTable(parse('P→Q'), parse('Q→P'))).toBe(false);
  });
});

describe('random propositional formulas', () => {
  const rng = mulberry32(2026);
  const formulas = Array.from({ length: PROPOSITIONAL_CASES }, () => randomPropositional(rng, 4));

  it('keep their meaning and the promised shape under NNF, CNF, DNF, PNF and Skolem form', () => {
    for (const f of formulas) {
      const nnf = transform(f, 'nnf');
      const cnf = transform(f, 'cnf');
      const dnf = transform(f, 'dnf');
      expect(sameTruthTable(f, nnf)).toBe(true);
      expect(sameTruthTable(f, cnf)).toBe(true);
      expect(sameTruthTable(f, dnf)).toBe(true);
      expect(sameTruthTable(f, transform(f, 'pnf'))).toBe(true);
      expect(sameTruthTable(f, transform(f, 'skolem'))).toBe(true);
      expect(isNnf(nnf)).toBe(true);
      expect(isNormalForm(cnf, 'and')).toBe(true);
      expect(isNormalForm(dnf, 'or')).toBe(true);
    }
  });

  it('have clauses whose conjunction means the same', () => {
    for (const f of formulas.slice(0, 400)) {
      const clauses = clausalForm(f).map((c) => disjunction(c.map(literalFormula)));
      expect(sameTruthTable(f, conjunction(clauses))).toBe(true);
    }
  });

  it('get the verdict from SAT that the truth table gives', () => {
    for (const f of formulas) {
      const results = truthTable(f).rows.map((r) => r.result);
      const expected = results.every(Boolean)
        ? 'tautology'
        : results.some(Boolean)
          ? 'contingent'
          : 'contradiction';
      const answer = decide(f);
      expect(answer.verdict).toBe(expected);
      // The assignments given must do what they claim.
      const table = truthTable(f);
      const rowOf = (a: Record<string, boolean>) =>
        table.rows.find((r) => r.values.every((v, i) => v === a[table.atoms[i]]));
      if (answer.satisfying) expect(rowOf(answer.satisfying)?.result).toBe(true);
      if (answer.falsifying) expect(rowOf(answer.falsifying)?.result).toBe(false);
    }
  });

  it('are equivalent by SAT exactly when their truth tables agree', () => {
    let equivalentPairs = 0;
    for (let i = 0; i + 1 < formulas.length; i += 2) {
      const [a, b] = [formulas[i], formulas[i + 1]];
      const same = sameTruthTable(a, b);
      if (same) equivalentPairs++;
      expect(equivalence(a, b).equivalent).toBe(same);
    }
    expect(equivalentPairs).toBeGreaterThan(0);
  });
});

describe('random first-order formulas', () => {
  const rng = mulberry32(16);
  const formulas = Array.from({ length: 300 }, () => randomFormula(rng, { maxDepth: 4 }));

  it('have every quantifier of the PNF in front, and only ∀ in the Skolem form', () => {
    for (const f of formulas) {
      expect(hasQuantifier(dropPrefix(transform(f, 'pnf')).matrix)).toBe(false);
      const skolem = dropPrefix(transform(f, 'skolem'));
      expect(hasQuantifier(skolem.matrix)).toBe(false);
      expect(skolem.quantifiers.every((q) => q === 'forall')).toBe(true);
      expect(isNnf(transform(f, 'nnf'))).toBe(true);
      expect(isNormalForm(dropPrefix(transform(f, 'cnf')).matrix, 'and')).toBe(true);
    }
  });

  it('have clauses with pairwise disjoint variables', () => {
    let shared = 0;
    for (const f of formulas) {
      const seen = new Set<string>();
      for (const clause of clausalForm(f)) {
        for (const v of clauseVariables(clause)) {
          if (seen.has(v)) shared++;
          seen.add(v);
        }
      }
    }
    expect(shared).toBe(0);
  });

  it('keep their meaning under NNF, PNF and CNF: no counter-model either way over two elements', () => {
    for (const f of formulas.slice(0, 60)) {
      for (const t of ['nnf', 'pnf', 'cnf'] as const) {
        const g = transform(f, t);
        expect(searchCounterModel([f], g, 2).kind).not.toBe('counter-model');
        expect(searchCounterModel([g], f, 2).kind).not.toBe('counter-model');
      }
    }
  });
});
