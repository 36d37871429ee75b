import { describe, expect, it } from 'vitest';
import {
  adjustedSize,
  adjustImage,
  clampCrop,
  fromAdjusted,
  NO_ADJUSTMENT,
  scaleAdjustment,
  toAdjusted,
  turnedSize,
} from './adjust-image.js';
import type { GrayImage } from './gray-image.js';

/** A `width`×`height` picture whose pixel at (x, y) is `value(x, y)`. */
function picture(width: number, height: number, value: (x: number, y: number) => number) {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = value(x, y);
  return { width, height, data };
}

const rows = (image: GrayImage): number[][] =>
  Array.from({ length: image.height }, (_, y) =>
    Array.from(image.data.subarray(y * image.width, (y + 1) * image.width)),
  );

/** Centre of the pixels darker than 128. */
function darkCentre(image: GrayImage): [number, number] {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (image.data[y * image.width + x] < 128) {
        sx += x;
        sy += y;
        n++;
      }
  return [sx / n, sy / n];
}

describe('adjustImage', () => {
  const small = picture(3, 2, (x, y) => 10 * (y * 3 + x + 1));

  it('leaves a picture alone when nothing was asked', () => {
    expect(adjustImage(small, NO_ADJUSTMENT)).toBe(small);
  });

  it('turns by quarter turns clockwise, exactly', () => {
    expect(rows(adjustImage(small, { angle: 90, crop: null }))).toEqual([
      [40, 10],
      [50, 20],
      [60, 30],
    ]);
    expect(rows(adjustImage(small, { angle: 180, crop: null }))).toEqual([
      [60, 50, 40],
      [30, 20, 10],
    ]);
    expect(rows(adjustImage(small, { angle: -90, crop: null }))).toEqual([
      [30, 60],
      [20, 50],
      [10, 40],
    ]);
  });

  it('cuts the turned picture to the crop', () => {
    const cut = adjustImage(small, { angle: 90, crop: { x: 1, y: 1, width: 1, height: 2 } });
    expect(rows(cut)).toEqual([[20], [30]]);
  });

  it('turns by a fine angle about the centre, clockwise, into a frame that holds it all', () => {
    // A dark dot right of the centre of a light page.
    const page = picture(200, 100, (x, y) => (Math.hypot(x - 150, y - 50) < 6 ? 0 : 230));
    const turned = adjustImage(page, { angle: 10, crop: null });
    expect(turned.width).toBe(Math.round(200 * Math.cos(0.1745) + 100 * Math.sin(0.1745)));
    expect(turned.height).toBe(Math.round(200 * Math.sin(0.1745) + 100 * Math.cos(0.1745)));
    const [x, y] = darkCentre(turned);
    // Clockwise with y down: a point right of the centre moves down.
    // The dot sits (50.5, 0.5) from the middle of the picture's pixel centres.
    const r = (10 * Math.PI) / 180;
    const [ex, ey] = [
      50.5 * Math.cos(r) - 0.5 * Math.sin(r),
      50.5 * Math.sin(r) + 0.5 * Math.cos(r),
    ];
    expect(Math.abs(x - (turned.width - 1) / 2 - ex)).toBeLessThan(0.25);
    expect(Math.abs(y - (turned.height - 1) / 2 - ey)).toBeLessThan(0.25);
  });

  it('fills the uncovered corners with the edge beside them, not with ink', () => {
    const page = picture(120, 80, () => 200);
    const turned = adjustImage(page, { angle: -7, crop: null });
    expect(Math.min(...turned.data)).toBe(200);
  });
});

describe('adjustment geometry', () => {
  it('knows the size of the result without making it', () => {
    expect(turnedSize(300, 200, 90)).toEqual({ width: 200, height: 300 });
    expect(turnedSize(300, 200, 450)).toEqual({ width: 200, height: 300 });
    expect(
      adjustedSize(300, 200, { angle: 0, crop: { x: 10, y: 20, width: 50, height: 40 } }),
    ).toEqual({ width: 50, height: 40 });
    const page = picture(31, 17, () => 9);
    const adjustment = { angle: 3.5, crop: { x: 2, y: 3, width: 20, height: 12 } };
    const made = adjustImage(page, adjustment);
    expect({ width: made.width, height: made.height }).toEqual(adjustedSize(31, 17, adjustment));
  });

  it('keeps a crop inside the frame and drops an empty one', () => {
    const frame = { width: 100, height: 50 };
    expect(clampCrop({ x: -10, y: 40, width: 30, height: 30 }, frame)).toEqual({
      x: 0,
      y: 40,
      width: 20,
      height: 10,
    });
    expect(clampCrop({ x: 120, y: 0, width: 10, height: 10 }, frame)).toBeNull();
  });

  it('scales a crop with the picture, never the angle', () => {
    expect(
      scaleAdjustment({ angle: 5, crop: { x: 10, y: 20, width: 30, height: 40 } }, 0.5),
    ).toEqual({ angle: 5, crop: { x: 5, y: 10, width: 15, height: 20 } });
  });

  it('maps points into the adjusted picture where its pixels went, and back', () => {
    // The dark dot of the fine-turn test, found where toAdjusted says.
    const page = picture(200, 100, (x, y) => (Math.hypot(x - 150, y - 50) < 6 ? 0 : 230));
    const adjustment = { angle: 10, crop: { x: 20, y: 10, width: 180, height: 110 } };
    const [x, y] = darkCentre(adjustImage(page, adjustment));
    // Pixel (150, 50) covers the square from (150, 50) to (151, 51): its centre is at +0.5.
    const [ex, ey] = toAdjusted([150.5, 50.5], { width: 200, height: 100 }, adjustment);
    expect(Math.abs(x + 0.5 - ex)).toBeLessThan(0.25);
    expect(Math.abs(y + 0.5 - ey)).toBeLessThan(0.25);
    const back = fromAdjusted([ex, ey], { width: 200, height: 100 }, adjustment);
    expect(back[0]).toBeCloseTo(150.5, 9);
    expect(back[1]).toBeCloseTo(50.5, 9);
    expect(toAdjusted([0, 0], { width: 30, height: 20 }, { angle: 90, crop: null })).toEqual([
      20, 0,
    ]);
  });
});
