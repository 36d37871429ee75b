import { describe, expect, it } from 'vitest';
import { SYMBOL_NAMES, symbolByName } from '../symbols.js';
import { mulberry32 } from '../imaging/random.js';
import type { Formula } from './ast.js';
import { toAscii, toLatex, toProver9, toTptp, toTptpAnnotated, toUnicode } from './exports.js';
import { formulaSymbols, randomFormula } from './random-formula.js';
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
  ['unicode', toUnicode, parseUnicode, (f) => f],
  ['latex', toLatex, parseLatex, (f) => f],
  ['ascii', toAscii, parseAscii, (f) => f],
  ['tptp', toTptp, parseTptp, singleArrows],
  ['tptp annotated', (f) => toTptpAnnotated(f), parseTptp, singleArrows],
  ['prover9', toProver9, parseProver9, singleArrows],
];

const formulas: Formula[] = (() => {
  const rng = mulberry32(20240611);
  return Array.from({ length: 500 }, () => randomFormula(rng));
})();

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
    const text = formulas.map(toUnicode).join('');
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
