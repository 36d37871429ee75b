import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { defaultModelDir } from '../../recognition/models.js';
import { ofTestKind } from '../data/dataset.js';
import { loadPacked } from '../data/packed.js';
import { findSharedData, SHARED_DATA_MISSING } from '../../recognition/data/shared-data.js';
import { serialiseEvaluation } from '../eval/evaluation-file.js';
import { evaluateHeldOut } from '../eval/held-out.js';
import { EVALUATION_JSON } from '../../recognition/model-format/model-io.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { isMainModule, runCli, UsageError } from '../../recognition/cli/cli-util.js';

/** The part of the shared data evaluated on: writers the model never saw. */
const TEST_KIND = 'writer';

export const EVALUATE_DEFAULT_USAGE = `usage: npm run evaluate:default [-- MODEL_DIR]
  MODEL_DIR   the model to evaluate; evaluation.json is saved in it
              (default: ${relative(process.cwd(), defaultModelDir()) || '.'})
  --help      show this text

Reads the ${TEST_KIND}-disjoint test split of the shared data ($INKFORM_DATA, default
../shared/datasets beside the project).`;

/**
 * `npm run evaluate:default [-- MODEL_DIR]`: evaluates the shipped model on the shared data's
 * writer-disjoint test split and saves `evaluation.json` beside it, which the app shows as the
 * default model's confusion matrix, per-class accuracy and worst mistakes.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${EVALUATE_DEFAULT_USAGE}\n`);
    return;
  }
  if (positionals.length > 1) throw new UsageError('give at most one model folder');
  const shared = findSharedData();
  if (!shared)
    throw new Error(SHARED_DATA_MISSING.replace(': skipping tests that need real handwriting', ''));
  const modelDir = positionals[0] ?? defaultModelDir();
  const classifier = await GlyphClassifier.load(modelDir);
  try {
    const { test } = await loadPacked(join(shared, 'symbols'));
    const { evaluation } = evaluateHeldOut(classifier, ofTestKind(test, TEST_KIND));
    const path = join(modelDir, EVALUATION_JSON);
    await writeFileAtomic(path, serialiseEvaluation(evaluation));
    process.stdout.write(
      `saved ${path}: ${evaluation.n} writer-disjoint test glyphs, accuracy ` +
        `${(evaluation.accuracy * 100).toFixed(2)}% (look-alikes merged ` +
        `${(evaluation.mergedAccuracy * 100).toFixed(2)}%)\n`,
    );
  } finally {
    classifier.dispose();
  }
}

if (isMainModule(import.meta.url)) void runCli(main, EVALUATE_DEFAULT_USAGE);
