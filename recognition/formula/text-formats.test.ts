import { describe, expect, it } from 'vitest';
import type { Formula } from './ast.js';
import { toUnicode } from './exports.js';
import {
  parseAscii,
  parseLatex,
  parseProver9,
  parseTptp,
  parseUnicode,
  type TextParseResult,
} from './text-formats.js';

function formulaOf(result: TextParseResult): Formula {
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.offset}`);
  return result.formula;
}

/** The parse in the standard parenthesisation, which shows the grouping the parser chose. */
const grouping = (result: TextParseResult): string => toUnicode(formulaOf(result), 'standard');

describe('precedence and associativity', () => {
  it('binds ¬ tighter than ∧, ∧ than ∨, ∨ than →, → than ↔', () => {
    expect(grouping(parseUnicode('¬P∧Q'))).toBe('¬P∧Q');
    expect(grouping(parseUnicode('P∨Q∧R'))).toBe('P∨(Q∧R)');
    expect(grouping(parseUnicode('P∧Q∨R'))).toBe('(P∧Q)∨R');
    expect(grouping(parseUnicode('P∨Q→R'))).toBe('(P∨Q)→R');
    expect(grouping(parseUnicode('P→Q↔R→S'))).toBe('(P→Q)↔(R→S)');
    expect(grouping(parseAscii('P | Q & R -> S <-> T'))).toBe('((P∨(Q∧R))→S)↔T');
  });

  it('associates ∧, ∨ to the left and →, ↔ to the right', () => {
    expect(grouping(parseUnicode('P∧Q∧R'))).toBe('P∧Q∧R');
    expect(grouping(parseUnicode('P∨Q∨R'))).toBe('P∨Q∨R');
    expect(grouping(parseUnicode('P→Q⇒R'))).toBe('P→(Q⇒R)');
    expect(grouping(parseUnicode('P↔Q↔R'))).toBe('P↔(Q↔R)');
  });

  it('lets a quantifier bind like ¬ except in Prover9', () => {
    expect(grouping(parseUnicode('∀x P(x) → Q(x)'))).toBe('∀xP(x)→Q(x)');
    expect(grouping(parseUnicode('∀x(P(x)→Q(x))'))).toBe('∀x(P(x)→Q(x))');
    expect(grouping(parseTptp('![X]: p(X) => q(X)'))).toBe('∀xP(x)→Q(x)');
    expect(grouping(parseProver9('all x P(x) -> Q(x)'))).toBe('∀x(P(x)→Q(x))');
  });

  it('reads equations as atoms', () => {
    expect(formulaOf(parseUnicode('¬x=y'))).toEqual({
      kind: 'not',
      body: {
        kind: 'equals',
        left: { kind: 'symbol', name: 'x' },
        right: { kind: 'symbol', name: 'y' },
      },
    });
    expect(grouping(parseUnicode('f(c)=0∧x≠10'))).toBe('f(c)=0∧x≠10');
  });
});

describe('format details', () => {
  it('tolerates whitespace', () => {
    expect(grouping(parseUnicode(' ∀ x ( P ( x ) → Q ( x , y ) ) '))).toBe('∀x(P(x)→Q(x,y))');
    expect(grouping(parseAscii('forall x(P(x)->Q(x,y))'))).toBe('∀x(P(x)→Q(x,y))');
  });

  it('reads LaTeX aliases and ignores spacing commands', () => {
    expect(grouping(parseLatex('\\forall x\\;\\left(P(x) \\implies \\lnot Q(x)\\right)'))).toBe(
      '∀x(P(x)⇒¬Q(x))',
    );
    expect(grouping(parseLatex('x \\ne y \\land \\top \\iff \\bot'))).toBe('(x≠y∧⊤)⇔⊥');
  });

  it('reads TPTP variable lists, numerals, clash suffixes and annotated formulas', () => {
    expect(grouping(parseTptp('![X,Y]: r(X,Y,n10)'))).toBe('∀x∀yR(x,y,10)');
    expect(grouping(parseTptp('p_1(p) & $true'))).toBe('P(p)∧⊤');
    expect(grouping(parseTptp('fof(f1, conjecture, ?[X]: ~ p(X)).'))).toBe('∃x¬P(x)');
    expect(grouping(parseTptp('fof(ax2,axiom,p)'))).toBe('P');
  });

  it('reads Prover9 and ASCII constants', () => {
    expect(grouping(parseProver9('$T | -$F'))).toBe('⊤∨¬⊥');
    expect(grouping(parseAscii('true | ~false => T'))).toBe('(⊤∨¬⊥)⇒T');
  });
});

describe('errors', () => {
  const errorOf = (result: TextParseResult) => {
    if (result.ok) throw new Error(`unexpectedly parsed ${toUnicode(result.formula)}`);
    return result.error;
  };

  it('points at the token the grammar could not accept', () => {
    expect(errorOf(parseUnicode('∀x(P(x)→)')).offset).toBe(8);
    expect(errorOf(parseUnicode('P∧')).offset).toBe(2);
    expect(errorOf(parseUnicode('P∧')).message).toMatch(/end of the input/);
    expect(errorOf(parseUnicode('(P∧Q')).offset).toBe(4);
    expect(errorOf(parseUnicode('P Q')).offset).toBe(2);
    expect(errorOf(parseUnicode('∀P Q')).offset).toBe(1);
    expect(errorOf(parseUnicode('p(x)')).offset).toBe(0);
    expect(errorOf(parseUnicode('P(x,)')).offset).toBe(4);
    expect(errorOf(parseUnicode('P # Q')).offset).toBe(2);
  });

  it('rejects names that break the format conventions', () => {
    expect(errorOf(parseAscii('forall xy P(xy)')).offset).toBe(7);
    expect(errorOf(parseTptp('![x]: p(x)')).offset).toBe(2);
    expect(errorOf(parseTptp('P(x)')).offset).toBe(0);
    expect(errorOf(parseLatex('\\frac P')).offset).toBe(0);
    expect(errorOf(parseTptp('fof(f1, conjecture, p')).offset).toBe(21);
  });
});
