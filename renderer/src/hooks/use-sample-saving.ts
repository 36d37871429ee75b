import { useCallback, useEffect, useRef, useState } from 'react';
import type { InkformApi, Settings, SettingsPatch, TrainingSetInfo } from '@services/contract';
import { useAppEvents } from './use-app-events';
import { usePersistentFlag } from './use-persistent-flag';

export const CORRECTION_SET_NAME = 'My corrections';

export interface SampleSaving {
  /** The "Save as training sample" checkbox. */
  readonly enabled: boolean;
  setEnabled(enabled: boolean): void;
  /** The user's training sets, to choose where corrections go; null until loaded (once enabled). */
  readonly sets: readonly TrainingSetInfo[] | null;
  /** The set corrections go to: the user's last choice (a setting), null until there is one. */
  readonly setId: string | null;
  /** The chosen set's name as last seen, null when it was never seen. */
  readonly setName: string | null;
  /** The chosen set is no longer among the user's sets: deleted since it was chosen. */
  readonly setMissing: boolean;
  readonly creating: boolean;
  /** A name no set has yet, to offer for a new one ("My corrections", "My corrections 2" …). */
  readonly newSetName: string;
  chooseSet(id: string): Promise<void>;
  /** Creates a set and makes it the corrections' set. */
  createSet(name: string): Promise<void>;
  /** Saves one corrected glyph, if enabled and the chosen set is there. */
  save(label: string, glyph: Uint8Array): Promise<void>;
}

function unusedName(sets: readonly TrainingSetInfo[] | null): string {
  const taken = new Set((sets ?? []).map((s) => s.name));
  let name = CORRECTION_SET_NAME;
  for (let n = 2; taken.has(name); n++) name = `${CORRECTION_SET_NAME} ${n}`;
  return name;
}

export function deletedSetMessage(name: string | null): string {
  const set = name === null ? 'the training set chosen for corrections' : `the set “${name}”`;
  return `Not saved as a sample: ${set} has been deleted. Choose another set under “Save as training sample”.`;
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
  const [sets, setSets] = useState<readonly TrainingSetInfo[] | null>(null);
  // Names outlive their sets here, so a deleted set can still be named in the message.
  const names = useRef(new Map<string, string>());
  const [reloads, setReloads] = useState(0);

  const remember = useCallback((list: readonly TrainingSetInfo[]) => {
    for (const set of list) names.current.set(set.id, set.name);
    setSets(list);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.listTrainingSets().then(
      (list) => {
        if (live) remember(list);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, enabled, setId, reloads, remember]);

  // Sets made, renamed or deleted on the Training pages (or in another window).
  useAppEvents(api, (event) => {
    if (event.type === 'training-sets-changed') setReloads((n) => n + 1);
  });

  const setName = setId === null ? null : (names.current.get(setId) ?? null);
  const setMissing = setId !== null && sets !== null && !sets.some((s) => s.id === setId);

  const chooseSet = useCallback(
    async (id: string) => {
      await updateSettings({ correctionSetId: id });
    },
    [updateSettings],
  );

  const createSet = useCallback(
    async (name: string) => {
      setCreating(true);
      try {
        const set = await api.createTrainingSet({ name });
        names.current.set(set.id, set.name);
        await updateSettings({ correctionSetId: set.id });
        notify(`Corrections will be saved to “${set.name}”`);
      } catch (error) {
        report(error);
      } finally {
        setCreating(false);
      }
    },
    [api, updateSettings, notify, report],
  );

  const save = useCallback(
    async (label: string, glyph: Uint8Array) => {
      if (!enabled) return;
      if (setId === null) {
        notify('Not saved as a sample: choose a training set for corrections first');
        return;
      }
      if (setMissing) {
        report(deletedSetMessage(setName));
        return;
      }
      try {
        await api.addSamples({ setId, samples: [{ label, glyph, source: 'correction' }] });
        notify(
          setName === null ? 'Saved as a training sample' : `Saved as a sample in “${setName}”`,
        );
      } catch (error) {
        // Only the message crosses Electron's bridge, so the set list says whether it is gone.
        const list = await api.listTrainingSets().catch(() => null);
        if (list !== null) remember(list);
        const gone = list !== null && !list.some((s) => s.id === setId);
        report(gone ? deletedSetMessage(setName) : error);
      }
    },
    [api, enabled, setId, setName, setMissing, notify, report, remember],
  );

  return {
    enabled,
    setEnabled,
    sets,
    setId,
    setName,
    setMissing,
    creating,
    newSetName: unusedName(sets),
    chooseSet,
    createSet,
    save,
  };
}
