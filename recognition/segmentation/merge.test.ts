import { describe, expect, it } from 'vitest';
import { belongTogether, mergeLine } from './merge.js';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('mergeLine', () => {
  it('joins stacked bars (=) and a dot above its stem (i), keeps neighbours apart', () => {
    const boxes = [
      box(0, 10, 8, 30), // l
      box(14, 18, 30, 4), // upper bar of =
      box(15, 30, 28, 4), // lower bar of =
      box(52, 4, 5, 5), // dot of i
      box(51, 14, 6, 26), // stem of i
      box(62, 20, 20, 20), // x
    ];
    expect(mergeLine(boxes, 20)).toEqual([[0], [1, 2], [3, 4], [5]]);
  });

  it('joins an arrow head to its shaft but not letters side by side', () => {
    expect(belongTogether(box(0, 20, 40, 3), box(30, 12, 10, 19), 20)).toBe(true);
    expect(belongTogether(box(0, 10, 20, 20), box(16, 10, 20, 20), 20)).toBe(false);
  });

  it('leaves far stacked parts alone', () => {
    expect(belongTogether(box(0, 0, 10, 10), box(0, 40, 10, 10), 20)).toBe(false);
  });
});
