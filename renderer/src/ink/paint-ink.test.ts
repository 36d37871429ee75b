import { describe, expect, it } from 'vitest';
import type { InkPoint } from './ink-types';
import { paintInk, type InkScene, type InkViewport } from './paint-ink';
import { RecordingContext } from './recording-context';
import { lineStroke, strokeOf } from './test-strokes';

const viewport: InkViewport = { offsetX: 0, offsetY: 0, width: 800, height: 600, zoom: 1, dpr: 1 };
const scene = (patch: Partial<InkScene>): InkScene => ({
  strokes: [],
  pendingErase: new Set(),
  live: null,
  eraser: null,
  ...patch,
});

describe('paintInk', () => {
  it('clears the device pixels, then maps stroke units through zoom, pixel ratio and scroll', () => {
    const ctx = new RecordingContext();
    const scrolled = { ...viewport, offsetX: 300, offsetY: 100, zoom: 2, dpr: 1.5 };
    paintInk(ctx, scene({}), scrolled, '#111');
    expect(ctx.calls[0]).toMatchObject({ op: 'setTransform', args: [1, 0, 0, 1, 0, 0] });
    expect(ctx.calls[1]).toMatchObject({ op: 'clearRect', args: [0, 0, 1200, 900] });
    expect(ctx.calls[2]).toMatchObject({ op: 'setTransform', args: [3, 0, 0, 3, -450, -150] });
  });

  it('strokes the ink in the given colour with round ends', () => {
    const ctx = new RecordingContext();
    paintInk(
      ctx,
      scene({
        strokes: [
          strokeOf('a', [
            [10, 10],
            [50, 20],
            [90, 10],
          ]),
        ],
      }),
      viewport,
      '#eee',
    );
    const strokes = ctx.ops('stroke');
    expect(strokes.length).toBeGreaterThan(0);
    expect(strokes.every((call) => call.color === '#eee' && call.alpha === 1)).toBe(true);
    expect(ctx.lineCap).toBe('round');
    expect(ctx.ops('moveTo')[0].args).toEqual([10, 10]);
    expect(ctx.ops('quadraticCurveTo').at(-1)?.args.slice(2)).toEqual([90, 10]);
  });

  it('paints a tap as a filled dot', () => {
    const ctx = new RecordingContext();
    paintInk(ctx, scene({ strokes: [strokeOf('d', [[40, 30]], 4)] }), viewport, '#111');
    expect(ctx.ops('arc')[0].args.slice(0, 3)).toEqual([40, 30, 2]);
    expect(ctx.ops('fill')).toHaveLength(1);
    expect(ctx.ops('stroke')).toHaveLength(0);
  });

  it('fades the strokes the eraser has touched until it lifts', () => {
    const ctx = new RecordingContext();
    const strokes = [
      lineStroke('keep', [10, 10], [20, 20]),
      lineStroke('gone', [30, 30], [40, 40]),
    ];
    paintInk(ctx, scene({ strokes, pendingErase: new Set(['gone']) }), viewport, '#111');
    expect(ctx.ops('stroke').map((call) => call.alpha)).toEqual([1, 0.25]);
  });

  it('skips strokes outside the visible part of the page', () => {
    const ctx = new RecordingContext();
    const strokes = [
      lineStroke('far', [5000, 5000], [5100, 5100]),
      lineStroke('near', [1, 1], [2, 2]),
    ];
    paintInk(ctx, scene({ strokes }), viewport, '#111');
    expect(ctx.ops('moveTo').map((call) => call.args[0])).toEqual([1, 1.5]);
  });

  it('draws the stroke in progress and the eraser outline', () => {
    const ctx = new RecordingContext();
    const points: InkPoint[] = [
      { x: 100, y: 100, pressure: 0.5, t: 0 },
      { x: 120, y: 110, pressure: 0.5, t: 8 },
    ];
    paintInk(ctx, scene({ live: { points, width: 3 } }), viewport, '#111');
    expect(ctx.ops('stroke').length).toBeGreaterThan(0);
    expect(ctx.ops('stroke')[0].lineWidth).toBe(3);

    const eraserCtx = new RecordingContext();
    paintInk(
      eraserCtx,
      scene({ eraser: { x: 7, y: 8, radius: 9 } }),
      { ...viewport, zoom: 2 },
      '#111',
    );
    expect(eraserCtx.ops('arc')[0].args.slice(0, 3)).toEqual([7, 8, 9]);
    expect(eraserCtx.ops('stroke')[0].lineWidth).toBe(0.5);
  });
});
