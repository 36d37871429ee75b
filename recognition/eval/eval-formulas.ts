import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import { isMainModule, parseNumber, runCli, UsageError } from '../cli/cli-util.js';
import { spawnWorkerBeside } from '../worker/spawn-worker.js';
import { loadClassifier } from '../models.js';
import { symbolByChar, symbolByName } from '../symbols.js';
import {
  CROHME_SELECTIONS,
  type CrohmeSelection,
  type EvalJob,
  type LineRecord,
} from './eval-sets.js';
import { NOTATIONS } from '../writing/notation-formulas.js';
import type { EvalWorkerMessage, EvalWorkerPayload } from './eval-worker.js';
import { ErrorTally, LineScore } from './line-score.js';
import { VARIANTS, type Variant } from '../writing/realistic-set.js';

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

const OTHER_NOTATIONS = NOTATIONS.filter((n) => n !== 'standard');

/** What each option is when not given; the help is written from these. */
const DEFAULTS = {
  lines: 600,
  seed: 2021,
  variants: VARIANTS.join(','),
  notationLines: 200,
  legacyLines: 600,
  legacyPages: 40,
  crohme: true,
  threads: Math.min(2, availableParallelism()),
};

export const EVAL_FORMULAS_USAGE = `usage: npm run eval:formulas -- [--lines N] [--seed N] [--variants ${VARIANTS.join(',')}]
  [--formulas FILE] [--notation-lines N] [--model DIR] [--legacy-lines N] [--legacy-pages N] [--no-crohme]
  [--threads N] [--errors] [--show-errors] [--json]

  --lines N          realistic lines written per variant, 0 = none (default ${DEFAULTS.lines})
  --seed N           random seed of the writing (default ${DEFAULTS.seed})
  --variants LIST    how the lines are written: some of ${VARIANTS.join(', ')}
                     (default ${DEFAULTS.variants})
  --formulas FILE    one formula a line, in Unicode, to write instead of the built-in ones
                     (default: the built-in formulas)
  --notation-lines N realistic lines per variant in each other notation (${OTHER_NOTATIONS.join(', ')}),
                     scored in rows of their own, 0 = none (default ${DEFAULTS.notationLines})
  --model DIR        the model to read with (default: the shipped model)
  --legacy-lines N   lines of the older one-piece set, 0 = none (default ${DEFAULTS.legacyLines})
  --legacy-pages N   pages of the older one-piece set, 0 = none (default ${DEFAULTS.legacyPages})
  --crohme, --no-crohme
                     the one-line CROHME test expressions: in the 78 formula classes, and in all
                     classes, arithmetic included (default ${DEFAULTS.crohme ? 'on' : 'off'})
  --threads N        worker threads (default ${DEFAULTS.threads}, one per core up to two)
  --errors           tally the symbols confused, lost and added (default off)
  --show-errors      print each misread line to stderr (default off)
  --json             print the scores as JSON instead of a table (default off)
  --help             show this text`;

const spellLabels = (labels: readonly string[]) =>
  labels.map((l) => symbolByName(l)?.char ?? l).join('');

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

const VARIANT_COST: Readonly<Record<Variant, number>> = {
  drawing: 1,
  scan: 2,
  photo: 3,
  page: 4,
  'page-level': 4,
  'page-tilted': 4,
};

/** How long a job takes, roughly, against the others: to share them out evenly. */
function cost(job: EvalJob): number {
  switch (job.kind) {
    case 'realistic':
      return job.lines * VARIANT_COST[job.variant];
    case 'crohme':
      return job.symbols === 'fol_only' ? 200 : 350;
    case 'one-piece':
      return 2 * job.lines + 10 * job.pages;
  }
}

/** Runs `jobs` on `threads` worker threads; the lines come back in the order of the jobs. */
async function runJobs(
  jobs: readonly EvalJob[],
  threads: number,
  shared: string,
  model: string | undefined,
): Promise<LineRecord[]> {
  const shares: { jobs: number[]; load: number }[] = Array.from({ length: threads }, () => ({
    jobs: [],
    load: 0,
  }));
  const order = jobs.map((_, i) => i).sort((a, b) => cost(jobs[b]) - cost(jobs[a]));
  for (const i of order) {
    const least = shares.reduce((a, b) => (b.load < a.load ? b : a));
    least.jobs.push(i);
    least.load += cost(jobs[i]);
  }
  const results: LineRecord[][] = jobs.map(() => []);
  await Promise.all(
    shares
      .filter((share) => share.jobs.length > 0)
      .map(
        (share) =>
          new Promise<void>((resolve, reject) => {
            const payload: EvalWorkerPayload = {
              shared,
              model,
              jobs: share.jobs.map((i) => jobs[i]),
            };
            const worker = spawnWorkerBeside(import.meta.url, 'eval-worker', payload);
            let next = 0;
            worker.on('message', (message: EvalWorkerMessage) => {
              if (message.type === 'lines') results[share.jobs[next++]] = message.lines;
              else if (message.type === 'done') void worker.terminate().then(() => resolve());
              else reject(new Error(message.message));
            });
            worker.on('error', reject);
          }),
      ),
  );
  return results.flat();
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: String(DEFAULTS.lines) },
      seed: { type: 'string', default: String(DEFAULTS.seed) },
      variants: { type: 'string', default: DEFAULTS.variants },
      formulas: { type: 'string' },
      'notation-lines': { type: 'string', default: String(DEFAULTS.notationLines) },
      'legacy-lines': { type: 'string', default: String(DEFAULTS.legacyLines) },
      'legacy-pages': { type: 'string', default: String(DEFAULTS.legacyPages) },
      crohme: { type: 'boolean', default: DEFAULTS.crohme },
      threads: { type: 'string', default: String(DEFAULTS.threads) },
      json: { type: 'boolean' },
      errors: { type: 'boolean' },
      'show-errors': { type: 'boolean' },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowNegative: true,
  });
  if (values.help) {
    process.stdout.write(`${EVAL_FORMULAS_USAGE}\n`);
    return;
  }
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
  const notationLines = parseNumber(values['notation-lines'], '--notation-lines', {
    integer: true,
    min: 0,
  });
  const threads = parseNumber(values.threads, '--threads', { integer: true, min: 1 });
  const formulas = values.formulas ? await readFormulaFile(values.formulas) : undefined;
  // Fail on a model that cannot be read before any thread starts.
  (await loadClassifier(values.model)).dispose();

  const jobs: EvalJob[] = [];
  const variants = parseVariants(values.variants);
  if (lines > 0)
    for (const variant of variants)
      jobs.push({ kind: 'realistic', variant, seed, lines, formulas });
  // A formula file is written as it is given: no other notation of it is made up.
  if (notationLines > 0 && !formulas)
    for (const notation of OTHER_NOTATIONS)
      for (const variant of variants)
        jobs.push({ kind: 'realistic', variant, seed, lines: notationLines, notation });
  if (values.crohme)
    for (const symbols of Object.keys(CROHME_SELECTIONS) as CrohmeSelection[])
      jobs.push({ kind: 'crohme', symbols });
  if (legacyLines + legacyPages > 0)
    jobs.push({ kind: 'one-piece', seed, lines: legacyLines, pages: legacyPages });

  const scores: Scores = {};
  for (const record of await runJobs(jobs, threads, shared, values.model)) {
    (scores[record.set] ??= new LineScore()).add(record.truth, record.read);
    const read = record.read?.symbols.map((s) => s.label) ?? [];
    if (values['show-errors'] && read.join(' ') !== record.truth.join(' ')) {
      // Where the grammar undid a right top-1 reading, say so: those are the decoder's own losses.
      const raw = record.read?.symbols.map((s) => s.alternatives[0]?.label ?? s.label) ?? [];
      const rawRight = raw.join(' ') === record.truth.join(' ');
      process.stderr.write(
        `${record.set}: ${spellLabels(record.truth)}  read as  ${spellLabels(read)}${rawRight ? '  (raw top-1 was right)' : ''}\n`,
      );
    }
  }
  if (values.json) {
    const report = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.summary()]));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  printTable(scores, values.errors === true);
}

if (isMainModule(import.meta.url)) void runCli(main, EVAL_FORMULAS_USAGE);
