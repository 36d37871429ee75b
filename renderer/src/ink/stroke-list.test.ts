import { describe, expect, it } from 'vitest';
import { LIMITS } from '@services/contract';
import { toStrokeList } from './stroke-list';
import { lineStroke, strokeOf } from './test-strokes';

describe('toStrokeList', () => {
  it('keeps stroke order and point order as [x, y] pairs', () => {
    const list = toStrokeList([lineStroke('a', [1, 2], [3.5, 4]), strokeOf('b', [[10, 20]])]);
    expect(list).toEqual([
      [
        [1, 2],
        [3.5, 4],
      ],
      [[10, 20]],
    ]);
  });

  it('gives an empty list for no strokes and drops strokes without points', () => {
    expect(toStrokeList([])).toEqual([]);
    expect(toStrokeList([{ id: 'e', points: [], width: 2 }])).toEqual([]);
  });

  it('thins a stroke longer than the service accepts, keeping both ends', () => {
    const long = Array.from(
      { length: LIMITS.maxPointsPerStroke * 2 + 1 },
      (_, i): [number, number] => [i, 0],
    );
    const [points] = toStrokeList([strokeOf('long', long)]);
    expect(points).toHaveLength(LIMITS.maxPointsPerStroke);
    expect(points[0]).toEqual([0, 0]);
    expect(points[points.length - 1]).toEqual([LIMITS.maxPointsPerStroke * 2, 0]);
  });
});
