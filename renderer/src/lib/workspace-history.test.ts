import { describe, expect, it } from 'vitest';
import { lineStroke, strokeOf } from '../ink/test-strokes';
import { fakeLine } from '../test/fake-api';
import { freshLine } from './page-results';
import {
  TYPING_BURST_MS,
  initialWorkspace,
  inkKey,
  workspaceReducer,
  type WorkspaceAction,
  type WorkspaceHistoryState,
} from './workspace-history';

const a = lineStroke('a', [0, 0], [10, 10]);
const b = lineStroke('b', [0, 100], [10, 110]);

const run = (...actions: WorkspaceAction[]): WorkspaceHistoryState =>
  actions.reduce((state, action) => workspaceReducer(state, action), initialWorkspace());

const strokeIds = (state: WorkspaceHistoryState) => state.present.strokes.map((s) => s.id);
const texts = (state: WorkspaceHistoryState) => state.present.pins.map((p) => p.text);

/** Keystrokes on the line of stroke `a`, each `gap` ms after the one before. */
function typing(from: WorkspaceHistoryState, words: readonly string[], gap: number, start = 0) {
  return words.reduce(
    (state, text, i) =>
      workspaceReducer(state, {
        type: 'type',
        pin: state.present.pins[0] ?? null,
        strokeIds: ['a'],
        text,
        at: start + i * gap,
      }),
    from,
  );
}

describe('workspaceReducer', () => {
  it('makes a quick burst of typing one step, and a pause a new one', () => {
    const drawn = run({ type: 'add', stroke: a });
    const burst = typing(drawn, ['P', 'P(', 'P(x', 'P(x)'], 100);
    expect(texts(burst)).toEqual(['P(x)']);
    expect(burst.past).toHaveLength(2);
    expect(burst.present.pins[0].strokeIds).toEqual(['a']);

    const later = typing(burst, ['P(x)∧'], 0, 300 + TYPING_BURST_MS + 1);
    expect(later.past).toHaveLength(3);
    const back = workspaceReducer(later, { type: 'undo' });
    expect(texts(back)).toEqual(['P(x)']);
    expect(texts(workspaceReducer(back, { type: 'undo' }))).toEqual([]);
  });

  it('walks strokes and typing in the order they happened', () => {
    const typed = typing(run({ type: 'add', stroke: a }), ['Q(x)'], 0);
    const state = workspaceReducer(typed, { type: 'add', stroke: b });
    expect(strokeIds(state)).toEqual(['a', 'b']);
    expect(texts(state)).toEqual(['Q(x)']);

    const once = workspaceReducer(state, { type: 'undo' });
    expect(strokeIds(once)).toEqual(['a']);
    expect(texts(once)).toEqual(['Q(x)']);
    const twice = workspaceReducer(once, { type: 'undo' });
    expect(texts(twice)).toEqual([]);
    expect(strokeIds(twice)).toEqual(['a']);

    const redone = workspaceReducer(workspaceReducer(twice, { type: 'redo' }), { type: 'redo' });
    expect(redone.present).toBe(state.present);
  });

  it('does not join typing across an undo, nor across another action', () => {
    const typed = typing(run({ type: 'add', stroke: a }), ['P'], 0);
    const undone = workspaceReducer(typed, { type: 'undo' });
    const again = typing(undone, ['R'], 0, 10);
    expect(again.past).toHaveLength(2);

    const stroked = workspaceReducer(typed, { type: 'add', stroke: b });
    const more = typing(stroked, ['PQ'], 0, 10);
    expect(more.past).toHaveLength(4);
  });

  it('keeps the stroke a typed text was for, and moves it to the new ink on "keep"', () => {
    const typed = typing(run({ type: 'add', stroke: a }), ['Q(x)'], 0);
    const pin = typed.present.pins[0];
    const kept = workspaceReducer(typed, { type: 'keep', pin, strokeIds: ['a', 'b'] });
    expect(kept.present.pins).toEqual([{ strokeIds: ['a', 'b'], text: 'Q(x)' }]);
    expect(kept.past).toHaveLength(3);
    // Keeping for the same ink changes nothing and is no step.
    expect(workspaceReducer(typed, { type: 'keep', pin, strokeIds: ['a'] })).toBe(typed);
  });

  it('drops the typed text on "unpin", as one undoable step', () => {
    const typed = typing(run({ type: 'add', stroke: a }), ['Q(x)'], 0);
    const unpinned = workspaceReducer(typed, { type: 'unpin', pin: typed.present.pins[0] });
    expect(texts(unpinned)).toEqual([]);
    expect(texts(workspaceReducer(unpinned, { type: 'undo' }))).toEqual(['Q(x)']);
    // A pin that is no longer there (a stale click) is no step.
    expect(workspaceReducer(unpinned, { type: 'unpin', pin: typed.present.pins[0] })).toBe(
      unpinned,
    );
  });

  it('keeps one relabel per line, the newest, and undoes it', () => {
    const line = fakeLine('∀x(P(x)→Q(x))', { x: 0, y: 0 });
    const first = { strokeIds: ['a'], state: { ...freshLine(line), forced: ['exists'] } };
    const second = { strokeIds: ['a'], state: { ...freshLine(line), forced: ['exists', 'y'] } };
    const state = run(
      { type: 'add', stroke: a },
      { type: 'relabel', relabel: first },
      { type: 'relabel', relabel: second },
    );
    expect(state.present.relabels).toEqual([second]);
    expect(workspaceReducer(state, { type: 'undo' }).present.relabels).toEqual([first]);
  });

  it('clears typed text and relabels with the ink, and an empty page is no step', () => {
    const typed = typing(run({ type: 'add', stroke: a }), ['Q(x)'], 0);
    const cleared = workspaceReducer(typed, { type: 'replace', strokes: [] });
    expect(cleared.present).toEqual({ strokes: [], pins: [], relabels: [] });
    expect(workspaceReducer(cleared, { type: 'replace', strokes: [] })).toBe(cleared);
    expect(workspaceReducer(cleared, { type: 'undo' }).present).toBe(typed.present);
  });

  it('does not make a step of an erasure that erased nothing, or of the same text', () => {
    const drawn = run({ type: 'add', stroke: a });
    expect(workspaceReducer(drawn, { type: 'erase', ids: ['zz'] })).toBe(drawn);
    const typed = typing(drawn, ['Q'], 0);
    expect(typing(typed, ['Q'], 0, 5000)).toBe(typed);
  });

  it('keeps at most `cap` steps', () => {
    let state = initialWorkspace();
    for (let i = 0; i < 5; i++)
      state = workspaceReducer(state, { type: 'add', stroke: strokeOf(`s${i}`, [[i, i]]) }, 3);
    expect(state.past).toHaveLength(3);
  });

  it('knows a line by its set of strokes, whatever their order', () => {
    expect(inkKey(['b', 'a'])).toBe(inkKey(['a', 'b']));
    expect(inkKey(['a'])).not.toBe(inkKey(['a', 'b']));
  });
});
