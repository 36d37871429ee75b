import { describe, expect, it } from 'vitest';
import { SYMBOL_NAMES, symbolByChar, symbolByName } from '../symbols.js';
import { mulberry32 } from '../imaging/random.js';
import type { Formula } from './ast.js';
import { toAscii, toLatex, toProver9, toTptp, toTptpAnnotated, toUnicode } from './exports.js';
import { formulaSymbols, randomFormula, withWritersParentheses } from './random-formula.js';
import { parseSymbols } from './symbol-parser.js';
import { lineToUnicode, exportLine } from './exports.js';
import { normaliseParentheses, stripGroups, withStandardParentheses } from './ast.js';
import { freeVariables, universalClosure } from './free-variables.js';
import {
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

const FORMATS: readonly [
  string,
  (f: Formula) => string,
  (text: string) => TextParseResult,
  (f: Formula) => Formula,
][] = [
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
  for (const [name, write, read, expected] of FORMATS) {
    it(name, () => {
      for (const f of formulas) {
        const text = write(f);
        const result = read(text);
        expect(result.ok ? result.formula : result.error, text).toEqual(expected(f));
      }
    });
  }
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
