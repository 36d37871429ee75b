import { readFile, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { subset } from '../data/dataset.js';
import { loadPacked } from '../data/packed.js';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import { evaluateClassifier } from '../eval/evaluate-model.js';
import type { EvaluationReport } from '../eval/metrics.js';
import { parseModelCard } from '../model/model-card.js';
import { withDefaults, type TrainConfig } from '../trainer/config.js';
import { startTrainingJob } from '../worker/training-job.js';
import { runCli } from './cli-util.js';
import { ProgressPrinter } from './progress-printer.js';
import { renderModelCard } from './model-card-markdown.js';

/**
 * `npm run train:default`: the one documented command that produces `models/default/` from the
 * shared data's train split, then evaluates it on the test split and writes the model card.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODEL_DIR = join(projectRoot, 'models', 'default');

export const DEFAULT_MODEL_CONFIG: TrainConfig = withDefaults('adam', {
  hidden: [512, 256],
  dropout: 0.2,
  epochs: 30,
  batchSize: 128,
  learningRate: 1e-3,
  validationSplit: 0.05,
  patience: 5,
  seed: 20211,
  threads: 2,
});

async function main(): Promise<void> {
  const shared = findSharedData();
  if (!shared)
    throw new Error(SHARED_DATA_MISSING.replace(': skipping tests that need real handwriting', ''));
  const dataPath = join(shared, 'symbols');
  const outDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_MODEL_DIR;
  const printer = new ProgressPrinter(process.stderr);
  const job = startTrainingJob(
    { dataPath, config: DEFAULT_MODEL_CONFIG, outDir, modelName: 'Inkform default' },
    {
      onDataLoaded: ({ trainSamples, classes }) =>
        printer.message(`training on ${trainSamples} samples of ${classes.length} classes`),
      onProgress: (p) => printer.update(p),
      onEvaluating: () => printer.message('evaluating on the test split …'),
    },
  );
  process.on('SIGINT', () => job.cancel());
  const summary = await job.result;
  printer.finish();

  // Evaluate once more here for the per-kind tables of the card (the worker keeps only totals).
  const { test } = await loadPacked(dataPath);
  const classifier = await GlyphClassifier.load(outDir);
  const reports: Record<string, EvaluationReport> = {};
  for (const kind of ['writer', 'random']) {
    const idx = [...Array(test.count).keys()].filter((i) => test.testKinds?.[i] === kind);
    reports[kind] = evaluateClassifier(classifier, subset(test, idx));
  }
  const card = parseModelCard(JSON.parse(await readFile(join(outDir, 'inkform.json'), 'utf8')));
  const markdown = renderModelCard(card, reports, summary);
  const tmp = join(outDir, `.README.md.tmp-${process.pid}`);
  await writeFile(tmp, markdown);
  await rename(tmp, join(outDir, 'README.md'));
  classifier.dispose();
  process.stdout.write(
    `saved ${outDir}\nwriter-disjoint test: ${(reports.writer.accuracy * 100).toFixed(2)}% ` +
      `(look-alikes merged ${(reports.writer.mergedAccuracy * 100).toFixed(2)}%); ` +
      `random test: ${(reports.random.accuracy * 100).toFixed(2)}%\n`,
  );
}

void runCli(main);
