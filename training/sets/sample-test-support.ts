/** Pictures and archives for the training-set tests, made in memory so the tests need no data. */
import sharp from 'sharp';
import { GLYPH_PIXELS, GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';

/** A glyph (ink 255 on 0) with a bar at row `k`, so each test sample can be told apart. */
export function barGlyph(k: number): Uint8Array {
  const glyph = new Uint8Array(GLYPH_PIXELS);
  const row = 4 + (k % 20);
  glyph.fill(255, row * GLYPH_SIZE + 4, row * GLYPH_SIZE + 24);
  glyph.fill(200, (row + 1) * GLYPH_SIZE + 4, (row + 1) * GLYPH_SIZE + 24);
  return glyph;
}

/** A grey picture of a plus sign, dark on light or light on dark, of any size. */
export function plusPicture(width: number, height: number, darkInk: boolean): Uint8Array {
  const data = new Uint8Array(width * height).fill(darkInk ? 240 : 15);
  const cx = Math.floor(width / 2);
  const cy = Math.floor(height / 2);
  const half = Math.max(1, Math.floor(Math.min(width, height) / 12));
  const reach = Math.floor(Math.min(width, height) * 0.35);
  for (let y = cy - reach; y <= cy + reach; y++)
    for (let x = cx - reach; x <= cx + reach; x++)
      if (Math.abs(x - cx) <= half || Math.abs(y - cy) <= half)
        data[y * width + x] = darkInk ? 10 : 245;
  return data;
}

export async function encodeGray(
  data: Uint8Array,
  width: number,
  height: number,
  format: 'png' | 'jpeg' = 'png',
): Promise<Uint8Array> {
  const image = sharp(data, { raw: { width, height, channels: 1 } });
  const encoded = format === 'png' ? image.png() : image.jpeg({ quality: 95 });
  return new Uint8Array(await encoded.toBuffer());
}

/** A 24-bit bottom-up BMP of a grey picture, written by hand (sharp cannot write BMP). */
export function encodeBmp24(data: Uint8Array, width: number, height: number): Uint8Array {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const size = 54 + stride * height;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = 0x42;
  out[1] = 0x4d;
  view.setUint32(2, size, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  for (let y = 0; y < height; y++) {
    const row = 54 + (height - 1 - y) * stride;
    for (let x = 0; x < width; x++) out.fill(data[y * width + x], row + x * 3, row + x * 3 + 3);
  }
  return out;
}

/**
 * Rewrites the uncompressed size that the zip's central directory declares for `name`, to
 * build archives that lie about their size without allocating what they claim.
 */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const entryName = out.subarray(at + 46, at + 46 + nameLength);
    if (entryName.length === wanted.length && entryName.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name} in the zip`);
}
