import { useMemo, useReducer } from 'react';
import { inkCommands, type InkHistory } from '../ink/use-ink-history';
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

type WorkspaceCommands = Omit<WorkspaceHistory, 'doc' | 'strokes' | 'canUndo' | 'canRedo'>;

// A two-argument reducer, so `dispatch` takes only the action and the cap stays the default.
function reduce(state: WorkspaceHistoryState, action: WorkspaceAction): WorkspaceHistoryState {
  return workspaceReducer(state, action);
}

/** The drawing workspace's undo and redo over everything the user does. */
export function useWorkspaceHistory(): WorkspaceHistory {
  const [state, dispatch] = useReducer(reduce, undefined, () => initialWorkspace());
  // Built once: `dispatch` never changes, so neither do the commands.
  const commands = useMemo(
    (): WorkspaceCommands => ({
      ...inkCommands(dispatch),
      type: (pin, strokeIds, text) =>
        dispatch({ type: 'type', pin, strokeIds, text, at: performance.now() }),
      unpin: (pin) => dispatch({ type: 'unpin', pin }),
      keep: (pin, strokeIds) => dispatch({ type: 'keep', pin, strokeIds }),
      relabel: (relabel) => dispatch({ type: 'relabel', relabel }),
      segment: (groups) => dispatch({ type: 'segment', groups }),
      unsegment: (strokeIds) => dispatch({ type: 'unsegment', strokeIds }),
    }),
    [],
  );
  return useMemo(
    () => ({
      ...commands,
      doc: state.present,
      strokes: state.present.strokes,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
    }),
    [state, commands],
  );
}
