import type { InkStroke } from './ink-types';
import { stepBack, stepForward, stepTo, type Steps } from './undo-steps';

/** Undo steps kept; older ones are dropped first. */
export const HISTORY_CAP = 200;

/**
 * Snapshots share the stroke objects, which never change, so a step costs one array of
 * references rather than a copy of the ink.
 */
type Snapshot = readonly InkStroke[];

export type InkHistoryState = Steps<Snapshot>;

export type InkHistoryAction =
  | { readonly type: 'add'; readonly stroke: InkStroke }
  | { readonly type: 'erase'; readonly ids: readonly string[] }
  | { readonly type: 'replace'; readonly strokes: readonly InkStroke[] }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

export function initialHistory(strokes: readonly InkStroke[] = []): InkHistoryState {
  return { past: [], present: strokes, future: [] };
}

export function inkHistoryReducer(
  state: InkHistoryState,
  action: InkHistoryAction,
  cap: number = HISTORY_CAP,
): InkHistoryState {
  switch (action.type) {
    case 'add':
      return stepTo(state, [...state.present, action.stroke], cap);
    case 'erase': {
      const ids = new Set(action.ids);
      const kept = state.present.filter((stroke) => !ids.has(stroke.id));
      // Nothing erased is not a step: an undo that changes nothing would feel broken.
      return kept.length === state.present.length ? state : stepTo(state, kept, cap);
    }
    case 'replace':
      if (action.strokes.length === 0 && state.present.length === 0) return state;
      return stepTo(state, action.strokes, cap);
    case 'undo':
      return stepBack(state) ?? state;
    case 'redo':
      return stepForward(state) ?? state;
  }
}
