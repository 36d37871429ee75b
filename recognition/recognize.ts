import type { GlyphClassifier } from './classifier.js';
import { decodeImage } from './imaging/decode-image.js';
import { toGray } from './imaging/glyph-from-image.js';
import { GLYPH_PIXELS } from './imaging/gray-image.js';
import { normaliseGlyph } from './imaging/normalise.js';
import { loadClassifier } from './models.js';
import { readLines, type NormalisedLine } from './read-lines.js';
import { segmentImage } from './segmentation/segment-image.js';
import { segmentStrokes } from './strokes/segment-strokes.js';
import type { Box, GlyphLine } from './types.js';

export interface RecognizeOptions {
  /** A loaded classifier; by default the shipped model. */
  readonly classifier?: GlyphClassifier;
}

export interface ImageRecognition {
  readonly lines: readonly GlyphLine[];
  /** Size of the image as stored (after EXIF orientation); boxes are in these coordinates. */
  readonly width: number;
  readonly height: number;
  /** The sheet of paper found in a photo, or null when the whole image is the page. */
  readonly paper: Box | null;
}

export interface StrokeRecognition {
  readonly lines: readonly GlyphLine[];
}

export type Strokes = readonly (readonly (readonly [number, number])[])[];

/** Thrown for input that cannot be read at all; its message is meant for the user. */
export class RecognitionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecognitionInputError';
  }
}

function scaleBox(b: Box, s: number): Box {
  return { x: b.x / s, y: b.y / s, width: b.width / s, height: b.height / s };
}

/** Recognises every line of handwriting in an image file's bytes (PNG, JPEG, WebP, TIFF …). */
export async function recognizeImage(
  bytes: Uint8Array,
  options: RecognizeOptions = {},
): Promise<ImageRecognition> {
  const classifier = options.classifier ?? (await loadClassifier());
  const decoded = await decodeImage(bytes);
  const segmentation = segmentImage(toGray(decoded.raster));
  const lines: NormalisedLine[] = segmentation.lines.map((line) => {
    const glyphs = new Uint8Array(line.glyphs.length * GLYPH_PIXELS);
    const boxes: Box[] = [];
    line.glyphs.forEach((g) => {
      // Segmentation only returns inked components, so every glyph normalises.
      const glyph = normaliseGlyph(g.ink);
      if (glyph) glyphs.set(glyph, boxes.length * GLYPH_PIXELS);
      boxes.push(scaleBox(g.box, decoded.scale));
    });
    return { box: scaleBox(line.box, decoded.scale), boxes, glyphs };
  });
  return {
    lines: readLines(lines, classifier),
    width: decoded.originalWidth,
    height: decoded.originalHeight,
    paper: segmentation.paper ? scaleBox(segmentation.paper, decoded.scale) : null,
  };
}

/**
 * Checks untrusted JSON (a file, an IPC message) for the stroke shape `[[[x, y], …], …]`;
 * the error says where it is wrong.
 */
export function parseStrokes(value: unknown): Strokes {
  if (!Array.isArray(value)) throw new RecognitionInputError('strokes must be an array of strokes');
  if (value.length > 10_000)
    throw new RecognitionInputError(`too many strokes (${value.length}; at most 10,000)`);
  return value.map((stroke: unknown, i) => {
    if (!Array.isArray(stroke))
      throw new RecognitionInputError(`stroke ${i} is not an array of points`);
    return stroke.map((point: unknown, j) => {
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
    });
  });
}

/** Recognises pen strokes (from a canvas or a tablet): `[[[x, y], …], …]`, y down, any unit. */
export async function recognizeStrokes(
  strokes: Strokes,
  options: RecognizeOptions = {},
): Promise<StrokeRecognition> {
  const classifier = options.classifier ?? (await loadClassifier());
  const drawn = strokes.filter((s) => s.length > 0).map((s) => s.map(([x, y]) => [x, y]));
  if (drawn.length === 0) return { lines: [] };
  const classify = (glyphs: Uint8Array, count: number) =>
    classifier
      .topK(glyphs.subarray(0, count * GLYPH_PIXELS), 5)
      .map((candidates) => candidates.map((c) => ({ name: c.name, probability: c.probability })));
  const segmentation = segmentStrokes(drawn, classify);
  const lines: NormalisedLine[] = segmentation.lines.map((line) => {
    const glyphs = new Uint8Array(line.groups.length * GLYPH_PIXELS);
    line.groups.forEach((g, i) => glyphs.set(g.glyph, i * GLYPH_PIXELS));
    return { box: line.box, boxes: line.groups.map((g) => g.box), glyphs };
  });
  return { lines: readLines(lines, classifier) };
}
