import { useCallback } from 'react';
import type { InkformApi } from '@services/contract';
import { readingsOf, withForced, type LineState, type PageAction } from '../lib/page-results';

/**
 * Re-reads a line with one more symbol fixed by the user, keeping the line's earlier fixes;
 * the page drops the answer if the line was re-recognised in the meantime.
 */
export function useCorrection(
  api: InkformApi,
  report: (error: unknown) => void,
): (
  line: LineState,
  symbolIndex: number,
  label: string,
  dispatch: (action: PageAction) => void,
) => Promise<void> {
  return useCallback(
    async (line, symbolIndex, label, dispatch) => {
      const forced = withForced(line.forced, symbolIndex, label);
      try {
        const decoded = await api.redecodeLine({ glyphs: readingsOf(line.recognized), forced });
        dispatch({ type: 'corrected', base: line, line: decoded, forced });
      } catch (error) {
        report(error);
      }
    },
    [api, report],
  );
}
