import { useEffect, useState } from 'react';
import type { FormulaExports, InkformApi } from '../../../services/contract';

/**
 * The exports of each line with standard parentheses instead of the writer's, asked of the back
 * end once per text (keyed by the as-written Unicode). Empty while `enabled` is off.
 */
export function useStandardExports(
  api: InkformApi,
  enabled: boolean,
  texts: readonly (string | null)[],
): ReadonlyMap<string, FormulaExports> {
  const [known, setKnown] = useState<ReadonlyMap<string, FormulaExports>>(new Map());
  const wanted = enabled ? texts.filter((t): t is string => t !== null && !known.has(t)) : [];
  const key = wanted.join('\n');
  useEffect(() => {
    if (key === '') return;
    let live = true;
    for (const text of key.split('\n')) {
      api.parseFormula({ text, format: 'unicode', parentheses: 'standard' }).then(
        (result) => {
          if (live && result.ok) setKnown((map) => new Map(map).set(text, result.exports));
        },
        // A line that cannot be normalised keeps its exports as written.
        () => {},
      );
    }
    return () => {
      live = false;
    };
  }, [api, key]);
  return known;
}
