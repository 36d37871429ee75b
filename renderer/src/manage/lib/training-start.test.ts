import { describe, expect, it } from 'vitest';
import {
  type ModelInfo,
  type ModelList,
  type TrainingSetInfo,
  type TrainingDefaults,
} from '@services/contract';
import { SYMBOL_NAMES } from '@recognition';
import { FAKE_MODELS } from '../../test/fake-api';
import { DEFAULT_SETTINGS, FINE_TUNING_SETTINGS } from '../test/fake-training-api';
import { draftFromSettings, NEW_RUN, type TrainingDraft } from './training-draft';
import { modelToExtend, resolveStart, symbolsInData } from './training-start';

const defaults: TrainingDefaults = {
  byAlgorithm: DEFAULT_SETTINGS,
  fineTuning: FINE_TUNING_SETTINGS,
  baseDataAvailable: true,
};

function set(id: string, perClass: Record<string, number>): TrainingSetInfo {
  const samples = Object.values(perClass).reduce((a, b) => a + b, 0);
  return { id, name: id, samples, perClass, createdAt: '2026-12-01T00:00:00.000Z' };
}

const FIVE = set('five', { forall: 3, exists: 3, x: 3, P: 3, Q: 3 });
const ALL = set('all', Object.fromEntries(SYMBOL_NAMES.map((n) => [n, 2])));
const SETS = [FIVE, ALL];
const [SHIPPED, RPROP] = FAKE_MODELS.models;
const SMALL: ModelInfo = { ...RPROP, id: 'small', name: 'Small', classes: 5, symbols: 5 };
const MODELS: ModelList = { models: [SHIPPED, RPROP, SMALL], activeId: 'my-rprop', broken: [] };

const draft = (patch: Partial<TrainingDraft>) => ({
  ...draftFromSettings(DEFAULT_SETTINGS.adam, NEW_RUN),
  ...patch,
});
const context = { sets: SETS, models: MODELS, defaults };

describe('where a training run starts', () => {
  it('counts the symbols of the chosen sets; the built-in data has them all', () => {
    expect(symbolsInData({ setIds: ['five'], includeBaseData: false }, SETS)).toBe(5);
    expect(symbolsInData({ setIds: ['five', 'all'], includeBaseData: false }, SETS)).toBe(
      SYMBOL_NAMES.length,
    );
    expect(symbolsInData({ setIds: ['five'], includeBaseData: true }, SETS)).toBe(
      SYMBOL_NAMES.length,
    );
    expect(symbolsInData({ setIds: [], includeBaseData: false }, SETS)).toBe(0);
    const emptied = set('emptied', { x: 0, 'not-a-symbol': 4 });
    expect(symbolsInData({ setIds: ['emptied'], includeBaseData: false }, [emptied])).toBe(0);
  });

  it('extends the active model when it reads every symbol, else one that does', () => {
    expect(modelToExtend(MODELS)?.id).toBe('my-rprop');
    expect(modelToExtend({ ...MODELS, activeId: 'small' })?.id).toBe('default');
    expect(modelToExtend({ ...MODELS, models: [SMALL], activeId: 'small' })).toBeNull();
    expect(modelToExtend(null)).toBeNull();
  });

  it('fine-tunes the active model when the sets do not cover every symbol, and says why', () => {
    const { draft: resolved, note } = resolveStart(draft({ setIds: ['five'] }), context);
    expect(resolved.fineTuneFrom).toBe('my-rprop');
    expect(resolved.learningRate).toBe('0.0001');
    expect(note).toBe(
      'The chosen data has samples of only 5 of 96 symbols, so the run fine-tunes “My Rprop ' +
        'model”, which keeps every symbol it reads; a new network would read only those.',
    );
    // Applying it again changes nothing, so the page can apply it on every render.
    expect(resolveStart(resolved, context)).toEqual({ draft: resolved, note });
  });

  it('starts a new network when the data covers every symbol, or when nothing is chosen yet', () => {
    const fromFive = resolveStart(draft({ setIds: ['five'] }), context).draft;
    for (const patch of [{ setIds: ['five', 'all'] }, { includeBaseData: true }, { setIds: [] }]) {
      const { draft: resolved, note } = resolveStart({ ...fromFive, ...patch }, context);
      expect(resolved.fineTuneFrom).toBeNull();
      expect(resolved.learningRate).toBe('0.001');
      expect(note).toBeNull();
    }
  });

  it('keeps the start the user chose, warning when a new network will miss symbols', () => {
    const chosen = draft({ setIds: ['five'], startChosen: true });
    const { draft: resolved, note } = resolveStart(chosen, context);
    expect(resolved).toBe(chosen);
    expect(note).toMatch(/^A new network reads only the symbols it has samples of \(here 5 of 96/);
    const tuned = draft({ setIds: ['all'], fineTuneFrom: 'small', startChosen: true });
    expect(resolveStart(tuned, context)).toEqual({ draft: tuned, note: null });
  });

  it('warns rather than guesses while no model that reads every symbol is known', () => {
    const { draft: resolved, note } = resolveStart(draft({ setIds: ['five'] }), {
      ...context,
      models: null,
    });
    expect(resolved.fineTuneFrom).toBeNull();
    expect(note).toMatch(/fine-tune a model or add the built-in data\.$/);
  });

  it('keeps a rate the user typed when the proposed start changes', () => {
    const typed = draft({ setIds: ['five'], learningRate: '0.003' });
    expect(resolveStart(typed, context).draft.learningRate).toBe('0.003');
  });
});
