import { describe, expect, it } from 'vitest';
import { cellPosition, columnsFor, gridWindow, pagesCovering } from './grid-window';

const geometry = { cellWidth: 76, cellHeight: 92, gap: 8 };

describe('gridWindow', () => {
  it('renders the visible rows of a huge set and a scrollbar for all of them', () => {
    const w = gridWindow({ ...geometry, total: 20_000, width: 720, height: 480, scrollTop: 0 });
    expect(w.columns).toBe(8);
    expect(w.rows).toBe(2_500);
    expect(w.start).toBe(0);
    // 480 px show 4.8 rows; 2 more below for a quick scroll.
    expect(w.end).toBe(8 * 7);
    expect(w.totalHeight).toBe(2_500 * 100 - 8);
  });

  it('follows the scroll position with rows of margin either side', () => {
    const w = gridWindow({
      ...geometry,
      total: 20_000,
      width: 720,
      height: 480,
      scrollTop: 100_000,
    });
    expect(w.start).toBe((1_000 - 2) * 8);
    expect(w.end).toBe((1_005 + 2) * 8);
    expect(cellPosition(w.start + 3, w)).toEqual({ left: 3 * 84, top: 998 * 100 });
  });

  it('stops at the last cell and copes with nothing to show', () => {
    const end = gridWindow({ ...geometry, total: 21, width: 720, height: 480, scrollTop: 5_000 });
    expect(end.end).toBe(21);
    expect(end.start).toBeLessThanOrEqual(end.end);
    const none = gridWindow({ ...geometry, total: 0, width: 720, height: 480, scrollTop: 0 });
    expect([none.start, none.end, none.totalHeight]).toEqual([0, 0, 0]);
  });

  it('keeps one column in a narrow pane', () => {
    expect(columnsFor(40, geometry)).toBe(1);
    expect(columnsFor(76 * 3 + 16, geometry)).toBe(3);
  });
});

describe('pagesCovering', () => {
  it('lists the pages a window of cells straddles', () => {
    expect(pagesCovering(0, 56, 240)).toEqual([0]);
    expect(pagesCovering(230, 250, 240)).toEqual([0, 1]);
    expect(pagesCovering(480, 480, 240)).toEqual([]);
    expect(pagesCovering(7_984, 8_056, 240)).toEqual([33]);
  });
});
