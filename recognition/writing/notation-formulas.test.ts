import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../imaging/random.js';
import { SYMBOL_NAMES } from '../symbols.js';
import { arithmeticFormulas, inTextbookNotation } from './notation-formulas.js';

const labels = (text: string) => text.split(' ');

function balanced(seq: readonly string[]): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { rparen: 'lparen', rbrack: 'lbrack' };
  for (const l of seq) {
    if (l === 'lparen' || l === 'lbrack') stack.push(l);
    else if (l in pairs && stack.pop() !== pairs[l]) return false;
  }
  return stack.length === 0;
}

describe('textbook notation', () => {
  const standard = labels(
    'forall x lparen P lparen x rparen rightarrow neg lparen Q lparen x rparen wedge R rparen rparen',
  );

  it('writes ∼ ⊃ ≡ · for ¬ → ↔ ∧ and keeps the argument lists in round brackets', () => {
    for (let seed = 0; seed < 50; seed++) {
      const out = inTextbookNotation(standard, mulberry32(seed));
      for (const gone of ['neg', 'rightarrow', 'wedge']) expect(out).not.toContain(gone);
      expect(out).toContain('supset');
      expect(out).toContain('sim');
      expect(out).toContain('cdot');
      expect(balanced(out)).toBe(true);
      // P( and Q( open argument lists: never a square bracket.
      out.forEach((l, i) => {
        if (l === 'P' || l === 'Q') expect(out[i + 1]).toBe('lparen');
      });
      out.forEach((l, i) => {
        if (l === 'dot') expect(out[i - 2]).toBe('forall');
      });
    }
  });

  it('puts a dot after some quantified variables and square brackets around some groups', () => {
    const outs = Array.from({ length: 40 }, (_, seed) =>
      inTextbookNotation(standard, mulberry32(seed)),
    );
    expect(outs.some((o) => o.includes('dot'))).toBe(true);
    expect(outs.some((o) => !o.includes('dot'))).toBe(true);
    expect(outs.some((o) => o.includes('lbrack'))).toBe(true);
    expect(outs.some((o) => !o.includes('lbrack'))).toBe(true);
  });
});

describe('arithmetic formulas', () => {
  it('compare sums and differences with the order relations, in known symbols', () => {
    const next = arithmeticFormulas(24);
    const rng = mulberry32(7);
    const seen = new Set<string>();
    for (let n = 0; n < 300; n++) {
      const f = next(rng);
      expect(f.length).toBeLessThanOrEqual(24);
      expect(balanced(f)).toBe(true);
      for (const l of f) expect(SYMBOL_NAMES).toContain(l);
      expect(f.some((l) => ['lt', 'gt', 'leq', 'geq', 'eq', 'neq'].includes(l))).toBe(true);
      f.forEach((l) => seen.add(l));
    }
    for (const used of ['plus', 'minus', 'lt', 'gt', 'leq', 'geq', 'forall', 'exists'])
      expect(seen).toContain(used);
  });
});
