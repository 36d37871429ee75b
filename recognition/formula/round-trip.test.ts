import { describe, expect, it } from 'vitest';
import { SYMBOL_NAMES, symbolByChar, symbolByName } from '../symbols.js';
import { mulberry32 } from '../imaging/random.js';
import type { Formula, Line, Term } from './ast.js';
import { toAscii, toLatex, toProver9, toTptp, toTptpAnnotated, toUnicode } from './exports.js';
import { formulaSymbols, randomFormula, withWritersParentheses } from './random-formula.js';
import { parseSymbols } from './symbol-parser.js';
import { lineToUnicode, exportLine } from './exports.js';
import { normaliseParentheses, stripGroups, withStandardParentheses } from './ast.js';
import { freeVariables, universalClosure } from './free-variables.js';
import { lineToFormat } from './exports.js';
import {
  parseLine,
  parseAscii,
  parseLatex,
  parseProver9,
  parseTptp,
  parseUnicode,
  type TextParseResult,
} from './text-formats.js';

/** TPTP and Prover9 have one implication and one equivalence: ⇒ ⇔ read back as → ↔. */
function singleArrows(f: Formula): Formula {
  switch (f.kind) {
    case 'not':
    case 'group':
      return { ...f, body: singleArrows(f.body) };
    case 'quantifier':
      return { ...f, body: singleArrows(f.body) };
    case 'binary': {
      const symbol = f.op === 'implies' ? '→' : f.op === 'iff' ? '↔' : f.symbol;
      return { ...f, symbol, left: singleArrows(f.left), right: singleArrows(f.right) };
    }
    default:
      return f;
  }
}

/** A format's name, its writer, its parser, and the formula a written one should read back as. */
type RoundTrip = readonly [
  string,
  (f: Formula) => string,
  (text: string) => TextParseResult,
  (f: Formula) => Formula,
];

/** A test per format: each of `formulas`, written and read back, is the one expected. */
function roundTripTests(formats: readonly RoundTrip[], formulas: readonly Formula[]): void {
  for (const [name, write, read, expected] of formats) {
    it(name, () => {
      for (const f of formulas) {
        const text = write(f);
        const result = read(text);
        expect(result.ok ? result.formula : result.error, text).toEqual(expected(f));
      }
    });
  }
}

const FORMATS: readonly RoundTrip[] = [
  ['unicode', (f) => toUnicode(f), parseUnicode, (f) => f],
  ['latex', (f) => toLatex(f), parseLatex, (f) => f],
  ['ascii', (f) => toAscii(f), parseAscii, (f) => f],
  // Free variables come back bound by the ∀s in front, or as the free letters they were.
  [
    'tptp',
    (f) => toTptp(f),
    parseTptp,
    (f) => singleArrows(withStandardParentheses(universalClosure(f))),
  ],
  ['tptp with constants', (f) => toTptp(f, 'as-written', 'constants'), parseTptp, singleArrows],
  [
    'tptp annotated',
    (f) => toTptpAnnotated(f),
    parseTptp,
    (f) => singleArrows(withStandardParentheses(universalClosure(f))),
  ],
  // Prover9 also brackets a quantified formula that has more after it (its quantifiers reach
  // right), so it reads back with those pairs besides the writer's.
  [
    'prover9',
    (f) => toProver9(f),
    (text) => withoutGroups(parseProver9(text)),
    (f) => stripGroups(singleArrows(universalClosure(f))),
  ],
  [
    'prover9 with constants',
    (f) => toProver9(f, 'as-written', 'constants'),
    (text) => withoutGroups(parseProver9(text)),
    (f) => stripGroups(singleArrows(f)),
  ],
];

function withoutGroups(result: TextParseResult): TextParseResult {
  return result.ok ? { ok: true, formula: stripGroups(result.formula) } : result;
}

const formulas: Formula[] = (() => {
  const rng = mulberry32(20240611);
  return Array.from({ length: 500 }, () => randomFormula(rng));
})();

it('the round trips meet free variables', () => {
  expect(formulas.filter((f) => freeVariables(f).length > 0).length).toBeGreaterThan(50);
});

describe('parse(export(f)) = f', () => {
  roundTripTests(FORMATS, formulas);
});

describe('randomFormula', () => {
  it('uses all the connectives, quantifiers and atoms', () => {
    const text = formulas.map((f) => toUnicode(f)).join('');
    for (const char of '∀∃¬∧∨→↔⇒⇔⊤⊥=≠fgh(,)xyzPQRS0123456789abc') {
      expect(text, char).toContain(char);
    }
  });

  it('is reproducible from the seed and respects maxSymbols', () => {
    expect(randomFormula(mulberry32(7))).toEqual(randomFormula(mulberry32(7)));
    const rng = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      expect(formulaSymbols(randomFormula(rng, { maxSymbols: 12 })).length).toBeLessThanOrEqual(12);
    }
  });

  it('only quantifies over variables the body uses', () => {
    const quantifiers = (f: Formula): Extract<Formula, { kind: 'quantifier' }>[] => {
      switch (f.kind) {
        case 'quantifier':
          return [f, ...quantifiers(f.body)];
        case 'not':
        case 'group':
          return quantifiers(f.body);
        case 'binary':
          return [...quantifiers(f.left), ...quantifiers(f.right)];
        default:
          return [];
      }
    };
    for (const f of formulas) {
      for (const q of quantifiers(f)) expect(toUnicode(q.body), toUnicode(f)).toContain(q.variable);
    }
  });
});

describe('formulaSymbols', () => {
  const byName = new Set(SYMBOL_NAMES);

  it('names a symbol-table class for every character of the Unicode export', () => {
    for (const f of formulas) {
      const names = formulaSymbols(f);
      expect(names.every((n) => byName.has(n))).toBe(true);
      expect(names.map((n) => symbolByName(n)?.char).join('')).toBe(toUnicode(f));
    }
  });

  it('spells the issue example', () => {
    const result = parseUnicode('∀x(P(x)→∃y(Q(x,y)∧¬R(y)))');
    expect(result.ok && formulaSymbols(result.formula)).toEqual(
      'forall x lparen P lparen x rparen rightarrow exists y lparen Q lparen x comma y rparen wedge neg R lparen y rparen rparen rparen'.split(
        ' ',
      ),
    );
  });
});

describe('a transcription gives back what was written', () => {
  // Formulas as people write them, redundant parentheses and all.
  const written = (() => {
    const rng = mulberry32(1312);
    return Array.from({ length: 1000 }, () =>
      formulaSymbols(withWritersParentheses(randomFormula(rng), rng, 0.25)),
    );
  })();
  const chars = (labels: readonly string[]) =>
    labels.map((l) => symbolByName(l)?.char ?? '?').join('');

  it('prints every symbol and parenthesis of a parsed line back, and no other', () => {
    let redundant = 0;
    for (const labels of written) {
      const parsed = parseSymbols(labels);
      expect(parsed.ok, chars(labels)).toBe(true);
      if (!parsed.ok || parsed.line.kind !== 'formula') continue;
      expect(lineToUnicode(parsed.line)).toBe(chars(labels));
      const standard = toUnicode(parsed.line.formula, 'standard');
      if (standard !== chars(labels)) redundant++;
      // The normalised form is another spelling of the same formula.
      const back = parseUnicode(standard);
      expect(back.ok && stripGroups(back.formula)).toEqual(stripGroups(parsed.line.formula));
      expect(back.ok && back.formula).toEqual(normaliseParentheses(parsed.line.formula));
    }
    // The set does hold writing whose normalised form differs.
    expect(redundant).toBeGreaterThan(100);
  });

  it("keeps the writer's parentheses in every export", () => {
    for (const labels of written.slice(0, 200)) {
      const parsed = parseSymbols(labels);
      if (!parsed.ok) continue;
      const exports = exportLine(parsed.line);
      const pairs = chars(labels).split('(').length - 1;
      for (const [name, text] of Object.entries(exports))
        if (typeof text === 'string')
          expect(text.split('(').length - 1, `${name}: ${text}`).toBeGreaterThanOrEqual(pairs);
    }
  });

  it('reads ∀y((⊤∨P(x))) back with both pairs', () => {
    const labels = [...'∀y((⊤∨P(x)))'].map((c) => symbolByChar(c)!.name);
    const parsed = parseSymbols(labels);
    expect(parsed.ok && lineToUnicode(parsed.line)).toBe('∀y((⊤∨P(x)))');
    expect(parsed.ok && exportLine(parsed.line, 'as-written', 'constants').tptp).toBe(
      '![Y]: (($true | p(x)))',
    );
    expect(parsed.ok && exportLine(parsed.line).tptp).toBe('![X]: ![Y]: (($true | p(X)))');
    expect(parsed.ok && exportLine(parsed.line, 'standard').unicode).toBe('∀y(⊤∨P(x))');
  });
});

// ---------------------------------------------------------------------------------------------
// Arithmetic, comparisons, sets, brackets, textbook notation, dotted quantifiers, sequents

interface Normalising {
  /** ∼ ⊃ ≡ · become ¬ → ↔ ∧ (formats with one spelling for both). */
  readonly textbook: boolean;
  /** ∀x. loses its dot (TPTP, Prover9). */
  readonly dots: boolean;
  /** [ ] become ( ) (TPTP, Prover9). */
  readonly brackets: boolean;
  /** The writer's brackets around terms go (TPTP's prefix arithmetic needs none). */
  readonly termGroups: boolean;
}

const STANDARD_CONNECTIVE: Readonly<Record<string, string>> = { '⊃': '→', '≡': '↔', '·': '∧' };

function normaliseTerm(t: Term, n: Normalising): Term {
  const walk = (u: Term) => normaliseTerm(u, n);
  switch (t.kind) {
    case 'symbol':
      return t;
    case 'apply':
      return { ...t, args: t.args.map(walk) };
    case 'arithmetic':
      return { ...t, left: walk(t.left), right: walk(t.right) };
    case 'negative':
      return { ...t, body: walk(t.body) };
    case 'product':
      return { ...t, factors: t.factors.map(walk) };
    case 'termGroup':
      if (n.termGroups) return walk(t.body);
      return n.brackets
        ? { kind: 'termGroup', bracket: 'paren', body: walk(t.body) }
        : { ...t, body: walk(t.body) };
    case 'set':
      return { ...t, items: t.items.map(walk) };
  }
}

function normalise(f: Formula, n: Normalising): Formula {
  const walk = (g: Formula) => normalise(g, n);
  switch (f.kind) {
    case 'predicate':
      return { ...f, args: f.args.map((a) => normaliseTerm(a, n)) };
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return { ...f, left: normaliseTerm(f.left, n), right: normaliseTerm(f.right, n) };
    case 'not':
      return n.textbook ? { kind: 'not', body: walk(f.body) } : { ...f, body: walk(f.body) };
    case 'binary': {
      const symbol = n.textbook ? (STANDARD_CONNECTIVE[f.symbol] ?? f.symbol) : f.symbol;
      return { ...f, symbol, left: walk(f.left), right: walk(f.right) };
    }
    case 'quantifier': {
      const { dot, ...rest } = f;
      const body = walk(f.body);
      return dot && !n.dots ? { ...rest, dot, body } : { ...rest, body };
    }
    case 'group':
      return n.brackets || f.bracket === undefined
        ? { kind: 'group', body: walk(f.body) }
        : { ...f, body: walk(f.body) };
    case 'constant':
      return f;
  }
}

const AS_IS: Normalising = { textbook: false, dots: false, brackets: false, termGroups: false };
const ASCII_NOTATION: Normalising = { ...AS_IS, textbook: true };
const PROVER_NOTATION: Normalising = {
  textbook: true,
  dots: true,
  brackets: true,
  termGroups: false,
};
const TPTP_NOTATION: Normalising = { ...PROVER_NOTATION, termGroups: true };

const NOTATION_FORMATS: readonly RoundTrip[] = [
  ['unicode', (f) => toUnicode(f), parseUnicode, (f) => f],
  ['latex', (f) => toLatex(f), parseLatex, (f) => f],
  ['ascii', (f) => toAscii(f), parseAscii, (f) => normalise(f, ASCII_NOTATION)],
  [
    'tptp',
    (f) => toTptpAnnotated(f),
    parseTptp,
    (f) => singleArrows(normalise(withStandardParentheses(universalClosure(f)), TPTP_NOTATION)),
  ],
  [
    'prover9',
    (f) => toProver9(f),
    (text) => withoutGroups(parseProver9(text)),
    (f) => stripGroups(singleArrows(normalise(universalClosure(f), PROVER_NOTATION))),
  ],
];

const notationFormulas: Formula[] = (() => {
  const rng = mulberry32(20261205);
  return Array.from({ length: 500 }, () => randomFormula(rng, { notation: true }));
})();

describe('parse(export(f)) = f with arithmetic and textbook notation', () => {
  roundTripTests(NOTATION_FORMATS, notationFormulas);

  it('the random formulas use every new construct', () => {
    const text = notationFormulas.map((f) => toUnicode(f)).join('');
    for (const char of '+−<>≤≥∈{}[]∼⊃≡·.') expect(text, char).toContain(char);
    const products = notationFormulas.filter((f) => /[0-9)][a-z]/.test(toUnicode(f)));
    expect(products.length).toBeGreaterThan(20);
    expect(
      notationFormulas.filter((f) => toTptpAnnotated(f).startsWith('tff')).length,
    ).toBeGreaterThan(50);
  });

  it('symbol sequences of the formulas parse back to the same tree', () => {
    for (const f of notationFormulas) {
      const parsed = parseSymbols(formulaSymbols(f));
      expect(parsed.ok && parsed.line, toUnicode(f)).toEqual({ kind: 'formula', formula: f });
    }
  });
});

describe('sequents and sets of formulas', () => {
  const lines: Line[] = (() => {
    const rng = mulberry32(77);
    const formula = () => randomFormula(rng, { notation: true, maxSymbols: 16 });
    return Array.from({ length: 100 }, (_, k): Line => {
      const premises = Array.from(
        { length: k % 3 },
        () => ({ kind: 'formula', formula: formula() }) as const,
      );
      const set = { kind: 'formulaSet', formulas: [formula(), formula()] } as const;
      return {
        kind: 'sequent',
        turnstile: k % 2 === 0 ? 'vdash' : 'models',
        premises: k % 5 === 0 ? [set, ...premises] : premises,
        conclusions: [{ kind: 'formula', formula: formula() }],
      };
    });
  })();

  for (const format of ['unicode', 'latex', 'ascii'] as const) {
    it(`${format} reads the sequent back`, () => {
      for (const line of lines) {
        const text = lineToFormat(line, format);
        const back = parseLine(text, format);
        const expected =
          format === 'ascii' ? mapItems(line, (f) => normalise(f, ASCII_NOTATION)) : line;
        expect(back.ok ? back.line : back.error, text).toEqual(expected);
      }
    });
  }

  it('tptp writes a --> sequent of tuples and reads it back with ⊢', () => {
    for (const line of lines) {
      const text = lineToFormat(line, 'tptp', { freeVariables: 'constants' });
      expect(text).toMatch(/^\[.*\] --> \[.*\]$/);
      const back = parseLine(text, 'tptp');
      const expected = {
        ...mapItems(line, (f) =>
          singleArrows(normalise(withStandardParentheses(f), TPTP_NOTATION)),
        ),
        turnstile: 'vdash',
      };
      expect(back.ok ? back.line : back.error, text).toEqual(expected);
    }
  });

  it('prover9 writes the implication a sequent states', () => {
    const parsed = parseSymbols([...'P,P→Q⊢Q'].map((c) => symbolByChar(c)!.name));
    expect(parsed.ok && lineToFormat(parsed.line, 'prover9')).toBe('(P & (P -> Q)) -> Q');
  });
});

function mapItems(line: Line, map: (f: Formula) => Formula): Line {
  if (line.kind !== 'sequent') throw new Error('a sequent expected');
  const item = (i: Line & { kind: 'formula' | 'formulaSet' | 'term' | 'equations' }) =>
    i.kind === 'formula'
      ? { ...i, formula: map(i.formula) }
      : i.kind === 'formulaSet'
        ? { ...i, formulas: i.formulas.map(map) }
        : i;
  return { ...line, premises: line.premises.map(item), conclusions: line.conclusions.map(item) };
}

describe('capitals as term letters (A+b=2)', () => {
  const lineOf = (text: string): Line => {
    const parsed = parseSymbols([...text].map((c) => symbolByChar(c)!.name));
    if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
    return parsed.line;
  };
  const texts = ['A+b=2', 'Sh', '−G+Y', 'A,B+c', 'A,2G'];

  for (const format of ['unicode', 'latex', 'tptp', 'prover9', 'ascii'] as const) {
    it(`${format} writes them and reads them back as terms`, () => {
      for (const text of texts) {
        const line = lineOf(text);
        const written = lineToFormat(line, format);
        const back = parseLine(written, format);
        expect(back.ok ? back.line : back.error, written).toEqual(line);
      }
    });
  }

  it('tptp quotes them, its way of writing a constant with a capital', () => {
    expect(lineToFormat(lineOf('A+b=2'), 'tptp')).toBe("$sum('A',b) = 2");
    expect(lineToFormat(lineOf('A,B+c'), 'tptp')).toBe("a, $sum('B',c)");
  });
});
