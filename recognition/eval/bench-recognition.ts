import sharp from 'sharp';
import type { GlyphClassifier } from '../classifier.js';
import { decodeImage } from '../imaging/decode-image.js';
import type { GrayImage } from '../imaging/gray-image.js';
import { mulberry32 } from '../imaging/random.js';
import { recognizeImage, recognizeStrokes } from '../recognize.js';
import { composePage, type GlyphBank } from '../segmentation/synthetic-page.js';
import { medianMs } from './timing.js';
import { composeFormula } from '../strokes/templates.js';

/**
 * Recognition timings for `npm run bench`, each beside a baseline from the same run: for images,
 * decoding the file alone (the part no engine can skip); for strokes, classifying the right
 * groups once (what grouping would cost if it were free).
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

/** ∀x(P(x)→¬Q(x)∧¬P(x)): 20 symbols, all with stroke templates. */
const FORMULA_20 = [
  'forall',
  'x',
  'lparen',
  'P',
  'lparen',
  'x',
  'rparen',
  'rightarrow',
  'neg',
  'Q',
  'lparen',
  'x',
  'rparen',
  'wedge',
  'neg',
  'P',
  'lparen',
  'x',
  'rparen',
  'rparen',
];

export async function benchRecognition(
  classifier: GlyphClassifier,
  bank: GlyphBank,
): Promise<TimingRow[]> {
  const rows: TimingRow[] = [];
  const drawing = composeFormula(FORMULA_20, { seed: 3, height: 60 });
  const strokes = drawing.strokes.map((s) => s.map(([x, y]) => [x, y] as const));
  rows.push({
    label: `drawing, ${FORMULA_20.length} symbols`,
    ms: await medianMs(() => recognizeStrokes(strokes, { classifier }), 20),
    baselineLabel: 'classify its glyphs',
    baselineMs: await medianMs(
      async () => classifier.topK(new Uint8Array(FORMULA_20.length * 784), 5),
      20,
    ),
  });

  const rng = mulberry32(12);
  const formula = (n: number) => FORMULA_20.slice(0, n);
  const page = composePage(
    bank,
    {
      lines: [formula(14), formula(20), formula(9), formula(17), formula(12)],
      size: [50, 80],
      desk: 0.08,
      shade: 0.3,
      noise: 8,
    },
    rng,
  );
  const photo12 = await jpeg(page.gray, 4000, 3000);
  rows.push({
    label: '12-megapixel photo of a page',
    ms: await medianMs(() => recognizeImage(photo12, { classifier }), 5),
    baselineLabel: 'decode the file',
    baselineMs: await medianMs(() => decodeImage(photo12), 5),
  });
  const scan = await jpeg(page.gray);
  rows.push({
    label: `page of 5 formulas (${page.gray.width}×${page.gray.height})`,
    ms: await medianMs(() => recognizeImage(scan, { classifier }), 5),
    baselineLabel: 'decode the file',
    baselineMs: await medianMs(() => decodeImage(scan), 5),
  });
  return rows;
}
