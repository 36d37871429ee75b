import { describe, expect, it } from 'vitest';
import { clientToStroke, safeZoom } from './coordinates';
import { eraserCursor } from './eraser-cursor';
import { GROW_MARGIN, GROW_STEP, MIN_PAGE, pageSize } from './page-size';
import { clampPressure, pressureWidth } from './pressure';
import { strokeOf } from './test-strokes';
import { anchoredScroll } from './zoom-anchor';

describe('clientToStroke', () => {
  it('subtracts the page origin and divides by the zoom', () => {
    expect(clientToStroke({ clientX: 110, clientY: 220 }, { left: 10, top: 20 }, 1)).toEqual({
      x: 100,
      y: 200,
    });
    expect(clientToStroke({ clientX: 210, clientY: 420 }, { left: 10, top: 20 }, 2)).toEqual({
      x: 100,
      y: 200,
    });
    // A page scrolled up and left has its origin above and left of the viewport.
    expect(clientToStroke({ clientX: 50, clientY: 50 }, { left: -150, top: -250 }, 0.5)).toEqual({
      x: 400,
      y: 600,
    });
  });

  it('treats an unusable zoom as 100 %', () => {
    expect(safeZoom(0)).toBe(1);
    expect(safeZoom(Number.NaN)).toBe(1);
    expect(safeZoom(-2)).toBe(1);
    expect(safeZoom(1.5)).toBe(1.5);
  });
});

describe('pageSize', () => {
  it('is the minimum page for little or no ink', () => {
    expect(pageSize([])).toEqual(MIN_PAGE);
    expect(
      pageSize([
        strokeOf('a', [
          [100, 100],
          [MIN_PAGE.width - GROW_MARGIN, 50],
        ]),
      ]),
    ).toEqual(MIN_PAGE);
  });

  it('grows by whole steps when ink comes within the margin of an edge', () => {
    const nearRight = strokeOf('a', [[MIN_PAGE.width - GROW_MARGIN + 1, 10]]);
    expect(pageSize([nearRight])).toEqual({
      width: MIN_PAGE.width + GROW_STEP,
      height: MIN_PAGE.height,
    });
    const farDown = strokeOf('b', [[10, MIN_PAGE.height + GROW_STEP * 2]]);
    expect(pageSize([farDown]).height).toBe(MIN_PAGE.height + GROW_STEP * 3);
  });
});

describe('pressureWidth', () => {
  it('draws a mouse (0.5) at the pen width and clamps odd values', () => {
    expect(pressureWidth(3, 0.5)).toBe(3);
    expect(pressureWidth(3, 2)).toBe(pressureWidth(3, 1));
    expect(clampPressure(Number.NaN)).toBe(0.5);
    expect(clampPressure(-1)).toBe(0);
  });
});

describe('anchoredScroll', () => {
  it('keeps the content at the middle of the view in the middle', () => {
    // Centre at 300 px of zoom 1 = 300 units; at zoom 2 that is 600 px, so scroll 600 - 100.
    expect(anchoredScroll(200, 200, 1, 2)).toBe(500);
    expect(anchoredScroll(500, 200, 2, 1)).toBe(200);
    expect(anchoredScroll(0, 200, 2, 1)).toBe(0);
    expect(anchoredScroll(40, 200, 1, 1)).toBe(40);
  });
});

describe('eraserCursor', () => {
  it('is an SVG image cursor centred on its hot spot, with a fallback', () => {
    const cursor = eraserCursor(8);
    expect(cursor).toMatch(/^url\("data:image\/svg\+xml,[^"]+"\) 10 10, cell$/);
    expect(decodeURIComponent(cursor)).toContain('r="8"');
    expect(decodeURIComponent(eraserCursor(1000))).toContain('r="62"');
  });
});
