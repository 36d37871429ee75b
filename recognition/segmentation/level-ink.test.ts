import { describe, expect, it } from 'vitest';
import { decodeImage } from '../imaging/decode-image.js';
import { toGray } from '../imaging/glyph-from-image.js';
import { tiltedTwoLinePhoto } from '../writing/tilted-photo.js';
import { findLevelInk } from './level-ink.js';

async function grayOf(tilt: number) {
  const photo = await tiltedTwoLinePhoto({ tilt, pitch: 1.15 });
  const decoded = await decodeImage(new Uint8Array(photo.png));
  return toGray(decoded.raster);
}

describe('a turned page read level', () => {
  it('finds how far two close lines were turned, and reads them level, either way', async () => {
    for (const tilt of [4, -3]) {
      const gray = await grayOf(tilt);
      const ink = findLevelInk(gray, { level: true });
      expect(Math.abs(ink.skew - tilt)).toBeLessThanOrEqual(0.5);
      expect(ink.page.lines).toHaveLength(2);
      // Boxes go back to the picture where the ink is: inside it, the first line above.
      const [first, second] = ink.page.lines.map((l) => ink.toPicture(ink.page.toInput(l.box)));
      for (const box of [first, second]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(gray.width);
      }
      expect(first.y + first.height / 2).toBeLessThan(second.y + second.height / 2);
      // And from the picture into the levelled frame and back, a box is where it was.
      const back = ink.toPicture(ink.fromPicture(first));
      expect(back.x).toBeCloseTo(first.x, 6);
      expect(back.y).toBeCloseTo(first.y, 6);
    }
  });

  it('leaves a level page, and a page the user took in hand, as they are', async () => {
    const level = findLevelInk(await grayOf(0), { level: true });
    expect(level.skew).toBe(0);
    const box = { x: 10, y: 20, width: 30, height: 40 };
    expect(level.toPicture(box)).toEqual(box);
    const userTurned = findLevelInk(await grayOf(4), { level: false });
    expect(userTurned.skew).toBe(0);
  });
});
