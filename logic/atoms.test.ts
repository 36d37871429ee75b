/**
 * Atoms the text parser does not read yet (comparisons, arithmetic terms) but the AST has:
 * the logic layer names them, tables them and searches models over them all the same.
 */
import { describe, expect, it } from 'vitest';
import type { Formula, Term } from '../recognition/formula/ast.js';
import { decide, searchCounterModel, TooManyClausesError, transform, truthTable } from './index.js';
import { parse } from './test-support.js';

const x: Term = { kind: 'symbol', name: 'x' };
const one: Term = { kind: 'symbol', name: '1' };
const less = (left: Term, right: Term): Formula => ({
  kind: 'comparison',
  relation: 'lt',
  left,
  right,
});
const plusOne: Term = { kind: 'arithmetic', op: 'plus', left: x, right: one };

describe('comparisons and arithmetic', () => {
  it('are atoms named by their text', () => {
    const f: Formula = {
      kind: 'binary',
      op: 'or',
      symbol: '∨',
      left: less(x, plusOne),
      right: { kind: 'not', body: less(x, plusOne) },
    };
    expect(truthTable(f).atoms).toEqual(['x<x+1']);
    expect(decide(f).verdict).toBe('tautology');
  });
  it('are read as plain symbols by the model search, which says so', () => {
    const premise: Formula = {
      kind: 'quantifier',
      quantifier: 'forall',
      variable: 'x',
      body: less(x, plusOne),
    };
    const conclusion: Formula = {
      kind: 'quantifier',
      quantifier: 'exists',
      variable: 'x',
      body: less(plusOne, x),
    };
    const search = searchCounterModel([premise], conclusion);
    expect(search.kind).toBe('counter-model');
    if (search.kind === 'counter-model')
      expect(search.description).toMatch(/\+ and < are read as plain symbols/);
  });
});

describe('normal forms that would blow up', () => {
  it('stop with a plain error instead of running out of memory', () => {
    const letters = 'ABCDEFGHIJKLMNOPQ'.split('');
    const chain = parse(letters.join('↔'));
    expect(() => transform(chain, 'cnf')).toThrow(TooManyClausesError);
    expect(decide(chain).verdict).toBe('contingent');
  });
});
