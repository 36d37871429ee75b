import { describe, expect, it } from 'vitest';
import type { InkPoint } from './ink-types';
import { pressureWidth } from './pressure';
import { groupByWidth, strokeShape, type QuadSegment } from './smoothing';

const at = (x: number, y: number, pressure = 0.5): InkPoint => ({ x, y, pressure, t: 0 });

function segmentsOf(points: readonly InkPoint[], width = 2): readonly QuadSegment[] {
  const shape = strokeShape(points, width);
  if (shape?.kind !== 'curve') throw new Error(`expected a curve, got ${shape?.kind ?? 'null'}`);
  return shape.segments;
}

describe('strokeShape', () => {
  it('has nothing to draw for no points', () => {
    expect(strokeShape([], 2)).toBeNull();
  });

  it('draws a tap, even one that repeats its position, as a dot of the pressed width', () => {
    expect(strokeShape([at(5, 6)], 2)).toEqual({ kind: 'dot', x: 5, y: 6, radius: 1 });
    expect(strokeShape([at(5, 6, 0.5), at(5, 6, 1)], 2)).toEqual({
      kind: 'dot',
      x: 5,
      y: 6,
      radius: pressureWidth(2, 1) / 2,
    });
  });

  it('runs through midpoints, bent by the samples, from the first to the last sample', () => {
    const segments = segmentsOf([at(0, 0), at(10, 0), at(20, 10)]);
    expect(segments.map((s) => [s.x0, s.y0, s.cx, s.cy, s.x1, s.y1])).toEqual([
      [0, 0, 2.5, 0, 5, 0],
      [5, 0, 10, 0, 15, 5],
      [15, 5, 17.5, 7.5, 20, 10],
    ]);
  });

  it('is continuous and tangent-continuous at every joint', () => {
    const points = [at(0, 0), at(8, 3), at(15, -4), at(22, 9), at(30, 2)];
    const segments = segmentsOf(points);
    expect(segments).toHaveLength(points.length);
    for (let i = 1; i < segments.length; i++) {
      const before = segments[i - 1];
      const after = segments[i];
      expect([after.x0, after.y0]).toEqual([before.x1, before.y1]);
      // The incoming and outgoing control directions at the joint are parallel (cross = 0).
      const inX = before.x1 - before.cx;
      const inY = before.y1 - before.cy;
      const outX = after.cx - after.x0;
      const outY = after.cy - after.y0;
      expect(inX * outY - inY * outX).toBeCloseTo(0, 9);
      expect(inX * outX + inY * outY).toBeGreaterThan(0);
    }
  });

  it('ignores repeated samples instead of drawing zero-length pieces', () => {
    const segments = segmentsOf([at(0, 0), at(0, 0), at(10, 0), at(10, 0)]);
    expect(segments).toHaveLength(2);
    expect(segments.every((s) => s.x0 !== s.x1 || s.y0 !== s.y1)).toBe(true);
  });

  it('varies the width with pressure, a mouse drawing exactly the pen width', () => {
    const segments = segmentsOf([at(0, 0, 0.5), at(10, 0, 1), at(20, 0, 0)], 4);
    expect(segments.map((s) => s.width)).toEqual([4, pressureWidth(4, 1), pressureWidth(4, 0)]);
    expect(pressureWidth(4, 1)).toBeGreaterThan(4);
    expect(pressureWidth(4, 0)).toBeLessThan(4);
    expect(pressureWidth(4, 0)).toBeGreaterThan(0);
  });
});

describe('groupByWidth', () => {
  it('groups pieces by width rounded to the step, never to zero', () => {
    const piece = (width: number): QuadSegment => ({
      x0: 0,
      y0: 0,
      cx: 0,
      cy: 0,
      x1: 1,
      y1: 1,
      width,
    });
    const groups = groupByWidth([piece(1.01), piece(0.99), piece(2.2), piece(0.01)], 0.25);
    expect([...groups.keys()].sort()).toEqual([0.25, 1, 2.25]);
    expect(groups.get(1)).toHaveLength(2);
  });
});
