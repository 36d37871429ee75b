import { describe, expect, it } from 'vitest';
import { stackParts } from './stack-parts.js';

/** A straight stroke from (x0, y0) to (x1, y1). */
const line = (x0: number, y0: number, x1: number, y1: number): number[][] => [
  [x0, y0],
  [x1, y1],
];

describe('stackParts', () => {
  it('moves the bars of an = written apart over one another, keeping their heights', () => {
    const bars = [line(0, 0, 30, 0), line(60, 12, 90, 12)];
    // Equally wide: the first stays where it was written.
    expect(stackParts(bars)).toEqual([line(0, 0, 30, 0), line(0, 12, 30, 12)]);
  });

  it('keeps strokes that overlap as one part, and centres each part on the widest', () => {
    const strokes = [
      // An x's two strokes: one part.
      line(0, 0, 20, 20),
      line(20, 0, 0, 20),
      // A short mark beside it.
      line(40, 10, 44, 10),
    ];
    const stacked = stackParts(strokes)!;
    expect(stacked.slice(0, 2)).toEqual(strokes.slice(0, 2));
    expect(stacked[2]).toEqual(line(8, 10, 12, 10));
  });

  it('says there is nothing to stack when the strokes already overlap', () => {
    const plus = [line(0, 10, 20, 10), line(10, 0, 10, 20)];
    expect(stackParts(plus)).toBeNull();
  });
});
