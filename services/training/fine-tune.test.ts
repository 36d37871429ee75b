/**
 * Acceptance test of issue #5: fine-tuning the default model with 20 samples per class of an
 * unusual writing style measurably improves recognition of that style, without forgetting the
 * usual one.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { defaultModelDir } from '../../recognition/models.js';
import { shuffleInPlace, range } from '../../training/trainer/batches.js';
import { subset, type GlyphDataset } from '../../training/data/dataset.js';
import { loadPacked } from '../../training/data/packed.js';
import { findSharedData } from '../../recognition/data/shared-data.js';
import { evaluateClassifier } from '../../training/eval/evaluate-model.js';
import { defaultSettings, fineTuningSettings } from './settings.js';
import { renderStyle, STANDARD_STYLE, UNUSUAL_STYLE } from './style-test-support.js';
import { makeHarness, type Harness } from './test-support.js';

const hasDefault = existsSync(join(defaultModelDir(), 'inkform.json'));
if (!hasDefault)
  console.warn('models/default is missing: skipping the fine-tuning acceptance test');
const shared = findSharedData();

function concat(parts: readonly GlyphDataset[]): GlyphDataset {
  const count = parts.reduce((n, p) => n + p.count, 0);
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  let offset = 0;
  for (const p of parts) {
    images.set(p.images, offset * GLYPH_PIXELS);
    labels.set(p.labels, offset);
    offset += p.count;
  }
  return { classes: parts[0].classes, images, labels, count };
}

/**
 * Each test trains the shipped three-network model: about 65–80 s alone on the 2-core machine,
 * so the suite's 120 s would fail it whenever other test files share the cores.
 */
const FINE_TUNING_TIMEOUT_MS = 360_000;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `n` samples drawn at random, so class frequencies stay those of the data. */
function sample(data: GlyphDataset, n: number, seed: number, keep = (_i: number) => true) {
  const order = [...shuffleInPlace(range(data.count), mulberry32(seed))].filter(keep);
  return subset(data, order.slice(0, n));
}

describe.runIf(hasDefault)('fine-tuning the default model on an unusual style', () => {
  let h: Harness;
  let base: GlyphClassifier;
  let styleTest: GlyphDataset;
  let standardTest: GlyphDataset;
  let handwritingTest: GlyphDataset | undefined;

  beforeAll(async () => {
    h = await makeHarness();
    base = await GlyphClassifier.load(defaultModelDir());
    const classes = base.classes;
    // 20 per class to learn from, under train/ so none is held out; 25 more to measure.
    await h.addSet('style', renderStyle(UNUSUAL_STYLE, classes, 20, 11), 'train');
    await h.addSet('style', renderStyle(UNUSUAL_STYLE, classes, 25, 12), 'test');
    styleTest = renderStyle(UNUSUAL_STYLE, classes, 25, 13);
    standardTest = renderStyle(STANDARD_STYLE, classes, 25, 14);
    // Replay of the usual style, so that fine-tuning does not forget it.
    const replay = [renderStyle(STANDARD_STYLE, classes, shared ? 10 : 20, 15)];
    if (shared) {
      const packed = await loadPacked(join(shared, 'symbols'));
      replay.push(sample(packed.train, 3000, 16));
      const kinds = packed.test.testKinds!;
      handwritingTest = sample(packed.test, 3000, 17, (i) => kinds[i] === 'writer');
    } else {
      console.warn('shared data missing: replaying rendered standard symbols only');
    }
    await h.addSet('replay', concat(replay));
  });

  afterAll(async () => {
    base?.dispose();
    if (h) await rm(h.dir, { recursive: true, force: true });
  });

  it(
    'reads the style far better and the usual style as well as before',
    async () => {
      const service = h.service();
      const job = await service.startTraining({
        name: 'My style',
        setIds: ['style', 'replay'],
        includeBaseData: false,
        fineTuneFrom: 'default',
        settings: {
          ...defaultSettings('adam'),
          learningRate: 5e-4,
          batchSize: 32,
          epochs: 8,
          seed: 3,
        },
      });
      await service.whenIdle();
      const done = (await service.listTrainingJobs()).find((j) => j.jobId === job.jobId)!;
      expect(done.message).toBeNull();
      expect(done.state).toBe('done');
      // The set's own held-out style samples were measured when the model was saved.
      const details = await service.getModelDetails({ id: done.modelId! });
      await service.dispose();
      const wedge = details.evaluation?.perClass.find((c) => c.label === 'wedge');
      expect(wedge?.accuracy).toBeGreaterThan(0.8);

      const tuned = await GlyphClassifier.load(h.registry.dirOf(done.modelId!));
      try {
        const accuracy = (c: GlyphClassifier, d: GlyphDataset) => evaluateClassifier(c, d).accuracy;
        const style = [accuracy(base, styleTest), accuracy(tuned, styleTest)];
        const standard = [accuracy(base, standardTest), accuracy(tuned, standardTest)];
        const show = (name: string, [before, after]: number[]) =>
          `${name} ${(before * 100).toFixed(1)}% → ${(after * 100).toFixed(1)}%`;
        const report = [show('style', style), show('standard', standard)];
        if (handwritingTest) {
          const real = [accuracy(base, handwritingTest), accuracy(tuned, handwritingTest)];
          report.push(show('handwriting', real));
          expect(real[1]).toBeGreaterThan(real[0] - 0.04);
        }
        console.info(`fine-tuning accuracy: ${report.join(', ')}`);
        expect(style[1] - style[0]).toBeGreaterThanOrEqual(0.3);
        expect(style[1]).toBeGreaterThan(0.8);
        expect(standard[1]).toBeGreaterThan(standard[0] - 0.03);
      } finally {
        tuned.dispose();
      }
    },
    FINE_TUNING_TIMEOUT_MS,
  );

  // What a user does: only their own samples, the Train page's fine-tuning defaults. With the
  // from-scratch rates this cost 23 (Adam) and 35 (backprop) points of real handwriting, and
  // Rprop diverged.
  it.runIf(shared)(
    'with the fine-tuning defaults and only the style set, forgets little',
    async () => {
      const service = h.service();
      const runs = [
        { algorithm: 'adam', allowedLoss: 0.03 },
        { algorithm: 'backprop', allowedLoss: 0.06 },
        { algorithm: 'rprop', allowedLoss: 0.06 },
      ] as const;
      const jobIds: string[] = [];
      for (const run of runs) {
        const job = await service.startTraining({
          name: `Style only, ${run.algorithm}`,
          setIds: ['style'],
          includeBaseData: false,
          fineTuneFrom: 'default',
          settings: fineTuningSettings(run.algorithm),
        });
        jobIds.push(job.jobId);
      }
      await service.whenIdle();
      const finished = await service.listTrainingJobs();
      await service.dispose();
      const report: string[] = [];
      const before = evaluateClassifier(base, handwritingTest!).accuracy;
      for (const [i, run] of runs.entries()) {
        const done = finished.find((j) => j.jobId === jobIds[i])!;
        expect(done.message).toBeNull();
        const tuned = await GlyphClassifier.load(h.registry.dirOf(done.modelId!));
        try {
          const style = evaluateClassifier(tuned, styleTest).accuracy;
          const real = evaluateClassifier(tuned, handwritingTest!).accuracy;
          report.push(`${run.algorithm}: style ${pct(style)}, handwriting ${pct(real)}`);
          expect(style).toBeGreaterThan(0.8);
          expect(real).toBeGreaterThan(before - run.allowedLoss);
        } finally {
          tuned.dispose();
        }
      }
      console.info(
        `fine-tuning defaults (handwriting before ${pct(before)}): ${report.join('; ')}`,
      );
    },
    FINE_TUNING_TIMEOUT_MS,
  );
});
