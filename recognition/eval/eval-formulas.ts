import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { findSharedData, SHARED_DATA_MISSING } from '../../training/data/shared-data.js';
import { parseNumber, runCli, UsageError } from '../../training/cli/cli-util.js';
import type { GlyphClassifier } from '../classifier.js';
import { formulaSymbols, randomFormula } from '../formula/random-formula.js';
import type { GrayImage } from '../imaging/gray-image.js';
import { SYMBOL_NAMES, symbolByChar, symbolByName } from '../symbols.js';
import { mulberry32 } from '../imaging/random.js';
import { loadClassifier } from '../models.js';
import { recognizeImage, recognizeStrokes } from '../recognize.js';
import { composePage, loadGlyphBank, type PageSpec } from '../segmentation/synthetic-page.js';
import {
  readStrokeExpressions,
  strokeExpressionsFile,
  type SharedStrokeExpression,
  type StrokeSymbolLabel,
} from '../strokes/expressions-file.js';
import type { RecognizedLine } from '../types.js';
import { ErrorTally, LineScore } from './line-score.js';
import {
  listedFormulas,
  randomFormulas,
  realisticItems,
  VARIANTS,
  type FormulaSource,
  type Variant,
} from './writing/realistic-set.js';
import { loadStrokeSamples, makeStrokeBank } from './writing/stroke-bank.js';

/**
 * `npm run eval:formulas`: end-to-end accuracy on formulas the engine has never seen.
 *
 * The headline is the realistic set: formulas written with the real pen strokes of the shared
 * test split's writers (every symbol, several-stroke ones included) and Detexify's drawings of
 * the logic symbols CROHME lacks, read as drawings, clean scans, photos and photos of pages.
 * Then the 202 one-line CROHME test expressions in our symbols, from their own pen strokes. The
 * older one-piece set (single-component 28×28 glyphs of the test split pasted into pictures)
 * follows as a secondary row. Line exact match and symbol error rate, with the grammar decoder
 * and with the classifier's raw top-1 reading.
 */

const USAGE = `usage: npm run eval:formulas -- [--lines N] [--seed N] [--variants ${VARIANTS.join(',')}]
  [--formulas FILE] [--model DIR] [--legacy-lines N] [--legacy-pages N] [--errors] [--show-errors] [--json]`;

async function encode(img: GrayImage, encoding: PictureEncoding): Promise<Uint8Array> {
  const image = sharp(Buffer.from(img.data), {
    raw: { width: img.width, height: img.height, channels: 1 },
  });
  return encoding.format === 'png'
    ? image.png().toBuffer()
    : image.jpeg({ quality: encoding.quality }).toBuffer();
}

const spellLabels = (labels: readonly string[]) =>
  labels.map((l) => symbolByName(l)?.char ?? l).join('');

/** Truth of a CROHME expression in reading order: its symbols sorted by the left of their ink. */
function strokeTruth(e: SharedStrokeExpression): string[] {
  const left = (s: StrokeSymbolLabel) =>
    Math.min(...s.strokes.flatMap((k) => e.strokes[k].map((p) => p[0])));
  return [...e.symbols].sort((a, b) => left(a) - left(b)).map((s) => s.label);
}

/** A formula file: one formula a line, in Unicode, written symbol for symbol as given. */
async function readFormulaFile(file: string): Promise<string[][]> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read the formula file ${file}: ${error.message}`);
  });
  const formulas: string[][] = [];
  text.split('\n').forEach((line, i) => {
    const chars = [...line.replace(/\s+/g, '')];
    if (chars.length === 0 || line.trimStart().startsWith('#')) return;
    formulas.push(
      chars.map((c) => {
        const info = symbolByChar(c);
        if (!info) throw new UsageError(`${file}:${i + 1}: '${c}' is not one of Inkform's symbols`);
        return info.name;
      }),
    );
  });
  if (formulas.length === 0) throw new UsageError(`${file} holds no formulas`);
  return formulas;
}

type Scores = Record<string, LineScore>;

function record(
  scores: Scores,
  name: string,
  truth: readonly (readonly string[])[],
  got: readonly RecognizedLine[],
  showErrors: boolean,
): void {
  truth.forEach((labels, i) => {
    (scores[name] ??= new LineScore()).add(labels, got[i]);
    const read = got[i]?.symbols.map((s) => s.label) ?? [];
    if (showErrors && read.join(' ') !== labels.join(' ')) {
      process.stderr.write(`${name}: ${spellLabels(labels)}  read as  ${spellLabels(read)}\n`);
    }
  });
}

async function realisticRows(
  shared: string,
  classifier: GlyphClassifier,
  variants: readonly Variant[],
  formulas: () => FormulaSource,
  opts: { seed: number; lines: number; showErrors: boolean },
  scores: Scores,
): Promise<void> {
  const bank = makeStrokeBank(
    await loadStrokeSamples(shared, { split: 'test', labels: SYMBOL_NAMES, detexify: true }),
  );
  for (const variant of variants) {
    for (const item of realisticItems(variant, bank, formulas(), opts)) {
      const got =
        item.variant === 'drawing'
          ? await recognizeStrokes(item.strokes, { classifier })
          : await recognizeImage(await encode(item.image, item.encoding), { classifier });
      record(scores, variant, item.truth, got.lines, opts.showErrors);
    }
  }
}

async function crohmeRow(
  shared: string,
  classifier: GlyphClassifier,
  scores: Scores,
  showErrors: boolean,
): Promise<void> {
  const expressions = (await readStrokeExpressions(strokeExpressionsFile(shared))).filter(
    (e) => e.split === 'test' && e.fol_only && e.linear,
  );
  for (const e of expressions) {
    const got = await recognizeStrokes(
      e.strokes.map((s) => s.map(([x, y]) => [x, y] as const)),
      { classifier },
    );
    record(scores, 'CROHME strokes', [strokeTruth(e)], got.lines.slice(0, 1), showErrors);
  }
}

/** The set this benchmark used to be: one-piece 28×28 test glyphs pasted into pictures. */
async function onePieceRows(
  shared: string,
  classifier: GlyphClassifier,
  opts: { seed: number; lines: number; pages: number; showErrors: boolean },
  scores: Scores,
): Promise<void> {
  const bank = await loadGlyphBank(shared, SYMBOL_NAMES, { split: 'test' });
  const rng = mulberry32(opts.seed);
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
    const page = composePage(bank, spec, rng);
    const got = await recognizeImage(await encode(page.gray, encoding), { classifier });
    record(scores, name, spec.lines, got.lines, opts.showErrors);
  };
  for (let n = 0; n < opts.lines; n++) {
    const labels = formula();
    await run('one-piece scan', scan([labels]), { format: 'png' });
    await run('one-piece photo', photo([labels]), { format: 'jpeg', quality: 80 });
  }
  for (let n = 0; n < opts.pages; n++) {
    const lines = Array.from({ length: 3 + Math.floor(rng() * 3) }, formula);
    await run('one-piece scan page', scan(lines), { format: 'png' });
    await run('one-piece photo page', photo(lines), { format: 'jpeg', quality: 80 });
  }
}

function parseVariants(text: string): Variant[] {
  const names = text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names)
    if (!(VARIANTS as readonly string[]).includes(name))
      throw new UsageError(`unknown variant '${name}' (one of ${VARIANTS.join(', ')})`);
  return names as Variant[];
}

function printTable(scores: Scores, errors: boolean): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const columns = ['set', 'lines', 'exact', 'raw exact', 'SER', 'raw SER', 'count ok', 'text ok'];
  const rows = Object.entries(scores).map(([name, score]) => {
    const s = score.summary();
    return [
      name,
      String(s.lines),
      pct(s.exact),
      pct(s.rawExact),
      pct(s.symbolErrorRate),
      pct(s.rawSymbolErrorRate),
      pct(s.rightCount),
      pct(s.faithful),
    ];
  });
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i] + 2))).join('');
  process.stdout.write(`${line(columns)}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write(
    'exact: the whole line right; SER: symbol edit distance / truth length; raw: classifier top-1, no grammar;\n' +
      'count ok: as many symbols as written; text ok: of the exact lines, those whose text is the written line\n',
  );
  if (!errors) return;
  for (const [name, score] of Object.entries(scores)) {
    const t: ErrorTally = score.tally;
    process.stdout.write(
      `\n${name}: ${t.wrongCount} lines with a wrong number of symbols, ${t.unfaithful} exact lines with other text\n` +
        `  confused: ${ErrorTally.top(t.substitutions, 12)}\n` +
        `  lost: ${ErrorTally.top(t.deletions, 8)}\n` +
        `  added: ${ErrorTally.top(t.insertions, 8)}\n`,
    );
  }
}

type PictureEncoding = { format: 'png' } | { format: 'jpeg'; quality: number };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '600' },
      seed: { type: 'string', default: '2021' },
      variants: { type: 'string', default: VARIANTS.join(',') },
      formulas: { type: 'string' },
      'legacy-lines': { type: 'string', default: '600' },
      'legacy-pages': { type: 'string', default: '40' },
      crohme: { type: 'boolean', default: true },
      json: { type: 'boolean' },
      errors: { type: 'boolean' },
      'show-errors': { type: 'boolean' },
      model: { type: 'string' },
    },
    allowNegative: true,
  });
  const shared = findSharedData();
  if (!shared)
    throw new Error(SHARED_DATA_MISSING.replace(': skipping tests that need real handwriting', ''));
  const seed = parseNumber(values.seed, '--seed', { integer: true });
  const lines = parseNumber(values.lines, '--lines', { integer: true, min: 0 });
  const legacyLines = parseNumber(values['legacy-lines'], '--legacy-lines', {
    integer: true,
    min: 0,
  });
  const legacyPages = parseNumber(values['legacy-pages'], '--legacy-pages', {
    integer: true,
    min: 0,
  });
  const variants = parseVariants(values.variants);
  const listed = values.formulas ? await readFormulaFile(values.formulas) : null;
  const formulas = () => (listed ? listedFormulas(listed) : randomFormulas());
  const classifier = await loadClassifier(values.model);
  const showErrors = values['show-errors'] === true;

  const scores: Scores = {};
  if (lines > 0)
    await realisticRows(
      shared,
      classifier,
      variants,
      formulas,
      { seed, lines, showErrors },
      scores,
    );
  if (values.crohme) await crohmeRow(shared, classifier, scores, showErrors);
  if (legacyLines + legacyPages > 0)
    await onePieceRows(
      shared,
      classifier,
      { seed, lines: legacyLines, pages: legacyPages, showErrors },
      scores,
    );

  if (values.json) {
    const report = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.summary()]));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  printTable(scores, values.errors === true);
}

void runCli(main, USAGE);
