import sharp, { type Metadata } from 'sharp';
import { toGray, type Raster } from './glyph-from-image.js';

/**
 * Turns the bytes of a photo, scan or drawing of a page into a grayscale working raster. This is
 * the only place that touches sharp: the segmentation algorithms are pure functions on pixels,
 * because native sharp crashes inside Electron on Linux and the app must run them there.
 */

export interface DecodeOptions {
  /** The longest side of the working raster; larger pictures are shrunk to it. */
  readonly maxSide?: number;
  /** Pictures with more pixels than this are refused before their pixels are decoded. */
  readonly maxInputPixels?: number;
}

export interface DecodedImage {
  /** One channel (luminance), alpha flattened on white, EXIF orientation applied. */
  readonly raster: Raster;
  /** Size of the picture as the viewer shows it (after EXIF orientation), before shrinking. */
  readonly originalWidth: number;
  readonly originalHeight: number;
  /** `raster.width / originalWidth`: multiply working coordinates by `1 / scale` for originals. */
  readonly scale: number;
}

export type ImageDecodeReason = 'empty' | 'unsupported' | 'corrupt' | 'too-large';

export class ImageDecodeError extends Error {
  constructor(
    readonly reason: ImageDecodeReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImageDecodeError';
  }
}

/** A phone photo shrunk to this still has strokes several pixels wide at normal writing sizes. */
export const DEFAULT_MAX_SIDE = 2000;
/**
 * 120 megapixels admits every phone camera and A4 scans at 1200 dpi. Larger pictures are
 * refused from their header alone, before any pixel is decoded, so nothing can hang on them.
 */
export const DEFAULT_MAX_INPUT_PIXELS = 120e6;

const PDF_MAGIC = '%PDF';

function megapixels(pixels: number): string {
  return `${(pixels / 1e6).toFixed(1)} megapixels`;
}

/** Sorts sharp's (libvips') error texts into our reasons; the original text stays the cause. */
function classify(err: unknown): ImageDecodeError {
  const text = err instanceof Error ? err.message : String(err);
  if (/unsupported image format|bad seek|input buffer contains unsupported/i.test(text)) {
    return new ImageDecodeError('unsupported', 'not an image sharp can read (PDF renamed .png?)', {
      cause: err,
    });
  }
  if (/pixel limit/i.test(text)) {
    return new ImageDecodeError('too-large', `the image is too large: ${text}`, { cause: err });
  }
  return new ImageDecodeError('corrupt', `the image is corrupt or truncated: ${text}`, {
    cause: err,
  });
}

/**
 * Decodes `bytes` (any format sharp reads: JPEG, PNG, WebP, TIFF, GIF, AVIF, SVG) into a
 * grayscale raster whose longer side is at most `maxSide`.
 *
 * Large photos are accepted up to `maxInputPixels` and shrunk by sharp itself: for JPEG that
 * happens while decoding (shrink-on-load at 1/2, 1/4 or 1/8 resolution), so a 100-megapixel
 * photo costs about a second, not gigabytes. Anything larger is refused from its header.
 */
export async function decodeImage(
  bytes: Uint8Array,
  opts: DecodeOptions = {},
): Promise<DecodedImage> {
  const maxSide = Math.max(1, Math.round(opts.maxSide ?? DEFAULT_MAX_SIDE));
  const maxInputPixels = opts.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  if (bytes.length === 0) throw new ImageDecodeError('empty', 'the file is empty');
  if (Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString('latin1') === PDF_MAGIC) {
    // Prebuilt sharp has no PDF reader; say so plainly instead of libvips' generic complaint.
    throw new ImageDecodeError('unsupported', 'not an image sharp can read (PDF renamed .png?)');
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

  let meta: Metadata;
  try {
    // The header alone: cheap, and lets us refuse huge pictures with their real size.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw classify(err);
  }
  const { width, height } = meta;
  if (!width || !height) {
    throw new ImageDecodeError('corrupt', 'the image header gives no size');
  }
  if (width * height > maxInputPixels) {
    throw new ImageDecodeError(
      'too-large',
      `the image has ${megapixels(width * height)}; the limit is ${megapixels(maxInputPixels)}`,
    );
  }
  // EXIF orientations 5..8 swap the axes.
  const swapped = (meta.orientation ?? 1) >= 5;
  const originalWidth = swapped ? height : width;
  const originalHeight = swapped ? width : height;

  try {
    const { data, info } = await sharp(input, {
      // 'error' also fails on truncated data: a half-decoded page would be misread silently.
      failOn: 'error',
      limitInputPixels: maxInputPixels,
    })
      .rotate()
      .resize({
        width: maxSide,
        height: maxSide,
        fit: 'inside',
        withoutEnlargement: true,
        // A filtering kernel, not nearest-neighbour sampling: thin strokes must survive the shrink.
        kernel: 'lanczos3',
      })
      .flatten({ background: '#ffffff' })
      .grayscale()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const channels = info.channels as Raster['channels'];
    const raw: Raster = {
      width: info.width,
      height: info.height,
      channels,
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    };
    // sharp should give one channel here; anything else is folded to luminance the usual way.
    const gray = channels === 1 ? raw.data : toGray(raw).data;
    return {
      raster: { width: info.width, height: info.height, channels: 1, data: gray },
      originalWidth,
      originalHeight,
      scale: info.width / originalWidth,
    };
  } catch (err) {
    throw classify(err);
  }
}
