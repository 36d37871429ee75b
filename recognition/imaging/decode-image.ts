import sharp, { type Metadata } from 'sharp';
import { toGray, type Raster } from './glyph-from-image.js';
import { fileLabel, IMAGE_PROBLEMS } from './image-problems.js';
import { FORMAT_NAMES, fileFormatOf, isReadableFormat } from './image-signature.js';

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
  /** The file's name, so that error messages can say which file they mean. */
  readonly name?: string;
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

/** Its message is written for the user and names the file; the decoder's own text is the cause. */
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

/**
 * Sorts a decoder failure into our reasons. The file's first bytes say whether it is a picture
 * at all, which the decoder's texts do not reliably tell; its text stays the cause.
 */
function classify(
  err: unknown,
  bytes: Uint8Array,
  file: string,
  size?: { readonly pixels: number; readonly limit: number },
): ImageDecodeError {
  const text = err instanceof Error ? err.message : String(err);
  const cause = { cause: err };
  if (size !== undefined && /pixel limit/i.test(text))
    return new ImageDecodeError(
      'too-large',
      IMAGE_PROBLEMS.tooLarge(file, size.pixels, size.limit),
      cause,
    );
  const format = fileFormatOf(bytes);
  if (format === null)
    return new ImageDecodeError('unsupported', IMAGE_PROBLEMS.notAPicture(file), cause);
  if (!isReadableFormat(format))
    return new ImageDecodeError(
      'unsupported',
      IMAGE_PROBLEMS.otherFormat(file, FORMAT_NAMES[format]),
      cause,
    );
  return new ImageDecodeError('corrupt', IMAGE_PROBLEMS.damaged(file), cause);
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
  const file = fileLabel(opts.name);
  if (bytes.length === 0) throw new ImageDecodeError('empty', IMAGE_PROBLEMS.empty(file));
  const format = fileFormatOf(bytes);
  // Refused before decoding: the decoder would only give a generic complaint about these.
  if (format !== null && !isReadableFormat(format))
    throw new ImageDecodeError(
      'unsupported',
      IMAGE_PROBLEMS.otherFormat(file, FORMAT_NAMES[format]),
    );
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

  let meta: Metadata;
  try {
    // The header alone: cheap, and lets us refuse huge pictures with their real size.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw classify(err, bytes, file);
  }
  const { width, height } = meta;
  if (!width || !height) throw new ImageDecodeError('corrupt', IMAGE_PROBLEMS.noSize(file));
  if (width * height > maxInputPixels) {
    throw new ImageDecodeError(
      'too-large',
      IMAGE_PROBLEMS.tooLarge(file, width * height, maxInputPixels),
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
    throw classify(err, bytes, file, { pixels: width * height, limit: maxInputPixels });
  }
}
