// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lineStroke } from './test-strokes';
import { useInkHistory } from './use-ink-history';

const a = lineStroke('a', [0, 0], [10, 10]);
const b = lineStroke('b', [20, 0], [30, 10]);

describe('useInkHistory', () => {
  it('starts from the initial strokes with nothing to undo', () => {
    const { result } = renderHook(() => useInkHistory([a]));
    expect(result.current.strokes).toEqual([a]);
    expect(result.current.canUndo).toBe(false);
    expect(result.current.canRedo).toBe(false);
  });

  it('adds, erases, clears, undoes and redoes', () => {
    const { result } = renderHook(() => useInkHistory());
    act(() => result.current.addStroke(a));
    act(() => result.current.addStroke(b));
    expect(result.current.strokes.map((s) => s.id)).toEqual(['a', 'b']);
    act(() => result.current.eraseStrokes(['a']));
    expect(result.current.strokes.map((s) => s.id)).toEqual(['b']);
    act(() => result.current.clear());
    expect(result.current.strokes).toEqual([]);
    expect(result.current.canUndo).toBe(true);
    act(() => result.current.undo());
    act(() => result.current.undo());
    expect(result.current.strokes.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.current.canRedo).toBe(true);
    act(() => result.current.redo());
    expect(result.current.strokes.map((s) => s.id)).toEqual(['b']);
    act(() => result.current.replace([a]));
    expect(result.current.strokes).toEqual([a]);
    expect(result.current.canRedo).toBe(false);
  });

  it('keeps its functions stable across renders, so they can be effect dependencies', () => {
    const { result } = renderHook(() => useInkHistory());
    const first = result.current;
    act(() => result.current.addStroke(a));
    expect(result.current.addStroke).toBe(first.addStroke);
    expect(result.current.undo).toBe(first.undo);
    expect(result.current).not.toBe(first);
  });
});
