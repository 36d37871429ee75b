import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../imaging/gray-image.js';
import { binarise, closing } from './binarise.js';
import { detectPaper } from './paper.js';

/**
 * A sheet (220) on a desk (90), the sheet's right part in a shadow with a soft edge, and one
 * dark stroke on each side of the shadow's edge.
 */
function shadowedSheet(): {
  gray: GrayImage;
  sheet: { x: number; y: number; w: number; h: number };
} {
  const width = 400;
  const height = 300;
  const sheet = { x: 60, y: 50, w: 280, h: 200 };
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onSheet =
        x >= sheet.x && x < sheet.x + sheet.w && y >= sheet.y && y < sheet.y + sheet.h;
      // The shadow darkens everything right of x = 220 by up to 45 %, over about 12 pixels.
      const shade = 1 - 0.45 / (1 + Math.exp(-(x - 220) / 4));
      let v = (onSheet ? 220 : 90) * shade;
      const stroke = (sx: number) => Math.abs(x - sx) < 2 && y > 120 && y < 180;
      if (onSheet && (stroke(150) || stroke(280))) v *= 0.3;
      data[y * width + x] = Math.round(v + ((x * 7 + y * 13) % 5) - 2);
    }
  }
  return { gray: { width, height, data }, sheet };
}

describe('paper under uneven light', () => {
  it('fills strokes with a closing and keeps a slope as it is', () => {
    const line = [10, 10, 10, 2, 2, 10, 10, 20, 30, 40];
    const closed = closing(line, line.length, 1, 1);
    expect([...closed.slice(0, 7)]).toEqual([10, 10, 10, 10, 10, 10, 10]);
    expect([...closed.slice(6)]).toEqual([10, 20, 30, 40]);
  });

  it('finds the whole sheet when a shadow darkens part of it', () => {
    const { gray, sheet } = shadowedSheet();
    const paper = detectPaper(gray);
    expect(paper).not.toBeNull();
    const box = paper!.box;
    expect(box.x).toBeLessThan(sheet.x + 10);
    expect(box.x + box.width).toBeGreaterThan(sheet.x + sheet.w - 10);
    expect(paper!.contains(300, 150)).toBe(true);
    expect(paper!.contains(20, 20)).toBe(false);
  });

  it('reads the strokes on both sides of a shadow edge as ink, and the edge as paper', () => {
    const { gray } = shadowedSheet();
    const inner: GrayImage = {
      width: 260,
      height: 180,
      data: new Uint8Array(260 * 180).map(
        (_, i) => gray.data[(60 + Math.floor(i / 260)) * 400 + 70 + (i % 260)],
      ),
    };
    const bin = binarise(inner, { window: 60, paperRadius: 10 });
    const at = (x: number, y: number) => bin.mask[(y - 60) * 260 + (x - 70)];
    expect(at(150, 150)).toBe(1);
    expect(at(280, 150)).toBe(1);
    // Along the shadow's edge, away from the strokes, nothing is ink.
    let edgeInk = 0;
    for (let y = 70; y < 230; y++) for (let x = 205; x < 235; x++) edgeInk += at(x, y);
    expect(edgeInk).toBe(0);
  });
});
