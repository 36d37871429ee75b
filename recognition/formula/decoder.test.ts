import { describe, expect, it } from 'vitest';

import { mulberry32 } from '../imaging/random.js';
import { SYMBOL_NAMES, symbolByChar } from '../symbols.js';
import type { Box } from '../types.js';
import type { Candidate, GlyphEvidence } from './decoder.js';
import { decodeLine, estimateLineGeometry } from './decoder.js';
import { parseSymbols } from './symbol-parser.js';

/**
 * Synthetic handwriting: cap height 40, x-height 24, baseline at y = 100, one glyph every 30
 * units. Shapes say where a glyph sits relative to those lines.
 */
type Shape = 'small' | 'tall' | 'descender' | 'comma' | 'paren' | 'operator';

const SHAPES: Readonly<Record<Shape, { top: number; height: number }>> = {
  small: { top: 76, height: 24 },
  tall: { top: 60, height: 40 },
  descender: { top: 76, height: 40 },
  comma: { top: 94, height: 14 },
  paren: { top: 56, height: 48 },
  operator: { top: 72, height: 20 },
};

function shapeOf(label: string): Shape {
  if (label === 'comma') return 'comma';
  if (label === 'lparen' || label === 'rparen') return 'paren';
  if (label === 'forall' || label === 'exists') return 'tall';
  if (label.length > 1) return 'operator';
  if ('acemnorsuvwxz'.includes(label)) return 'small';
  if ('gpqyj'.includes(label)) return 'descender';
  return 'tall';
}

interface Placement {
  readonly scale?: number;
  readonly slope?: number;
}

function boxAt(index: number, shape: Shape, { scale = 1, slope = 0 }: Placement): Box {
  const { top, height } = SHAPES[shape];
  const x = index * 30;
  const drift = slope * (x + 10);
  return {
    x: (x + 5) * scale,
    y: (top + drift) * scale,
    width: 20 * scale,
    height: height * scale,
  };
}

type GlyphSpec = string | { readonly shape: Shape; readonly candidates: Record<string, number> };

/** Plain characters are read confidently; objects give the classifier's doubts explicitly. */
function line(specs: readonly GlyphSpec[], placement: Placement = {}): GlyphEvidence[] {
  return specs.map((spec, i) => {
    if (typeof spec === 'string') {
      const label = symbolByChar(spec)?.name ?? spec;
      const candidates: Candidate[] = [
        { label, probability: 0.9 },
        { label: 'alt:noise', probability: 0.05 },
      ];
      return { candidates, box: boxAt(i, shapeOf(label), placement) };
    }
    const candidates = Object.entries(spec.candidates)
      .map(([label, probability]) => ({ label, probability }))
      .sort((a, b) => b.probability - a.probability);
    return { candidates, box: boxAt(i, spec.shape, placement) };
  });
}

const chars = (text: string): string[] => [...text];

describe('estimateLineGeometry', () => {
  it('measures cap height, x-height and the baseline from unambiguous letters', () => {
    const geometry = estimateLineGeometry(line(chars('Q(a)∧R(b,e)')));
    expect(geometry?.capHeight).toBeCloseTo(40);
    expect(geometry?.xRatio).toBeCloseTo(0.6);
    expect(geometry?.baseline?.intercept).toBeCloseTo(100);
    expect(geometry?.baseline?.slope).toBeCloseTo(0);
  });

  it('follows a sloping line', () => {
    const geometry = estimateLineGeometry(line(chars('Q(a)∧R(b,e)'), { slope: 0.1 }));
    expect(geometry?.baseline?.slope).toBeCloseTo(0.1);
  });

  it('knows nothing when no glyph tells its size', () => {
    expect(estimateLineGeometry(line(chars('x=y')))).toBeNull();
  });
});

describe('decodeLine', () => {
  it('reads a clean line as written', () => {
    const glyphs = line(chars('∀x(P(x)→∃y(Q(x,y)∧¬R(y)))'));
    const decoded = decodeLine(glyphs);
    const expected = chars('∀x(P(x)→∃y(Q(x,y)∧¬R(y)))').map((c) => symbolByChar(c)?.name);
    expect(decoded.labels).toEqual(expected);
    expect(decoded.wellFormed).toBe(true);
    expect(decoded.error).toBeNull();
    const parsed = parseSymbols(decoded.labels);
    expect(parsed.ok && decoded.line).toEqual(parsed.ok ? parsed.line : null);
    expect(decoded.scores.every((p) => p === 0.9)).toBe(true);
  });

  it('reads a small x after ∀ as a variable although the classifier prefers X', () => {
    const x = { shape: 'small', candidates: { X: 0.6, x: 0.3 } } as const;
    const decoded = decodeLine(line(['∀', x, '(', 'Q', '(', 'a', ')', ')']));
    expect(decoded.labels[1]).toBe('x');
    expect(decoded.rawLabels[1]).toBe('x');
    expect(decoded.wellFormed).toBe(true);
  });

  it('reads a tall p standing on the baseline as the predicate P', () => {
    const p = { shape: 'tall', candidates: { p: 0.7, P: 0.2 } } as const;
    const decoded = decodeLine(line([p, '(', 'x', ')', '∧', 'R', '(', 'a', ')']));
    expect(decoded.rawLabels[0]).toBe('P');
    expect(decoded.labels[0]).toBe('P');
    // The classifier cannot tell case apart, so P inherits half of p's probability.
    expect(decoded.scores[0]).toBeCloseTo(0.35);
  });

  it('keeps a p that hangs below the baseline lowercase', () => {
    const p = { shape: 'descender', candidates: { p: 0.6, P: 0.3 } } as const;
    const decoded = decodeLine(line([p, '(', 'x', ')', '=', 'a']));
    expect(decoded.labels[0]).toBe('p');
  });

  it('tells C from c by comparing ambiguous letters with each other', () => {
    const c = { shape: 'tall', candidates: { c: 0.6, C: 0.3 } } as const;
    const decoded = decodeLine(line([c, '(', 'x', ')']));
    expect(decoded.rawLabels[0]).toBe('C');
    expect(decoded.labels).toEqual(['C', 'lparen', 'x', 'rparen']);
  });

  it('reads a tall o in term position as the digit 0, a small one as the variable o', () => {
    const tall = { shape: 'tall', candidates: { o: 0.7, O: 0.2 } } as const;
    expect(decodeLine(line(['f', '(', 'c', ')', '=', tall])).labels[5]).toBe('0');
    const small = { shape: 'small', candidates: { O: 0.6, '0': 0.3 } } as const;
    expect(decodeLine(line(['f', '(', 'a', ')', '=', small])).labels[5]).toBe('o');
  });

  it('reads an O in predicate position as the letter O, whatever the classifier ranks first', () => {
    const zero = { shape: 'tall', candidates: { '0': 0.8, o: 0.1 } } as const;
    expect(decodeLine(line([zero, '(', 'a', ')'])).labels[0]).toBe('O');
  });

  it('chooses between 1, l and I by role', () => {
    const one = { shape: 'tall', candidates: { '1': 0.8, l: 0.1 } } as const;
    expect(decodeLine(line(['P', '∧', one])).labels[2]).toBe('I');
    expect(decodeLine(line([one, '(', 'x', ')'])).labels[0]).toBe('I');
    expect(decodeLine(line(['f', '(', one, ')', '=', 'a'])).labels[2]).toBe('1');
    const ell = { shape: 'tall', candidates: { l: 0.5, '1': 0.4 } } as const;
    expect(decodeLine(line(['f', '(', ell, ')', '=', 'a'])).labels[2]).toBe('l');
  });

  it('reads a short low stroke as a comma and a tall one as 1', () => {
    const low = { shape: 'comma', candidates: { '1': 0.7, comma: 0.2 } } as const;
    const decoded = decodeLine(line(['Q', '(', 'a', low, 'b', ')']));
    expect(decoded.rawLabels[3]).toBe('comma');
    expect(decoded.labels[3]).toBe('comma');
    const tall = { shape: 'tall', candidates: { '1': 0.6, comma: 0.3 } } as const;
    const digits = decodeLine(line(['Q', '(', 'a', ')', '∧', 'f', '(', tall, ')', '=', 'b']));
    expect(digits.rawLabels[7]).toBe('1');
  });

  it('does not depend on resolution or on a sloping line', () => {
    const p = { shape: 'tall', candidates: { p: 0.7, P: 0.2 } } as const;
    const x = { shape: 'small', candidates: { X: 0.6, x: 0.3 } } as const;
    const specs: GlyphSpec[] = [p, '(', x, ')', '∧', 'R', '(', 'a', ')'];
    for (const placement of [{ scale: 0.13 }, { scale: 9.7 }, { scale: 2, slope: 0.15 }]) {
      expect(decodeLine(line(specs, placement)).rawLabels.slice(0, 3)).toEqual([
        'P',
        'lparen',
        'x',
      ]);
    }
  });

  it('falls back to the raw reading with the parse error when nothing is well formed', () => {
    const decoded = decodeLine(line(chars('P(x))')));
    expect(decoded.wellFormed).toBe(false);
    expect(decoded.line).toBeNull();
    expect(decoded.kind).toBe('unparsed');
    expect(decoded.labels).toEqual(['P', 'lparen', 'x', 'rparen', 'rparen']);
    expect(decoded.labels).toEqual(decoded.rawLabels);
    expect(decoded.error).toEqual({ position: 4, message: "unbalanced ')'" });
    expect(decoded.scores).toHaveLength(5);
  });

  it('handles an empty line', () => {
    const decoded = decodeLine([]);
    expect(decoded.labels).toEqual([]);
    expect(decoded.wellFormed).toBe(false);
    expect(decoded.error?.position).toBe(0);
  });

  it('decodes many noisy lines, always one label per glyph', () => {
    const rand = mulberry32(99);
    const source = chars('∀x(P(x)→∃y(Q(x,y)∧¬R(f(y),0)))');
    expect(source).toHaveLength(30);
    let wellFormed = 0;
    for (let n = 0; n < 300; n++) {
      const glyphs = line(source).map((g) => {
        const labels = [g.candidates[0].label];
        while (labels.length < 5)
          labels.push(SYMBOL_NAMES[Math.floor(rand() * SYMBOL_NAMES.length)]);
        const probs = labels.map(() => rand());
        const total = probs.reduce((a, b) => a + b, 0);
        const candidates = labels
          .map((label, i) => ({ label, probability: probs[i] / total }))
          .sort((a, b) => b.probability - a.probability);
        return { ...g, candidates };
      });
      const decoded = decodeLine(glyphs, { beamWidth: 32 });
      expect(decoded.labels).toHaveLength(glyphs.length);
      expect(decoded.scores).toHaveLength(glyphs.length);
      if (decoded.wellFormed) wellFormed++;
    }
    expect(wellFormed).toBeGreaterThan(0);
  });
});

describe('decodeLine with labels the user chose', () => {
  const formula = chars('∀x(P(x)→Q(x))');

  it('keeps a chosen label even where the classifier and geometry disagree, and re-reads the rest', () => {
    const glyphs = line(formula);
    const forced = formula.map(() => null as string | null);
    forced[8] = 'R';
    const decoded = decodeLine(glyphs, { forced });
    expect(decoded.labels[8]).toBe('R');
    expect(decoded.wellFormed).toBe(true);
    expect(decoded.scores[8]).toBe(1);
    expect(decodeLine(glyphs).labels[8]).toBe('Q');
  });

  it('keeps a chosen letter that the geometry alone would read as a look-alike', () => {
    // Tall, in term position: read as the digit 0 unless the user says it is the variable o.
    const tall = { shape: 'tall', candidates: { o: 0.7, O: 0.2 } } as const;
    const specs = ['f', '(', 'c', ')', '=', tall];
    expect(decodeLine(line(specs)).labels[5]).toBe('0');
    const forced: (string | null)[] = specs.map(() => null);
    forced[5] = 'o';
    expect(decodeLine(line(specs), { forced }).labels[5]).toBe('o');
  });

  it('reports a chosen label the grammar cannot accept instead of overruling the user', () => {
    const forced: (string | null)[] = formula.map(() => null);
    forced[2] = 'wedge';
    const decoded = decodeLine(line(formula), { forced });
    expect(decoded.labels[2]).toBe('wedge');
    expect(decoded.wellFormed).toBe(false);
    expect(decoded.error).not.toBeNull();
  });
});
