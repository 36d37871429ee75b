import path from 'node:path';
import { parseArgs } from 'node:util';

import { GlyphClassifier } from '../../recognition/classifier.js';
import type { GlyphDataset } from '../data/dataset.js';
import { ofTestKind } from '../data/dataset.js';
import { summariseReport } from '../data/image-folder.js';
import { loadTrainingData } from '../data/load-data.js';
import { evaluateClassifier } from '../eval/evaluate-model.js';
import { formatReport } from '../eval/metrics.js';
import { isMainModule, parseChoice, runCli, UsageError } from '../../recognition/cli/cli-util.js';

export const EVALUATE_USAGE = `usage: npm run evaluate -- --model DIR --data DIR [--json] [--split test|train]
                            [--test-kind writer|random] [--only-data-classes]
  --model DIR       a model saved by the train command (model.json, weights.bin, inkform.json)
                    (required; no default)
  --data DIR        packed shared data or an ImageFolder tree (required; no default)
  --split S         evaluate on this split (default: test when the data has one, else train)
  --test-kind K     only samples of this test kind of the shared data (default: every kind)
  --only-data-classes
                    let the model choose only among the classes the data has (a general model
                    scored on a data set of fewer classes, as if trained on just those)
                    (default off: the model chooses among all its classes)
  --json            print one JSON object to stdout instead of the text report
                    (default off: the text report)`;

const SPLITS = ['test', 'train'] as const;
const TEST_KINDS = ['writer', 'random'] as const;

function selectTestKind(data: GlyphDataset, kind: string, dataPath: string): GlyphDataset {
  if (!data.testKinds)
    throw new Error(`${dataPath} records no test kinds, so --test-kind ${kind} cannot be applied`);
  return ofTestKind(data, kind);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      split: { type: 'string' },
      'test-kind': { type: 'string' },
      'only-data-classes': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${EVALUATE_USAGE}\n`);
    return;
  }
  if (!values.model) throw new UsageError('--model DIR is required');
  if (!values.data) throw new UsageError('--data DIR is required');
  const split =
    values.split === undefined ? undefined : parseChoice(values.split, '--split', SPLITS);
  const testKind =
    values['test-kind'] === undefined
      ? undefined
      : parseChoice(values['test-kind'], '--test-kind', TEST_KINDS);
  const modelDir = path.resolve(values.model);
  const dataPath = path.resolve(values.data);

  // Load the model first: it fails fast, data loading may take a while.
  const classifier = await GlyphClassifier.load(modelDir);
  try {
    const loaded = await loadTrainingData(dataPath);
    process.stderr.write(`data: ${summariseReport(loaded.report)}\n`);
    let chosen: 'test' | 'train';
    if (split === 'test' && !loaded.test)
      throw new Error(`${dataPath} has no test split (use --split train)`);
    if (split) chosen = split;
    else if (loaded.test) chosen = 'test';
    else {
      chosen = 'train';
      process.stderr.write(
        `note: ${dataPath} has no test split; evaluating on the train split ` +
          `(scores are optimistic if the model was trained on it)\n`,
      );
    }
    let data = chosen === 'test' ? loaded.test! : loaded.train;
    if (testKind) data = selectTestKind(data, testKind, dataPath);
    if (data.count === 0)
      throw new Error(
        `no samples to evaluate in the ${chosen} split of ${dataPath}` +
          (testKind ? ` with test kind ${testKind}` : ''),
      );

    const onlyDataClasses = values['only-data-classes'];
    const report = evaluateClassifier(classifier, data, { onlyDataClasses });
    if (values.json) {
      const output = {
        model: classifier.card.name,
        modelDir,
        data: dataPath,
        dataKind: loaded.kind,
        split: chosen,
        testKind: testKind ?? null,
        onlyDataClasses,
        ...report,
      };
      process.stdout.write(`${JSON.stringify(output)}\n`);
    } else {
      process.stdout.write(
        `Model ${classifier.card.name} (${modelDir}) on the ${chosen} split of ${dataPath}` +
          `${testKind ? `, test kind ${testKind}` : ''}` +
          `${onlyDataClasses ? ", choosing only among the data's classes" : ''}` +
          `\n\n${formatReport(report)}\n`,
      );
    }
  } finally {
    classifier.dispose();
  }
}

if (isMainModule(import.meta.url)) await runCli(main, EVALUATE_USAGE);
