/**
 * The drawing workspace's one history: the ink, the text the user typed for lines and the
 * symbols they relabelled. Everything the user did is a step, so undo and redo walk through
 * strokes, typing and relabels in the order they happened. Recognition is not in it: the
 * reading follows from the ink and is simply asked for again.
 */
import type { InkStroke } from '../ink/ink-types';
import { stepBack, stepForward, stepTo, type Steps } from '../ink/undo-steps';
import type { LineState } from './page-results';
import { withStrokeGroups, type StrokeGroup } from './segmentation';

/** Keystrokes closer together than this are one undo step, as in a text editor. */
export const TYPING_BURST_MS = 1000;

/** Undo steps kept; older ones are dropped first. */
export const WORKSPACE_HISTORY_CAP = 200;

/**
 * Text the user typed for a line, tied to the ink the line had then: the reading of that ink
 * never replaces it, and new ink on the line asks first.
 */
export interface TypedPin {
  /** The line's strokes when the text was typed or last kept; none for a page without lines. */
  readonly strokeIds: readonly string[];
  readonly text: string;
}

/** A line whose symbols the user relabelled, as re-read with their choices. */
export interface Relabel {
  readonly strokeIds: readonly string[];
  readonly state: LineState;
}

export interface WorkspaceDoc {
  readonly strokes: readonly InkStroke[];
  readonly pins: readonly TypedPin[];
  readonly relabels: readonly Relabel[];
  /** Strokes the user said make one symbol each (by splitting or joining); none when absent. */
  readonly segments?: readonly StrokeGroup[];
}

export interface TypingBurst {
  /** Which pin the burst types into (its strokes, as `inkKey`). */
  readonly key: string;
  /** When its last keystroke was. */
  readonly at: number;
}

export interface WorkspaceHistoryState extends Steps<WorkspaceDoc> {
  /** The typing the present step holds, which a quick next keystroke joins. */
  readonly burst: TypingBurst | null;
}

export type WorkspaceAction =
  | { readonly type: 'add'; readonly stroke: InkStroke }
  | { readonly type: 'erase'; readonly ids: readonly string[] }
  /** A new page: the strokes replace everything, typed text and relabels included. */
  | { readonly type: 'replace'; readonly strokes: readonly InkStroke[] }
  | {
      readonly type: 'type';
      /** The pin the text box showed, or null if the line followed its reading. */
      readonly pin: TypedPin | null;
      /** The line's strokes, for a new pin. */
      readonly strokeIds: readonly string[];
      readonly text: string;
      /** The keystroke's time in ms, for joining a burst. */
      readonly at: number;
    }
  /** Back to the reading of the ink ("Revert", or "Use it" after new ink). */
  | { readonly type: 'unpin'; readonly pin: TypedPin }
  /** The typed text stays the line's, now for the ink it has ("Keep my text"). */
  | { readonly type: 'keep'; readonly pin: TypedPin; readonly strokeIds: readonly string[] }
  | { readonly type: 'relabel'; readonly relabel: Relabel }
  /** A split or join: `groups` are one symbol each, replacing any group that shares a stroke. */
  | { readonly type: 'segment'; readonly groups: readonly StrokeGroup[] }
  /** Back to the recogniser's grouping for these strokes: no group holding any of them stays. */
  | { readonly type: 'unsegment'; readonly strokeIds: readonly string[] }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

export const EMPTY_DOC: WorkspaceDoc = { strokes: [], pins: [], relabels: [] };

export function initialWorkspace(doc: WorkspaceDoc = EMPTY_DOC): WorkspaceHistoryState {
  return { past: [], present: doc, future: [], burst: null };
}

/** One key per set of strokes, whatever their order. */
export function inkKey(strokeIds: readonly string[]): string {
  return [...strokeIds].sort().join(' ');
}

/** Documents share strokes, pins and relabels, which never change, so a step is cheap. */
function commit(
  state: WorkspaceHistoryState,
  next: WorkspaceDoc,
  cap: number,
  burst: TypingBurst | null = null,
): WorkspaceHistoryState {
  return { ...stepTo(state, next, cap), burst };
}

function typed(
  state: WorkspaceHistoryState,
  action: Extract<WorkspaceAction, { type: 'type' }>,
  cap: number,
): WorkspaceHistoryState {
  const { present } = state;
  const pin = action.pin !== null && present.pins.includes(action.pin) ? action.pin : null;
  if (pin !== null && pin.text === action.text) return state;
  const next: TypedPin = { strokeIds: pin?.strokeIds ?? action.strokeIds, text: action.text };
  const pins =
    pin === null ? [...present.pins, next] : present.pins.map((p) => (p === pin ? next : p));
  const doc = { ...present, pins };
  const burst = { key: inkKey(next.strokeIds), at: action.at };
  const joins =
    state.burst !== null &&
    state.burst.key === burst.key &&
    action.at - state.burst.at <= TYPING_BURST_MS;
  return joins ? { ...state, present: doc, burst } : commit(state, doc, cap, burst);
}

export function workspaceReducer(
  state: WorkspaceHistoryState,
  action: WorkspaceAction,
  cap: number = WORKSPACE_HISTORY_CAP,
): WorkspaceHistoryState {
  const { present } = state;
  switch (action.type) {
    case 'add':
      return commit(state, { ...present, strokes: [...present.strokes, action.stroke] }, cap);
    case 'erase': {
      const ids = new Set(action.ids);
      const kept = present.strokes.filter((stroke) => !ids.has(stroke.id));
      // Nothing erased is not a step: an undo that changes nothing would feel broken.
      if (kept.length === present.strokes.length) return state;
      return commit(state, { ...present, strokes: kept }, cap);
    }
    case 'replace':
      if (
        action.strokes.length === 0 &&
        present.strokes.length === 0 &&
        present.pins.length === 0 &&
        present.relabels.length === 0 &&
        (present.segments ?? []).length === 0
      )
        return state;
      return commit(state, { strokes: action.strokes, pins: [], relabels: [] }, cap);
    case 'type':
      return typed(state, action, cap);
    case 'unpin':
      if (!present.pins.includes(action.pin)) return state;
      return commit(state, { ...present, pins: present.pins.filter((p) => p !== action.pin) }, cap);
    case 'keep': {
      if (!present.pins.includes(action.pin)) return state;
      if (inkKey(action.pin.strokeIds) === inkKey(action.strokeIds)) return state;
      const kept: TypedPin = { strokeIds: action.strokeIds, text: action.pin.text };
      const pins = present.pins.map((p) => (p === action.pin ? kept : p));
      return commit(state, { ...present, pins }, cap);
    }
    case 'relabel': {
      // A line's newest relabelling carries all its choices; the older one is history.
      const key = inkKey(action.relabel.strokeIds);
      const others = present.relabels.filter((r) => inkKey(r.strokeIds) !== key);
      return commit(state, { ...present, relabels: [...others, action.relabel] }, cap);
    }
    case 'segment': {
      const segments = withStrokeGroups(present.segments ?? [], action.groups);
      return commit(state, { ...present, segments }, cap);
    }
    case 'unsegment': {
      const before = present.segments ?? [];
      const segments = before.filter((g) => !g.some((id) => action.strokeIds.includes(id)));
      if (segments.length === before.length) return state;
      return commit(state, { ...present, segments }, cap);
    }
    case 'undo': {
      // A keystroke after an undo starts a step of its own.
      const back = stepBack(state);
      return back === null ? state : { ...back, burst: null };
    }
    case 'redo': {
      const forward = stepForward(state);
      return forward === null ? state : { ...forward, burst: null };
    }
  }
}
