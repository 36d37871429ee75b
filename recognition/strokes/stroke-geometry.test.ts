import { describe, expect, it } from 'vitest';

import {
  horizontalAffinity,
  minPointDistance,
  resampleStroke,
  strokeBox,
  strokeLength,
  typicalStrokeSize,
} from './stroke-geometry.js';
import { unionBoxes } from '../geometry.js';

describe('stroke geometry', () => {
  it('measures boxes and lengths', () => {
    const stroke = [
      [1, 2],
      [4, 6],
      [4, 2],
    ];
    expect(strokeBox(stroke)).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(strokeLength(stroke)).toBe(9);
    expect(unionBoxes([strokeBox(stroke), { x: -1, y: 3, width: 1, height: 10 }])).toEqual({
      x: -1,
      y: 2,
      width: 5,
      height: 11,
    });
  });

  it('resamples at even spacing and keeps both ends', () => {
    const out = resampleStroke(
      [
        [0, 0],
        [10, 0],
        [10, 5],
      ],
      2,
    );
    expect(out[0]).toEqual([0, 0]);
    expect(out.at(-1)).toEqual([10, 5]);
    expect(out).toHaveLength(9);
    for (let i = 1; i < out.length - 1; i++) {
      expect(Math.hypot(out[i][0] - out[i - 1][0], out[i][1] - out[i - 1][1])).toBeCloseTo(2);
    }
  });

  it('rates horizontal overlap relative to the narrower box', () => {
    const wide = { x: 0, y: 0, width: 10, height: 1 };
    expect(horizontalAffinity(wide, { x: 2, y: 5, width: 2, height: 1 }, 0)).toBe(1);
    expect(horizontalAffinity(wide, { x: 9, y: 0, width: 2, height: 1 }, 0)).toBe(0.5);
    expect(horizontalAffinity(wide, { x: 12, y: 0, width: 2, height: 1 }, 0)).toBe(-1);
  });

  it('finds the shortest distance between two strokes', () => {
    expect(
      minPointDistance(
        [
          [0, 0],
          [3, 0],
        ],
        [
          [6, 4],
          [9, 9],
        ],
      ),
    ).toBe(5);
  });

  it('takes a typical size that dots and bars do not drag down', () => {
    const letters = Array.from({ length: 5 }, () => ({ x: 0, y: 0, width: 8, height: 10 }));
    const dots = Array.from({ length: 3 }, () => ({ x: 0, y: 0, width: 1, height: 1 }));
    expect(typicalStrokeSize([...letters, ...dots])).toBe(10);
    expect(typicalStrokeSize([{ x: 3, y: 3, width: 0, height: 0 }])).toBe(1);
  });
});
