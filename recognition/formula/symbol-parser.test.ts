import { describe, expect, it } from 'vitest';

import { mulberry32 } from '../imaging/random.js';
import { SYMBOL_NAMES, symbolByChar, symbolByName } from '../symbols.js';
import type { Formula, Line, Term } from './ast.js';
import type { ParseResult, ParserState } from './symbol-parser.js';
import { advance, canEnd, formulaOfLine, initialState, parseSymbols } from './symbol-parser.js';

/** Class names of a formula written in Unicode, one character per glyph. */
function labelsOf(text: string): string[] {
  return [...text.replace(/\s+/g, '')].map((ch) => {
    const info = symbolByChar(ch);
    if (!info) throw new Error(`no symbol for ${ch}`);
    return info.name;
  });
}

const charOf = (label: string): string => symbolByName(label)?.char ?? label;

function parse(text: string): ParseResult {
  return parseSymbols(labelsOf(text));
}

function formulaOf(text: string): Formula {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message} at ${result.error.position}`);
  const formula = formulaOfLine(result.line);
  if (!formula) throw new Error(`${text} is a ${result.line.kind}, not a formula`);
  return formula;
}

/** Expects `text` to be rejected at symbol `position`, with `message` in the error. */
function expectRejected(text: string, position: number, message: string): void {
  const result = parse(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.position).toBe(position);
  expect(result.error.message).toContain(message);
}

function lineOf(text: string): Line {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message} at ${result.error.position}`);
  return result.line;
}

/** A compact fully-parenthesised rendering, so expected trees stay readable. */
function show(f: Formula): string {
  const term = (t: Term): string =>
    t.kind === 'symbol'
      ? t.name
      : t.kind === 'apply'
        ? `${t.name}(${t.args.map(term).join(',')})`
        : JSON.stringify(t);
  switch (f.kind) {
    case 'predicate':
      return f.args.length ? `${f.name}(${f.args.map(term).join(',')})` : f.name;
    case 'equals':
      return `${term(f.left)}=${term(f.right)}`;
    case 'notEquals':
      return `${term(f.left)}≠${term(f.right)}`;
    case 'comparison':
      return `${term(f.left)} ${f.relation} ${term(f.right)}`;
    case 'not':
      return `¬${show(f.body)}`;
    case 'binary':
      return `(${show(f.left)}${f.symbol}${show(f.right)})`;
    case 'quantifier':
      return `${f.quantifier === 'forall' ? '∀' : '∃'}${f.variable}${show(f.body)}`;
    case 'constant':
      return f.value ? '⊤' : '⊥';
    // The rendering already brackets every binary formula.
    case 'group':
      return show(f.body);
  }
}

/** Runs the automaton: the index where it rejects, labels.length if it cannot end, or -1. */
function automatonVerdict(labels: readonly string[]): number {
  let state: ParserState = initialState();
  for (let i = 0; i < labels.length; i++) {
    const next = advance(state, labels[i]);
    if (next === null) return i;
    state = next;
  }
  return canEnd(state) ? -1 : labels.length;
}

describe('parseSymbols', () => {
  it('parses the issue example into the expected tree', () => {
    const f = formulaOf('∀x(P(x)→∃y(Q(x,y)∧¬R(y)))');
    expect(f).toEqual({
      kind: 'quantifier',
      quantifier: 'forall',
      variable: 'x',
      body: {
        kind: 'group',
        body: {
          kind: 'binary',
          op: 'implies',
          symbol: '→',
          left: { kind: 'predicate', name: 'P', args: [{ kind: 'symbol', name: 'x' }] },
          right: {
            kind: 'quantifier',
            quantifier: 'exists',
            variable: 'y',
            body: {
              kind: 'group',
              body: {
                kind: 'binary',
                op: 'and',
                symbol: '∧',
                left: {
                  kind: 'predicate',
                  name: 'Q',
                  args: [
                    { kind: 'symbol', name: 'x' },
                    { kind: 'symbol', name: 'y' },
                  ],
                },
                right: {
                  kind: 'not',
                  body: { kind: 'predicate', name: 'R', args: [{ kind: 'symbol', name: 'y' }] },
                },
              },
            },
          },
        },
      },
    });
  });

  it('parses equations between terms, with digit strings as constants', () => {
    expect(formulaOf('f(c)=0')).toEqual({
      kind: 'equals',
      left: { kind: 'apply', name: 'f', args: [{ kind: 'symbol', name: 'c' }] },
      right: { kind: 'symbol', name: '0' },
    });
    expect(show(formulaOf('g(x,10)≠h(f(a))'))).toBe('g(x,10)≠h(f(a))');
    expect(show(formulaOf('¬x=y'))).toBe('¬x=y');
  });

  it.each([
    // Precedence: prefix, ∧, ∨, →, ↔.
    ['∀xP(x)→Q', '(∀xP(x)→Q)'],
    ['¬P∧Q', '(¬P∧Q)'],
    ['P∨Q∧R', '(P∨(Q∧R))'],
    ['P∧Q∨R→S↔T', '((((P∧Q)∨R)→S)↔T)'],
    ['∃y¬∀zz=y∨⊥', '(∃y¬∀zz=y∨⊥)'],
    // ∧ and ∨ associate to the left, → and ↔ to the right, and the written arrow is kept.
    ['P∧Q∧R', '((P∧Q)∧R)'],
    ['P∨Q∨R', '((P∨Q)∨R)'],
    ['P→Q⇒R', '(P→(Q⇒R))'],
    ['P↔Q⇔R', '(P↔(Q⇔R))'],
    ['(P→Q)→R', '((P→Q)→R)'],
    ['⊤∨⊥', '(⊤∨⊥)'],
  ])('groups %s as %s', (text, grouped) => {
    expect(show(formulaOf(text))).toBe(grouped);
  });

  it('accepts a propositional letter alone', () => {
    expect(formulaOf('P')).toEqual({ kind: 'predicate', name: 'P', args: [] });
  });

  it.each([
    ['', 0, 'ends too early'],
    ['∀X P(X)', 1, 'expected a variable after ∀'],
    ['P(x))', 4, "unbalanced ')'"],
    [')', 0, "unbalanced ')'"],
    ['P(x', 3, "missing ')'"],
    ['(P∧Q', 4, "missing ')'"],
    ['P,', 2, 'ends too early'],
    ['P∧', 2, 'ends too early'],
    ['P∧∨Q', 2, "expected a formula after '∧'"],
    ['x∧y', 1, "'=' or '≠'"],
    ['P∧x', 3, "'=' or '≠'"],
    // A bracket may hold a term (`(x+1)<y`), which must then go on as a term.
    ['(x)∧P', 3, "'=' or '≠'"],
    ['P(Q)', 2, 'expected a term'],
    ['P∧f(x)Q', 6, "'=' or '≠'"],
    ['1(x)=y', 1, "'=' or '≠'"],
    ['P(x)Q', 4, 'expected a connective'],
    ['P()', 2, 'expected a term'],
    ['(P,Q)', 2, "expected a connective or ')'"],
    ['x=y=z∧P', 5, "expected ',' or the end"],
    ['¬x=y=z', 4, 'expected a connective'],
  ])('rejects %j at %i (%s)', expectRejected);

  it('keeps the parentheses the writer wrote as groups', () => {
    expect(formulaOf('((P))')).toEqual({
      kind: 'group',
      body: { kind: 'group', body: { kind: 'predicate', name: 'P', args: [] } },
    });
    expect(formulaOf('¬(x=y)')).toEqual({
      kind: 'not',
      body: {
        kind: 'group',
        body: {
          kind: 'equals',
          left: { kind: 'symbol', name: 'x' },
          right: { kind: 'symbol', name: 'y' },
        },
      },
    });
  });

  it('reads a term, an equation chain or a list as what it is', () => {
    expect(lineOf('x')).toEqual({ kind: 'term', term: { kind: 'symbol', name: 'x' } });
    expect(lineOf('f(x,y,z)').kind).toBe('term');
    expect(lineOf('31415')).toEqual({ kind: 'term', term: { kind: 'symbol', name: '31415' } });
    expect(lineOf('a=b≠f(c)')).toEqual({
      kind: 'equations',
      terms: [
        { kind: 'symbol', name: 'a' },
        { kind: 'symbol', name: 'b' },
        { kind: 'apply', name: 'f', args: [{ kind: 'symbol', name: 'c' }] },
      ],
      relations: ['eq', 'neq'],
    });
    // A single equation is a formula, also when more of a formula follows.
    expect(lineOf('x=y').kind).toBe('formula');
    expect(show(formulaOf('x=y∧P'))).toBe('(x=y∧P)');
    const list = lineOf('3,1415');
    expect(list.kind === 'list' && list.items.map((i) => i.kind)).toEqual(['term', 'term']);
    const mixed = lineOf('x,P(x),a=b=c');
    expect(mixed.kind === 'list' && mixed.items.map((i) => i.kind)).toEqual([
      'term',
      'formula',
      'equations',
    ]);
  });

  it('reads capitals as term letters in a line of terms, as arithmetic writes them', () => {
    expect(lineOf('Sh')).toEqual({
      kind: 'term',
      term: {
        kind: 'product',
        factors: [
          { kind: 'symbol', name: 'S' },
          { kind: 'symbol', name: 'h' },
        ],
      },
    });
    expect(lineOf('A+b=2')).toMatchObject({
      kind: 'formula',
      formula: { kind: 'equals', left: { kind: 'arithmetic', left: { name: 'A' } } },
    });
    for (const text of ['2G', '−G', 'Y+e', 'a=B=c', 'f(A,b)', 'x∈{A,B}'])
      expect(parse(text).ok, text).toBe(true);
    // Where a capital can be a predicate, it is one.
    expect(lineOf('A')).toEqual({
      kind: 'formula',
      formula: { kind: 'predicate', name: 'A', args: [] },
    });
    expect(lineOf('A(x)').kind).toBe('formula');
    expect(lineOf('(A)∧B').kind).toBe('formula');
    expect(lineOf('A,B+c').kind).toBe('list');
    for (const text of ['A', 'A(x)', '(A)∧B', 'Sh', 'A+b=2', 'x∈{A,B}'])
      expect(automatonVerdict(labelsOf(text)), text).toBe(-1);
  });

  it('reports unknown labels', () => {
    const result = parseSymbols(['P', 'alt:minus', 'Q']);
    expect(result).toEqual({
      ok: false,
      error: { position: 1, message: "unknown symbol 'alt:minus'" },
    });
  });
});

// ---------------------------------------------------------------------------------------------

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** Random well-formed formulas written as fully parenthesised labels. */
function randomTerm(rand: () => number, depth: number): string[] {
  const r = rand();
  if (r < 0.3) return [pick(rand, [...LOWER])];
  if (r < 0.5 || depth <= 0)
    return Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, [...'0123456789']));
  const args = Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
    randomTerm(rand, depth - 1),
  );
  return [
    pick(rand, [...LOWER]),
    'lparen',
    ...args.flatMap((a, i) => (i ? ['comma', ...a] : a)),
    'rparen',
  ];
}

function randomFormula(rand: () => number, depth: number): string[] {
  const r = depth <= 0 ? rand() * 0.4 : rand();
  if (r < 0.1) return [pick(rand, ['top', 'bot'])];
  if (r < 0.2) return [pick(rand, [...UPPER])];
  if (r < 0.3) {
    const args = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => randomTerm(rand, 1));
    return [
      pick(rand, [...UPPER]),
      'lparen',
      ...args.flatMap((a, i) => (i ? ['comma', ...a] : a)),
      'rparen',
    ];
  }
  if (r < 0.4) return [...randomTerm(rand, 1), pick(rand, ['eq', 'neq']), ...randomTerm(rand, 1)];
  if (r < 0.55) return ['neg', ...randomFormula(rand, depth - 1)];
  if (r < 0.7)
    return [
      pick(rand, ['forall', 'exists']),
      pick(rand, [...LOWER]),
      ...randomFormula(rand, depth - 1),
    ];
  const op = pick(rand, [
    'wedge',
    'vee',
    'rightarrow',
    'Rightarrow',
    'leftrightarrow',
    'Leftrightarrow',
  ]);
  return [
    'lparen',
    ...randomFormula(rand, depth - 1),
    op,
    ...randomFormula(rand, depth - 1),
    'rparen',
  ];
}

/** The symbols a mutation inserts, brackets twice as often as the rest. */
const GRAMMAR_LABELS = labelsOf('∀∃¬∧∨→⇔⊤=≠(()),xfPQ01');

function mutate(rand: () => number, labels: string[]): string[] {
  const out = [...labels];
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    const r = rand();
    if (r < 0.33) out.splice(at, 1);
    else if (r < 0.66) out.splice(at, 0, pick(rand, GRAMMAR_LABELS));
    else out[Math.min(at, out.length - 1)] = pick(rand, SYMBOL_NAMES);
  }
  return out;
}

describe('parser automaton', () => {
  it('accepts generated formulas, and the parser rebuilds their structure', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const labels = randomFormula(rand, 4);
      const result = parseSymbols(labels);
      expect(result.ok, labels.join(' ')).toBe(true);
      const formula = result.ok ? formulaOfLine(result.line) : null;
      expect(formula && show(formula)).toBe(labels.map(charOf).join(''));
      expect(automatonVerdict(labels), labels.join(' ')).toBe(-1);
    }
  });

  it('agrees with parseSymbols on acceptance and on the error position', () => {
    const rand = mulberry32(20240601);
    let accepted = 0;
    for (let i = 0; i < 4000; i++) {
      const r = rand();
      const labels =
        r < 0.6
          ? mutate(rand, randomFormula(rand, 3))
          : Array.from({ length: Math.floor(rand() * 12) }, () => pick(rand, GRAMMAR_LABELS));
      const result = parseSymbols(labels);
      const verdict = automatonVerdict(labels);
      const context = labels.join(' ');
      if (result.ok) {
        accepted++;
        expect(verdict, context).toBe(-1);
      } else {
        expect(verdict, context).toBe(result.error.position);
      }
    }
    // Both outcomes must be exercised for the agreement to mean anything.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(3800);
  });

  it('gives equal keys to states reached by different prefixes that behave alike', () => {
    const run = (labels: string[]): ParserState =>
      labels.reduce<ParserState>((s, l) => advance(s, l) ?? s, initialState());
    expect(run(labelsOf('P∧')).key).toBe(run(labelsOf('¬¬')).key);
    expect(run(labelsOf('(P(')).key).not.toBe(run(labelsOf('P(')).key);
  });
});

// ---------------------------------------------------------------------------------------------
// Arithmetic and textbook notation

/** A compact rendering of a term tree: operators prefix, groups and sets visible. */
function showTerm(t: Term): string {
  switch (t.kind) {
    case 'symbol':
      return t.name;
    case 'apply':
      return `${t.name}(${t.args.map(showTerm).join(',')})`;
    case 'arithmetic':
      return `(${showTerm(t.left)}${t.op === 'plus' ? '+' : '−'}${showTerm(t.right)})`;
    case 'negative':
      return `neg(${showTerm(t.body)})`;
    case 'product':
      return `mul(${t.factors.map(showTerm).join(',')})`;
    case 'termGroup':
      return `${t.bracket === 'paren' ? 'p' : 'b'}[${showTerm(t.body)}]`;
    case 'set':
      return `{${t.items.map(showTerm).join(',')}}`;
  }
}

describe('arithmetic, relations and textbook notation', () => {
  it('reads + and − to the left, unary minus, numerals and products', () => {
    const term = (text: string) => {
      const line = lineOf(text);
      if (line.kind !== 'term') throw new Error(`${text} is a ${line.kind}`);
      return showTerm(line.term);
    };
    expect(term('x+1−y')).toBe('((x+1)−y)');
    expect(term('−x+1')).toBe('(neg(x)+1)');
    expect(term('−2x')).toBe('neg(mul(2,x))');
    expect(term('3.14')).toBe('3.14');
    expect(term('2x+10')).toBe('(mul(2,x)+10)');
    expect(term('ay(1−y)')).toBe('mul(a,y,p[(1−y)])');
    expect(term('f(x+1)')).toBe('f((x+1))');
    expect(term('[x−1]')).toBe('b[(x−1)]');
    expect(term('(a+b)(a−b)')).toBe('mul(p[(a+b)],p[(a−b)])');
  });

  it('reads comparisons, membership and chains of relations', () => {
    expect(formulaOf('x<y')).toEqual({
      kind: 'comparison',
      relation: 'lt',
      left: { kind: 'symbol', name: 'x' },
      right: { kind: 'symbol', name: 'y' },
    });
    const member = formulaOf('x∈{a,b}');
    expect(member.kind === 'comparison' && showTerm(member.right)).toBe('{a,b}');
    expect(lineOf('1≤e≤v')).toMatchObject({ kind: 'equations', relations: ['leq', 'leq'] });
    const grouped = formulaOf('(x+1)>0∧P');
    expect(grouped.kind === 'binary' && grouped.left.kind).toBe('comparison');
    expect(formulaOf('∀x(x≥0→P(x))').kind).toBe('quantifier');
  });

  it('keeps the textbook connectives, brackets and the dotted quantifier as written', () => {
    const f = formulaOf('∀x.[∼P(x)⊃Q·R]≡S');
    expect(f).toMatchObject({ kind: 'binary', op: 'iff', symbol: '≡' });
    const left = f.kind === 'binary' ? f.left : f;
    expect(left).toMatchObject({
      kind: 'quantifier',
      dot: true,
      body: { kind: 'group', bracket: 'bracket' },
    });
    const inner = left.kind === 'quantifier' && left.body.kind === 'group' ? left.body.body : left;
    expect(inner).toMatchObject({
      kind: 'binary',
      op: 'implies',
      symbol: '⊃',
      left: { kind: 'not', symbol: '∼' },
      right: { kind: 'binary', op: 'and', symbol: '·' },
    });
    // ¬ stays as before: no symbol recorded.
    expect(formulaOf('¬P')).toEqual({
      kind: 'not',
      body: { kind: 'predicate', name: 'P', args: [] },
    });
  });

  it('reads sets of formulas and sequents', () => {
    expect(lineOf('{P,P→Q}')).toMatchObject({
      kind: 'formulaSet',
      formulas: [{ kind: 'predicate' }, { kind: 'binary' }],
    });
    expect(lineOf('{}')).toEqual({ kind: 'formulaSet', formulas: [] });
    expect(lineOf('P,P→Q⊢Q')).toMatchObject({
      kind: 'sequent',
      turnstile: 'vdash',
      premises: [{ kind: 'formula' }, { kind: 'formula' }],
      conclusions: [{ kind: 'formula' }],
    });
    expect(lineOf('⊨P∨¬P')).toMatchObject({ kind: 'sequent', turnstile: 'models', premises: [] });
    expect(lineOf('{P}⊢P')).toMatchObject({ kind: 'sequent', premises: [{ kind: 'formulaSet' }] });
  });

  it.each([
    ['x+', 2, 'ends too early'],
    ['x++y', 2, 'expected a term'],
    ['3.', 2, 'digit after the decimal point'],
    ['(x]', 2, "expected an operator or ')'"],
    ['[P)', 2, "expected a connective or ']'"],
    ['x<y<z∧P', 5, "expected ',' or the end"],
    ['P⊢', 2, 'ends too early'],
    ['P⊢Q⊢R', 3, 'expected a connective'],
    ['P,⊢Q', 2, 'expected a formula'],
    ['{P}∧Q', 3, "expected ',' or the end"],
    ['{a,b}', 2, "'=' or '≠'"],
    ['∀x..P', 3, 'expected a formula'],
    ['2(x)', 1, "'=' or '≠'"],
    ['P∧x+Q', 4, 'expected a term'],
    // A capital is a term letter only in a line of terms: never inside a formula.
    ['A+b=2∧P', 5, 'reads its capitals as terms'],
    ['(A=b)', 2, 'reads its capitals as terms'],
    ['P(A)', 2, 'expected a term'],
    ['∀x(x<X)', 5, 'expected a term'],
  ])('rejects %j at %i (%s)', expectRejected);

  it('agrees with the automaton on random strings of the new symbols', () => {
    const labels = [
      ...'x y a 2 0 P Q plus minus minus lt leq in eq P Q'.split(' '),
      ...'sim supset equiv cdot wedge vdash models forall dot'.split(' '),
      ...'lparen rparen lbrack rbrack lbrace rbrace comma comma'.split(' '),
    ];
    const rand = mulberry32(1512);
    let accepted = 0;
    for (let i = 0; i < 20000; i++) {
      const line = Array.from({ length: 1 + Math.floor(rand() * 9) }, () => pick(rand, labels));
      const result = parseSymbols(line);
      const verdict = automatonVerdict(line);
      expect(verdict, line.join(' ')).toBe(result.ok ? -1 : result.error.position);
      if (result.ok) accepted++;
    }
    expect(accepted).toBeGreaterThan(300);
  });
});
