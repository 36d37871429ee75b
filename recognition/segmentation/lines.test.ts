import { describe, expect, it } from 'vitest';
import { findLineTracks, lineYAt, mergeCloseTracks } from './lines.js';

/** Blocks of "letters" (h tall) along lines with baselines y0 + slope·x. */
function page(width: number, height: number, baselines: number[], slope: number, h: number) {
  const mask = new Uint8Array(width * height);
  for (const base of baselines) {
    for (let x0 = 10; x0 + h < width; x0 += Math.round(1.4 * h)) {
      const bottom = Math.round(base + slope * x0);
      for (let y = bottom - h; y < bottom; y++) {
        for (let x = x0; x < x0 + Math.round(0.7 * h); x++) {
          if (y >= 0 && y < height && (x - x0 < 3 || y - (bottom - h) < 3)) mask[y * width + x] = 1;
        }
      }
    }
  }
  return mask;
}

describe('findLineTracks', () => {
  it('follows slanted lines across stripes', () => {
    const slope = Math.tan((3 * Math.PI) / 180);
    const mask = page(1200, 300, [60, 150], slope, 30);
    const tracks = findLineTracks(mask, 1200, 300, 30);
    expect(tracks).toHaveLength(2);
    // Within a third of a letter of the letters' middle (ink-weighted, so not exactly it).
    expect(Math.abs(lineYAt(tracks[0], 1000) - (45 + slope * 1000))).toBeLessThan(10);
    expect(Math.abs(lineYAt(tracks[1], 100) - (135 + slope * 100))).toBeLessThan(10);
  });

  it('finds nothing on an empty mask', () => {
    expect(findLineTracks(new Uint8Array(100), 10, 10, 3)).toEqual([]);
  });
});

describe('mergeCloseTracks', () => {
  it('joins pieces of one large line but keeps separate lines', () => {
    const t = (y: number) => ({
      points: [
        { x: 0, y },
        { x: 100, y },
      ],
    });
    expect(mergeCloseTracks([t(10), t(30), t(120)], [60, 60, 60])).toHaveLength(2);
  });
});
