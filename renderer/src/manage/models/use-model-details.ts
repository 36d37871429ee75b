import { useEffect, useState } from 'react';
import { type InkformApi, type ModelDetails } from '@services/contract';

/** The selected model's details, fetched again when the model or its `version` changes. */
export function useModelDetails(
  api: InkformApi,
  id: string | null,
  version: string,
  report: (error: unknown) => void,
): ModelDetails | null {
  const [loaded, setLoaded] = useState<{ key: string; details: ModelDetails } | null>(null);
  const key = `${id ?? ''}\n${version}`;
  useEffect(() => {
    if (id === null) return;
    let live = true;
    api.getModelDetails({ id }).then(
      (details) => {
        if (live) setLoaded({ key, details });
      },
      (error: unknown) => {
        if (live) report(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, id, key, report]);
  // Details of another model stay out of view while the selected one loads.
  return loaded !== null && loaded.details.info.id === id ? loaded.details : null;
}
