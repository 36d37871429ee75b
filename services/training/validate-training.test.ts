import { describe, expect, it } from 'vitest';
import type { StartTrainingRequest } from '../contract/training.js';
import { TRAINING_VALIDATORS as V } from '../validate-training.js';
import { defaultSettings } from './settings.js';

const request: StartTrainingRequest = {
  name: '  My model ',
  setIds: ['my-set-1a2b'],
  includeBaseData: false,
  fineTuneFrom: null,
  settings: defaultSettings('adam'),
};

const withSettings = (patch: Record<string, unknown>) => ({
  ...request,
  settings: { ...request.settings, ...patch },
});

const refuses = (run: () => unknown, message: RegExp) =>
  expect(run).toThrow(
    expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(message) }),
  );

describe('training validators', () => {
  it('return a typed copy of a good request, names trimmed', () => {
    const copy = V.startTraining(request);
    expect(copy).toEqual({ ...request, name: 'My model' });
    expect(copy.settings).not.toBe(request.settings);
  });

  it('check every setting against its range', () => {
    refuses(() => V.startTraining(withSettings({ hidden: [] })), /at least one hidden layer/);
    refuses(() => V.startTraining(withSettings({ hidden: [8, 8, 8, 8, 8] })), /at most 4/);
    refuses(() => V.startTraining(withSettings({ hidden: [4097] })), /hidden\[0\].*1 to 4096/);
    refuses(() => V.startTraining(withSettings({ learningRate: 0 })), /learningRate/);
    refuses(() => V.startTraining(withSettings({ learningRate: 10.5 })), /learningRate/);
    refuses(() => V.startTraining(withSettings({ epochs: 1001 })), /epochs.*1 to 1000/);
    refuses(() => V.startTraining(withSettings({ batchSize: 0 })), /batchSize/);
    refuses(() => V.startTraining(withSettings({ validationSplit: 0.6 })), /validationSplit/);
    refuses(() => V.startTraining(withSettings({ activation: 'elu' })), /activation/);
    refuses(() => V.startTraining(withSettings({ augment: 'yes' })), /augment/);
    expect(V.startTraining(withSettings({ learningRate: 10 })).settings.learningRate).toBe(10);
  });

  it('let Rprop’s defaults through: it has no learning rate or batch size', () => {
    const rprop = V.startTraining({ ...request, settings: defaultSettings('rprop') });
    expect(rprop.settings).toMatchObject({ algorithm: 'rprop', batchSize: 0, learningRate: 0 });
  });

  it('want data to learn from and folder-safe ids', () => {
    refuses(() => V.startTraining({ ...request, setIds: [] }), /at least one training set/);
    expect(V.startTraining({ ...request, setIds: [], includeBaseData: true }).setIds).toEqual([]);
    refuses(() => V.startTraining({ ...request, setIds: ['../x'] }), /not a valid id/);
    refuses(() => V.startTraining({ ...request, setIds: ['a', 'a'] }), /twice/);
    refuses(() => V.startTraining({ ...request, fineTuneFrom: '.hidden' }), /not a valid id/);
    refuses(() => V.getModelDetails({ id: 'a/b' }), /not a valid id/);
    refuses(() => V.restoreModel({ trashId: '' }), /not a valid id/);
    refuses(() => V.renameModel({ id: 'm-1', name: '   ' }), /must not be empty/);
    refuses(() => V.listTrainingJobs({}), /takes no argument/);
  });

  it('check experiments: 2 to 8 different values of the swept setting', () => {
    const experiment = {
      name: 'Sweep',
      base: request,
      parameter: 'learningRate',
      values: [0.1, 0.01],
    };
    expect(V.startExperiment(experiment).values).toEqual([0.1, 0.01]);
    refuses(() => V.startExperiment({ ...experiment, values: [0.1] }), /2 to 8/);
    refuses(() => V.startExperiment({ ...experiment, values: Array(9).fill(1) }), /at most 8/);
    refuses(() => V.startExperiment({ ...experiment, values: [0.1, 0.1] }), /must differ/);
    refuses(() => V.startExperiment({ ...experiment, values: [0.1, -1] }), /values\[1\]/);
    expect(
      V.startExperiment({ ...experiment, parameter: 'hidden', values: [[8], [16, 8]] }).values,
    ).toEqual([[8], [16, 8]]);
    expect(
      V.startExperiment({ ...experiment, parameter: 'algorithm', values: ['adam', 'rprop'] })
        .values,
    ).toEqual(['adam', 'rprop']);
    const rprop = { ...experiment, base: { ...request, settings: defaultSettings('rprop') } };
    refuses(() => V.startExperiment(rprop), /Rprop has no learning rate/);
    const tuning = { ...experiment, base: { ...request, fineTuneFrom: 'default' } };
    refuses(
      () => V.startExperiment({ ...tuning, parameter: 'hidden', values: [[8], [9]] }),
      /keeps the network/,
    );
  });

  it('take archives as bytes and refuse empty ones', () => {
    const bytes = new Uint8Array([80, 75, 5, 6]);
    expect(V.importModel({ bytes, name: 'm.zip' }).bytes).toBe(bytes);
    refuses(() => V.importModel({ bytes: new Uint8Array(0), name: 'm.zip' }), /empty/);
    refuses(() => V.importModel({ bytes: 'UEsFBg==', name: 'm.zip' }), /must be bytes/);
  });
});
