import { useCallback, useState } from 'react';
import { readPreference, writePreference } from '../lib/storage';

/** A yes/no preference of this computer's user (e.g. a checkbox the user expects remembered). */
export function usePersistentFlag(
  key: string,
  initial: boolean,
): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    const stored = readPreference(key);
    return stored === null ? initial : stored === 'true';
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      writePreference(key, String(next));
    },
    [key],
  );
  return [value, set];
}
