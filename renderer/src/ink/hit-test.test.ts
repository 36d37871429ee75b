import { describe, expect, it } from 'vitest';
import { eraserTouches, segmentDistance, strokesHit } from './hit-test';
import { pressureWidth } from './pressure';
import { lineStroke, strokeOf } from './test-strokes';

describe('segmentDistance', () => {
  it('is zero for crossing segments', () => {
    expect(
      segmentDistance({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 }),
    ).toBe(0);
  });

  it('measures parallel, end-to-end and point cases', () => {
    expect(segmentDistance({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 3 }, { x: 10, y: 3 })).toBe(
      3,
    );
    expect(segmentDistance({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 13, y: 4 }, { x: 20, y: 4 })).toBe(
      5,
    );
    expect(segmentDistance({ x: 5, y: 7 }, { x: 5, y: 7 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(
      7,
    );
    expect(segmentDistance({ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 3, y: 4 }, { x: 3, y: 4 })).toBe(5);
  });
});

describe('eraser hit-test', () => {
  // Half the ink width at mouse pressure: the reach beyond the radius.
  const half = pressureWidth(2, 0.5) / 2;
  const horizontal = strokeOf('h', [
    [0, 100],
    [100, 100],
    [200, 100],
  ]);

  it('hits a stroke the eraser path crosses between its samples', () => {
    expect(eraserTouches(horizontal, { x: 150, y: 0 }, { x: 150, y: 200 }, 4)).toBe(true);
  });

  it('hits a stroke within the radius plus half its width, and no further', () => {
    const justIn = 100 - 4 - half + 0.01;
    const justOut = 100 - 4 - half - 0.01;
    expect(eraserTouches(horizontal, { x: 50, y: justIn }, { x: 60, y: justIn }, 4)).toBe(true);
    expect(eraserTouches(horizontal, { x: 50, y: justOut }, { x: 60, y: justOut }, 4)).toBe(false);
  });

  it('counts thick ink as touched at its visible edge', () => {
    const thick = strokeOf(
      't',
      [
        [0, 100],
        [200, 100],
      ],
      20,
    );
    expect(eraserTouches(thick, { x: 50, y: 90 }, { x: 60, y: 90 }, 1)).toBe(true);
    expect(eraserTouches(horizontal, { x: 50, y: 90 }, { x: 60, y: 90 }, 1)).toBe(false);
  });

  it('hits a dot (a one-point stroke) with a tap of the eraser', () => {
    const dot = strokeOf('d', [[30, 30]]);
    expect(eraserTouches(dot, { x: 33, y: 33 }, { x: 33, y: 33 }, 4)).toBe(true);
    expect(eraserTouches(dot, { x: 40, y: 40 }, { x: 40, y: 40 }, 4)).toBe(false);
  });

  it('does not hit a stroke beyond the end of its polyline', () => {
    expect(eraserTouches(horizontal, { x: 220, y: 0 }, { x: 220, y: 200 }, 4)).toBe(false);
  });

  it('lists the ids of the strokes a path segment touches, in drawing order', () => {
    const strokes = [
      lineStroke('a', [0, 0], [0, 100]),
      lineStroke('b', [500, 0], [500, 100]),
      lineStroke('c', [100, 0], [100, 100]),
    ];
    expect(strokesHit(strokes, { x: -10, y: 50 }, { x: 150, y: 50 })).toEqual(['a', 'c']);
    expect(strokesHit(strokes, { x: 300, y: 50 }, { x: 310, y: 50 })).toEqual([]);
  });
});
