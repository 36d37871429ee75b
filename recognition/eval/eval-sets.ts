import sharp from 'sharp';
import type { GlyphClassifier } from '../classifier.js';
import { formulaSymbols, randomFormula } from '../formula/random-formula.js';
import type { GrayImage } from '../imaging/gray-image.js';
import { mulberry32 } from '../imaging/random.js';
import { recognizeImage, recognizeStrokes } from '../recognize.js';
import { composePage, loadGlyphBank, type PageSpec } from '../segmentation/synthetic-page.js';
import {
  readStrokeExpressions,
  strokeExpressionsFile,
  type SharedStrokeExpression,
  type StrokeSymbolLabel,
} from '../strokes/expressions-file.js';
import { SYMBOL_NAMES } from '../symbols.js';
import { slimLine, type ReadLine } from './line-score.js';
import {
  arithmeticFormulas,
  NOTATIONS,
  textbookFormulas,
  type Notation,
} from '../writing/notation-formulas.js';
import {
  listedFormulas,
  type FormulaSource,
  randomFormulas,
  realisticItems,
  type PictureItem,
  type Variant,
} from '../writing/realistic-set.js';
import { loadStrokeSamples, makeStrokeBank, type StrokeBank } from '../writing/stroke-bank.js';

/**
 * The sets `npm run eval:formulas` reads, each a job a worker thread can run on its own: every
 * set draws its items from its own seeded stream, so how the jobs are shared out changes nothing.
 */

export type EvalJob =
  | {
      readonly kind: 'realistic';
      readonly variant: Variant;
      readonly seed: number;
      readonly lines: number;
      /** Formulas to write (label sequences); the random generator's when absent. */
      readonly formulas?: readonly (readonly string[])[];
      /** The notation of the generated formulas (standard when absent). */
      readonly notation?: Notation;
    }
  | { readonly kind: 'crohme'; readonly symbols: CrohmeSelection }
  | {
      readonly kind: 'one-piece';
      readonly seed: number;
      readonly lines: number;
      readonly pages: number;
    };

/** One line read: which set, what was written, what came back. */
export interface LineRecord {
  readonly set: string;
  readonly truth: readonly string[];
  readonly read: ReadLine | undefined;
}

export type PictureEncoding = PictureItem['encoding'];

export async function encodePicture(
  img: GrayImage,
  encoding: PictureEncoding,
): Promise<Uint8Array> {
  const image = sharp(Buffer.from(img.data), {
    raw: { width: img.width, height: img.height, channels: 1 },
  });
  return encoding.format === 'png'
    ? image.png().toBuffer()
    : image.jpeg({ quality: encoding.quality }).toBuffer();
}

/** Truth of a CROHME expression in reading order: its symbols sorted by the left of their ink. */
function strokeTruth(e: SharedStrokeExpression): string[] {
  const left = (s: StrokeSymbolLabel) =>
    Math.min(...s.strokes.flatMap((k) => e.strokes[k].map((p) => p[0])));
  return [...e.symbols].sort((a, b) => left(a) - left(b)).map((s) => s.label);
}

const records = (
  set: string,
  truth: readonly (readonly string[])[],
  lines: readonly ReadLine[],
): LineRecord[] => truth.map((t, i) => ({ set, truth: t, read: lines[i] && slimLine(lines[i]) }));

/**
 * Which one-line CROHME test expressions are read: those in the 78 formula classes (202), or
 * those in all 96 classes, arithmetic included (351).
 */
export const CROHME_SELECTIONS = {
  fol_only: 'CROHME strokes',
  known_only: 'CROHME known symbols',
} as const;
export type CrohmeSelection = keyof typeof CROHME_SELECTIONS;

/** The row a realistic job's lines are scored in: the variant, and a notation other than the standard. */
export const realisticSetName = (variant: Variant, notation: Notation = 'standard'): string =>
  notation === 'standard' ? variant : `${variant} · ${notation}`;

function formulaSource(job: Extract<EvalJob, { kind: 'realistic' }>): FormulaSource {
  if (job.formulas) return listedFormulas(job.formulas);
  switch (job.notation ?? 'standard') {
    case 'standard':
      return randomFormulas();
    case 'textbook':
      return textbookFormulas(randomFormulas());
    case 'arithmetic':
      return arithmeticFormulas();
  }
}

let bank: Promise<StrokeBank> | undefined;

/** Runs one job with `classifier` on the shared data in `shared`. */
export async function runEvalJob(
  job: EvalJob,
  shared: string,
  classifier: GlyphClassifier,
): Promise<LineRecord[]> {
  const out: LineRecord[] = [];
  switch (job.kind) {
    case 'realistic': {
      bank ??= loadStrokeSamples(shared, {
        split: 'test',
        labels: SYMBOL_NAMES,
        detexify: true,
      }).then(makeStrokeBank);
      const formulas = formulaSource(job);
      const set = realisticSetName(job.variant, job.notation);
      // Each notation writes from a stream of its own, so adding one changes no other row.
      const seed = job.seed + 1000 * NOTATIONS.indexOf(job.notation ?? 'standard');
      for (const item of realisticItems(job.variant, await bank, formulas, { ...job, seed })) {
        const got =
          item.variant === 'drawing'
            ? await recognizeStrokes(item.strokes, { classifier })
            : await recognizeImage(await encodePicture(item.image, item.encoding), { classifier });
        out.push(...records(set, item.truth, got.lines));
      }
      return out;
    }
    case 'crohme': {
      const expressions = (await readStrokeExpressions(strokeExpressionsFile(shared))).filter(
        (e) => e.split === 'test' && e[job.symbols] && e.linear,
      );
      for (const e of expressions) {
        const got = await recognizeStrokes(
          e.strokes.map((s) => s.map(([x, y]) => [x, y] as const)),
          { classifier },
        );
        out.push(
          ...records(CROHME_SELECTIONS[job.symbols], [strokeTruth(e)], got.lines.slice(0, 1)),
        );
      }
      return out;
    }
    case 'one-piece': {
      // The set this benchmark used to be: one-piece 28×28 test glyphs pasted into pictures.
      const glyphs = await loadGlyphBank(shared, SYMBOL_NAMES, { split: 'test' });
      const rng = mulberry32(job.seed);
      const formula = () => formulaSymbols(randomFormula(rng, { maxSymbols: 24 }));
      const scan = (lines: string[][]): PageSpec => ({
        lines,
        size: [28, 90],
        slopeDegrees: (rng() - 0.5) * 3,
      });
      const photo = (lines: string[][]): PageSpec => ({
        ...scan(lines),
        desk: 0.08,
        shade: 0.35,
        noise: 10,
      });
      const run = async (name: string, spec: PageSpec, encoding: PictureEncoding) => {
        const page = composePage(glyphs, spec, rng);
        const got = await recognizeImage(await encodePicture(page.gray, encoding), { classifier });
        out.push(...records(name, spec.lines, got.lines));
      };
      for (let n = 0; n < job.lines; n++) {
        const labels = formula();
        await run('one-piece scan', scan([labels]), { format: 'png' });
        await run('one-piece photo', photo([labels]), { format: 'jpeg', quality: 80 });
      }
      for (let n = 0; n < job.pages; n++) {
        const lines = Array.from({ length: 3 + Math.floor(rng() * 3) }, formula);
        await run('one-piece scan page', scan(lines), { format: 'png' });
        await run('one-piece photo page', photo(lines), { format: 'jpeg', quality: 80 });
      }
      return out;
    }
  }
}
