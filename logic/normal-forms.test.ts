import { describe, expect, it } from 'vitest';
import {
  clausalForm,
  clauseVariables,
  formulaText,
  literalFormula,
  transform,
  type Clause,
} from './index.js';
import { parse } from './test-support.js';

const show = (text: string, t: Parameters<typeof transform>[1]): string =>
  formulaText(transform(parse(text), t));
const clauses = (text: string): string[] =>
  clausalForm(parse(text)).map((c: Clause) =>
    c.map((l) => formulaText(literalFormula(l))).join(', '),
  );

describe('negation normal form', () => {
  it('applies De Morgan: ¬(P∧Q) is ¬P∨¬Q', () => {
    expect(show('¬(P∧Q)', 'nnf')).toBe('¬P∨¬Q');
  });
  it('moves ¬ through a quantifier: ¬∀xP(x) is ∃x¬P(x)', () => {
    expect(show('¬∀xP(x)', 'nnf')).toBe('∃x¬P(x)');
    expect(show('¬∃x(P(x)∧Q(x))', 'nnf')).toBe('∀x(¬P(x)∨¬Q(x))');
  });
  it('writes → and ↔ with ¬ ∧ ∨ and drops double negation', () => {
    expect(show('P→Q', 'nnf')).toBe('¬P∨Q');
    expect(show('¬¬P', 'nnf')).toBe('P');
    expect(show('¬(P↔Q)', 'nnf')).toBe('(P∨Q)∧(¬P∨¬Q)');
  });
  it('simplifies ⊤ and ⊥ away', () => {
    expect(show('P∧⊤', 'nnf')).toBe('P');
    expect(show('(P∨⊤)∧Q', 'nnf')).toBe('Q');
    expect(show('¬⊤∨⊥', 'nnf')).toBe('⊥');
  });
});

describe('prenex normal form', () => {
  it('pulls quantifiers out of the left of → flipping them: ∀xP(x)→∃yQ(y) is ∃x∃y(P(x)→Q(y))', () => {
    expect(show('∀xP(x)→∃yQ(y)', 'pnf')).toBe('∃x∃y(P(x)→Q(y))');
  });
  it('renames a bound variable apart instead of capturing', () => {
    // The two x are different variables, and the free x of Q(x) must stay free.
    expect(show('∀xP(x)∧∃xR(x)', 'pnf')).toBe('∀x∃y(P(x)∧R(y))');
    expect(show('∀xP(x)∧Q(x)', 'pnf')).toBe('∀y(P(y)∧Q(x))');
  });
});

describe('Skolem form', () => {
  it('replaces ∃y under ∀x by a function of x: ∀x∃yR(x,y) becomes ∀xR(x,f(x))', () => {
    expect(show('∀x∃yR(x,y)', 'skolem')).toBe('∀xR(x,f(x))');
  });
  it('uses a new constant for an outermost ∃, and names that do not clash', () => {
    expect(show('∃x∀yR(x,y)', 'skolem')).toBe('∀yR(a,y)');
    expect(show('∃xP(x,a,f(b))', 'skolem')).toBe('P(c,a,f(b))');
    expect(show('∀x∃yR(f(x),y)', 'skolem')).toBe('∀xR(f(x),g(x))');
  });
  it('closes free variables universally first', () => {
    expect(show('∃yR(x,y)', 'skolem')).toBe('∀xR(x,f(x))');
  });
});

describe('CNF and DNF', () => {
  it('distributes ∨ over ∧: (P∧Q)∨R is (P∨R)∧(Q∨R)', () => {
    expect(show('(P∧Q)∨R', 'cnf')).toBe('(P∨R)∧(Q∨R)');
  });
  it('distributes ∧ over ∨ for the DNF', () => {
    expect(show('(P∨Q)∧R', 'dnf')).toBe('(P∧R)∨(Q∧R)');
    expect(show('P→Q', 'dnf')).toBe('¬P∨Q');
  });
  it('drops clauses that are tautologies', () => {
    expect(show('P∨¬P', 'cnf')).toBe('⊤');
    expect(show('P∧¬P', 'dnf')).toBe('⊥');
  });
  it('keeps the prenex prefix of a first-order formula', () => {
    expect(show('∀x(P(x)→Q(x)∧R(x))', 'cnf')).toBe('∀x((¬P(x)∨Q(x))∧(¬P(x)∨R(x)))');
  });
});

describe('clausal form', () => {
  it('gives one clause per conjunct of the CNF', () => {
    expect(clauses('(P∧Q)∨R')).toEqual(['P, R', 'Q, R']);
  });
  it('Skolemises and standardises variables apart', () => {
    const form = clausalForm(parse('∀x(P(x)→Q(x))∧∀x(Q(x)→R(x))'));
    expect(form.map((c) => c.map((l) => formulaText(literalFormula(l))).join(', '))).toEqual([
      '¬P(x), Q(x)',
      '¬Q(y), R(y)',
    ]);
    expect(clauses('∀x∃y(P(x)∧R(x,y))')).toEqual(['P(x)', 'R(y,f(y))']);
    expect(form.map(clauseVariables)).toEqual([['x'], ['y']]);
  });
  it('reads x≠y as the negated equation', () => {
    expect(clausalForm(parse('a≠b'))).toEqual([[{ negated: true, atom: parse('a=b') }]]);
  });
});
