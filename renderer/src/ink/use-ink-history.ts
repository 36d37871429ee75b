import { useMemo, useReducer, type Dispatch } from 'react';
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

/** What the user can do to the ink, as opposed to what the history shows of it. */
export type InkCommands = Omit<InkHistory, 'strokes' | 'canUndo' | 'canRedo'>;

/** The ink's commands for any history whose reducer takes the ink's actions. */
export function inkCommands(dispatch: Dispatch<InkHistoryAction>): InkCommands {
  return {
    addStroke: (stroke) => dispatch({ type: 'add', stroke }),
    eraseStrokes: (ids) => dispatch({ type: 'erase', ids }),
    replace: (strokes) => dispatch({ type: 'replace', strokes }),
    clear: () => dispatch({ type: 'replace', strokes: [] }),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
  };
}

// A two-argument reducer, so `dispatch` takes only the action and the cap stays the default.
function reduce(state: InkHistoryState, action: InkHistoryAction): InkHistoryState {
  return inkHistoryReducer(state, action);
}

/** The drawing with undo and redo; `initial` is read on mount only, like `useState`'s. */
export function useInkHistory(initial?: readonly InkStroke[]): InkHistory {
  const [state, dispatch] = useReducer(reduce, initial, initialHistory);
  // Built once: `dispatch` never changes, so neither do the commands.
  const commands = useMemo(() => inkCommands(dispatch), []);
  return useMemo(
    () => ({
      ...commands,
      strokes: state.present,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
    }),
    [state, commands],
  );
}
