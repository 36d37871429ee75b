import { useCallback, useState } from 'react';
import type { InkformApi, ModelList } from '@services/contract';
import { succeeded } from '../lib/succeeded';
import { useAppEvents } from './use-app-events';
import { useLoaded } from './use-loaded';

export interface ModelsState {
  readonly list: ModelList | null;
  /** Switches the active model; resolves true when it took effect. */
  select(id: string): Promise<boolean>;
}

/** The models the user can pick from, refreshed when models or the active choice change. */
export function useModels(api: InkformApi, report: (error: unknown) => void): ModelsState {
  const [generation, setGeneration] = useState(0);
  const load = useCallback(() => api.listModels(), [api]);
  const [list, setList] = useLoaded(load, generation, report);

  useAppEvents(api, (event) => {
    // The Training pages can switch the active model too; the picker must follow.
    if (event.type === 'models-changed' || event.type === 'settings-changed')
      setGeneration((g) => g + 1);
  });

  const select = useCallback(
    (id: string): Promise<boolean> =>
      succeeded(async () => setList(await api.setActiveModel({ id })), report),
    [api, report, setList],
  );

  return { list, select };
}
