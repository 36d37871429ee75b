import { join } from 'node:path';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { defaultModelDir } from '../../recognition/models.js';
import { ofTestKind } from '../data/dataset.js';
import { loadPacked } from '../data/packed.js';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import { serialiseEvaluation } from '../eval/evaluation-file.js';
import { evaluateHeldOut } from '../eval/held-out.js';
import { EVALUATION_JSON } from '../model/model-io.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { runCli } from './cli-util.js';

/**
 * `npm run evaluate:default [-- MODEL_DIR]`: evaluates the shipped model on the shared data's
 * writer-disjoint test split and saves `evaluation.json` beside it, which the app shows as the
 * default model's confusion matrix, per-class accuracy and worst mistakes.
 */
async function main(): Promise<void> {
  const shared = findSharedData();
  if (!shared)
    throw new Error(SHARED_DATA_MISSING.replace(': skipping tests that need real handwriting', ''));
  const modelDir = process.argv[2] ?? defaultModelDir();
  const classifier = await GlyphClassifier.load(modelDir);
  try {
    const { test } = await loadPacked(join(shared, 'symbols'));
    const { evaluation } = evaluateHeldOut(classifier, ofTestKind(test, 'writer'));
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

void runCli(main);
