import { describe, expect, it } from 'vitest';
import type { BinaryConnective, Formula, Line, Term } from './ast.js';
import {
  exportFormula,
  exportLine,
  toAscii,
  toLatex,
  toProver9,
  toTptp,
  toTptpAnnotated,
  toUnicode,
} from './exports.js';
import { parseProver9, parseTptp } from './text-formats.js';
import { symbolByChar } from '../symbols.js';
import { formulaOfLine, parseSymbols } from './symbol-parser.js';

const sym = (name: string): Term => ({ kind: 'symbol', name });
const app = (name: string, ...args: Term[]): Term => ({ kind: 'apply', name, args });
const pred = (name: string, ...args: Term[]): Formula => ({ kind: 'predicate', name, args });
const not = (body: Formula): Formula => ({ kind: 'not', body });
const binary =
  (op: BinaryConnective, defaultSymbol: string) =>
  (left: Formula, right: Formula, symbol = defaultSymbol): Formula => ({
    kind: 'binary',
    op,
    symbol,
    left,
    right,
  });
const and = binary('and', '∧');
const or = binary('or', '∨');
const implies = binary('implies', '→');
const iff = binary('iff', '↔');
const quantified =
  (quantifier: 'forall' | 'exists') =>
  (variable: string, body: Formula): Formula => ({
    kind: 'quantifier',
    quantifier,
    variable,
    body,
  });
const all = quantified('forall');
const some = quantified('exists');
const [x, y] = [sym('x'), sym('y')];

// ∀x(P(x)→∃y(Q(x,y)∧¬R(y)))
const issueExample = all(
  'x',
  implies(pred('P', x), some('y', and(pred('Q', x, y), not(pred('R', y))))),
);

describe('exportFormula', () => {
  it('writes the issue example in every format', () => {
    expect(exportFormula(issueExample)).toEqual({
      unicode: '∀x(P(x)→∃y(Q(x,y)∧¬R(y)))',
      latex: '\\forall x \\, (P(x) \\to \\exists y \\, (Q(x, y) \\wedge \\neg R(y)))',
      tptp: '![X]: (p(X) => ?[Y]: (q(X,Y) & ~ r(Y)))',
      prover9: 'all x (P(x) -> exists y (Q(x,y) & -R(y)))',
      ascii: 'forall x (P(x) -> exists y (Q(x,y) & ~R(y)))',
      freeVariables: null,
    });
  });

  it('writes equations with digit constants', () => {
    const f: Formula = { kind: 'equals', left: app('f', sym('c')), right: sym('0') };
    expect(exportFormula(f)).toEqual({
      unicode: 'f(c)=0',
      latex: 'f(c) = 0',
      tptp: 'f(c) = n0',
      prover9: 'f(c) = 0',
      ascii: 'f(c) = 0',
      freeVariables: null,
    });
    const neq: Formula = { kind: 'notEquals', left: x, right: sym('10') };
    expect(exportFormula(neq, 'as-written', 'constants')).toMatchObject({
      unicode: 'x≠10',
      latex: 'x \\neq 10',
      tptp: 'x != n10',
      prover9: 'c_x != 10',
      ascii: 'x != 10',
    });
  });

  it('writes ⊤, ⊥ and the double arrows', () => {
    const f = iff(implies({ kind: 'constant', value: true }, pred('T'), '⇒'), pred('F'), '⇔');
    expect(exportFormula(f).unicode).toBe('⊤⇒T⇔F');
    expect(exportFormula(f, 'standard')).toEqual({
      unicode: '(⊤⇒T)⇔F',
      latex: '(\\top \\Rightarrow T) \\Leftrightarrow F',
      tptp: '($true => t) <=> f',
      prover9: '($T -> T) <-> F',
      ascii: '(true => T) <=> F',
      freeVariables: null,
    });
    expect(toUnicode(not({ kind: 'constant', value: false }))).toBe('¬⊥');
    expect(toAscii(not({ kind: 'constant', value: false }))).toBe('~false');
  });
});

describe('parenthesisation', () => {
  const [P, Q, R] = [pred('P'), pred('Q'), pred('R')];

  it('leaves atomic, negated and quantified quantifier bodies bare', () => {
    expect(toUnicode(all('x', pred('P', x)))).toBe('∀xP(x)');
    expect(toUnicode(all('x', some('y', pred('R', x, y))))).toBe('∀x∃yR(x,y)');
    expect(toUnicode(all('x', not(pred('P', x))))).toBe('∀x¬P(x)');
    expect(toLatex(all('x', some('y', pred('R', x, y))))).toBe(
      '\\forall x \\, \\exists y \\, R(x, y)',
    );
    expect(toAscii(all('x', pred('P', x)))).toBe('forall x P(x)');
  });

  it('parenthesises binary bodies under ¬ and quantifiers, equations only in the standard form', () => {
    expect(toUnicode(all('x', implies(pred('P', x), pred('Q', x))))).toBe('∀x(P(x)→Q(x))');
    expect(toUnicode(not(and(P, Q)))).toBe('¬(P∧Q)');
    const notEqual = not({ kind: 'equals', left: x, right: y });
    expect(toUnicode(notEqual)).toBe('¬x=y');
    expect(toUnicode(notEqual, 'standard')).toBe('¬(x=y)');
    expect(toUnicode(all('x', { kind: 'equals', left: x, right: x }), 'standard')).toBe('∀x(x=x)');
    // TPTP always brackets them.
    expect(toTptp(notEqual, 'as-written', 'constants')).toBe('~ (x = y)');
  });

  it('chains same associative connectives to the left only', () => {
    expect(toUnicode(and(and(P, Q), R))).toBe('P∧Q∧R');
    expect(toUnicode(and(P, and(Q, R)))).toBe('P∧(Q∧R)');
    expect(toUnicode(or(or(P, Q), R))).toBe('P∨Q∨R');
  });

  it('parenthesises mixed connectives and nested arrows in the standard form', () => {
    expect(toUnicode(or(and(P, Q), R), 'standard')).toBe('(P∧Q)∨R');
    expect(toUnicode(and(P, or(Q, R)), 'standard')).toBe('P∧(Q∨R)');
    expect(toUnicode(implies(P, implies(Q, R)), 'standard')).toBe('P→(Q→R)');
    expect(toUnicode(implies(implies(P, Q), R), 'standard')).toBe('(P→Q)→R');
    expect(toTptp(iff(P, iff(Q, R)))).toBe('p <=> (q <=> r)');
  });

  it('writes a tree without parentheses only where its precedence needs them', () => {
    expect(toUnicode(or(and(P, Q), R))).toBe('P∧Q∨R');
    expect(toUnicode(and(P, or(Q, R)))).toBe('P∧(Q∨R)');
    expect(toUnicode(implies(P, implies(Q, R)))).toBe('P→Q→R');
    expect(toUnicode(implies(implies(P, Q), R))).toBe('(P→Q)→R');
    expect(toUnicode(and(P, and(Q, R)))).toBe('P∧(Q∧R)');
  });

  it('keeps a quantifier tight as a binary operand except in Prover9', () => {
    const f = implies(all('x', pred('P', x)), pred('Q', x));
    expect(toUnicode(f)).toBe('∀xP(x)→Q(x)');
    expect(toTptp(f, 'as-written', 'constants')).toBe('![X]: p(X) => q(x)');
    expect(toProver9(f, 'as-written', 'constants')).toBe('(all x P(x)) -> Q(c_x)');
    expect(toProver9(f)).toBe('all x ((all x P(x)) -> Q(x))');
    expect(toProver9(and(not(some('y', pred('P', y))), Q))).toBe('-(exists y P(y)) & Q');
  });
});

describe('TPTP names', () => {
  it('uppercases bound variables only', () => {
    const f = and(pred('P', x), all('x', pred('Q', x, y)));
    expect(toTptp(f, 'as-written', 'constants')).toBe('p(x) & ![X]: q(X,y)');
  });

  it('renames a predicate that clashes with a function or constant', () => {
    const f = and(pred('P', sym('p')), pred('Q', app('q', sym('a'))));
    expect(toTptp(f)).toBe('p_1(p) & q_1(q(a))');
    // A bound variable p is written P, so it does not clash.
    expect(toTptp(all('p', pred('P', sym('p'))))).toBe('![P]: p(P)');
  });

  it('writes an annotated fof line', () => {
    expect(toTptpAnnotated(all('x', pred('P', x)))).toBe('fof(f1, conjecture, ![X]: p(X)).');
    expect(toTptpAnnotated(pred('P'), 'ax', 'axiom')).toBe('fof(ax, axiom, p).');
  });
});

describe('free variables', () => {
  const [z, a] = [sym('z'), sym('a')];
  // P(x)→Q(x)
  const open = implies(pred('P', x), pred('Q', x));

  it('closes the formula with ∀ in TPTP and Prover9, and says so', () => {
    const e = exportFormula(open);
    expect(e.tptp).toBe('![X]: (p(X) => q(X))');
    expect(e.prover9).toBe('all x (P(x) -> Q(x))');
    expect(e.freeVariables).toEqual({
      variables: ['x'],
      tptp: 'Free variable x: the TPTP export quantifies it universally (∀x).',
      prover9: 'Free variable x: the Prover9 export quantifies it universally (∀x).',
    });
    // The other formats write what was written.
    expect(e.unicode).toBe('P(x)→Q(x)');
    expect(exportFormula(open, 'as-written', 'constants').unicode).toBe('P(x)→Q(x)');
  });

  it('keeps them as constants when asked, spelled so that each prover reads a constant', () => {
    const e = exportFormula(and(pred('Q', y, x), pred('P', z)), 'as-written', 'constants');
    expect(e.tptp).toBe('q(y,x) & p(z)');
    expect(e.prover9).toBe('Q(c_y,c_x) & P(c_z)');
    expect(e.freeVariables).toEqual({
      variables: ['y', 'x', 'z'],
      tptp: 'Free variables y, x and z: the TPTP export keeps them as the constants y, x and z.',
      prover9:
        'Free variables y, x and z: the Prover9 export keeps them as the constants c_y, c_x and c_z (Prover9 reads a free name starting with u–z as a variable).',
    });
  });

  it('quantifies in the order the variables first occur, outermost first', () => {
    const f = and(pred('Q', y, x), pred('P', x));
    expect(toTptp(f)).toBe('![Y]: ![X]: (q(Y,X) & p(X))');
    expect(toProver9(f)).toBe('all y all x (Q(y,x) & P(x))');
    expect(exportFormula(f).freeVariables?.tptp).toBe(
      'Free variables y and x: the TPTP export quantifies them universally (∀y∀x).',
    );
  });

  it('counts only free letters u–z: bound ones and constants are no free variables', () => {
    expect(exportFormula(pred('P', a, sym('0'), app('f', a))).freeVariables).toBeNull();
    expect(exportFormula(all('x', pred('P', x))).freeVariables).toBeNull();
    // Free here, bound there: the free occurrence counts.
    const both = and(pred('P', x), all('x', pred('Q', x)));
    expect(toTptp(both)).toBe('![X]: (p(X) & ![X]: q(X))');
    expect(toProver9(both, 'as-written', 'constants')).toBe('P(c_x) & all x Q(x)');
  });

  it('closes each formula of a list and each equation chain, not a term on its own', () => {
    const list: Line = {
      kind: 'list',
      items: [
        { kind: 'formula', formula: pred('P', x) },
        { kind: 'equations', terms: [y, a, x], relations: ['eq', 'neq'] },
        { kind: 'term', term: app('f', z) },
      ],
    };
    const e = exportLine(list);
    expect(e.tptp).toBe('![X]: p(X), ![Y]: ![X]: (Y = a & a != X), f(z)');
    expect(e.prover9).toBe('all x P(x), all y all x (y = a & a != x), f(z)');
    expect(e.unicode).toBe('P(x),y=a≠x,f(z)');
    expect(e.freeVariables?.variables).toEqual(['x', 'y']);
    const kept = exportLine(list, 'as-written', 'constants');
    expect(kept.tptp).toBe('p(x), y = a & a != x, f(z)');
    expect(kept.prover9).toBe('P(c_x), c_y = a & a != c_x, f(z)');
    expect(exportLine({ kind: 'term', term: app('f', x) }).freeVariables).toBeNull();
  });

  it('reads the constants back as the free letters they stand for', () => {
    const kept = toProver9(open, 'as-written', 'constants');
    expect(kept).toBe('P(c_x) -> Q(c_x)');
    const back = parseProver9(kept);
    expect(back.ok && back.formula).toEqual(open);
  });
});

describe('arithmetic and textbook notation in every format', () => {
  const lineOfText = (text: string) => {
    const parsed = parseSymbols([...text].map((c) => symbolByChar(c)!.name));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.line;
  };

  it('writes a comparison with arithmetic: tff in TPTP, infix in Prover9', () => {
    const exports = exportLine(lineOfText('∀x(2x+1>x−3)'));
    expect(exports.unicode).toBe('∀x(2x+1>x−3)');
    expect(exports.latex).toBe('\\forall x \\, (2x + 1 > x - 3)');
    expect(exports.tptp).toBe('![X: $int]: ($greater($sum($product(2,X),1),$difference(X,3)))');
    expect(exports.prover9).toBe('all x (2 * x + 1 > x - 3)');
    expect(exports.ascii).toBe('forall x (2 * x + 1 > x - 3)');
    expect(toTptpAnnotated(formulaOfLine(lineOfText('x<1'))!)).toBe(
      'tff(f1, conjecture, ![X: $int]: ($less(X,1))).',
    );
  });

  it('declares the symbols of a tff formula over its numbers, before it', () => {
    const annotated = (text: string) => toTptpAnnotated(formulaOfLine(lineOfText(text))!);
    expect(annotated('∀x(P(x)→x<f(x,a)+2.5)').split('\n')).toEqual([
      'tff(p_type, type, p: $real > $o).',
      'tff(f_type, type, f: ($real * $real) > $real).',
      'tff(a_type, type, a: $real).',
      'tff(f1, conjecture, ![X: $real]: (p(X) => $less(X,$sum(f(X,a),2.5)))).',
    ]);
    // A capital used as a term is a quoted constant; its declaration gets a plain name.
    expect(annotated('A+b<2').split('\n').slice(0, 2)).toEqual([
      "tff(type_1, type, 'A': $int).",
      'tff(b_type, type, b: $int).',
    ]);
    expect(parseTptp(annotated('∀x(P(x)→x<f(x,a)+2.5)')).ok).toBe(true);
  });

  it('keeps textbook symbols as written or writes the standard ones', () => {
    const line = lineOfText('∀x.[∼P(x)⊃Q·R]');
    expect(exportLine(line).unicode).toBe('∀x.[∼P(x)⊃Q·R]');
    expect(exportLine(line).latex).toBe('\\forall x. \\, [\\sim P(x) \\supset Q \\cdot R]');
    expect(exportLine(line, 'as-written', 'close', 'standard').unicode).toBe('∀x[¬P(x)→Q∧R]');
    expect(exportLine(line).prover9).toBe('all x (-P(x) -> (Q & R))');
  });

  it('writes membership, sets and sequents', () => {
    const exports = exportLine(lineOfText('a∈{a,b}⊢¬a∉∅'.replace('∉∅', '∈{}')));
    expect(exports.unicode).toBe('a∈{a,b}⊢¬a∈{}');
    expect(exports.latex).toBe('a \\in \\{a, b\\} \\vdash \\neg a \\in \\{\\}');
    expect(exports.tptp).toBe('[in(a,set2(a,b))] --> [~ (in(a,set0))]');
    expect(exports.prover9).toBe('in(a,set2(a,b)) -> -(in(a,set0))');
    expect(exports.ascii).toBe('a in {a, b} |- ~a in {}');
  });
});
