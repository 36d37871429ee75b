import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../imaging/gray-image.js';
import { withoutSlivers } from './slivers.js';

/** Rows of `#` (ink) and `.` (paper). */
function picture(rows: readonly string[]): GrayImage {
  const width = rows[0].length;
  const data = Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 255 : 0));
  return { width, height: rows.length, data };
}

const rowsOf = (image: GrayImage): string[] =>
  Array.from({ length: image.height }, (_, y) =>
    Array.from(image.data.slice(y * image.width, (y + 1) * image.width), (v) =>
      v > 0 ? '#' : '.',
    ).join(''),
  );

// The tip of an x's arm (top left) that a cut left beside a comma hanging from the x's foot.
const CUT_COMMA = ['#.....', '......', '.##...', '..#...', '..#...', '..#...', '.#....', '#.....'];

describe('withoutSlivers', () => {
  it('drops a small piece of ink that the cut on its side severed', () => {
    const cleaned = withoutSlivers(picture(CUT_COMMA), true, false);
    expect(rowsOf(cleaned)[0]).toBe('......');
    expect(rowsOf(cleaned).slice(2)).toEqual(CUT_COMMA.slice(2));
  });

  it('keeps everything when that side was not cut', () => {
    const image = picture(CUT_COMMA);
    expect(withoutSlivers(image, false, true)).toBe(image);
  });

  it('keeps small ink that does not touch the cut, like the dot of an i', () => {
    const dotted = ['..#...', '......', '..#...', '..#...', '..#...', '..#...'];
    expect(rowsOf(withoutSlivers(picture(dotted), true, true))).toEqual(dotted);
  });
});
