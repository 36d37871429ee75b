import { describe, expect, it } from 'vitest';

import { splitLines } from './stroke-lines.js';
import { composeFormula } from './templates.js';

describe('splitLines', () => {
  it('returns no lines for no ink', () => {
    expect(splitLines([])).toEqual([]);
    expect(splitLines([[], []])).toEqual([]);
  });

  it('keeps one formula, dots and commas included, on one line', () => {
    const { strokes } = composeFormula(['i', 'comma', 'x', 'eq', 'lparen', 'Q', 'rparen']);
    const lines = splitLines(strokes);
    expect(lines).toHaveLength(1);
    expect(lines[0].strokes).toEqual(strokes.map((_, i) => i));
  });

  it('splits formulas written one under another, top first, whatever the writing order', () => {
    const top = composeFormula(['forall', 'x', 'P', 'lparen', 'x', 'rparen'], { seed: 2 });
    const bottom = composeFormula(['i', 'neg', 'Q', 'comma', 'i'], { seed: 3, origin: [10, 95] });
    const strokes = [...bottom.strokes, ...top.strokes];
    const lines = splitLines(strokes);
    expect(lines.map((l) => l.strokes)).toEqual([
      top.strokes.map((_, i) => bottom.strokes.length + i),
      bottom.strokes.map((_, i) => i),
    ]);
    expect(lines[0].box.y + lines[0].box.height).toBeLessThan(lines[1].box.y);
  });

  it('works in any unit', () => {
    const a = composeFormula(['x', 'eq', 'x'], { height: 0.05 });
    const b = composeFormula(['P', 'wedge', 'Q'], { height: 0.05, origin: [0, 0.09] });
    expect(splitLines([...a.strokes, ...b.strokes])).toHaveLength(2);
  });
});
