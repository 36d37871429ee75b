import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { NOT_A_SYMBOL, SYMBOL_NAMES } from '../../recognition/symbols.js';
import { ofTestKind } from '../data/dataset.js';
import { loadPacked } from '../data/packed.js';
import { LATTICE_GLYPH_DEFAULTS } from '../data/lattice-glyphs.js';
import { PEN_GLYPH_DEFAULTS } from '../data/pen-glyphs.js';
import { writeRecogniserSet } from '../data/recogniser-set.js';
import { findSharedData, SHARED_DATA_MISSING } from '../../recognition/data/shared-data.js';
import { evaluateClassifier } from '../eval/evaluate-model.js';
import { serialiseEvaluation } from '../eval/evaluation-file.js';
import { evaluateHeldOut } from '../eval/held-out.js';
import type { EvaluationReport } from '../eval/metrics.js';
import { joinModels } from '../model/join-models.js';
import type { ModelCard } from '../../recognition/model-format/model-card.js';
import {
  EVALUATION_JSON,
  loadModel,
  README_MD,
  saveModel,
} from '../../recognition/model-format/model-io.js';
import { relevantHyperparameters, withDefaults, type TrainConfig } from '../trainer/config.js';
import { startTrainingJob, type TrainingJob } from '../worker/training-job.js';
import { isMainModule, runCli } from '../../recognition/cli/cli-util.js';
import { renderModelCard, type MemberSummary } from './model-card-markdown.js';
import { ProgressPrinter } from './progress-printer.js';

/**
 * `npm run train:default [-- OUT_DIR] [--work DIR]`: the one documented command that produces
 * `models/default/` from the shared data's train split. It trains `DEFAULT_MODEL_SEEDS.length`
 * networks that differ only in their seed, joins them into one dense network whose logits are
 * the mean of theirs, evaluates it on the test split and writes the model card.
 *
 * Each network is kept in the work folder as soon as it is trained, so a rerun after an
 * interruption trains only the networks still missing.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODEL_DIR = join(projectRoot, 'models', 'default');
const DEFAULT_WORK_DIR = join(tmpdir(), 'inkform-default-networks');

export const DEFAULT_MODEL_CONFIG: TrainConfig = withDefaults('adam', {
  hidden: [512, 256],
  dropout: 0.2,
  epochs: 30,
  schedule: 'cosine',
  batchSize: 128,
  learningRate: 1e-3,
  // Inkform's main input is pen strokes, rendered like CROHME's; weight that source up.
  oversampleWriters: [{ prefix: 'crohme:', factor: 2 }],
  validationSplit: 0.05,
  patience: 5,
  seed: 20211,
  threads: 2,
});

/** What the default model learns from, as its card says it. */
const DEFAULT_MODEL_SOURCES = (penRows: number, latticeGlyphs: boolean): string[] => [
  'the train split of the shared symbols (HASYv2, CROHME, EMNIST; CROHME counted twice)',
  latticeGlyphs
    ? `${penRows} glyphs made from the shared train-split CROHME strokes: every symbol drawn ` +
      'at its size in its expression with a round pen of random width, as a scan or photo ' +
      'shows it (training/data/pen-glyphs.ts), and formulas written with them, drawn and ' +
      "photographed, cut up by the recogniser's own lattices: its candidates that are one " +
      'symbol as that symbol, the others (half a symbol, two together, a sliver of a touching ' +
      'pair) as not-a-symbol (training/data/lattice-glyphs.ts)'
    : `${penRows} pen glyphs made from the shared train-split CROHME strokes ` +
      '(training/data/pen-glyphs.ts): every symbol drawn at its size in its expression with a ' +
      'round pen of random width, as a scan or photo shows it, and wrong groupings of strokes ' +
      'and wrongly cut pieces of ink as not-a-symbol',
];

/** Independently initialised networks err differently, so their mean errs less than each. */
export const DEFAULT_MODEL_SEEDS: readonly number[] = [20211, 20212, 20213];

export const TRAIN_DEFAULT_USAGE = `usage: npm run train:default [-- OUT_DIR] [--work DIR] [--lattice-glyphs]
  OUT_DIR           where the joined model goes (default: ${relative(projectRoot, DEFAULT_MODEL_DIR)})
  --work DIR        where the data set and each trained network are kept
                    (default: ${DEFAULT_WORK_DIR})
  --lattice-glyphs  also learn from formulas cut up by the recogniser's own lattices (an
                    experiment: not yet measured against the shipped model) (default off)
  --help            show this text

Trains ${DEFAULT_MODEL_SEEDS.length} networks (seeds ${DEFAULT_MODEL_SEEDS.join(', ')}) and joins them; a rerun resumes.`;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A network left in the work folder by an earlier run of this same configuration. */
async function finishedNetwork(dir: string, config: TrainConfig): Promise<ModelCard | undefined> {
  try {
    const { model, card } = await loadModel(dir);
    model.dispose();
    const same =
      // A network of an older symbol table is not this recipe's, however alike the rest.
      sameJson(card.classes, [...SYMBOL_NAMES, NOT_A_SYMBOL]) &&
      sameJson(card.hyperparameters, relevantHyperparameters(config)) &&
      sameJson(card.network.hidden, config.hidden) &&
      card.network.activation === config.activation &&
      card.network.dropout === config.dropout &&
      !card.notes?.includes('training cancelled');
    return same ? card : undefined;
  } catch {
    return undefined;
  }
}

function memberSummary(card: ModelCard): MemberSummary {
  return {
    seed: Number(card.hyperparameters.seed),
    epochs: card.epochs,
    trainingSeconds: card.trainingSeconds,
    validationAccuracy: card.metrics.validationAccuracy ?? null,
  };
}

async function trainNetworks(
  dataPath: string,
  workDir: string,
  printer: ProgressPrinter,
): Promise<string[]> {
  let current: TrainingJob | undefined;
  let cancelled = false;
  process.on('SIGINT', () => {
    cancelled = true;
    current?.cancel();
  });
  const dirs: string[] = [];
  for (const [i, seed] of DEFAULT_MODEL_SEEDS.entries()) {
    const config: TrainConfig = { ...DEFAULT_MODEL_CONFIG, seed };
    const dir = join(workDir, `seed-${seed}`);
    const label = `network ${i + 1} of ${DEFAULT_MODEL_SEEDS.length} (seed ${seed})`;
    dirs.push(dir);
    if (await finishedNetwork(dir, config)) {
      printer.message(`${label}: already trained in ${dir}`);
      continue;
    }
    printer.message(`${label}`);
    current = startTrainingJob(
      { dataPath, config, outDir: dir, modelName: `Inkform default, ${label}` },
      {
        onDataLoaded: ({ trainSamples, classes }) =>
          printer.message(`training on ${trainSamples} samples of ${classes.length} classes`),
        onProgress: (p) => printer.update(p),
        onEvaluating: () => printer.message('evaluating on the test split …'),
      },
    );
    const summary = await current.result;
    printer.finish();
    if (cancelled || summary.status === 'cancelled')
      throw new Error(
        `cancelled; the networks trained so far are kept in ${workDir} for the next run`,
      );
  }
  return dirs;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      work: { type: 'string' },
      'lattice-glyphs': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${TRAIN_DEFAULT_USAGE}\n`);
    return;
  }
  const shared = findSharedData();
  if (!shared)
    throw new Error(SHARED_DATA_MISSING.replace(': skipping tests that need real handwriting', ''));
  const outDir = positionals[0] ? resolve(positionals[0]) : DEFAULT_MODEL_DIR;
  const workDir = resolve(values.work ?? DEFAULT_WORK_DIR);
  const latticeGlyphs = values['lattice-glyphs'] === true;
  await mkdir(workDir, { recursive: true });
  const printer = new ProgressPrinter(process.stderr);
  printer.message('making pen glyphs from the shared train-split strokes …');
  const set = await writeRecogniserSet(
    shared,
    join(workDir, 'data'),
    PEN_GLYPH_DEFAULTS,
    latticeGlyphs ? LATTICE_GLYPH_DEFAULTS : null,
  );
  printer.message(
    `${set.written ? 'wrote' : 'reusing'} ${set.dir}: ${set.sharedRows} shared rows and ` +
      `${set.penRows} pen glyphs`,
  );
  const dataPath = set.dir;
  if (set.written) {
    // Networks left from other data are not this model's: train them again.
    for (const seed of DEFAULT_MODEL_SEEDS)
      await rm(join(workDir, `seed-${seed}`), { recursive: true, force: true });
  }

  const dirs = await trainNetworks(dataPath, workDir, printer);
  printer.message(`joining ${dirs.length} networks …`);
  const members = await Promise.all(dirs.map((dir) => loadModel(dir)));
  const model = joinModels(members);
  const first = members[0].card;
  const networks = members.map(({ card }) => memberSummary(card));
  members.forEach(({ model: m }) => m.dispose());

  const { test } = await loadPacked(dataPath);
  const draft: ModelCard = {
    ...first,
    name: 'Inkform default',
    data: { ...first.data, sources: DEFAULT_MODEL_SOURCES(set.penRows, latticeGlyphs) },
    network: { ...first.network, hidden: first.network.hidden.map((u) => u * dirs.length) },
    hyperparameters: {
      ...first.hyperparameters,
      networks: dirs.length,
      seed: DEFAULT_MODEL_SEEDS.join(' '),
    },
    metrics: {},
    epochs: Math.max(...networks.map((n) => n.epochs)),
    trainingSeconds: Math.round(networks.reduce((s, n) => s + n.trainingSeconds, 0) * 10) / 10,
    createdAt: new Date().toISOString(),
    notes:
      `${dirs.length} networks of 784-${first.network.hidden.join('-')}-${first.classes.length}, ` +
      `trained alone with seeds ${DEFAULT_MODEL_SEEDS.join(', ')}, joined side by side ` +
      `(block-diagonal weights): the output is the softmax of the mean of their logits`,
  };
  const classifier = GlyphClassifier.fromModel(model, draft);
  try {
    printer.message('evaluating on the test split …');
    const heldOut = evaluateHeldOut(classifier, test);
    const writer = evaluateHeldOut(classifier, ofTestKind(test, 'writer'));
    const reports: Record<string, EvaluationReport> = {
      writer: writer.report,
      random: evaluateClassifier(classifier, ofTestKind(test, 'random')),
    };
    const card: ModelCard = { ...draft, metrics: heldOut.metrics };
    await saveModel(outDir, model, card, {
      [EVALUATION_JSON]: serialiseEvaluation(writer.evaluation),
      [README_MD]: renderModelCard(card, reports, networks),
    });
    process.stdout.write(
      `saved ${outDir}\nwriter-disjoint test: ${(reports.writer.accuracy * 100).toFixed(2)}% ` +
        `(look-alikes merged ${(reports.writer.mergedAccuracy * 100).toFixed(2)}%); ` +
        `random test: ${(reports.random.accuracy * 100).toFixed(2)}%\n`,
    );
  } finally {
    classifier.dispose();
  }
}

if (isMainModule(import.meta.url)) void runCli(main, TRAIN_DEFAULT_USAGE);
