import sharp from 'sharp';
import type { GlyphClassifier } from '../classifier.js';
import { decodeImage } from '../imaging/decode-image.js';
import type { GrayImage } from '../imaging/gray-image.js';
import { mulberry32 } from '../imaging/random.js';
import { symbolNamesOf } from '../symbols.js';
import { recognizeImage, recognizeStrokes } from '../recognize.js';
import { HANDWRITING, pageStrokes, writePage } from '../writing/compose-writing.js';
import { photoLook } from '../writing/realistic-set.js';
import { renderStrokes } from '../writing/render-writing.js';
import type { StrokeBank } from '../writing/stroke-bank.js';
import { medianMs } from './timing.js';

/**
 * Recognition timings for `npm run bench`, each beside a baseline from the same run: for images,
 * decoding the file alone (the part no engine can skip); for strokes, classifying as many glyphs
 * as the drawing has symbols (what reading it would cost if grouping were free). The input is
 * written with real handwritten strokes, several-stroke symbols and all, as the benchmark is.
 */

export interface TimingRow {
  readonly label: string;
  readonly ms: number;
  readonly baselineLabel: string;
  readonly baselineMs: number;
}

async function jpeg(img: GrayImage, width?: number, height?: number): Promise<Uint8Array> {
  const base = sharp(Buffer.from(img.data), {
    raw: { width: img.width, height: img.height, channels: 1 },
  });
  return (width && height ? base.resize(width, height, { fit: 'fill' }) : base)
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A formula of 20 symbols. */
const FORMULA_20 = symbolNamesOf('∀x(P(x)→¬R(x)∧¬P(x))');

export async function benchRecognition(
  classifier: GlyphClassifier,
  bank: StrokeBank,
): Promise<TimingRow[]> {
  const rows: TimingRow[] = [];
  const rng = mulberry32(12);
  const drawing = writePage(bank, [FORMULA_20], HANDWRITING, rng);
  const strokes = pageStrokes(drawing);
  rows.push({
    label: `drawing, ${FORMULA_20.length} symbols, ${strokes.length} strokes`,
    ms: await medianMs(() => recognizeStrokes(strokes, { classifier }), 20),
    baselineLabel: `classify ${FORMULA_20.length} glyphs`,
    baselineMs: await medianMs(
      async () => classifier.topK(new Uint8Array(FORMULA_20.length * 784), 5),
      20,
    ),
  });

  const formula = (n: number) => FORMULA_20.slice(0, n);
  const page = writePage(
    bank,
    [formula(14), formula(20), formula(9), formula(17), formula(12)],
    HANDWRITING,
    rng,
  );
  const photo = renderStrokes(pageStrokes(page), page.box, photoLook(page, rng), rng);
  const photo12 = await jpeg(photo, 4000, 3000);
  rows.push({
    label: '12-megapixel photo of a page',
    ms: await medianMs(() => recognizeImage(photo12, { classifier }), 5),
    baselineLabel: 'decode the file',
    baselineMs: await medianMs(() => decodeImage(photo12), 5),
  });
  const scan = await jpeg(photo);
  rows.push({
    label: `page of 5 formulas (${photo.width}×${photo.height})`,
    ms: await medianMs(() => recognizeImage(scan, { classifier }), 5),
    baselineLabel: 'decode the file',
    baselineMs: await medianMs(() => decodeImage(scan), 5),
  });
  return rows;
}
