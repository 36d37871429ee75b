import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { benchRecognition } from '../../recognition/eval/bench-recognition.js';
import { defaultModelDir, loadClassifier } from '../../recognition/models.js';
import { loadStrokeSamples, makeStrokeBank } from '../../recognition/writing/stroke-bank.js';
import { medianMs } from '../../recognition/eval/timing.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { initTensorflow, tf, useKernelFixes } from '../../recognition/tf/backend.js';
import { subset, type GlyphDataset } from '../data/dataset.js';
import { loadPacked } from '../data/packed.js';
import { findSharedData } from '../../recognition/data/shared-data.js';
import { untrainedModelCard } from '../../recognition/model-format/model-card.js';
import { buildNetwork } from '../model/network.js';
import type { Algorithm } from '../optimisers/optimiser.js';
import { DEFAULT_THREADS, withDefaults } from '../trainer/config.js';
import { train } from '../trainer/train.js';
import { isMainModule, runCli } from '../../recognition/cli/cli-util.js';

/**
 * `npm run bench`: training throughput of the 784-512-256-78 network with each algorithm and
 * inference latency, each next to a baseline measured in the same run (the stock tfjs kernels and
 * the stock `model.predict` path), so the ratios mean something on any machine.
 */

const HIDDEN = [512, 256];
const BENCH_SAMPLES = 24_000;
const BENCH_BATCH = 128;

async function benchData(): Promise<{ data: GlyphDataset; source: string }> {
  const dir = findSharedData();
  if (dir) {
    const { train: all } = await loadPacked(`${dir}/symbols`);
    const rng = mulberry32(7);
    const picks = Array.from({ length: BENCH_SAMPLES }, () => Math.floor(rng() * all.count));
    return {
      data: subset(all, picks),
      source: `shared train split (${BENCH_SAMPLES.toLocaleString('en')} samples)`,
    };
  }
  const rng = mulberry32(7);
  const count = BENCH_SAMPLES;
  const images = new Uint8Array(count * GLYPH_PIXELS).map(() => (rng() < 0.2 ? 255 : 0));
  const labels = new Uint16Array(count).map(() => Math.floor(rng() * SYMBOL_NAMES.length));
  return {
    data: { classes: SYMBOL_NAMES, images, labels, count },
    source: 'random pixels (shared data not found)',
  };
}

/** Epochs per measurement: the first warms up (kernel compilation, allocations) and is not counted. */
const BENCH_EPOCHS = 4;

async function samplesPerSecond(algorithm: Algorithm, data: GlyphDataset): Promise<number> {
  const config = withDefaults(algorithm, {
    hidden: HIDDEN,
    epochs: BENCH_EPOCHS,
    validationSplit: 0,
    patience: 0,
    ...(algorithm === 'rprop' ? {} : { batchSize: BENCH_BATCH }),
  });
  const result = await train(data, config);
  result.model.dispose();
  // The median of the warm epochs: a machine shared with other work has slow moments.
  const rates = result.history.slice(1).map((h) => h.samplesPerSecond);
  return median(rates);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function row(label: string, value: string, baseline: string, ratio: number): void {
  process.stdout.write(
    `${label.padEnd(34)}${value.padStart(14)}${baseline.padStart(16)}${`${ratio.toFixed(1)}×`.padStart(9)}\n`,
  );
}

export const BENCH_USAGE = `usage: npm run bench

Measures training throughput and inference latency, each against a baseline measured in the
same run. It takes no options besides --help, and always runs with:
  network   784-${HIDDEN.join('-')}-${SYMBOL_NAMES.length}
  samples   ${BENCH_SAMPLES} from the shared train split (random pixels without the shared data)
  epochs    ${BENCH_EPOCHS} per measurement, the first a warm-up
  batch     ${BENCH_BATCH} for adam and backprop; rprop uses the full batch
  threads   ${DEFAULT_THREADS} (one per core, at most two)`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return;
  }
  await initTensorflow();
  const { data, source } = await benchData();
  process.stdout.write(
    `data: ${source}; network 784-${HIDDEN.join('-')}-${data.classes.length}; ` +
      `${DEFAULT_THREADS} training thread(s); samples/s is the median of epochs 2–${BENCH_EPOCHS}\n\n`,
  );
  process.stdout.write(
    `${'training (samples/s)'.padEnd(34)}${'ours'.padStart(14)}${'stock kernels'.padStart(16)}${'ratio'.padStart(9)}\n`,
  );
  const small = subset(
    data,
    Array.from({ length: 1536 }, (_, i) => i),
  );
  for (const algorithm of ['adam', 'backprop', 'rprop'] as const) {
    const label =
      algorithm === 'rprop' ? 'rprop (full batch)' : `${algorithm} (batch ${BENCH_BATCH})`;
    const ours = await samplesPerSecond(algorithm, data);
    useKernelFixes(false);
    const stock = await samplesPerSecond(algorithm, small);
    useKernelFixes(true);
    row(label, ours.toFixed(0), stock.toFixed(0), ours / stock);
  }

  const model = buildNetwork(
    {
      hidden: HIDDEN,
      activation: 'relu',
      dropout: 0,
      inputSize: GLYPH_PIXELS,
      classes: SYMBOL_NAMES.length,
    },
    1,
  );
  const classifier = GlyphClassifier.fromModel(
    model,
    untrainedModelCard('bench', SYMBOL_NAMES, { hidden: HIDDEN, activation: 'relu', dropout: 0 }),
  );
  process.stdout.write(
    `\n${'inference (median ms)'.padEnd(34)}${'ours'.padStart(14)}${'model.predict'.padStart(16)}${'ratio'.padStart(9)}\n`,
  );
  for (const n of [1, 30]) {
    const glyphs = data.images.subarray(0, n * GLYPH_PIXELS);
    const ours = await medianMs(() => classifier.predictProbabilities(glyphs), 300, 10);
    const stock = await medianMs(
      () =>
        tf.tidy(() => {
          const x = tf.tensor2d(
            Float32Array.from(glyphs, (v) => v / 255),
            [n, GLYPH_PIXELS],
          );
          (model.predict(x) as tf.Tensor).dataSync();
        }),
      300,
      10,
    );
    row(`${n} glyph${n > 1 ? 's' : ''}`, ours.toFixed(3), stock.toFixed(3), stock / ours);
  }
  const shipped = existsSync(join(defaultModelDir(), 'inkform.json'))
    ? await loadClassifier()
    : undefined;
  if (shipped) {
    // The shipped model joins several networks, so users' latency is this one, not the above.
    const width = `784-${shipped.card.network.hidden.join('-')}-${shipped.classes.length}`;
    process.stdout.write(`shipped model ${width}; baseline: ours for the network above\n`);
    for (const n of [1, 30]) {
      const glyphs = data.images.subarray(0, n * GLYPH_PIXELS);
      const theirs = await medianMs(() => shipped.predictProbabilities(glyphs), 300, 10);
      const ours = await medianMs(() => classifier.predictProbabilities(glyphs), 300, 10);
      row(
        `${n} glyph${n > 1 ? 's' : ''}, shipped model`,
        theirs.toFixed(3),
        ours.toFixed(3),
        ours / theirs,
      );
    }
  }

  const shared = findSharedData();
  if (!shared) {
    process.stdout.write(
      '\nrecognition timings skipped: they compose pages from the shared data, which is missing\n',
    );
  } else {
    // Timing does not depend on the weights, but the shipped model is what users run.
    const recogniser = shipped ?? classifier;
    const bank = makeStrokeBank(
      await loadStrokeSamples(shared, { split: 'test', labels: SYMBOL_NAMES, detexify: true }),
    );
    process.stdout.write(
      `\n${'recognition (median ms)'.padEnd(34)}${'ours'.padStart(14)}${'baseline'.padStart(16)}${'ratio'.padStart(9)}\n`,
    );
    for (const r of await benchRecognition(recogniser, bank)) {
      row(r.label, r.ms.toFixed(1), `${r.baselineMs.toFixed(1)}`, r.ms / r.baselineMs);
      process.stdout.write(`${''.padEnd(34)}baseline: ${r.baselineLabel}\n`);
    }
  }
  classifier.dispose();
  shipped?.dispose();
}

if (isMainModule(import.meta.url)) void runCli(main, BENCH_USAGE);
