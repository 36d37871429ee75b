import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../imaging/gray-image.js';
import { mulberry32 } from '../imaging/random.js';
import { inkMedianSize, type Component } from './components.js';
import { findInk } from './segment-image.js';

const component = (size: number, area: number): Component => ({
  box: { x: 0, y: 0, width: size, height: size },
  area,
});

describe('inkMedianSize', () => {
  it('is the size of the components that hold half the ink, however many specks there are', () => {
    const strokes = [component(40, 120), component(36, 110), component(44, 130)];
    const specks = Array.from({ length: 100 }, () => component(1, 1));
    expect(inkMedianSize([...strokes, ...specks])).toBe(40);
    expect(inkMedianSize([])).toBe(0);
  });
});

/**
 * A line of six upright strokes, 40 px tall and 3 px wide, on a page with 250 scattered
 * one-pixel specks as dark as the strokes: a grainy photo of small writing, where the median
 * component is a speck.
 */
function grainyLine(): GrayImage {
  const width = 420;
  const height = 200;
  const data = new Uint8Array(width * height).fill(225);
  const strokeAt = (x: number, y: number) =>
    (x - 60) % 50 < 3 && x >= 60 && x < 360 && y >= 80 && y < 120;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if (strokeAt(x, y)) data[y * width + x] = 40;
  const rng = mulberry32(5);
  for (let k = 0; k < 250; k++) {
    const x = Math.floor(rng() * width);
    const y = Math.floor(rng() * height);
    if (!strokeAt(x, y)) data[y * width + x] = 60;
  }
  return { width, height, data };
}

describe('findInk on a grainy picture', () => {
  it('measures the writing by its strokes, not by the grain, and finds its line', () => {
    const page = findInk(grainyLine(), { detectPaper: false });
    expect(page.lines).toHaveLength(1);
    const strokes = page.lines[0].components.filter((c) => page.boxOf(c).height === 40);
    expect(strokes).toHaveLength(6);
  });
});
