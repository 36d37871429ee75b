import { describe, expect, it } from 'vitest';
import { stackParts } from './stack-parts.js';

describe('stackParts', () => {
  it('moves the bars of an = written apart over one another, keeping their heights', () => {
    const bars = [
      [
        [0, 0],
        [30, 0],
      ],
      [
        [60, 12],
        [90, 12],
      ],
    ];
    // Equally wide: the first stays where it was written.
    expect(stackParts(bars)).toEqual([
      [
        [0, 0],
        [30, 0],
      ],
      [
        [0, 12],
        [30, 12],
      ],
    ]);
  });

  it('keeps strokes that overlap as one part, and centres each part on the widest', () => {
    const strokes = [
      // An x's two strokes: one part.
      [
        [0, 0],
        [20, 20],
      ],
      [
        [20, 0],
        [0, 20],
      ],
      // A short mark beside it.
      [
        [40, 10],
        [44, 10],
      ],
    ];
    const stacked = stackParts(strokes)!;
    expect(stacked.slice(0, 2)).toEqual(strokes.slice(0, 2));
    expect(stacked[2]).toEqual([
      [8, 10],
      [12, 10],
    ]);
  });

  it('says there is nothing to stack when the strokes already overlap', () => {
    const plus = [
      [
        [0, 10],
        [20, 10],
      ],
      [
        [10, 0],
        [10, 20],
      ],
    ];
    expect(stackParts(plus)).toBeNull();
  });
});
