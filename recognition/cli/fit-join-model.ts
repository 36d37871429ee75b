import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainModule, parseNumber, runCli } from './cli-util.js';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import {
  collectJoinExamples,
  fitLogistic,
  formatWeights,
  scoreWeights,
  type ExampleSet,
  type JoinScore,
} from '../strokes/fit-join-model.js';
import { readStrokeExpressions, strokeExpressionsFile } from '../strokes/expressions-file.js';
import { JOIN_WEIGHTS } from '../strokes/join-model.js';

/**
 * `npm run fit:join`: refits the join model's `JOIN_WEIGHTS` on the train split of the shared
 * CROHME stroke expressions and compares the result with the shipped weights on the test split.
 * It only prints: replacing the shipped weights changes every stroke grouping, which deserves a
 * look at `npm run eval:formulas` first.
 */

/** What each option is when not given; the help is written from these. */
const DEFAULTS = { l2: 0, all: false };

export const FIT_JOIN_USAGE = `usage: npm run fit:join -- [--l2 N] [--all]

  --l2 N     weight of the L2 penalty on the mean log-loss (default ${DEFAULTS.l2})
  --all      every expression, not only those written on one line (no fractions, sub- or
             superscripts), which is what the recogniser is built to read; the weights it gives
             read one-line expressions worse (default ${DEFAULTS.all ? 'on' : 'off'}: one-line expressions only)
  --help     show this text`;

const describeSet = (name: string, set: ExampleSet, expressions: number): string =>
  `${name.padEnd(6)}${String(expressions).padStart(7)} expressions (${set.skipped} skipped: ` +
  `interleaved or inconsistent symbols)  ${set.examples.length} examples: ` +
  `${set.positives} joins, ${set.negatives} separations`;

const describeScore = (name: string, s: JoinScore): string =>
  `${name.padEnd(10)}accuracy ${(s.accuracy * 100).toFixed(2)}%  log-loss ${s.logLoss.toFixed(4)}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      l2: { type: 'string', default: String(DEFAULTS.l2) },
      all: { type: 'boolean', default: DEFAULTS.all },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${FIT_JOIN_USAGE}\n`);
    return;
  }
  const l2 = parseNumber(values.l2, '--l2', { min: 0 });
  const shared = findSharedData();
  if (!shared)
    throw new Error(SHARED_DATA_MISSING.replace(': skipping tests that need real handwriting', ''));
  const file = strokeExpressionsFile(shared);
  if (!existsSync(file)) throw new Error(`stroke expressions not found at ${file}`);
  const expressions = await readStrokeExpressions(file);
  const bySplit = (split: string) =>
    expressions.filter((e) => e.split === split && (e.linear || values.all));
  const trainExpressions = bySplit('train');
  const testExpressions = bySplit('test');
  const train = collectJoinExamples(trainExpressions);
  const test = collectJoinExamples(testExpressions);
  const out = (line = ''): void => {
    process.stdout.write(`${line}\n`);
  };
  out(describeSet('train', train, trainExpressions.length));
  out(describeSet('test', test, testExpressions.length));
  if (train.examples.length === 0 || test.examples.length === 0)
    throw new Error('no examples in the train or test split');

  // Train split only: the test writers are what the comparison below is honest about.
  const fitted = fitLogistic(train.examples, { l2 });
  out();
  out(
    `fitted on train (L2 ${l2}, ${values.all ? 'all expressions' : 'one-line expressions'}); ` +
      'paste into recognition/strokes/join-model.ts to adopt:',
  );
  out(formatWeights(fitted));
  out();
  out('test split:');
  out(describeScore('fitted', scoreWeights(fitted, test.examples)));
  out(describeScore('shipped', scoreWeights(JOIN_WEIGHTS, test.examples)));
}

if (isMainModule(import.meta.url)) void runCli(main, FIT_JOIN_USAGE);
