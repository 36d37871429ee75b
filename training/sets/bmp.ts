/**
 * A reader for uncompressed Windows bitmaps, because sharp (libvips) cannot decode BMP and
 * scanners and old drawing tools still write it. Covers what such tools produce: 1, 4 and
 * 8 bits with a palette, 24 bits, and 32 bits (BI_RGB or the usual BI_BITFIELDS masks),
 * bottom-up or top-down. Run-length compressed bitmaps are refused.
 */
import type { Raster } from '../../recognition/imaging/glyph-from-image.js';

export class BmpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BmpError';
  }
}

/** Same cap as the other decoders: a glyph never needs more. */
const MAX_PIXELS = 50_000_000;

export const isBmp = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;

export function decodeBmp(bytes: Uint8Array): Raster {
  if (bytes.length < 54 || !isBmp(bytes)) throw new BmpError('not a BMP file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new BmpError('unsupported BMP header (OS/2 bitmap)');
  const width = view.getInt32(18, true);
  const rawHeight = view.getInt32(22, true);
  const bits = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  const height = Math.abs(rawHeight);
  const topDown = rawHeight < 0;
  if (width <= 0 || height === 0) throw new BmpError('BMP has no pixels');
  if (width * height > MAX_PIXELS) throw new BmpError('BMP too large (over 50 megapixels)');
  const bitfields = compression === 3 && bits === 32;
  if (compression !== 0 && !bitfields) throw new BmpError('compressed BMP is not supported');
  if (![1, 4, 8, 24, 32].includes(bits)) throw new BmpError(`unsupported BMP depth ${bits}`);

  const stride = Math.ceil((width * bits) / 32) * 4;
  if (dataOffset + stride * height > bytes.length) throw new BmpError('BMP file is truncated');

  const palette: number[][] = [];
  if (bits <= 8) {
    const declared = view.getUint32(46, true);
    const colours = declared > 0 ? Math.min(declared, 256) : 1 << bits;
    const at = 14 + headerSize;
    if (at + colours * 4 > dataOffset) throw new BmpError('BMP palette is truncated');
    for (let i = 0; i < colours; i++) {
      const p = at + i * 4;
      palette.push([bytes[p + 2], bytes[p + 1], bytes[p]]);
    }
  }
  // BI_BITFIELDS: the masks say where red, green and blue sit; the common layout is BGRA.
  const shifts = bitfields
    ? [54, 58, 62].map((at) => Math.max(0, 31 - Math.clz32(view.getUint32(at, true)) - 7))
    : [16, 8, 0];

  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const row = dataOffset + (topDown ? y : height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 3;
      let rgb: readonly number[];
      if (bits === 24) rgb = [bytes[row + x * 3 + 2], bytes[row + x * 3 + 1], bytes[row + x * 3]];
      else if (bits === 32) {
        const v = view.getUint32(row + x * 4, true);
        rgb = shifts.map((s) => (v >>> s) & 255);
      } else {
        const bit = x * bits;
        const index = (bytes[row + (bit >> 3)] >> (8 - bits - (bit & 7))) & ((1 << bits) - 1);
        rgb = palette[index] ?? [0, 0, 0];
      }
      data[out] = rgb[0];
      data[out + 1] = rgb[1];
      data[out + 2] = rgb[2];
    }
  }
  return { width, height, channels: 3, data };
}
