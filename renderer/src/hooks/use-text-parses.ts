import { useCallback, useEffect, useState } from 'react';
import type { InkformApi, ParseFormulaResult } from '@services/contract';
import { PARSE_DELAY_MS } from './use-formula-edit';

/**
 * The parse of each text the user typed, asked of the back end once per text after a pause in
 * typing, so that every typed line (not only the selected one) has its verdict and exports.
 * Returns the parse of a text, or null while it is not known yet.
 */
export function useTextParses(
  api: InkformApi,
  texts: readonly string[],
): (text: string) => ParseFormulaResult | null {
  const [known, setKnown] = useState<ReadonlyMap<string, ParseFormulaResult>>(new Map());
  const wanted = [...new Set(texts)].filter((text) => !known.has(text));
  const key = JSON.stringify(wanted);
  useEffect(() => {
    const pending = JSON.parse(key) as string[];
    if (pending.length === 0) return;
    let live = true;
    const learn = (text: string, result: ParseFormulaResult) => {
      if (live) setKnown((map) => new Map(map).set(text, result));
    };
    const timer = setTimeout(() => {
      for (const text of pending) {
        api.parseFormula({ text, format: 'unicode' }).then(
          (result) => learn(text, result),
          (error: unknown) => {
            const message = error instanceof Error ? error.message : 'The text could not be read.';
            learn(text, { ok: false, message, offset: 0 });
          },
        );
      }
    }, PARSE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key]);
  return useCallback((text: string) => known.get(text) ?? null, [known]);
}
