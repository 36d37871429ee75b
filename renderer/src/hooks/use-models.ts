import { useCallback, useEffect, useState } from 'react';
import type { InkformApi, ModelList } from '@services/contract';
import { useAppEvents } from './use-app-events';

export interface ModelsState {
  readonly list: ModelList | null;
  /** Switches the active model; resolves true when it took effect. */
  select(id: string): Promise<boolean>;
}

/** The models the user can pick from, refreshed when models or the active choice change. */
export function useModels(api: InkformApi, report: (error: unknown) => void): ModelsState {
  const [list, setList] = useState<ModelList | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    api.listModels().then(
      (models) => {
        if (live) setList(models);
      },
      (error: unknown) => {
        if (live) report(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, report, generation]);

  useAppEvents(api, (event) => {
    // The Training pages can switch the active model too; the picker must follow.
    if (event.type === 'models-changed' || event.type === 'settings-changed')
      setGeneration((g) => g + 1);
  });

  const select = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        setList(await api.setActiveModel({ id }));
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [api, report],
  );

  return { list, select };
}
