import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * What `load` resolves to, null until then: loaded again whenever `load` or `generation`
 * changes, dropping an answer that arrives after a newer request or after the component has
 * gone. `load` must keep its identity between renders (`useCallback`). Failures go to `report`.
 */
export function useLoaded<T>(
  load: () => Promise<T>,
  generation: number,
  report: (error: unknown) => void,
): [T | null, Dispatch<SetStateAction<T | null>>] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (live) setValue(loaded);
      },
      (error: unknown) => {
        if (live) report(error);
      },
    );
    return () => {
      live = false;
    };
  }, [load, generation, report]);
  return [value, setValue];
}
