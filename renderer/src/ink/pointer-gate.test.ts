import { describe, expect, it } from 'vitest';
import { decideDown, dragModeFor, isActivePointer, type ActiveDrag } from './pointer-gate';

const mouse = { pointerId: 1, pointerType: 'mouse', button: 0 };
const pen = { pointerId: 2, pointerType: 'pen', button: 0 };
const touch = (pointerId: number) => ({ pointerId, pointerType: 'touch', button: 0 });
const drag = (pointer: { pointerId: number; pointerType: string }): ActiveDrag => ({
  ...pointer,
  mode: 'draw',
});

describe('dragModeFor', () => {
  it('follows the tool for primary presses', () => {
    expect(dragModeFor('pen', mouse)).toBe('draw');
    expect(dragModeFor('eraser', mouse)).toBe('erase');
    expect(dragModeFor('pen', touch(5))).toBe('draw');
  });

  it("erases with a pen's eraser end whatever the tool", () => {
    expect(dragModeFor('pen', { ...pen, button: 5 })).toBe('erase');
  });

  it('leaves right and middle presses alone', () => {
    expect(dragModeFor('pen', { ...mouse, button: 2 })).toBeNull();
    expect(dragModeFor('eraser', { ...mouse, button: 1 })).toBeNull();
  });
});

describe('decideDown', () => {
  it('starts a drag when none is under way', () => {
    expect(decideDown(null, pen, 'pen')).toEqual({
      kind: 'start',
      drag: { pointerId: 2, pointerType: 'pen', mode: 'draw' },
    });
  });

  it('ignores touches while a pen is down (palm rejection)', () => {
    expect(decideDown(drag(pen), touch(7), 'pen')).toEqual({ kind: 'ignore' });
  });

  it('ignores a second finger while one is drawing', () => {
    expect(decideDown(drag(touch(7)), touch(8), 'pen')).toEqual({ kind: 'ignore' });
  });

  it('lets a pen take over from a touch, which was the resting hand', () => {
    expect(decideDown(drag(touch(7)), pen, 'pen').kind).toBe('replace');
  });

  it('restarts a mouse drag whose release was lost', () => {
    expect(decideDown(drag(mouse), mouse, 'pen').kind).toBe('replace');
  });

  it('ignores presses that are not for drawing', () => {
    expect(decideDown(null, { ...mouse, button: 2 }, 'pen')).toEqual({ kind: 'ignore' });
  });
});

describe('isActivePointer', () => {
  it('matches only the pointer of the drag under way', () => {
    expect(isActivePointer(drag(pen), 2)).toBe(true);
    expect(isActivePointer(drag(pen), 3)).toBe(false);
    expect(isActivePointer(null, 2)).toBe(false);
  });
});
