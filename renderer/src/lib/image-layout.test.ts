import { describe, expect, it } from 'vitest';
import {
  FRESH_HISTORY,
  ORIGINAL_LAYOUT,
  clampFine,
  keptCut,
  layoutReducer,
  layoutRequest,
  shownCuts,
  turned,
  type ImageLayout,
  type LayoutAction,
} from './image-layout';

const SIZE = { width: 400, height: 300 };
const run = (...actions: LayoutAction[]) => actions.reduce(layoutReducer, FRESH_HISTORY);
const set = (layout: Partial<ImageLayout>, streak?: string): LayoutAction => ({
  type: 'set',
  layout: { ...ORIGINAL_LAYOUT, ...layout },
  streak,
});

describe('layout history', () => {
  it('undoes and redoes one change at a time', () => {
    const h = run(set({ turns: 1 }), set({ turns: 1, fine: 2 }), { type: 'undo' });
    expect(h.present).toMatchObject({ turns: 1, fine: 0 });
    expect(run(set({ turns: 1 }), { type: 'undo' }, { type: 'redo' }).present.turns).toBe(1);
  });

  it('takes a run of small steps of one kind as one change', () => {
    const h = run(set({ fine: 0.5 }, 'fine'), set({ fine: 1 }, 'fine'), set({ fine: 1.5 }, 'fine'));
    expect(h.present.fine).toBe(1.5);
    expect(layoutReducer(h, { type: 'undo' }).present).toEqual(ORIGINAL_LAYOUT);
  });

  it('resets to the original as a step that can itself be undone', () => {
    const h = run(set({ turns: 2, crop: { x: 1, y: 1, width: 9, height: 9 } }), { type: 'reset' });
    expect(h.present).toEqual(ORIGINAL_LAYOUT);
    expect(layoutReducer(h, { type: 'undo' }).present.turns).toBe(2);
    expect(run({ type: 'reset' })).toBe(FRESH_HISTORY);
  });
});

describe('layout geometry', () => {
  it('asks for nothing when the picture is as it was', () => {
    expect(layoutRequest(ORIGINAL_LAYOUT, SIZE)).toEqual({});
  });

  it('sends the turn, the crop and the separators where the adjusted picture has them', () => {
    // Separators are kept in the picture's own pixels; a quarter turn moves them.
    const layout = { ...ORIGINAL_LAYOUT, turns: 1, cuts: [{ x0: 0, y0: 100, x1: 400, y1: 100 }] };
    expect(layoutRequest(layout, SIZE)).toEqual({
      adjustment: { angle: 90, crop: null },
      lineCuts: [{ x0: 200, y0: 0, x1: 200, y1: 400 }],
    });
  });

  it('keeps a separator drawn on the adjusted picture on the same ink', () => {
    const layout = {
      ...ORIGINAL_LAYOUT,
      fine: -3,
      crop: { x: 10, y: 20, width: 300, height: 200 },
    };
    const drawn = { x0: 5, y0: 50, x1: 250, y1: 60 };
    const [shown] = shownCuts({ ...layout, cuts: [keptCut(drawn, layout, SIZE)] }, SIZE);
    expect(shown.x0).toBeCloseTo(drawn.x0, 9);
    expect(shown.y1).toBeCloseTo(drawn.y1, 9);
  });

  it('carries a crop through a quarter turn, framing the same part', () => {
    const cropped = { ...ORIGINAL_LAYOUT, crop: { x: 10, y: 20, width: 100, height: 50 } };
    const next = turned(cropped, 1, 0, SIZE);
    // 300 tall becomes 300 wide: the top-left corner (10, 20) goes to (300 - 20 - 50, 10).
    expect(next.crop).toEqual({ x: 230, y: 10, width: 50, height: 100 });
    expect(turned(next, 0, 0, SIZE).crop).toEqual(cropped.crop);
  });

  it('keeps a crop its size through a run of fine steps', () => {
    const cropped = { ...ORIGINAL_LAYOUT, crop: { x: 100, y: 50, width: 200, height: 150 } };
    let layout: ImageLayout = cropped;
    for (let k = 1; k <= 10; k++) layout = turned(layout, 0, 0.5 * k, SIZE);
    expect(layout.crop?.width).toBe(200);
    expect(layout.crop?.height).toBe(150);
  });

  it('keeps the fine angle within ±15° in tenths', () => {
    expect(clampFine(22)).toBe(15);
    expect(clampFine(-2.54)).toBe(-2.5);
    expect(clampFine(Number.NaN)).toBe(0);
  });
});
