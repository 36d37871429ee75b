/**
 * A page of textbook exercises, each answer worked by hand (the working is in the comments),
 * then checked against the logic layer.
 */
import { describe, expect, it } from 'vitest';
import {
  clausalForm,
  consequence,
  decide,
  equivalence,
  formulaText,
  literalFormula,
  transform,
  variableReport,
} from './index.js';
import { parse } from './test-support.js';

const form = (text: string, t: Parameters<typeof transform>[1]): string =>
  formulaText(transform(parse(text), t));

describe('exercises in propositional logic', () => {
  it('1. (P→Q)∧(Q→R)→(P→R) is a tautology (hypothetical syllogism)', () => {
    // False only if P true, R false; then P→Q needs Q, Q→R needs R: contradiction.
    expect(decide(parse('(P→Q)∧(Q→R)→(P→R)')).verdict).toBe('tautology');
  });
  it('2. (P→Q)→(Q→P) is contingent: false when P false, Q true', () => {
    const answer = decide(parse('(P→Q)→(Q→P)'));
    expect(answer.verdict).toBe('contingent');
    // The only falsifying row: P→Q true and Q→P false, i.e. Q true and P false.
    expect(answer.falsifying).toEqual({ P: false, Q: true });
  });
  it('3. (P∨Q)∧¬P∧¬Q is a contradiction', () => {
    expect(decide(parse('(P∨Q)∧¬P∧¬Q')).verdict).toBe('contradiction');
  });
  it('4. ¬(P∨Q) is equivalent to ¬P∧¬Q (De Morgan), and P→Q to its contrapositive ¬Q→¬P', () => {
    expect(equivalence(parse('¬(P∨Q)'), parse('¬P∧¬Q')).equivalent).toBe(true);
    expect(equivalence(parse('P→Q'), parse('¬Q→¬P')).equivalent).toBe(true);
  });
  it('5. P→(Q→R) is equivalent to P∧Q→R (exportation), but not to (P→Q)→R', () => {
    expect(equivalence(parse('P→(Q→R)'), parse('P∧Q→R')).equivalent).toBe(true);
    // P, Q, R all false: P→(Q→R) is true, (P→Q)→R is T→F, false.
    const answer = equivalence(parse('P→(Q→R)'), parse('(P→Q)→R'));
    expect(answer.equivalent).toBe(false);
    expect(answer.counter?.R).toBe(false);
  });
  it('6. the CNF of P↔Q is (¬P∨Q)∧(¬Q∨P) and its DNF (¬P∧¬Q)∨(Q∧P)', () => {
    // P↔Q = (P→Q)∧(Q→P) = (¬P∨Q)∧(¬Q∨P); distributing: ¬P¬Q ∨ ¬P P ∨ Q¬Q ∨ QP, two drop.
    expect(form('P↔Q', 'cnf')).toBe('(¬P∨Q)∧(¬Q∨P)');
    expect(form('P↔Q', 'dnf')).toBe('(¬P∧¬Q)∨(Q∧P)');
  });
  it('7. the NNF of ¬(P→(Q∧¬R)) is P∧(¬Q∨R)', () => {
    // ¬(P→X) = P∧¬X; ¬(Q∧¬R) = ¬Q∨R.
    expect(form('¬(P→(Q∧¬R))', 'nnf')).toBe('P∧(¬Q∨R)');
  });
  it('8. disjunctive syllogism: P∨Q, ¬P ⊨ Q; but P∨Q, P ⊭ ¬Q', () => {
    expect(consequence([parse('P∨Q'), parse('¬P')], parse('Q'))).toMatchObject({
      method: 'sat',
      follows: true,
    });
    expect(consequence([parse('P∨Q'), parse('P')], parse('¬Q'))).toEqual({
      method: 'sat',
      follows: false,
      counter: { P: true, Q: true },
    });
  });
});

describe('exercises in first-order logic', () => {
  it('9. in ∀x(P(x)→Q(x,y))∨∃yR(y), x is bound, y occurs free (in Q) and bound (in R)', () => {
    const report = variableReport(parse('∀x(P(x)→Q(x,y))∨∃yR(y)'));
    expect(report).toMatchObject({ free: ['y'], bound: ['x', 'y'], sentence: false });
    expect(report.scopes.map((s) => `${s.quantifier}${s.variable}: ${s.scope}`)).toEqual([
      '∀x: P(x)→Q(x,y)',
      '∃y: R(y)',
    ]);
  });
  it('10. ¬∃x∀yR(x,y) has NNF ∀x∃y¬R(x,y)', () => {
    expect(form('¬∃x∀yR(x,y)', 'nnf')).toBe('∀x∃y¬R(x,y)');
  });
  it('11. ∃xP(x)→∀yQ(y) has PNF ∀x∀y(P(x)→Q(y))', () => {
    // ∃ on the left of → becomes ∀.
    expect(form('∃xP(x)→∀yQ(y)', 'pnf')).toBe('∀x∀y(P(x)→Q(y))');
  });
  it('12. ∀x∃y∀z∃wR(x,y,z,w) Skolemises to ∀x∀zR(x,f(x),z,g(x,z))', () => {
    // y depends on x alone, w on x and z.
    expect(form('∀x∃y∀z∃wR(x,y,z,w)', 'skolem')).toBe('∀x∀zR(x,f(x),z,g(x,z))');
  });
  it('13. ∀x(P(x)→∃yQ(x,y)) in clauses is {¬P(x), Q(x,f(x))}', () => {
    const clauses = clausalForm(parse('∀x(P(x)→∃yQ(x,y))'));
    expect(clauses.map((c) => c.map((l) => formulaText(literalFormula(l))))).toEqual([
      ['¬P(x)', 'Q(x,f(x))'],
    ]);
  });
  it('14. ∀x∃yL(x,y) ⊭ ∃y∀xL(x,y): two people, each loving only the other', () => {
    const answer = consequence([parse('∀x∃yL(x,y)')], parse('∃y∀xL(x,y)'));
    expect(answer).toMatchObject({
      method: 'model-search',
      search: { kind: 'counter-model', domainSize: 2 },
    });
  });
  it('15. ∃y∀xL(x,y) ⊨ ∀x∃yL(x,y): no counter-model up to four elements', () => {
    const answer = consequence([parse('∃y∀xL(x,y)')], parse('∀x∃yL(x,y)'));
    expect(answer).toEqual({
      method: 'model-search',
      search: { kind: 'none-found', maxDomainSize: 4 },
    });
  });
});
