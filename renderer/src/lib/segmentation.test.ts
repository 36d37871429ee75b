import { describe, expect, it } from 'vitest';
import type { InkStroke } from '../ink/ink-types';
import {
  boxCuts,
  groupIndices,
  splitBox,
  splitStrokes,
  strokeCuts,
  strokesOfSymbol,
  withBoxes,
  withStrokeGroups,
} from './segmentation';
import { initialWorkspace, workspaceReducer } from './workspace-history';

const stroke = (id: string, x0: number, x1: number): InkStroke => ({
  id,
  width: 3,
  points: [
    { x: x0, y: 0, pressure: 0.5, t: 0 },
    { x: x1, y: 10, pressure: 0.5, t: 1 },
  ],
});

describe('segmentation', () => {
  it('lets a newer group replace the groups it shares a stroke with', () => {
    expect(withStrokeGroups([['a', 'b'], ['c'], ['d']], [['b', 'c']])).toEqual([['d'], ['b', 'c']]);
  });

  it('lets newer boxes replace the boxes overlapping their region, not those beside it', () => {
    const left = { x: 0, y: 0, width: 10, height: 10 };
    const right = { x: 10, y: 0, width: 10, height: 10 };
    const below = { x: 0, y: 50, width: 30, height: 10 };
    const region = { x: 5, y: 0, width: 20, height: 10 };
    expect(withBoxes([left, right, below], region, [region])).toEqual([below, region]);
    expect(withBoxes([left], right, [right])).toEqual([left, right]);
  });

  it('cuts a box in two at x, and offers every inner pixel as a cut', () => {
    const box = { x: 10, y: 5, width: 6, height: 8 };
    expect(splitBox(box, 13)).toEqual([
      { x: 10, y: 5, width: 3, height: 8 },
      { x: 13, y: 5, width: 3, height: 8 },
    ]);
    expect(boxCuts(box)).toEqual({ kind: 'cuts', positions: [11, 12, 13, 14, 15] });
  });

  it('cuts a drawn symbol only between its strokes', () => {
    const strokes = [stroke('b', 20, 30), stroke('a', 0, 10), stroke('c', 22, 28)];
    expect(strokeCuts(strokes)).toEqual({ kind: 'cuts', positions: [15] });
    expect(splitStrokes(strokes, 15)).toEqual([['a'], ['b', 'c']]);
    expect(strokeCuts([stroke('a', 0, 10)])).toEqual({ kind: 'single-stroke' });
  });

  it('turns groups into the indices recognition was sent, leaving out groups with a stroke gone', () => {
    const empty: InkStroke = { id: 'e', width: 3, points: [] };
    const strokes = [stroke('a', 0, 1), empty, stroke('b', 5, 6), stroke('c', 9, 9)];
    expect(groupIndices([['c', 'a'], ['b', 'gone'], []], strokes)).toEqual([[0, 2]]);
    expect(strokesOfSymbol(strokes, [1, 2]).map((s) => s.id)).toEqual(['b', 'c']);
  });
});

describe('splits and joins in the drawing’s history', () => {
  it('are steps that undo and redo, a newer group replacing those it shares a stroke with', () => {
    let state = initialWorkspace();
    state = workspaceReducer(state, { type: 'segment', groups: [['a'], ['b']] });
    state = workspaceReducer(state, { type: 'segment', groups: [['b', 'c']] });
    expect(state.present.segments).toEqual([['a'], ['b', 'c']]);
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.present.segments).toEqual([['a'], ['b']]);
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.present.segments).toEqual([['a'], ['b', 'c']]);
    const released = workspaceReducer(state, { type: 'unsegment', strokeIds: ['c'] });
    expect(released.present.segments).toEqual([['a']]);
    expect(released.past).toHaveLength(state.past.length + 1);
    expect(workspaceReducer(released, { type: 'unsegment', strokeIds: ['z'] })).toBe(released);
    state = workspaceReducer(state, { type: 'replace', strokes: [] });
    expect(state.present.segments ?? []).toEqual([]);
  });
});
