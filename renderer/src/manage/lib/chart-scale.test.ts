import { describe, expect, it } from 'vitest';
import { linearScale, linePath, niceDomain, niceStep, niceTicks } from './chart-scale';

describe('chart scales', () => {
  it('maps a domain onto a range, flipped for SVG’s y axis', () => {
    const y = linearScale([0, 1], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(0.25)).toBe(150);
    expect(y(1)).toBe(0);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.23)).toBe(0.2);
    expect(niceStep(0.4)).toBe(0.5);
    expect(niceStep(1.7)).toBe(2);
    expect(niceStep(7)).toBe(5);
    expect(niceStep(8)).toBe(10);
    expect(niceStep(0)).toBe(1);
  });

  it('ticks at round numbers without float noise', () => {
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.1, 0.7, 3)).toEqual([0.2, 0.4, 0.6]);
    expect(niceTicks(1, 60, 6, 1)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(niceTicks(1, 3, 6, 1)).toEqual([1, 2, 3]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });

  it('widens a data domain to round ends, from zero when asked', () => {
    expect(niceDomain([0.42, 2.31], true)).toEqual([0, 2.5]);
    expect(niceDomain([0.42, 2.31])).toEqual([0, 2.5]);
    expect(niceDomain([1.3, 1.7])).toEqual([1.3, 1.7]);
    expect(niceDomain([])).toEqual([0, 1]);
    expect(niceDomain([2], true)).toEqual([0, 2]);
    expect(niceDomain([3, 3])).toEqual([2.7, 3.3]);
  });

  it('draws a path through the points', () => {
    expect(linePath([])).toBe('');
    expect(
      linePath([
        [0, 10],
        [5.25, 2],
      ]),
    ).toBe('M0.0 10.0 L5.3 2.0');
  });
});
