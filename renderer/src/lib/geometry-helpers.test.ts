import { describe, expect, it } from 'vitest';
import { placePopover } from './place-popover';
import { nextIndex } from './roving';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 400 };

describe('popover placement', () => {
  it('goes below the anchor, centred, when it fits', () => {
    const p = placePopover({ left: 400, top: 100, width: 40, height: 40 }, size, viewport);
    expect(p.top).toBe(148);
    expect(p.left).toBe(240);
  });

  it('goes above when there is no room below', () => {
    const p = placePopover({ left: 400, top: 600, width: 40, height: 40 }, size, viewport);
    expect(p.top).toBe(600 - 8 - 400);
  });

  it('stays inside the window horizontally', () => {
    expect(placePopover({ left: 980, top: 100, width: 20, height: 20 }, size, viewport).left).toBe(
      1000 - 360 - 8,
    );
    expect(placePopover({ left: 0, top: 100, width: 20, height: 20 }, size, viewport).left).toBe(8);
  });

  it('takes the roomier side and limits its height when it fits on neither', () => {
    const p = placePopover(
      { left: 400, top: 300, width: 40, height: 40 },
      { width: 360, height: 700 },
      viewport,
    );
    expect(p.maxHeight).toBe(800 - 340 - 16);
    expect(p.top).toBe(348);
  });
});

describe('arrow keys in lists and grids', () => {
  it('wraps around a list', () => {
    expect(nextIndex('ArrowDown', 4, 5)).toBe(0);
    expect(nextIndex('ArrowUp', 0, 5)).toBe(4);
    expect(nextIndex('ArrowRight', 0, 5)).toBeNull();
  });

  it('moves by rows in a grid and stops at its edges', () => {
    expect(nextIndex('ArrowDown', 3, 26, 10)).toBe(13);
    expect(nextIndex('ArrowDown', 23, 26, 10)).toBe(25);
    expect(nextIndex('ArrowUp', 3, 26, 10)).toBe(0);
    expect(nextIndex('ArrowRight', 25, 26, 10)).toBe(25);
    expect(nextIndex('End', 0, 26, 10)).toBe(25);
    expect(nextIndex('Tab', 0, 26, 10)).toBeNull();
  });
});
