import { useCallback, useState } from 'react';
import { readPreference, writePreference } from '../lib/storage';

/**
 * One of a closed list of choices, remembered on this computer like `usePersistentFlag`; a
 * stored value that is no longer one of the choices falls back to `initial`.
 */
export function usePersistentChoice<T extends string>(
  key: string,
  choices: readonly T[],
  initial: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = readPreference(key);
    return choices.find((choice) => choice === stored) ?? initial;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writePreference(key, next);
    },
    [key],
  );
  return [value, set];
}
