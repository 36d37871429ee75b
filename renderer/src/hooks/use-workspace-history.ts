import { useCallback, useMemo, useReducer } from 'react';
import type { InkStroke } from '../ink/ink-types';
import type { InkHistory } from '../ink/use-ink-history';
import {
  initialWorkspace,
  workspaceReducer,
  type Relabel,
  type TypedPin,
  type WorkspaceAction,
  type WorkspaceDoc,
  type WorkspaceHistoryState,
} from '../lib/workspace-history';
import type { StrokeGroup } from '../lib/segmentation';

/** The ink's history, which the canvas and toolbar use, with the user's text and relabels in it. */
export interface WorkspaceHistory extends InkHistory {
  readonly doc: WorkspaceDoc;
  /** A keystroke in a line's text; quick ones make one step. */
  type(pin: TypedPin | null, strokeIds: readonly string[], text: string): void;
  unpin(pin: TypedPin): void;
  keep(pin: TypedPin, strokeIds: readonly string[]): void;
  relabel(relabel: Relabel): void;
  /** A split or join of drawn symbols (see `WorkspaceAction` 'segment'). */
  segment(groups: readonly StrokeGroup[]): void;
  /** Lets the recogniser group these strokes again (see `WorkspaceAction` 'unsegment'). */
  unsegment(strokeIds: readonly string[]): void;
}

// A two-argument reducer, so `dispatch` takes only the action and the cap stays the default.
function reduce(state: WorkspaceHistoryState, action: WorkspaceAction): WorkspaceHistoryState {
  return workspaceReducer(state, action);
}

/** The drawing workspace's undo and redo over everything the user does. */
export function useWorkspaceHistory(): WorkspaceHistory {
  const [state, dispatch] = useReducer(reduce, undefined, () => initialWorkspace());
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
  const type = useCallback(
    (pin: TypedPin | null, strokeIds: readonly string[], text: string) =>
      dispatch({ type: 'type', pin, strokeIds, text, at: performance.now() }),
    [],
  );
  const unpin = useCallback((pin: TypedPin) => dispatch({ type: 'unpin', pin }), []);
  const keep = useCallback(
    (pin: TypedPin, strokeIds: readonly string[]) => dispatch({ type: 'keep', pin, strokeIds }),
    [],
  );
  const relabel = useCallback((r: Relabel) => dispatch({ type: 'relabel', relabel: r }), []);
  const segment = useCallback(
    (groups: readonly StrokeGroup[]) => dispatch({ type: 'segment', groups }),
    [],
  );
  const unsegment = useCallback(
    (strokeIds: readonly string[]) => dispatch({ type: 'unsegment', strokeIds }),
    [],
  );
  return useMemo(
    () => ({
      doc: state.present,
      strokes: state.present.strokes,
      addStroke,
      eraseStrokes,
      replace,
      clear,
      undo,
      redo,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
      type,
      unpin,
      keep,
      relabel,
      segment,
      unsegment,
    }),
    [
      state,
      addStroke,
      eraseStrokes,
      replace,
      clear,
      undo,
      redo,
      type,
      unpin,
      keep,
      relabel,
      segment,
      unsegment,
    ],
  );
}
