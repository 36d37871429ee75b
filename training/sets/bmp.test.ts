import { describe, expect, it } from 'vitest';
import { decodeBmp, isBmp } from './bmp.js';
import { encodeBmp24 } from './sample-test-support.js';

/** A BMP header for `bits`-deep pixels, with `palette` entries, ready for `rows` of data. */
function bmp(
  width: number,
  height: number,
  bits: number,
  palette: readonly (readonly [number, number, number])[],
  rows: readonly (readonly number[])[],
  compression = 0,
): Uint8Array {
  const stride = Math.ceil((width * bits) / 32) * 4;
  const dataOffset = 54 + palette.length * 4;
  const out = new Uint8Array(dataOffset + stride * Math.abs(height));
  const view = new DataView(out.buffer);
  out.set([0x42, 0x4d]);
  view.setUint32(10, dataOffset, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, bits, true);
  view.setUint32(30, compression, true);
  view.setUint32(46, palette.length, true);
  palette.forEach(([r, g, b], i) => out.set([b, g, r, 0], 54 + i * 4));
  rows.forEach((row, y) => out.set(row, dataOffset + y * stride));
  return out;
}

describe('reading BMP files', () => {
  it('reads 24-bit bottom-up bitmaps', () => {
    const gray = Uint8Array.from([0, 50, 100, 150, 200, 250]);
    const raster = decodeBmp(encodeBmp24(gray, 3, 2));
    expect(raster).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect(Array.from(raster.data)).toEqual(Array.from(gray).flatMap((v) => [v, v, v]));
  });

  it('reads 8-bit and 1-bit palettes, top-down too', () => {
    const palette = [
      [255, 255, 255],
      [10, 20, 30],
    ] as const;
    const eight = decodeBmp(
      bmp(2, -2, 8, palette, [
        [0, 1],
        [1, 0],
      ]),
    );
    expect(Array.from(eight.data)).toEqual([255, 255, 255, 10, 20, 30, 10, 20, 30, 255, 255, 255]);
    // Bottom-up: the first row stored is the bottom one. 0b10100000 = pixels 1, 0, 1.
    const one = decodeBmp(bmp(3, 2, 1, palette, [[0b10100000], [0b01000000]]));
    expect(Array.from(one.data).filter((_, i) => i % 3 === 0)).toEqual([255, 10, 255, 10, 255, 10]);
  });

  it('refuses what it cannot read', () => {
    expect(isBmp(new Uint8Array([0x89, 0x50]))).toBe(false);
    expect(() => decodeBmp(bmp(2, 2, 8, [[0, 0, 0]], [], 1))).toThrow(/compressed/);
    expect(() => decodeBmp(bmp(2, 2, 16, [], []))).toThrow(/depth 16/);
    expect(() => decodeBmp(encodeBmp24(new Uint8Array(4), 2, 2).subarray(0, 56))).toThrow(
      /truncated/,
    );
  });
});
