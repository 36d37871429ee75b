import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseChoice, runCli, UsageError } from './cli-util.js';
import { noHandwritingMessage } from '../imaging/image-problems.js';
import { loadClassifier } from '../models.js';
import { parseStrokes, recognizeImage, recognizeStrokes } from '../recognize.js';
import { STROKE_LIMITS } from '../strokes/stroke-limits.js';
import type { RecognizedLine } from '../types.js';
import {
  DEFAULT_FREE_VARIABLES,
  exportLine,
  FREE_VARIABLE_TREATMENTS,
  NOTATION_STYLES,
  PARENTHESES_STYLES,
  type ExportOptions,
} from '../formula/exports.js';
import { parseUnicodeLine } from '../formula/text-formats.js';

const FORMATS = ['text', 'latex', 'tptp', 'prover9', 'json'] as const;
const count = (n: number): string => n.toLocaleString('en-US');
type Format = (typeof FORMATS)[number];

export const RECOGNIZE_USAGE = `usage: npm run recognize -- FILE... [--format text|latex|tptp|prover9|json]
       [--parentheses as-written|standard] [--free-variables close|constants]
       [--notation ${NOTATION_STYLES.join('|')}] [--model DIR]

  FILE                an image (PNG, JPEG, WebP, TIFF …) of handwritten formulas, or a .json
                      file of pen strokes: [[[x, y], …], …] (strokes of points, y down, any
                      unit), at most ${count(STROKE_LIMITS.maxStrokes)} strokes, ${count(STROKE_LIMITS.maxPointsPerStroke)} points a stroke
                      and ${count(STROKE_LIMITS.maxTotalPoints)} points in all
  --format NAME       default: text, one Unicode line per line of writing; latex, tptp,
                      prover9: that export (lines that are not well formed are printed raw with
                      a note on stderr); json: one JSON array with an object per file
  --parentheses STYLE default: as-written, every parenthesis the writer wrote and no other;
                      standard: redundant ones dropped, mixed connectives bracketed
  --free-variables T  what tptp and prover9 do with a free letter u–z (a note on stderr says
                      which): close (default), ∀ over them in front; constants, kept as they are
  --notation STYLE    default: as-written, the writer's textbook symbols (∼ ⊃ ≡ ·, ∀x.) kept
                      in text and latex; standard: ¬ → ↔ ∧ instead (tptp and prover9 have
                      only the standard ones)
  --model DIR         default: the shipped model (models/default)
  -h, --help          this text

Each file's result is written as soon as it is read. A file that cannot be read is reported on
stderr with its name, and the other files are still read. Exit status: 0 when every file was
read, 1 when any could not be, 2 for bad arguments.`;

interface FileResult {
  readonly file: string;
  readonly lines?: readonly RecognizedLine[];
  readonly error?: string;
}

/** The line with its exports in the chosen parentheses, free-variable treatment and notation. */
function styled(line: RecognizedLine, options: Required<ExportOptions>): RecognizedLine {
  const { parentheses, freeVariables, notation } = options;
  // Recognition exported the line as written, with the default treatment, already.
  const asRecognised =
    parentheses === 'as-written' &&
    freeVariables === DEFAULT_FREE_VARIABLES &&
    notation === 'as-written';
  if (asRecognised || !line.wellFormed) return line;
  const parsed = parseUnicodeLine(line.text);
  return parsed.ok
    ? { ...line, exports: exportLine(parsed.line, parentheses, freeVariables, notation) }
    : line;
}

function jsonLine(line: RecognizedLine) {
  return {
    text: line.text,
    wellFormed: line.wellFormed,
    kind: line.kind,
    error: line.error,
    unicode: line.exports?.unicode ?? null,
    latex: line.exports?.latex ?? null,
    tptp: line.exports?.tptp ?? null,
    prover9: line.exports?.prover9 ?? null,
    ascii: line.exports?.ascii ?? null,
    freeVariables: line.exports?.freeVariables ?? null,
    box: line.box,
    // Picked field by field: the engine's symbols also carry their 784-byte glyphs.
    symbols: line.symbols.map(({ label, char, confidence, box, alternatives }) => ({
      label,
      char,
      confidence,
      box,
      alternatives,
    })),
  };
}

function printText(result: FileResult, format: Exclude<Format, 'json'>, multiple: boolean): void {
  if (result.error !== undefined) {
    process.stderr.write(`${result.file}: error: ${result.error}\n`);
    return;
  }
  if (multiple) process.stdout.write(`# ${result.file}\n`);
  const lines = result.lines ?? [];
  if (lines.length === 0) process.stderr.write(`${noHandwritingMessage(basename(result.file))}\n`);
  lines.forEach((line, i) => {
    const exported =
      format === 'text' ? (line.exports?.unicode ?? line.text) : line.exports?.[format];
    if (!line.wellFormed && line.error) {
      process.stderr.write(
        `${result.file}: line ${i + 1} is neither a formula nor a term, equations or a list (symbol ${line.error.position + 1}: ${line.error.message})\n`,
      );
    }
    const notes = line.exports?.freeVariables;
    if ((format === 'tptp' || format === 'prover9') && notes)
      process.stderr.write(`${result.file}: line ${i + 1}: ${notes[format]}\n`);
    process.stdout.write(`${exported ?? line.text}\n`);
  });
}

async function recognizeFile(file: string, modelDir: string | undefined): Promise<FileResult> {
  try {
    const classifier = await loadClassifier(modelDir);
    const bytes = await readFile(file);
    if (extname(file).toLowerCase() === '.json') {
      const strokes = parseStrokes(JSON.parse(bytes.toString('utf8')) as unknown);
      return { file, lines: (await recognizeStrokes(strokes, { classifier })).lines };
    }
    return {
      file,
      lines: (await recognizeImage(bytes, { classifier, name: basename(file) })).lines,
    };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') return { file, error: 'file not found' };
    if (code === 'EISDIR') return { file, error: 'this is a folder, not a file' };
    if (err instanceof SyntaxError)
      return { file, error: `not valid JSON strokes: ${err.message}` };
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      parentheses: { type: 'string', default: 'as-written' },
      'free-variables': { type: 'string', default: DEFAULT_FREE_VARIABLES },
      notation: { type: 'string', default: 'as-written' },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${RECOGNIZE_USAGE}\n`);
    return;
  }
  if (positionals.length === 0) throw new UsageError('give at least one image or strokes file');
  const format = parseChoice(values.format ?? 'text', '--format', FORMATS);
  const options: Required<ExportOptions> = {
    parentheses: parseChoice(
      values.parentheses ?? 'as-written',
      '--parentheses',
      PARENTHESES_STYLES,
    ),
    freeVariables: parseChoice(
      values['free-variables'] ?? DEFAULT_FREE_VARIABLES,
      '--free-variables',
      FREE_VARIABLE_TREATMENTS,
    ),
    notation: parseChoice(values.notation ?? 'as-written', '--notation', NOTATION_STYLES),
  };
  const modelDir = values.model ? resolve(values.model) : undefined;
  if (modelDir) await loadClassifier(modelDir); // a bad model fails every file: say so once
  // Each result goes out before the next file is read: a file that fails, or a batch cut short,
  // never takes the results already read with it.
  let failed = 0;
  if (format === 'json') process.stdout.write('[');
  for (const [i, file] of positionals.entries()) {
    const read = await recognizeFile(file, modelDir);
    const result = { ...read, lines: read.lines?.map((line) => styled(line, options)) };
    if (result.error !== undefined) failed++;
    if (format === 'json') {
      const entry =
        result.error !== undefined
          ? { file: result.file, error: result.error }
          : { file: result.file, lines: (result.lines ?? []).map(jsonLine) };
      const text = JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ');
      process.stdout.write(`${i === 0 ? '' : ','}\n  ${text}`);
      if (result.error !== undefined)
        process.stderr.write(`${result.file}: error: ${result.error}\n`);
    } else {
      printText(result, format, positionals.length > 1);
    }
  }
  if (format === 'json') process.stdout.write('\n]\n');
  if (failed > 0) {
    if (positionals.length > 1)
      process.stderr.write(`${failed} of ${positionals.length} files could not be read\n`);
    process.exitCode = 1;
  }
}

void runCli(main, RECOGNIZE_USAGE);
