import { describe, expect, it } from 'vitest';
import type { Formula } from './ast.js';
import { toUnicode } from './exports.js';
import { FORMULA_PARSERS, parseUnicode, type TextParseResult } from './text-formats.js';

function formulaOf(result: TextParseResult): Formula {
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.offset}`);
  return result.formula;
}

/** The parse in the standard parenthesisation, which shows the grouping the parser chose. */
const grouping = (result: TextParseResult): string => toUnicode(formulaOf(result), 'standard');

describe('precedence, associativity and each format’s details', () => {
  it.each([
    // ¬ binds tighter than ∧, ∧ than ∨, ∨ than →, → than ↔.
    ['unicode', '¬P∧Q', '¬P∧Q'],
    ['unicode', 'P∨Q∧R', 'P∨(Q∧R)'],
    ['unicode', 'P∧Q∨R', '(P∧Q)∨R'],
    ['unicode', 'P∨Q→R', '(P∨Q)→R'],
    ['unicode', 'P→Q↔R→S', '(P→Q)↔(R→S)'],
    ['ascii', 'P | Q & R -> S <-> T', '((P∨(Q∧R))→S)↔T'],
    // ∧ and ∨ associate to the left, → and ↔ to the right.
    ['unicode', 'P∧Q∧R', 'P∧Q∧R'],
    ['unicode', 'P∨Q∨R', 'P∨Q∨R'],
    ['unicode', 'P→Q⇒R', 'P→(Q⇒R)'],
    ['unicode', 'P↔Q↔R', 'P↔(Q↔R)'],
    // A quantifier binds like ¬, except in Prover9.
    ['unicode', '∀x P(x) → Q(x)', '∀xP(x)→Q(x)'],
    ['unicode', '∀x(P(x)→Q(x))', '∀x(P(x)→Q(x))'],
    ['tptp', '![X]: p(X) => q(X)', '∀xP(x)→Q(x)'],
    ['prover9', 'all x P(x) -> Q(x)', '∀x(P(x)→Q(x))'],
    // White space is tolerated.
    ['unicode', ' ∀ x ( P ( x ) → Q ( x , y ) ) ', '∀x(P(x)→Q(x,y))'],
    ['ascii', 'forall x(P(x)->Q(x,y))', '∀x(P(x)→Q(x,y))'],
    // LaTeX aliases are read and spacing commands ignored.
    ['latex', '\\forall x\\;\\left(P(x) \\implies \\lnot Q(x)\\right)', '∀x(P(x)⇒¬Q(x))'],
    ['latex', 'x \\ne y \\land \\top \\iff \\bot', '(x≠y∧⊤)⇔⊥'],
    // TPTP variable lists, numerals, clash suffixes and annotated formulas.
    ['tptp', '![X,Y]: r(X,Y,n10)', '∀x∀yR(x,y,10)'],
    ['tptp', 'p_1(p) & $true', 'P(p)∧⊤'],
    ['tptp', 'fof(f1, conjecture, ?[X]: ~ p(X)).', '∃x¬P(x)'],
    ['tptp', 'fof(ax2,axiom,p)', 'P'],
    // Prover9 and ASCII constants.
    ['prover9', '$T | -$F', '⊤∨¬⊥'],
    ['ascii', 'true | ~false => T', '(⊤∨¬⊥)⇒T'],
  ] as const)('reads %s %s as %s', (format, text, grouped) => {
    expect(grouping(FORMULA_PARSERS[format](text))).toBe(grouped);
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

describe('errors', () => {
  const errorOf = (result: TextParseResult) => {
    if (result.ok) throw new Error(`unexpectedly parsed ${toUnicode(result.formula)}`);
    return result.error;
  };

  it.each([
    ['∀x(P(x)→)', 8],
    ['P∧', 2],
    ['(P∧Q', 4],
    ['P Q', 2],
    ['∀P Q', 1],
    ['p(x)', 0],
    ['P(x,)', 4],
    ['P # Q', 2],
  ])('rejects %s at offset %i, the token the grammar could not accept', (text, offset) => {
    expect(errorOf(parseUnicode(text)).offset).toBe(offset);
  });

  it.each([
    ['ascii', 'forall xy P(xy)', 7],
    ['tptp', '![x]: p(x)', 2],
    ['tptp', 'P(x)', 0],
    ['latex', '\\frac P', 0],
    ['tptp', 'fof(f1, conjecture, p', 21],
  ] as const)('rejects %s %s at %i, a name against its conventions', (format, text, offset) => {
    expect(errorOf(FORMULA_PARSERS[format](text)).offset).toBe(offset);
  });

  it('says when the input ends too early', () => {
    expect(errorOf(parseUnicode('P∧')).message).toMatch(/end of the input/);
  });
});
