import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  readStrokeExpressions,
  strokeExpressionsFile,
} from '../../recognition/strokes/expressions-file.js';
import { readJsonOr, writeFileAtomic } from '../storage/atomic-file.js';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { loadStrokeSamples } from '../../recognition/writing/stroke-bank.js';
import { latticeGlyphs, type LatticeGlyphOptions } from './lattice-glyphs.js';
import { penGlyphs, type PenGlyphOptions, type PenGlyphs } from './pen-glyphs.js';

function joinGlyphs(a: PenGlyphs, b: PenGlyphs): PenGlyphs {
  const images = new Uint8Array(a.images.length + b.images.length);
  images.set(a.images, 0);
  images.set(b.images, a.images.length);
  return { images, labels: [...a.labels, ...b.labels], writers: [...a.writers, ...b.writers] };
}

/**
 * The data the default model learns from, as one packed data set: every row of the shared
 * symbols (both splits, so the test split is there to be measured on, never trained on) followed
 * by the glyphs made from the shared train-split strokes: pen glyphs (`pen-glyphs.ts`) and, when
 * asked for, what the recogniser's lattices meet in formulas written with them
 * (`lattice-glyphs.ts`). Written once into a work folder and reused while its recipe is
 * unchanged.
 */

const RECIPE_FILE = 'recipe.json';
/** Bump when the glyphs made for the same options change. */
const RECIPE_VERSION = 2;

export interface RecogniserSetReport {
  readonly dir: string;
  readonly sharedRows: number;
  readonly penRows: number;
  /** False when an earlier run's set was reused. */
  readonly written: boolean;
}

interface RecipeFile {
  readonly recipe: unknown;
  readonly sharedRows: number;
  readonly penRows: number;
}

function parseRecipeFile(json: unknown): RecipeFile {
  const r = json as Partial<RecipeFile> | null;
  if (typeof r?.sharedRows !== 'number' || typeof r.penRows !== 'number')
    throw new Error('not a recogniser set recipe');
  return { recipe: r.recipe, sharedRows: r.sharedRows, penRows: r.penRows };
}

export async function writeRecogniserSet(
  sharedDataDir: string,
  outDir: string,
  pen: PenGlyphOptions,
  lattice: LatticeGlyphOptions | null,
): Promise<RecogniserSetReport> {
  const recipe = lattice
    ? { version: RECIPE_VERSION, pen, lattice }
    : { version: RECIPE_VERSION, pen };
  const known = await readJsonOr(join(outDir, RECIPE_FILE), parseRecipeFile, null);
  if (known && JSON.stringify(known.recipe) === JSON.stringify(recipe))
    return { dir: outDir, sharedRows: known.sharedRows, penRows: known.penRows, written: false };

  const symbols = join(sharedDataDir, 'symbols');
  const [pixels, metaText] = await Promise.all([
    readFile(join(symbols, 'images.u8.gz')).then((b) => gunzipSync(b)),
    readFile(join(symbols, 'meta.tsv.gz')).then((b) => gunzipSync(b).toString('utf8')),
  ]);
  const meta = metaText.trimEnd().split('\n');
  const header = meta[0].split('\t');
  const sharedRows = meta.length - 1;
  const expressions = await readStrokeExpressions(strokeExpressionsFile(sharedDataDir));
  const train = expressions.filter((e) => e.split === 'train');
  const pens = penGlyphs(train, pen);
  const glyphs = lattice
    ? joinGlyphs(
        pens,
        latticeGlyphs(
          await loadStrokeSamples(sharedDataDir, {
            split: 'train',
            labels: SYMBOL_NAMES,
            detexify: false,
          }),
          lattice,
        ),
      )
    : pens;

  const images = new Uint8Array(pixels.length + glyphs.images.length);
  images.set(pixels, 0);
  images.set(glyphs.images, pixels.length);
  const column = (name: string) => header.indexOf(name);
  const added = glyphs.labels.map((label, i) => {
    const row = new Array<string>(header.length).fill('');
    row[column('index')] = String(sharedRows + i);
    row[column('label')] = label;
    row[column('source')] = 'pen';
    row[column('writer')] = glyphs.writers[i];
    row[column('split')] = 'train';
    return row.join('\t');
  });
  await mkdir(outDir, { recursive: true });
  await writeFileAtomic(join(outDir, 'images.u8.gz'), gzipSync(images, { level: 1 }));
  await writeFileAtomic(
    join(outDir, 'meta.tsv.gz'),
    gzipSync(`${[...meta, ...added].join('\n')}\n`),
  );
  const penRows = glyphs.labels.length;
  await writeFileAtomic(
    join(outDir, RECIPE_FILE),
    `${JSON.stringify({ recipe, sharedRows, penRows }, null, 2)}\n`,
  );
  return { dir: outDir, sharedRows, penRows, written: true };
}
