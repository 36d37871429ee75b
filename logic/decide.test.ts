import { describe, expect, it } from 'vitest';
import {
  consequence,
  decide,
  equivalence,
  isPropositional,
  MAX_TRUTH_TABLE_ATOMS,
  NotPropositionalError,
  searchCounterModel,
  TooLargeError,
  truthTable,
  variableReport,
} from './index.js';
import { parse } from './test-support.js';

describe('variables', () => {
  it('tells free from bound and gives each quantifier its scope', () => {
    const report = variableReport(parse('∀x(P(x)→Q(y))∧∃yR(y)'));
    expect(report.free).toEqual(['y']);
    expect(report.bound).toEqual(['x', 'y']);
    expect(report.sentence).toBe(false);
    expect(report.scopes).toEqual([
      { quantifier: '∀', variable: 'x', scope: 'P(x)→Q(y)' },
      { quantifier: '∃', variable: 'y', scope: 'R(y)' },
    ]);
  });
  it('calls a formula whose only free letters are constants a sentence', () => {
    expect(variableReport(parse('∀xP(x,a)')).sentence).toBe(true);
  });
});

describe('truth tables', () => {
  it('lists atoms in order of occurrence and rows from all true', () => {
    const table = truthTable(parse('P→Q'));
    expect(table.atoms).toEqual(['P', 'Q']);
    expect(table.rows.map((r) => [...r.values, r.result])).toEqual([
      [true, true, true],
      [true, false, false],
      [false, true, true],
      [false, false, true],
    ]);
  });
  it('names atoms with arguments by their text', () => {
    expect(truthTable(parse('P(a)∧Q(f(b),c)')).atoms).toEqual(['P(a)', 'Q(f(b),c)']);
  });
  it('refuses more atoms than the limit and points to the SAT check', () => {
    const letters = 'ABCDEFGHIJKLMN'.slice(0, MAX_TRUTH_TABLE_ATOMS + 1).split('');
    const big = parse(letters.join('∧'));
    expect(() => truthTable(big)).toThrow(TooLargeError);
    expect(() => truthTable(big)).toThrow(/satisfiability check/);
    expect(decide(big).verdict).toBe('contingent');
  });
  it('refuses quantified formulas', () => {
    expect(isPropositional(parse('∀xP(x)'))).toBe(false);
    expect(() => truthTable(parse('∀xP(x)'))).toThrow(NotPropositionalError);
  });
});

describe('decide', () => {
  it('finds P∨¬P a tautology with no falsifying assignment', () => {
    const answer = decide(parse('P∨¬P'));
    expect(answer.verdict).toBe('tautology');
    expect(answer.falsifying).toBeNull();
    expect(answer.satisfying).not.toBeNull();
  });
  it('finds P∧¬P a contradiction', () => {
    expect(decide(parse('P∧¬P'))).toMatchObject({ verdict: 'contradiction', satisfying: null });
  });
  it('finds P→Q contingent with an assignment each way', () => {
    const answer = decide(parse('P→Q'));
    expect(answer.verdict).toBe('contingent');
    expect(answer.falsifying).toEqual({ P: true, Q: false });
    const s = answer.satisfying as Record<string, boolean>;
    expect(!s.P || s.Q).toBe(true);
  });
  it('decides a 30-atom formula at once', () => {
    const atoms = Array.from(
      { length: 30 },
      (_, i) => `P(${String.fromCharCode(97 + (i % 20))}${i >= 20 ? ',a' : ''})`,
    );
    const chain = atoms
      .slice(1)
      .map((a, i) => `(${atoms[i]}→${a})`)
      .join('∧');
    const f = parse(`${chain}→(${atoms[0]}→${atoms[29]})`);
    expect(decide(f).verdict).toBe('tautology');
  });
});

describe('equivalence and consequence', () => {
  it('finds P→Q equivalent to ¬P∨Q but not to Q→P', () => {
    expect(equivalence(parse('P→Q'), parse('¬P∨Q'))).toEqual({ equivalent: true, counter: null });
    const answer = equivalence(parse('P→Q'), parse('Q→P'));
    expect(answer.equivalent).toBe(false);
    const c = answer.counter as Record<string, boolean>;
    expect(c.P).not.toBe(c.Q);
  });
  it('proves modus ponens by SAT', () => {
    expect(consequence([parse('P→Q'), parse('P')], parse('Q'))).toEqual({
      method: 'sat',
      follows: true,
      counter: null,
    });
  });
  it('refutes affirming the consequent with a counter-assignment', () => {
    expect(consequence([parse('P→Q'), parse('Q')], parse('P'))).toEqual({
      method: 'sat',
      follows: false,
      counter: { P: false, Q: true },
    });
  });
  it('finds a counter-model to ∃xP(x) ⊨ ∀xP(x) with two elements', () => {
    const answer = consequence([parse('∃xP(x)')], parse('∀xP(x)'));
    expect(answer.method).toBe('model-search');
    if (answer.method !== 'model-search') return;
    expect(answer.search).toMatchObject({ kind: 'counter-model', domainSize: 2 });
    if (answer.search.kind === 'counter-model')
      expect(answer.search.description).toMatch(/^Domain \{1, 2\}\. P holds of (1|2)\.$/);
  });
  it('finds no counter-model where the conclusion follows, and says it searched', () => {
    expect(searchCounterModel([parse('∀x(P(x)→Q(x))'), parse('P(a)')], parse('Q(a)'))).toEqual({
      kind: 'none-found',
      maxDomainSize: 4,
    });
  });
  it('knows equality, which the letter reading does not', () => {
    expect(consequence([parse('a=b'), parse('P(a)')], parse('P(b)'))).toMatchObject({
      method: 'model-search',
      search: { kind: 'none-found' },
    });
    expect(consequence([parse('P(a)')], parse('P(b)'))).toMatchObject({
      method: 'sat',
      follows: false,
    });
  });
  it('needs a function table for a counter-model with functions', () => {
    const search = searchCounterModel([parse('∀xP(f(x))')], parse('∀xP(x)'));
    expect(search).toMatchObject({ kind: 'counter-model', domainSize: 2 });
    if (search.kind === 'counter-model')
      expect(search.description).toMatch(/f\(1\) = \d, f\(2\) = \d\./);
  });
  it('says when a search is too large instead of running for ever', () => {
    // Valid, so no size has a counter-model; over 4 elements it grounds to 4⁹ instances.
    const valid = parse('∀x∀y∀z∀u∀v∀w∀s∀t∀r(R(x,y,z,u,v,w,s,t,r)∨¬R(x,y,z,u,v,w,s,t,r))');
    const search = searchCounterModel([], valid, 4);
    expect(search.kind).toBe('too-large');
    if (search.kind === 'too-large')
      expect(search.reason).toMatch(/over 4 elements.*up to 3 elements/);
  });
});
