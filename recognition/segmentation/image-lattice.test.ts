import { describe, expect, it } from 'vitest';
import { CLEAN_SCAN, renderStrokes } from '../writing/render-writing.js';
import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { mulberry32 } from '../imaging/random.js';
import type { Box } from '../types.js';
import { imageLattices } from './image-lattice.js';
import { findInk } from './segment-image.js';

type Stroke = [number, number][];

const circle = (cx: number, cy: number, r: number): Stroke =>
  Array.from({ length: 33 }, (_, i) => {
    const t = (i / 32) * 2 * Math.PI;
    return [cx + r * Math.cos(t), cy + r * Math.sin(t)];
  });

const paren = (x: number, dir: number): Stroke =>
  Array.from({ length: 17 }, (_, i) => {
    const t = -Math.PI / 3 + ((2 * Math.PI) / 3) * (i / 16);
    return [x - dir * 14 * Math.cos(t), 35 + 40 * Math.sin(t)];
  });

/** x=o1(1) at cap height 60: the o and the 1 touch; the bars of = are apart. */
function picture() {
  const strokes: Stroke[] = [
    // x
    [
      [0, 30],
      [36, 60],
    ],
    [
      [36, 30],
      [0, 60],
    ],
    // =
    [
      [60, 36],
      [100, 36],
    ],
    [
      [60, 52],
      [100, 52],
    ],
    // o, then a 1 whose stem touches it
    circle(140, 45, 15),
    [
      [155, 0],
      [155, 60],
    ],
    // (1)
    paren(185, 1),
    [
      [195, 0],
      [195, 60],
    ],
    paren(205, -1),
  ];
  const area: Box = { x: -60, y: -60, width: 340, height: 180 };
  const gray = renderStrokes(
    strokes,
    area,
    { ...CLEAN_SCAN, penWidth: 4, tiltDegrees: 0 },
    mulberry32(1),
  );
  // Input coordinates of the picture: the area's corner is pixel (0, 0).
  return { gray, at: (x: number) => x - area.x };
}

const near = (a: Box, x0: number, x1: number, tolerance = 6) =>
  Math.abs(a.x - x0) <= tolerance && Math.abs(a.x + a.width - x1) <= tolerance;

describe('imageLattices', () => {
  it('offers stacked bars as one symbol, and touching symbols cut apart', () => {
    const { gray, at } = picture();
    const lines = imageLattices(findInk(gray, { detectPaper: false }));
    expect(lines).toHaveLength(1);
    const [line] = lines;
    // x (one component), two bars, and o1 cut into at least two pieces.
    expect(line.size).toBeGreaterThanOrEqual(5);
    const boxes = line.candidates.map((c) => c.box);
    expect(boxes.some((b) => near(b, at(60), at(100)) && b.height > 12)).toBe(true);
    expect(boxes.some((b) => near(b, at(125), at(153)))).toBe(true);
    expect(boxes.some((b) => near(b, at(151), at(159)))).toBe(true);
    // And the whole of o1 too, for the classifier to weigh.
    expect(boxes.some((b) => near(b, at(125), at(159)))).toBe(true);
    for (const c of line.candidates) {
      expect(c.glyph).toHaveLength(GLYPH_PIXELS);
      expect(c.layout).toBeLessThanOrEqual(0);
      expect(c.members).toEqual([...c.members].sort((a, b) => a - b));
    }
  });

  it('prefers by geometry the bars together and x apart from =', () => {
    const { gray, at } = picture();
    const [line] = imageLattices(findInk(gray, { detectPaper: false }));
    const layout = (x0: number, x1: number) =>
      Math.max(...line.candidates.filter((c) => near(c.box, x0, x1)).map((c) => c.layout));
    const bars = layout(at(60), at(100));
    const xAndBars = layout(at(0), at(100));
    expect(bars).toBeGreaterThan(xAndBars + 2);
  });
});

describe('imageLattices with the user’s pins', () => {
  // Pins are in the page's coordinates, as the line's boxes are; the line is y 60–120.
  const pin = (x0: number, x1: number): Box => ({ x: x0, y: 60, width: x1 - x0, height: 60 });

  it('cuts touching symbols where the user cut, each part one symbol where its ink is', () => {
    const { gray, at } = picture();
    const page = findInk(gray, { detectPaper: false });
    const cut = at(151);
    const [line] = imageLattices(page, [pin(at(122), cut), pin(cut, at(162))]);
    const across = line.candidates.filter(
      (c) => c.box.x < cut - 2 && c.box.x + c.box.width > cut + 2,
    );
    expect(across).toEqual([]);
    const o = line.candidates.filter((c) => near(c.box, at(125), cut));
    const one = line.candidates.filter((c) => near(c.box, cut, at(159)));
    expect(o).toHaveLength(1);
    expect(one).toHaveLength(1);
    // The o is as tall as its own ink, not as the 1 it touches.
    expect(o[0].box.height).toBeLessThan(0.7 * one[0].box.height);
    // The rest of the line is read as before.
    const free = imageLattices(page)[0];
    const left = (cs: typeof line.candidates) =>
      cs.filter((c) => c.box.x + c.box.width < at(110)).map((c) => c.box);
    expect(left(line.candidates)).toEqual(left(free.candidates));
  });

  it('joins ink the segmenter never groups into one symbol', () => {
    const { gray, at } = picture();
    const page = findInk(gray, { detectPaper: false });
    const free = imageLattices(page)[0];
    expect(free.candidates.some((c) => near(c.box, at(0), at(159)))).toBe(false);
    const [line] = imageLattices(page, [pin(at(-3), at(162))]);
    const joined = line.candidates.filter((c) => near(c.box, at(0), at(159)));
    expect(joined).toHaveLength(1);
    const inside = new Set(joined[0].members);
    expect(line.candidates.filter((c) => c.members.some((m) => inside.has(m)))).toEqual(joined);
  });

  it('leaves a line alone that no pin is at the height of', () => {
    const { gray } = picture();
    const page = findInk(gray, { detectPaper: false });
    const far = { x: 0, y: 1000, width: 50, height: 40 };
    expect(imageLattices(page, [far])).toEqual(imageLattices(page));
  });
});
