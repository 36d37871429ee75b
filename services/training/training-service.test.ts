import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingJobError, startTrainingJob } from '../../training/worker/training-job.js';
import type { StartTrainingRequest, TrainingJobInfo } from '../contract/training.js';
import { fineTuningSettings } from './settings.js';
import { barData, makeHarness, tinySettings, TOY_CLASSES, type Harness } from './test-support.js';
import type { TrainingService } from './training-service.js';

let h: Harness;
let service: TrainingService;

beforeAll(async () => {
  h = await makeHarness();
  await h.addSet('toy', barData(TOY_CLASSES, 240, 1));
  await h.addSet('other', barData(['a', 'b', 'e'], 60, 2));
  await h.addEmptySet('empty');
  service = h.service();
});

afterAll(async () => {
  await service.dispose();
  await rm(h.dir, { recursive: true, force: true });
});

const request = (patch: Partial<StartTrainingRequest> = {}): StartTrainingRequest => ({
  name: 'Toy model',
  setIds: ['toy'],
  includeBaseData: false,
  fineTuneFrom: null,
  settings: tinySettings(),
  ...patch,
});

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A run that goes on until it is stopped: without a validation split, early stopping watches
 * the training loss, which keeps falling on data this small.
 */
const endless = () =>
  tinySettings({ epochs: 1000, hidden: [128], batchSize: 8, validationSplit: 0 });

const jobOf = async (jobId: string): Promise<TrainingJobInfo> =>
  (await service.listTrainingJobs()).find((j) => j.jobId === jobId)!;

let trained: TrainingJobInfo;

describe('a training run', () => {
  it('goes through its states, reports every epoch and saves a model with its evaluation', async () => {
    const queued = await service.startTraining(request());
    // Nothing else is running, so it may have left the queue already.
    expect(['queued', 'loading']).toContain(queued.state);
    await service.whenIdle();
    trained = await jobOf(queued.jobId);
    expect(trained).toMatchObject({ state: 'done', epochs: 3, message: null });
    expect(h.statesOf(queued.jobId)).toEqual([
      'queued',
      'loading',
      'training',
      'evaluating',
      'done',
    ]);
    const histories = h.jobEvents(queued.jobId).map((j) => j.history.length);
    expect(histories.filter((n, i) => n > (histories[i - 1] ?? 0))).toEqual([1, 2, 3]);
    const last = trained.history[2];
    expect(last.samplesPerSecond).toBeGreaterThan(0);
    expect(last.validationAccuracy).not.toBeNull();
    expect(trained.testAccuracy).toBeGreaterThan(0.5);
    expect(trained.startedAt! <= trained.finishedAt!).toBe(true);

    const modelId = trained.modelId!;
    expect(modelId).toMatch(/^toy-model-[0-9a-f]{8}$/);
    const listed = await h.registry.list('default');
    expect(listed.models.find((m) => m.id === modelId)).toMatchObject({
      name: 'Toy model',
      algorithm: 'adam',
      classes: 4,
      // a–d are letters of the symbol table; the accuracy rests on the held-out 48.
      symbols: 4,
      testSamples: 48,
    });
    const details = await service.getModelDetails({ id: modelId });
    // 20 % of each class of 240 samples is held out and never trained on.
    expect(details.evaluation?.n).toBe(48);
    // Of the other 192, 5 per class validate.
    expect(details.trainSamples).toBe(172);
    expect(details.evaluation?.classes).toEqual(TOY_CLASSES);
    expect(details.evaluation?.confusion.flat().reduce((a, b) => a + b)).toBe(48);
    expect(details.evaluation?.perClass.map((c) => c.label)).toEqual(TOY_CLASSES);
    expect(details.sources).toEqual(['training set “My toy set”']);
    expect(details.evaluation?.accuracy).toBeCloseTo(trained.testAccuracy!, 6);
  });

  it('fine-tunes a model, leaving out and counting samples of classes it does not know', async () => {
    const job = await service.startTraining(
      request({
        name: 'Tuned',
        setIds: ['other'],
        fineTuneFrom: trained.modelId,
        settings: tinySettings({ hidden: [99], epochs: 1 }),
      }),
    );
    // The network is the starting model's, whatever the settings said.
    expect(job.request.settings.hidden).toEqual([16]);
    await service.whenIdle();
    const done = await jobOf(job.jobId);
    expect(done.state).toBe('done');
    expect(done.message).toBe(
      'Left out 20 sample(s) of classes that "Toy model" does not know: e (20).',
    );
    const details = await service.getModelDetails({ id: done.modelId! });
    expect(details.info.classes).toBe(4);
    expect(details.notes).toBe('fine-tuned from "Toy model"');
  });
});

describe('cancelling', () => {
  it('takes a queued job out at once and stops a running one after an epoch, keeping its best weights', async () => {
    const long = await service.startTraining(request({ name: 'Long', settings: endless() }));
    const waiting = await service.startTraining(request({ name: 'Waiting' }));
    const cancelledQueued = await service.cancelTraining({ jobId: waiting.jobId });
    expect(cancelledQueued).toMatchObject({ state: 'cancelled', modelId: null });

    await waitFor(() => h.jobEvents(long.jobId).some((j) => j.history.length >= 2), 'two epochs');
    await service.cancelTraining({ jobId: long.jobId });
    await service.whenIdle();
    const stopped = await jobOf(long.jobId);
    expect(stopped.state).toBe('cancelled');
    expect(stopped.message).toMatch(/^Cancelled after epoch \d+; the best weights \(epoch \d+\)/);
    expect(stopped.modelId).not.toBeNull();
    expect((await h.registry.require(stopped.modelId!)).name).toBe('Long');
    expect(h.statesOf(waiting.jobId)).toEqual(['queued', 'cancelled']);
  });
});

describe('failures', () => {
  it('names the problem of an empty set, a diverging run and a crashed worker, and goes on', async () => {
    await service.dispose();
    // The first run's worker "crashes"; the others run for real.
    let started = 0;
    service = h.service({
      startJob: (req, events) => {
        started++;
        if (started > 1) return startTrainingJob(req, events);
        const result = Promise.reject(
          new TrainingJobError(
            'the training worker stopped unexpectedly (exit code 134)',
            'failed',
          ),
        );
        return { result, cancel: () => {}, kill: async () => {} };
      },
    });
    const crash = await service.startTraining(request({ name: 'Crash' }));
    const empty = await service.startTraining(request({ name: 'Empty', setIds: ['empty'] }));
    const nan = await service.startTraining(
      request({
        name: 'Diverges',
        settings: tinySettings({
          algorithm: 'backprop',
          hidden: [64],
          learningRate: 10,
          momentum: 0.99,
          batchSize: 4,
          epochs: 5,
        }),
      }),
    );
    await service.whenIdle();
    expect(await jobOf(crash.jobId)).toMatchObject({
      state: 'failed',
      message: 'The training worker stopped unexpectedly (exit code 134).',
    });
    expect((await jobOf(empty.jobId)).message).toBe(
      'The training set "empty" has no usable samples.',
    );
    const diverged = await jobOf(nan.jobId);
    expect(diverged.state).toBe('failed');
    expect(diverged.message).toMatch(
      /^Training diverged in epoch \d+: the loss .*smaller learning rate/,
    );
    expect(diverged.modelId).toBeNull();
  });

  it('refuses at once what cannot run', async () => {
    await expect(service.startTraining(request({ setIds: ['nope'] }))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      service.startTraining(request({ fineTuneFrom: 'gone-1234' })),
    ).rejects.toMatchObject({ code: 'not-found' });
    const noBase = h.service({
      sharedData: () => undefined,
      userDataDir: join(h.dir, 'elsewhere'),
    });
    await expect(noBase.startTraining(request({ includeBaseData: true }))).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/not on this computer/),
    });
    const defaults = await noBase.getTrainingDefaults();
    expect(defaults.baseDataAvailable).toBe(false);
    // Fine-tuning proposes its own settings (what holds the model in place is not a setting).
    for (const algorithm of ['adam', 'backprop', 'rprop'] as const)
      expect(defaults.fineTuning[algorithm]).toEqual(fineTuningSettings(algorithm));
    expect(defaults.fineTuning.backprop.learningRate).toBeLessThan(
      defaults.byAlgorithm.backprop.learningRate,
    );
    await noBase.dispose();
  });
});

describe('experiments', () => {
  it('queue one run per value, in order, and list them with their jobs', async () => {
    const experiment = await service.startExperiment({
      name: 'Rates',
      base: request({ settings: tinySettings({ epochs: 2 }) }),
      parameter: 'learningRate',
      values: [0.01, 0.003],
    });
    expect(experiment.jobs.map((j) => j.name)).toEqual([
      'Rates · learningRate 0.01',
      'Rates · learningRate 0.003',
    ]);
    expect(experiment.jobs.map((j) => j.request.settings.learningRate)).toEqual([0.01, 0.003]);
    await service.whenIdle();
    const [listed] = (await service.listExperiments()).filter(
      (e) => e.experimentId === experiment.experimentId,
    );
    expect(listed.parameter).toBe('learningRate');
    expect(listed.jobs.map((j) => [j.state, j.experimentId])).toEqual([
      ['done', experiment.experimentId],
      ['done', experiment.experimentId],
    ]);
    const [first, second] = listed.jobs;
    expect(first.finishedAt! <= second.startedAt!).toBe(true);
    expect(existsSync(join(h.dir, 'experiments', `${experiment.experimentId}.json`))).toBe(true);
  });
});

describe('after a restart', () => {
  it('lists the same jobs; a run cut off by closing the app is marked interrupted', async () => {
    const before = await service.listTrainingJobs();
    const running = await service.startTraining(request({ name: 'Cut off', settings: endless() }));
    await waitFor(() => h.jobEvents(running.jobId).some((j) => j.history.length >= 1), 'an epoch');
    await service.dispose();
    const cut = (await (service = h.service()).listTrainingJobs()).find(
      (j) => j.jobId === running.jobId,
    );
    expect(cut).toMatchObject({ state: 'failed', message: expect.stringMatching(/^Interrupted/) });
    expect((await service.listTrainingJobs()).slice(0, before.length)).toEqual(before);
    expect((await service.listExperiments()).length).toBe(1);

    // A crash (no dispose) leaves a job recorded as running.
    await service.dispose();
    const path = join(h.dir, 'training-jobs.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as { jobs: TrainingJobInfo[] };
    file.jobs[0] = { ...file.jobs[0], state: 'training', finishedAt: null };
    await writeFile(path, JSON.stringify(file));
    service = h.service();
    const [first] = await service.listTrainingJobs();
    expect(first).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/^Interrupted/),
    });
  });
});
