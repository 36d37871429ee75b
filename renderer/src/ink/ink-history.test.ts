import { describe, expect, it } from 'vitest';
import {
  HISTORY_CAP,
  initialHistory,
  inkHistoryReducer,
  type InkHistoryState,
} from './ink-history';
import { lineStroke, strokeOf } from './test-strokes';

const a = lineStroke('a', [0, 0], [10, 10]);
const b = lineStroke('b', [20, 0], [30, 10]);
const c = lineStroke('c', [40, 0], [50, 10]);

const ids = (state: InkHistoryState): string[] => state.present.map((stroke) => stroke.id);

function drawn(...strokes: (typeof a)[]): InkHistoryState {
  return strokes.reduce(
    (state, stroke) => inkHistoryReducer(state, { type: 'add', stroke }),
    initialHistory(),
  );
}

describe('inkHistoryReducer', () => {
  it('adds strokes in order, each one undoable step', () => {
    const state = drawn(a, b);
    expect(ids(state)).toEqual(['a', 'b']);
    expect(state.past).toHaveLength(2);
    expect(state.future).toHaveLength(0);
  });

  it('undoes and redoes one step at a time', () => {
    const once = inkHistoryReducer(drawn(a, b), { type: 'undo' });
    expect(ids(once)).toEqual(['a']);
    const twice = inkHistoryReducer(once, { type: 'undo' });
    expect(ids(twice)).toEqual([]);
    expect(twice.past).toHaveLength(0);
    const again = inkHistoryReducer(twice, { type: 'redo' });
    expect(ids(again)).toEqual(['a']);
    expect(ids(inkHistoryReducer(again, { type: 'redo' }))).toEqual(['a', 'b']);
  });

  it('leaves the state alone when there is nothing to undo or redo', () => {
    const empty = initialHistory();
    expect(inkHistoryReducer(empty, { type: 'undo' })).toBe(empty);
    const state = drawn(a);
    expect(inkHistoryReducer(state, { type: 'redo' })).toBe(state);
  });

  it('erases several strokes as a single step, keeping the order of the rest', () => {
    const state = inkHistoryReducer(drawn(a, b, c), { type: 'erase', ids: ['c', 'a'] });
    expect(ids(state)).toEqual(['b']);
    expect(ids(inkHistoryReducer(state, { type: 'undo' }))).toEqual(['a', 'b', 'c']);
  });

  it('does not record an erasure that removed nothing', () => {
    const state = drawn(a);
    expect(inkHistoryReducer(state, { type: 'erase', ids: ['zzz'] })).toBe(state);
    expect(inkHistoryReducer(state, { type: 'erase', ids: [] })).toBe(state);
  });

  it('clears (replace with nothing) as one undoable step, but not an empty page', () => {
    const cleared = inkHistoryReducer(drawn(a, b), { type: 'replace', strokes: [] });
    expect(ids(cleared)).toEqual([]);
    expect(ids(inkHistoryReducer(cleared, { type: 'undo' }))).toEqual(['a', 'b']);
    const empty = initialHistory();
    expect(inkHistoryReducer(empty, { type: 'replace', strokes: [] })).toBe(empty);
  });

  it('replaces the drawing as one undoable step', () => {
    const loaded = inkHistoryReducer(drawn(a), { type: 'replace', strokes: [b, c] });
    expect(ids(loaded)).toEqual(['b', 'c']);
    expect(ids(inkHistoryReducer(loaded, { type: 'undo' }))).toEqual(['a']);
  });

  it('forgets the redo branch when something new is drawn', () => {
    const undone = inkHistoryReducer(drawn(a, b), { type: 'undo' });
    expect(undone.future).toHaveLength(1);
    const branched = inkHistoryReducer(undone, { type: 'add', stroke: c });
    expect(ids(branched)).toEqual(['a', 'c']);
    expect(branched.future).toHaveLength(0);
    expect(inkHistoryReducer(branched, { type: 'redo' })).toBe(branched);
  });

  it('keeps at most `cap` undo steps, dropping the oldest', () => {
    let state = initialHistory();
    for (let i = 0; i < 5; i++) {
      state = inkHistoryReducer(state, { type: 'add', stroke: strokeOf(`s${i}`, [[i, i]]) }, 3);
    }
    expect(state.past).toHaveLength(3);
    for (let i = 0; i < 5; i++) state = inkHistoryReducer(state, { type: 'undo' }, 3);
    // Three undos were possible: back to the state after the first two strokes.
    expect(ids(state)).toEqual(['s0', 's1']);
  });

  it('caps at HISTORY_CAP by default', () => {
    let state = initialHistory();
    for (let i = 0; i < HISTORY_CAP + 10; i++) {
      state = inkHistoryReducer(state, { type: 'add', stroke: strokeOf(`s${i}`, [[i, i]]) });
    }
    expect(state.past).toHaveLength(HISTORY_CAP);
    expect(state.present).toHaveLength(HISTORY_CAP + 10);
  });
});
