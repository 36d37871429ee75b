import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../imaging/gray-image.js';
import type { Box } from '../types.js';
import { bandAt, cutYAt, type LineCut } from './line-cuts.js';
import { findInk, type PageInk } from './segment-image.js';

const PAPER = 225;
const INK = 35;

type Shape = 'n' | 'u';
interface Letter extends Box {
  readonly shape: Shape;
}

/**
 * A light page with dark letters (pen 4 px) in the given boxes: an arch (n) or a cup (u), two
 * legs joined at the top or the bottom.
 */
function page(width: number, height: number, letters: readonly Letter[]): GrayImage {
  const data = new Uint8Array(width * height).fill(PAPER);
  for (const b of letters)
    for (let y = b.y; y < b.y + b.height; y++)
      for (let x = b.x; x < b.x + b.width; x++) {
        const leg = x - b.x < 4 || b.x + b.width - x <= 4;
        const bar = b.shape === 'n' ? y - b.y < 4 : b.y + b.height - y <= 4;
        if (leg || bar) data[y * width + x] = INK;
      }
  return { width, height, data };
}

/** Letters 26×40 every 64 px on a row from `top`, starting at `left`. */
const row = (shape: Shape, left: number, top: number, count: number): Letter[] =>
  Array.from({ length: count }, (_, k) => ({
    shape,
    x: left + 64 * k,
    y: top,
    width: 26,
    height: 40,
  }));

const boxOf = ({ x, y, width, height }: Letter): Box => ({ x, y, width, height });

/** Each found line as the boxes of its components, left to right. */
function linesOf(ink: PageInk): Box[][] {
  return ink.lines.map((line) =>
    line.components.map((c) => ink.toInput(ink.boxOf(c))).sort((a, b) => a.x - b.x),
  );
}

const level = (y: number): LineCut => ({ x0: 0, y0: y, x1: 100, y1: y });

describe('line cuts', () => {
  // Line 1's letters reach 12 px below the tops of line 2's, which sit between them: the
  // lines' ink interleaves, and to the line finder they are one line.
  const first = row('n', 40, 60, 8);
  const second = row('u', 72, 88, 8);
  const picture = page(640, 200, [...first, ...second]);

  it('reads two lines whose ink interleaves as one without a cut', () => {
    expect(findInk(picture, { detectPaper: false }).lines).toHaveLength(1);
  });

  it('separates them where the user drew a line between them, leaving each letter whole', () => {
    // The cut runs through the legs of both lines' letters: too little of any to split it off.
    const ink = findInk(picture, { detectPaper: false, lineCuts: [level(94)] });
    const lines = linesOf(ink);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(first.map(boxOf));
    expect(lines[1]).toEqual(second.map(boxOf));
  });

  it('follows a cut drawn at a slant, across the whole page', () => {
    // Both lines fall 0.1 px per px; the cut is drawn short, near the left, along them.
    const slope = 0.1;
    const tilt = (b: Letter): Letter => ({ ...b, y: Math.round(b.y + slope * b.x) });
    const tilted = page(640, 260, [...first, ...second].map(tilt));
    const cut = { x0: 20, y0: 94 + 2, x1: 120, y1: 94 + 12 };
    const lines = linesOf(findInk(tilted, { detectPaper: false, lineCuts: [cut] }));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(first.map(tilt).map(boxOf));
    expect(lines[1]).toEqual(second.map(tilt).map(boxOf));
  });

  it('cuts a piece of ink that reaches well across the separator, and puts each part on its side', () => {
    // A tall stroke from line 1 down into line 2, touching nothing else.
    const tall: Letter = { shape: 'n', x: 600, y: 60, width: 8, height: 68 };
    const ink = findInk(page(640, 200, [...first, ...second, tall]), {
      detectPaper: false,
      lineCuts: [level(94)],
    });
    const lines = linesOf(ink);
    expect(lines).toHaveLength(2);
    const inColumn = (boxes: Box[]) => boxes.filter((b) => b.x >= 600);
    expect(inColumn(lines[0])).toEqual([{ x: 600, y: 60, width: 8, height: 34 }]);
    expect(inColumn(lines[1])).toEqual([{ x: 600, y: 94, width: 8, height: 34 }]);
  });

  it('can read a severed part without its ink along the cut, and no whole letter so', () => {
    const tall: Letter = { shape: 'n', x: 600, y: 60, width: 8, height: 68 };
    const ink = findInk(page(640, 200, [...first, ...second, tall]), {
      detectPaper: false,
      lineCuts: [level(94)],
    });
    const top = ink.lines[0].components.find((c) => ink.boxOf(c).x >= 600)!;
    const whole = ink.lines[0].components.filter((c) => c !== top);
    expect(ink.severed(top)).toBe(true);
    expect(whole.some((c) => ink.severed(c))).toBe(false);
    // How far down from the top the ink reaches, cropped plain and trimmed.
    const inkDepth = (image: GrayImage) =>
      Array.from({ length: image.height }, (_, y) =>
        image.data.subarray(y * image.width, (y + 1) * image.width).some((v) => v > 0),
      ).lastIndexOf(true) + 1;
    const box = ink.boxOf(top);
    expect(inkDepth(ink.crop([top], box))).toBe(box.height);
    const trimmed = inkDepth(ink.crop([top], box, true));
    // A pen width (4 px) less, give or take the estimate of it.
    expect(trimmed).toBeLessThanOrEqual(box.height - 3);
    expect(trimmed).toBeGreaterThanOrEqual(box.height - 6);
    const letter = ink.boxOf(whole[0]);
    expect(ink.crop([whole[0]], letter, true)).toEqual(ink.crop([whole[0]], letter));
  });
});

describe('cut geometry', () => {
  it('extends a cut across the page and counts the cuts above a point', () => {
    const cut = { x0: 10, y0: 20, x1: 20, y1: 30 };
    expect(cutYAt(cut, 0)).toBe(10);
    expect(cutYAt(cut, 40)).toBe(50);
    expect(cutYAt({ x0: 5, y0: 10, x1: 5, y1: 30 }, 100)).toBe(20);
    expect(bandAt([level(10), level(50)], 0, 5)).toBe(0);
    expect(bandAt([level(10), level(50)], 0, 30)).toBe(1);
    expect(bandAt([level(50), level(10)], 0, 60)).toBe(2);
  });
});
