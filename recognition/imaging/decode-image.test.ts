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
    await expect(decodeImage(new Uint8Array(0), { name: 'a.png' })).rejects.toThrow(
      '“a.png” is empty (0 bytes).',
    );
    expect(await reasonOf(new Uint8Array(0))).toBe('empty');
  });

  it('refuses text renamed .png as not a picture, naming the file', async () => {
    const text = new TextEncoder().encode('x = y, a plain text file renamed .png\n');
    expect(await reasonOf(text)).toBe('unsupported');
    await expect(decodeImage(text, { name: 'notes.png' })).rejects.toThrow(
      '“notes.png” is not a picture Inkform can read. Use a PNG, JPEG, GIF, WebP, TIFF, AVIF or SVG file.',
    );
  });

  it('names a PDF or BMP renamed .png as what it is', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    expect(await reasonOf(pdf)).toBe('unsupported');
    await expect(decodeImage(pdf, { name: 'scan.png' })).rejects.toThrow(
      '“scan.png” is a PDF file, which Inkform cannot read. Save it as PNG or JPEG and open that.',
    );
    const bmp = new Uint8Array(64);
    bmp.set([0x42, 0x4d]);
    await expect(decodeImage(bmp, { name: 'old.png' })).rejects.toThrow('“old.png” is a BMP file');
  });

  it('calls a truncated PNG or JPEG damaged, not "not a picture"', async () => {
    const png = await sharp({
      create: { width: 200, height: 150, channels: 3, background: '#c0c0c0' },
    })
      .png()
      .toBuffer();
    const jpeg = await sharp({
      create: { width: 200, height: 150, channels: 3, background: '#888' },
    })
      .jpeg()
      .toBuffer();
    for (const cut of [
      png.subarray(0, Math.floor(png.length / 2)),
      png.subarray(0, 60),
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
    ]) {
      expect(await reasonOf(cut)).toBe('corrupt');
      await expect(decodeImage(cut, { name: 'cut.png' })).rejects.toThrow(
        '“cut.png” is damaged or cut short, so Inkform cannot read it. Save or download it again.',
      );
    }
  });

  it('never names the decoder library in a message, and keeps its text as the cause', async () => {
    const inputs = [
      new Uint8Array(0),
      new TextEncoder().encode('hello'),
      new TextEncoder().encode('%PDF-1.4'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    ];
    for (const bytes of inputs) {
      const error = await decodeImage(bytes).then(
        () => null,
        (e: unknown) => e as ImageDecodeError,
      );
      expect(error?.message).toMatch(/^The file /);
      expect(error?.message).not.toMatch(/sharp|vips|libvips|buffer|input/i);
    }
    const text = await decodeImage(new TextEncoder().encode('hello')).catch((e: unknown) => e);
    expect((text as Error).cause).toBeInstanceOf(Error);
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

    await expect(decodeImage(jpeg, { maxInputPixels: 50e6, name: 'huge.jpg' })).rejects.toThrow(
      '“huge.jpg” has 108.0 megapixels; Inkform reads pictures of up to 50.0 megapixels. Make it smaller and try again.',
    );
  }, 60_000);
});
