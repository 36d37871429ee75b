import { describe, expect, it } from 'vitest';
import type { InkPoint } from './ink-types';
import { addPoint, MIN_POINT_DISTANCE, placePoint } from './stroke-builder';

const at = (x: number, y: number): InkPoint => ({ x, y, pressure: 0.5, t: 0 });

describe('placePoint', () => {
  it('always keeps the first sample and samples far enough from the last one', () => {
    expect(placePoint([], at(0, 0), false)).toBe('append');
    expect(placePoint([at(0, 0)], at(MIN_POINT_DISTANCE, 0), false)).toBe('append');
  });

  it('skips samples too close to the last one', () => {
    expect(placePoint([at(0, 0)], at(MIN_POINT_DISTANCE / 2, 0), false)).toBe('skip');
  });

  it('moves the last sample onto a close pen-up sample, but never the first', () => {
    const kept = [at(0, 0), at(10, 0)];
    expect(placePoint(kept, at(10.2, 0), true)).toBe('replace-last');
    expect(placePoint(kept, at(10, 0), true)).toBe('skip');
    expect(placePoint([at(0, 0)], at(0.2, 0), true)).toBe('skip');
  });
});

describe('addPoint', () => {
  it('applies the placement to the buffer', () => {
    const buffer: InkPoint[] = [];
    for (const point of [at(0, 0), at(0.1, 0), at(5, 0), at(5.1, 0)])
      addPoint(buffer, point, false);
    addPoint(buffer, at(5.2, 0), true);
    expect(buffer.map((p) => p.x)).toEqual([0, 5.2]);
  });
});
