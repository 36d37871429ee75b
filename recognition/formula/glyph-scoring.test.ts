import { describe, expect, it } from 'vitest';
import { estimateLineGeometry, expandCandidates, scoreGlyph } from './glyph-scoring.js';

describe('expandCandidates', () => {
  it('weighs a square bracket below a round one the classifier finds nearly as likely', () => {
    const probs = expandCandidates([
      { label: 'lbrack', probability: 0.55 },
      { label: 'lparen', probability: 0.4 },
    ]);
    expect(probs.get('lparen')!).toBeGreaterThan(probs.get('lbrack')!);
  });

  it('keeps a square bracket the classifier is sure of', () => {
    const probs = expandCandidates([
      { label: 'rbrack', probability: 0.97 },
      { label: 'rparen', probability: 0.02 },
    ]);
    expect(probs.get('rbrack')!).toBeGreaterThan(probs.get('rparen')!);
  });
});

const glyph = (
  box: { x: number; y: number; width: number; height: number },
  ...candidates: [string, number][]
) => ({ box, candidates: candidates.map(([label, probability]) => ({ label, probability })) });

const paren = (label: string, x: number) =>
  glyph({ x, y: 0, width: 12, height: 84 }, [label, 0.99]);

describe('line geometry from parentheses alone', () => {
  // ((P(x))): no letter says by its label how tall the line is; the parentheses do.
  const line = (p: ReturnType<typeof glyph>) => [
    paren('lparen', 0),
    paren('lparen', 30),
    p,
    paren('lparen', 110),
    glyph({ x: 140, y: 30, width: 40, height: 42 }, ['x', 0.8], ['X', 0.2]),
    paren('rparen', 200),
  ];
  const best = (glyphs: ReturnType<typeof line>, at: number) =>
    scoreGlyph(glyphs[at], estimateLineGeometry(glyphs))[0].label;

  it('reads a letter standing on the baseline as the capital', () => {
    const standing = glyph({ x: 60, y: 2, width: 35, height: 70 }, ['p', 0.62], ['P', 0.38]);
    const glyphs = line(standing);
    expect(estimateLineGeometry(glyphs)).not.toBeNull();
    expect(best(glyphs, 2)).toBe('P');
    expect(best(glyphs, 4)).toBe('x');
  });

  it('reads one hanging below the baseline as the small letter', () => {
    const hanging = glyph({ x: 60, y: 30, width: 35, height: 70 }, ['P', 0.62], ['p', 0.38]);
    expect(best(line(hanging), 2)).toBe('p');
  });
});

/** A line of three capitals 60 px tall: the size every mark below is measured against. */
const capitals = [0, 60, 120].map((x) => glyph({ x, y: 0, width: 40, height: 60 }, ['A', 0.99]));
const geometry = estimateLineGeometry(capitals);

describe('dots, specks and bars beside capitals', () => {
  // A speck is blown up to 28×28 before it is classified: it looks like a tick or a dash.
  // [what, the mark's x, y, width and height, what the classifier says, what it is]
  it.each<[string, number[], Record<string, number>, string]>([
    ['a small mark on the baseline is a stop', [180, 52, 8, 8], { dot: 0.6, comma: 0.3 }, 'dot'],
    ['a stroke as tall as a letter is no dot', [180, 0, 8, 60], { dot: 0.6, 1: 0.3 }, '1'],
    ['a long bar is no dot', [180, 30, 60, 6], { dot: 0.6, minus: 0.1 }, 'minus'],
    ['a bar a letter wide is the bar', [180, 36, 36, 3], { minus: 0.6, dot: 0.1 }, 'minus'],
    ['a low speck called a tick is a full stop', [180, 54, 3, 6], { r: 0.36, lbrack: 0.08 }, 'dot'],
    ['a raised speck called a dash is ·', [180, 36, 6, 3], { minus: 0.3, neg: 0.1 }, 'cdot'],
  ])('%s', (_, [x, y, width, height], read, label) => {
    const mark = glyph({ x, y, width, height }, ...Object.entries(read));
    expect(scoreGlyph(mark, geometry)[0].label).toBe(label);
  });

  it('does not take the size of the line from a speck the classifier calls a letter', () => {
    // ∀y.[P(y)] drawn: y is no height reference (a descender), the dot's top-1 is a small r.
    const line = [
      glyph({ x: 0, y: 0, width: 40, height: 66 }, ['forall', 0.99]),
      glyph({ x: 50, y: 20, width: 30, height: 66 }, ['y', 0.97]),
      glyph({ x: 90, y: 58, width: 3, height: 7 }, ['r', 0.36], ['lbrack', 0.08]),
      glyph({ x: 100, y: -5, width: 30, height: 85 }, ['lbrack', 0.99]),
    ];
    const found = estimateLineGeometry(line);
    expect(found!.capHeight).toBeGreaterThan(40);
    expect(scoreGlyph(line[2], found)[0].label).toBe('dot');
  });
});

describe('line geometry from operators', () => {
  // x+x<x: no letter says by its label which case it is, nor does the line's one height.
  const x = (at: number, top: number, p: number) =>
    glyph({ x: at, y: 60 - top, width: 30, height: top }, ['X', p], ['x', 1 - p]);
  const operator = (label: string, at: number) =>
    glyph({ x: at, y: 20, width: 30, height: 38 }, [label, 0.95]);

  it('reads letters as tall as the operators as small ones', () => {
    const glyphs = [x(0, 40, 0.55), operator('plus', 40), x(80, 38, 0.6), operator('lt', 120)];
    const geometry = estimateLineGeometry(glyphs);
    expect(geometry).not.toBeNull();
    expect(scoreGlyph(glyphs[0], geometry)[0].label).toBe('x');
    expect(scoreGlyph(glyphs[2], geometry)[0].label).toBe('x');
  });

  it('and letters half as tall again as capitals', () => {
    const glyphs = [x(0, 62, 0.4), operator('plus', 40), x(80, 60, 0.45), operator('lt', 120)];
    const geometry = estimateLineGeometry(glyphs);
    expect(scoreGlyph(glyphs[0], geometry)[0].label).toBe('X');
  });
});

describe('a written f', () => {
  // f(x)=7x: CROHME's writers let f hang below the baseline as p does.
  // The boxes of a CROHME test expression, a tenth of their size.
  const line = [
    glyph({ x: 0, y: 5, width: 42, height: 95 }, ['f', 0.65], ['p', 0.14], ['F', 0.11]),
    glyph({ x: 49, y: 12, width: 20, height: 76 }, ['lparen', 0.94]),
    glyph({ x: 73, y: 46, width: 37, height: 28 }, ['x', 0.99]),
    glyph({ x: 106, y: 0, width: 15, height: 86 }, ['rparen', 0.98]),
    glyph({ x: 172, y: 52, width: 45, height: 20 }, ['eq', 0.99]),
    glyph({ x: 288, y: 30, width: 41, height: 38 }, ['7', 0.97]),
    glyph({ x: 347, y: 39, width: 42, height: 25 }, ['x', 0.99]),
    glyph({ x: 426, y: 58, width: 33, height: 6 }, ['minus', 0.97]),
    glyph({ x: 467, y: 25, width: 48, height: 44 }, ['3', 0.99]),
  ];

  it('is read as the classifier says, across the baseline or on it', () => {
    expect(scoreGlyph(line[0], estimateLineGeometry(line))[0].label).toBe('f');
  });
});
