import type { InkStroke } from './ink-types';

/** Undo steps kept; older ones are dropped first. */
export const HISTORY_CAP = 200;

type Snapshot = readonly InkStroke[];

export interface InkHistoryState {
  /** Oldest first; the last one is what undo returns to. */
  readonly past: readonly Snapshot[];
  readonly present: Snapshot;
  /** Nearest first: the first one is what redo returns to. */
  readonly future: readonly Snapshot[];
}

export type InkHistoryAction =
  | { readonly type: 'add'; readonly stroke: InkStroke }
  | { readonly type: 'erase'; readonly ids: readonly string[] }
  | { readonly type: 'replace'; readonly strokes: readonly InkStroke[] }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

export function initialHistory(strokes: readonly InkStroke[] = []): InkHistoryState {
  return { past: [], present: strokes, future: [] };
}

/**
 * Snapshots share the stroke objects, which never change, so a step costs one array of
 * references rather than a copy of the ink.
 */
function commit(state: InkHistoryState, next: Snapshot, cap: number): InkHistoryState {
  const past = [...state.past, state.present];
  return {
    past: past.length > cap ? past.slice(past.length - cap) : past,
    present: next,
    future: [],
  };
}

export function inkHistoryReducer(
  state: InkHistoryState,
  action: InkHistoryAction,
  cap: number = HISTORY_CAP,
): InkHistoryState {
  switch (action.type) {
    case 'add':
      return commit(state, [...state.present, action.stroke], cap);
    case 'erase': {
      const ids = new Set(action.ids);
      const kept = state.present.filter((stroke) => !ids.has(stroke.id));
      // Nothing erased is not a step: an undo that changes nothing would feel broken.
      return kept.length === state.present.length ? state : commit(state, kept, cap);
    }
    case 'replace':
      if (action.strokes.length === 0 && state.present.length === 0) return state;
      return commit(state, action.strokes, cap);
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (next === undefined) return state;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
  }
}
