import type { GlyphClassifier } from './classifier.js';
import {
  adjustedSize,
  adjustImage,
  NO_ADJUSTMENT,
  scaleAdjustment,
  type ImageAdjustment,
} from './imaging/adjust-image.js';
import { decodeImage } from './imaging/decode-image.js';
import { toGray } from './imaging/glyph-from-image.js';
import { RecognitionInputError } from './input-error.js';
import { loadClassifier } from './models.js';
import { readCandidateLines, type CandidateLine } from './read-lines.js';
import { imageLattices } from './segmentation/image-lattice.js';
import type { LineCut } from './segmentation/line-cuts.js';
import { findLevelInk } from './segmentation/level-ink.js';
import { boundStrokes, boxToInput, checkStrokeCounts } from './strokes/bound-strokes.js';
import { strokeLattices } from './strokes/stroke-lattice.js';
import type { Box, GlyphLine } from './types.js';

export interface RecognizeOptions {
  /** A loaded classifier; by default the shipped model. */
  readonly classifier?: GlyphClassifier;
}

export interface RecognizeImageOptions extends RecognizeOptions {
  /**
   * Symbols the user delimited, in the picture's coordinates: the ink of a line between a box's
   * left and right sides is one symbol (the box's height picks the line). No reading overrules
   * them.
   */
  readonly pins?: readonly Box[];
  /** The file's name, so that a picture that cannot be read is named in the error. */
  readonly name?: string;
  /**
   * The user's turn and crop, in the stored picture's pixels. The picture is read as adjusted,
   * and every other box and point here and in the result is in the adjusted picture's pixels.
   */
  readonly adjustment?: ImageAdjustment;
  /** Separators the user drew between lines: ink on either side is never on one line. */
  readonly lineCuts?: readonly LineCut[];
}

export interface RecognizeStrokesOptions extends RecognizeOptions {
  /** Groups of strokes (indices) the user said are one symbol each; no reading overrules them. */
  readonly pins?: readonly (readonly number[])[];
}

export interface ImageRecognition {
  readonly lines: readonly GlyphLine[];
  /**
   * Size of the image as stored (after EXIF orientation), turned and cropped as asked; boxes are
   * in these coordinates.
   */
  readonly width: number;
  readonly height: number;
  /** The sheet of paper found in a photo, or null when the whole image is the page. */
  readonly paper: Box | null;
}

export interface StrokeRecognition {
  readonly lines: readonly GlyphLine[];
}

export type Strokes = readonly (readonly (readonly [number, number])[])[];

export { RecognitionInputError };

function scaleBox(b: Box, s: number): Box {
  return { x: b.x / s, y: b.y / s, width: b.width / s, height: b.height / s };
}

/** Recognises every line of handwriting in an image file's bytes (PNG, JPEG, WebP, TIFF …). */
export async function recognizeImage(
  bytes: Uint8Array,
  options: RecognizeImageOptions = {},
): Promise<ImageRecognition> {
  const classifier = options.classifier ?? (await loadClassifier());
  const decoded = await decodeImage(bytes, { name: options.name });
  const s = decoded.scale;
  const adjustment = options.adjustment ?? NO_ADJUSTMENT;
  const gray = adjustImage(toGray(decoded.raster), scaleAdjustment(adjustment, s));
  const lineCuts = (options.lineCuts ?? []).map((c) => ({
    x0: c.x0 * s,
    y0: c.y0 * s,
    x1: c.x1 * s,
    y1: c.y1 * s,
  }));
  // A sheet the user turned, or whose lines they separated, is read as they left it.
  const level = adjustment.angle === 0 && lineCuts.length === 0;
  const { page, toPicture, fromPicture } = findLevelInk(gray, { lineCuts, level });
  const toResult = (box: Box) => scaleBox(toPicture(box), s);
  const scaled = (line: CandidateLine): CandidateLine => ({
    ...line,
    box: toResult(line.box),
    candidates: line.candidates.map((c) => ({ ...c, box: toResult(c.box) })),
  });
  // The page is read in working coordinates: the picture scaled (and levelled), then cut to its
  // sheet.
  const origin = page.toInput({ x: 0, y: 0, width: 0, height: 0 });
  const pins = (options.pins ?? []).map((b) => {
    const box = fromPicture({ x: b.x * s, y: b.y * s, width: b.width * s, height: b.height * s });
    return { ...box, x: box.x - origin.x, y: box.y - origin.y };
  });
  const lines = imageLattices(page, pins).map(scaled);
  const size = adjustedSize(decoded.originalWidth, decoded.originalHeight, adjustment);
  return {
    lines: readCandidateLines(lines, classifier),
    width: size.width,
    height: size.height,
    paper: page.paper ? toResult(page.paper) : null,
  };
}

/**
 * Checks untrusted JSON (a file, an IPC message) for the stroke shape `[[[x, y], …], …]`;
 * the error says where it is wrong.
 */
export function parseStrokes(value: unknown): Strokes {
  if (!Array.isArray(value)) throw new RecognitionInputError('strokes must be an array of strokes');
  value.forEach((stroke: unknown, i) => {
    if (!Array.isArray(stroke))
      throw new RecognitionInputError(`stroke ${i} is not an array of points`);
  });
  // Counted before any point is copied, so an absurd file is refused without being duplicated.
  const strokes = value as unknown[][];
  checkStrokeCounts(strokes);
  return strokes.map((stroke, i) =>
    stroke.map((point: unknown, j) => {
      if (
        !Array.isArray(point) ||
        point.length < 2 ||
        typeof point[0] !== 'number' ||
        typeof point[1] !== 'number' ||
        !Number.isFinite(point[0]) ||
        !Number.isFinite(point[1])
      ) {
        throw new RecognitionInputError(
          `stroke ${i}, point ${j} is not a pair of finite numbers [x, y]`,
        );
      }
      return [point[0], point[1]] as const;
    }),
  );
}

/**
 * Recognises pen strokes (from a canvas or a tablet): `[[[x, y], …], …]`, y down, any unit.
 * Drawings beyond `STROKE_LIMITS` are refused with a `RecognitionInputError`; boxes come back in
 * the input's coordinates, however far out of the working range they were.
 */
export async function recognizeStrokes(
  strokes: Strokes,
  options: RecognizeStrokesOptions = {},
): Promise<StrokeRecognition> {
  // Before the model loads: bad input is refused at once, and every entry path comes through here.
  const bounded = boundStrokes(strokes);
  const classifier = options.classifier ?? (await loadClassifier());
  const lines = strokeLattices(bounded.strokes, { pins: options.pins });
  if (lines.length === 0) return { lines: [] };
  const read = readCandidateLines(lines, classifier);
  const { frame } = bounded;
  if (frame === null) return { lines: read };
  return {
    lines: read.map((line) => ({
      ...line,
      box: boxToInput(line.box, frame),
      symbols: line.symbols.map((symbol) => ({ ...symbol, box: boxToInput(symbol.box, frame) })),
    })),
  };
}
