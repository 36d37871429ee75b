import { useCallback, useEffect, useState } from 'react';
import type {
  InkformApi,
  Settings,
  SettingsPatch,
  TrainingSetInfo,
} from '../../../services/contract';
import { usePersistentFlag } from './use-persistent-flag';

export const CORRECTION_SET_NAME = 'My corrections';

export interface SampleSaving {
  /** The "Save as training sample" checkbox. */
  readonly enabled: boolean;
  setEnabled(enabled: boolean): void;
  /** A training set for corrections is configured. */
  readonly hasSet: boolean;
  readonly creating: boolean;
  /** The user's training sets, to choose where corrections go (loaded once enabled). */
  readonly sets: readonly TrainingSetInfo[];
  readonly setId: string | null;
  chooseSet(id: string): Promise<void>;
  /** Creates "My corrections" and makes it the corrections' set. */
  createSet(): Promise<void>;
  /** Saves one corrected glyph, if enabled and a set is configured. */
  save(label: string, glyph: Uint8Array): Promise<void>;
}

/** Corrections as training data: the user's fixes become samples for their next model. */
export function useSampleSaving(
  api: InkformApi,
  settings: Settings | null,
  updateSettings: (patch: SettingsPatch) => Promise<Settings | null>,
  notify: (text: string) => void,
  report: (error: unknown) => void,
): SampleSaving {
  const [enabled, setEnabled] = usePersistentFlag('inkform.saveCorrections', false);
  const [creating, setCreating] = useState(false);
  const setId = settings?.correctionSetId ?? null;
  const [sets, setSets] = useState<readonly TrainingSetInfo[]>([]);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.listTrainingSets().then(
      (list) => {
        if (live) setSets(list);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, enabled, setId]);

  const chooseSet = useCallback(
    async (id: string) => {
      await updateSettings({ correctionSetId: id });
    },
    [updateSettings],
  );

  const createSet = useCallback(async () => {
    setCreating(true);
    try {
      const set = await api.createTrainingSet({ name: CORRECTION_SET_NAME });
      await updateSettings({ correctionSetId: set.id });
      notify(`Corrections will be saved to “${set.name}”`);
    } catch (error) {
      report(error);
    } finally {
      setCreating(false);
    }
  }, [api, updateSettings, notify, report]);

  const save = useCallback(
    async (label: string, glyph: Uint8Array) => {
      if (!enabled) return;
      if (setId === null) {
        notify('Not saved as a sample: create a training set for corrections first');
        return;
      }
      try {
        await api.addSamples({ setId, samples: [{ label, glyph, source: 'correction' }] });
        notify('Saved as a training sample');
      } catch (error) {
        report(error);
      }
    },
    [api, enabled, setId, notify, report],
  );

  return {
    enabled,
    setEnabled,
    hasSet: setId !== null,
    creating,
    sets,
    setId,
    chooseSet,
    createSet,
    save,
  };
}
