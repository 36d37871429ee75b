import { useCallback, useMemo, useReducer } from 'react';
import type { InkStroke } from './ink-types';
import {
  initialHistory,
  inkHistoryReducer,
  type InkHistoryAction,
  type InkHistoryState,
} from './ink-history';

export interface InkHistory {
  readonly strokes: readonly InkStroke[];
  addStroke(stroke: InkStroke): void;
  /** Removes strokes by id as one undoable step (the eraser). */
  eraseStrokes(ids: readonly string[]): void;
  /** Replaces everything as one undoable step (e.g. loading a drawing); clear() is replace([]). */
  replace(strokes: readonly InkStroke[]): void;
  clear(): void;
  undo(): void;
  redo(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

// A two-argument reducer, so `dispatch` takes only the action and the cap stays the default.
function reduce(state: InkHistoryState, action: InkHistoryAction): InkHistoryState {
  return inkHistoryReducer(state, action);
}

/** The drawing with undo and redo; `initial` is read on mount only, like `useState`'s. */
export function useInkHistory(initial?: readonly InkStroke[]): InkHistory {
  const [state, dispatch] = useReducer(reduce, initial, initialHistory);
  const addStroke = useCallback((stroke: InkStroke) => dispatch({ type: 'add', stroke }), []);
  const eraseStrokes = useCallback(
    (ids: readonly string[]) => dispatch({ type: 'erase', ids }),
    [],
  );
  const replace = useCallback(
    (strokes: readonly InkStroke[]) => dispatch({ type: 'replace', strokes }),
    [],
  );
  const clear = useCallback(() => dispatch({ type: 'replace', strokes: [] }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  return useMemo(
    () => ({
      strokes: state.present,
      addStroke,
      eraseStrokes,
      replace,
      clear,
      undo,
      redo,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
    }),
    [state, addStroke, eraseStrokes, replace, clear, undo, redo],
  );
}
