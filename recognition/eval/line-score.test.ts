import { describe, expect, it } from 'vitest';
import {
  alignmentEdits,
  editDistance,
  ErrorTally,
  LineScore,
  type ReadLine,
} from './line-score.js';

const read = (labels: string[], text: string, raw = labels): ReadLine => ({
  text,
  wellFormed: true,
  symbols: labels.map((label, i) => ({ label, alternatives: [{ label: raw[i] }] })),
});

describe('scoring read lines', () => {
  it('aligns a reading with the truth, edit by edit', () => {
    expect(editDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2);
    expect(alignmentEdits(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { kind: 'substitute', truth: 'b', read: 'x' },
      { kind: 'insert', read: 'd' },
    ]);
    expect(alignmentEdits(['a', 'b'], ['b'])).toEqual([{ kind: 'delete', truth: 'a' }]);
  });

  it('tallies confusions, lost and added symbols and wrong counts', () => {
    const tally = new ErrorTally();
    tally.add(['z', 'eq', '2'], ['2', 'eq', '2']);
    tally.add(['P', 'comma'], ['P']);
    expect(tally.substitutions.get('z→2')).toBe(1);
    expect(tally.deletions.get(',')).toBe(1);
    expect(tally.wrongCount).toBe(1);
    expect(ErrorTally.top(tally.substitutions, 3)).toBe('z→2 ×1');
  });

  it('counts exact lines, raw readings, symbol errors and faithful text', () => {
    const score = new LineScore();
    score.add(['P', 'wedge', 'Q'], read(['P', 'wedge', 'Q'], 'P∧Q', ['p', 'wedge', 'Q']));
    // Every symbol right, but the text is not what was written.
    score.add(['lparen', 'P', 'rparen'], read(['lparen', 'P', 'rparen'], 'P'));
    score.add(['x', 'eq', 'y'], read(['x', 'eq'], 'x='));
    score.add(['Q'], undefined);
    const s = score.summary();
    expect(s.lines).toBe(4);
    expect(s.exact).toBe(0.5);
    expect(s.rawExact).toBe(0.25);
    expect(s.symbolErrorRate).toBeCloseTo(2 / 10);
    expect(s.rightCount).toBe(0.5);
    expect(s.faithful).toBe(0.5);
    expect(score.tally.unfaithful).toBe(1);
  });
});
