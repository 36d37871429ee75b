import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage, ImageDecodeError } from './decode-image.js';

async function reasonOf(bytes: Uint8Array, opts = {}): Promise<string> {
  try {
    await decodeImage(bytes, opts);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(ImageDecodeError);
    return (err as ImageDecodeError).reason;
  }
}

describe('decodeImage', () => {
  it('refuses an empty file', async () => {
    await expect(decodeImage(new Uint8Array(0))).rejects.toThrow('the file is empty');
    expect(await reasonOf(new Uint8Array(0))).toBe('empty');
  });

  it('refuses text and PDFs as not images', async () => {
    const text = new TextEncoder().encode('x = y, a plain text file renamed .png\n');
    expect(await reasonOf(text)).toBe('unsupported');
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    await expect(decodeImage(pdf)).rejects.toThrow('not an image sharp can read');
  });

  it('refuses a truncated PNG', async () => {
    const png = await sharp({
      create: { width: 200, height: 150, channels: 3, background: '#c0c0c0' },
    })
      .png()
      .toBuffer();
    expect(await reasonOf(png.subarray(0, Math.floor(png.length / 2)))).toBe('corrupt');
  });

  it('gives one gray channel, flattening transparency on white', async () => {
    const png = await sharp({
      create: { width: 30, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const out = await decodeImage(png);
    expect(out.raster).toMatchObject({ width: 30, height: 20, channels: 1 });
    expect(out.scale).toBe(1);
    expect(Math.min(...out.raster.data)).toBe(255);
  });

  it('applies the EXIF orientation', async () => {
    // Left half black; orientation 6 means "rotate 90° clockwise to view", so it ends on top.
    const raw = Buffer.alloc(40 * 20 * 3, 255);
    for (let y = 0; y < 20; y++) raw.fill(0, y * 120, y * 120 + 60);
    const jpeg = await sharp(raw, { raw: { width: 40, height: 20, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 95 })
      .toBuffer();
    const out = await decodeImage(jpeg);
    expect([out.originalWidth, out.originalHeight]).toEqual([20, 40]);
    expect([out.raster.width, out.raster.height]).toEqual([20, 40]);
    const { data } = out.raster;
    expect(data[5 * 20 + 10]).toBeLessThan(60);
    expect(data[35 * 20 + 10]).toBeGreaterThan(200);
  });

  it('shrinks a 108-megapixel photo and refuses it over the limit', async () => {
    const jpeg = await sharp({
      create: { width: 12000, height: 9000, channels: 3, background: '#d8d8d8' },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    const out = await decodeImage(jpeg);
    expect([out.raster.width, out.raster.height]).toEqual([2000, 1500]);
    expect([out.originalWidth, out.originalHeight]).toEqual([12000, 9000]);
    expect(out.scale).toBeCloseTo(1 / 6, 5);

    await expect(decodeImage(jpeg, { maxInputPixels: 50e6 })).rejects.toThrow(
      'the image has 108.0 megapixels; the limit is 50.0 megapixels',
    );
  }, 60_000);
});
