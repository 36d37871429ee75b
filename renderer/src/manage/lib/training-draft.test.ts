import { describe, expect, it } from 'vitest';
import type { TrainingDefaults } from '@services/contract';
import { DEFAULT_SETTINGS, FINE_TUNING_SETTINGS } from '../test/fake-training-api';
import {
  draftFromSettings,
  NEW_RUN,
  parseHidden,
  readDraft,
  switchAlgorithm,
  switchStart,
} from './training-draft';

const defaults: TrainingDefaults = {
  byAlgorithm: DEFAULT_SETTINGS,
  fineTuning: FINE_TUNING_SETTINGS,
  baseDataAvailable: true,
};
const adam = draftFromSettings(DEFAULT_SETTINGS.adam, { ...NEW_RUN, setIds: ['s1'] });

describe('training drafts', () => {
  it('shows settings as editable text', () => {
    expect(adam).toMatchObject({
      algorithm: 'adam',
      hidden: '512, 256',
      learningRate: '0.001',
      batchSize: '128',
      validationPercent: '10',
    });
  });

  it('loads the new algorithm’s defaults but keeps the run’s name and data', () => {
    const edited = { ...adam, name: 'Mine', hidden: '64', includeBaseData: true };
    const rprop = switchAlgorithm(edited, 'rprop', defaults);
    expect(rprop).toMatchObject({
      name: 'Mine',
      setIds: ['s1'],
      includeBaseData: true,
      algorithm: 'rprop',
      hidden: '512, 256',
      epochs: '300',
      augment: false,
    });
  });

  it('fine-tunes with the gentler learning rate unless the user typed one', () => {
    const tuning = switchStart(adam, 'default', defaults);
    expect(tuning).toMatchObject({ fineTuneFrom: 'default', learningRate: '0.0001' });
    expect(switchStart(tuning, null, defaults)).toEqual(adam);
    // Another model to start from keeps the fine-tuning rate.
    expect(switchStart(tuning, 'mine', defaults).learningRate).toBe('0.0001');
    const typed = switchStart({ ...adam, learningRate: '0.003' }, 'default', defaults);
    expect(typed.learningRate).toBe('0.003');
    expect(switchStart(typed, null, defaults).learningRate).toBe('0.003');
    // Switching the algorithm while fine-tuning loads that algorithm's fine-tuning defaults.
    expect(switchAlgorithm(tuning, 'backprop', defaults)).toMatchObject({
      fineTuneFrom: 'default',
      learningRate: '0.0001',
      momentum: '0.9',
    });
    const read = readDraft({ ...tuning, hidden: '' }, defaults);
    expect(read.request?.settings.learningRate).toBe(0.0001);
  });

  it('reads a draft into the request the service takes', () => {
    const read = readDraft({ ...adam, hidden: '128 64', validationPercent: '15' }, defaults);
    expect(read.errors).toEqual({});
    expect(read.request?.settings).toEqual({
      ...DEFAULT_SETTINGS.adam,
      hidden: [128, 64],
      validationSplit: 0.15,
    });
  });

  it('fills what an algorithm does not use from its defaults, whatever the fields say', () => {
    const rprop = { ...switchAlgorithm(adam, 'rprop', defaults), batchSize: 'x', learningRate: '' };
    const read = readDraft({ ...rprop, augment: true }, defaults);
    expect(read.request?.settings).toMatchObject({ batchSize: 0, learningRate: 0, augment: false });
  });

  it('names every field that is wrong', () => {
    const read = readDraft(
      {
        ...adam,
        name: ' ',
        setIds: [],
        hidden: '1, 2, 3, 4, 5',
        learningRate: '11',
        batchSize: '0',
        epochs: '2.5',
        validationPercent: '60',
        seed: '-1',
      },
      defaults,
    );
    expect(read.request).toBeNull();
    expect(Object.keys(read.errors).sort()).toEqual(
      [
        'batchSize',
        'epochs',
        'hidden',
        'learningRate',
        'name',
        'seed',
        'sets',
        'validationPercent',
      ].sort(),
    );
  });

  it('lets the swept setting and a fine-tuned network be', () => {
    const swept = readDraft({ ...adam, learningRate: 'varied' }, defaults, {
      sweep: 'learningRate',
    });
    expect(swept.errors).toEqual({});
    const tuned = readDraft({ ...adam, hidden: '', fineTuneFrom: 'default' }, defaults);
    expect(tuned.request?.settings.hidden).toEqual([512, 256]);
  });

  it('parses hidden layers', () => {
    expect(parseHidden('512, 256')).toEqual({ ok: true, value: [512, 256] });
    expect(parseHidden('32')).toEqual({ ok: true, value: [32] });
    expect(parseHidden('')).toMatchObject({ ok: false });
    expect(parseHidden('5000')).toMatchObject({ ok: false });
  });
});
