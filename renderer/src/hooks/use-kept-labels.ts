import { useCallback, useEffect, useRef } from 'react';
import type { AppLine, InkformApi } from '@services/contract';
import { hasCorrections, readingsOf, type LineState, type PageAction } from '../lib/page-results';
import { carriedLabels, chosenLabels, type ChosenLabel } from '../lib/segmentation';
import type { Drawing } from './use-drawing';
import type { ImagePage } from './use-image-page';

interface Pending {
  readonly view: 'draw' | 'image';
  readonly line: number;
  /** The reading the split or join was made on; another one is its answer. */
  readonly before: AppLine;
  readonly chosen: readonly ChosenLabel[];
}

/**
 * A split or join reads its line again, and the new reading knows nothing of the labels the
 * user chose there. This puts them back on the symbols that are where they were, decoded around
 * them as any relabel, so that changing one symbol's boxes never drops the user's other choices.
 * Returns the call to make just before the split or join, with the symbols it changes.
 */
export function useKeptLabels(
  api: InkformApi,
  report: (error: unknown) => void,
  drawing: Drawing,
  image: ImagePage,
): (view: 'draw' | 'image', line: number, state: LineState, changed: readonly number[]) => void {
  const pending = useRef<Pending | null>(null);

  useEffect(() => {
    const wait = pending.current;
    if (wait === null) return;
    const page = wait.view === 'draw' ? drawing.page : image.page;
    const state = page.lines[wait.line];
    if (state === undefined || state.recognized === wait.before) return;
    pending.current = null;
    if (hasCorrections(state)) return;
    const forced = carriedLabels(wait.chosen, state.recognized);
    if (forced.every((label) => label === null)) return;
    const dispatch: (action: PageAction) => void =
      wait.view === 'draw' ? drawing.dispatch : image.dispatch;
    api
      .redecodeLine({ glyphs: readingsOf(state.recognized), forced })
      .then((line) => dispatch({ type: 'corrected', base: state, line, forced }), report);
  }, [api, report, drawing.page, drawing.dispatch, image.page, image.dispatch]);

  return useCallback((view, line, state, changed) => {
    const chosen = chosenLabels(state, changed);
    pending.current = chosen.length === 0 ? null : { view, line, before: state.recognized, chosen };
  }, []);
}
