/** Scales and ticks for the hand-drawn SVG charts (no chart library in the page). */

export type Point = readonly [x: number, y: number];

/** Maps `domain` linearly onto `range`; a zero-width domain maps to the range's middle. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * 1, 2 or 5 times a power of ten: the steps people read axes in. The cut-offs are the geometric
 * means of neighbouring steps (as in d3), so the tick count lands nearest the one asked for.
 */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const nice =
    residual >= Math.sqrt(50) ? 10 : residual >= Math.sqrt(10) ? 5 : residual >= Math.SQRT2 ? 2 : 1;
  return nice * magnitude;
}

/** Float noise like 0.30000000000000004 would show up in tick labels. */
const clean = (value: number): number => Number(value.toPrecision(12));

/** About `count` round ticks inside [min, max], both ends included when they are round. */
export function niceTicks(min: number, max: number, count = 5, minStep = 0): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max < min) [min, max] = [max, min];
  if (max === min) return [clean(min)];
  const step = Math.max(niceStep((max - min) / Math.max(1, count)), minStep);
  const ticks: number[] = [];
  for (let tick = Math.ceil(clean(min / step)) * step; tick <= max + step * 1e-9; tick += step)
    ticks.push(clean(tick));
  return ticks;
}

/** The domain that holds every value, widened to round numbers; [0, 1] when there is nothing. */
export function niceDomain(values: readonly number[], includeZero = false): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (includeZero) min = Math.min(0, min);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return [clean(min - (includeZero && min >= 0 ? 0 : pad)), clean(max + pad)];
  }
  const step = niceStep((max - min) / 5);
  min = Math.floor(clean(min / step)) * step;
  max = Math.ceil(clean(max / step)) * step;
  return [clean(min), clean(max)];
}

/** An SVG path through the points, in order; empty for no points. */
export function linePath(points: readonly Point[]): string {
  return points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`)
    .join(' ');
}
