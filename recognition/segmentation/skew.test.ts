import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../imaging/random.js';
import type { Box } from '../types.js';
import { estimateSkew } from './skew.js';

const CHAR = 40;

/** Pieces of ink along `lines` lines of writing turned by `degrees`, with a writer's wobble. */
function page(degrees: number, lines: number, seed = 1): Box[] {
  const rng = mulberry32(seed);
  const tan = Math.tan((degrees * Math.PI) / 180);
  const boxes: Box[] = [];
  for (let l = 0; l < lines; l++)
    for (let k = 0; k < 20; k++) {
      const x = 50 + k * 45 + rng() * 10;
      const size = CHAR * (0.5 + rng() * 0.7);
      const y = 100 + l * 1.3 * CHAR + x * tan + (rng() - 0.5) * 0.3 * CHAR;
      boxes.push({ x, y: y - size / 2, width: size * 0.7, height: size });
    }
  return boxes;
}

describe('the slant of a page', () => {
  it('finds the turn of lines written close together, either way', () => {
    for (const degrees of [-5, -3, 2.5, 4]) {
      const found = estimateSkew(page(degrees, 3), CHAR);
      expect(Math.abs(found - degrees)).toBeLessThanOrEqual(0.5);
    }
  });

  it('leaves a level page and a slightly askew one alone', () => {
    expect(estimateSkew(page(0, 3), CHAR)).toBe(0);
    expect(estimateSkew(page(0.5, 3), CHAR)).toBe(0);
  });

  it('says nothing from a few pieces or pieces strewn at random', () => {
    expect(estimateSkew(page(4, 1).slice(0, 5), CHAR)).toBe(0);
    const rng = mulberry32(3);
    const strewn = Array.from({ length: 60 }, () => ({
      x: rng() * 900,
      y: rng() * 600,
      width: 20,
      height: 30,
    }));
    expect(estimateSkew(strewn, CHAR)).toBe(0);
  });
});
