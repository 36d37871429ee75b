// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InkCanvas, type InkCanvasProps } from './InkCanvas';
import type { InkStroke } from './ink-types';
import { RecordingContext } from './recording-context';
import { lineStroke, strokeOf } from './test-strokes';

interface PointerInit {
  readonly x: number;
  readonly y: number;
  readonly pointerId?: number;
  readonly pointerType?: 'mouse' | 'pen' | 'touch';
  readonly pressure?: number;
  readonly button?: number;
  readonly coalesced?: readonly { readonly x: number; readonly y: number }[];
}

/** jsdom has no PointerEvent: a MouseEvent with the pointer fields the canvas reads. */
function pointer(type: string, init: PointerInit): MouseEvent {
  const event = new MouseEvent(type, {
    bubbles: true,
    cancelable: true,
    clientX: init.x,
    clientY: init.y,
    button: init.button ?? 0,
  });
  Object.defineProperties(event, {
    pointerId: { value: init.pointerId ?? 1 },
    pointerType: { value: init.pointerType ?? 'mouse' },
    // What browsers report: 0.5 for a pressed mouse, 0 once released.
    pressure: { value: init.pressure ?? (type === 'pointerup' ? 0 : 0.5) },
  });
  const coalesced = init.coalesced;
  if (coalesced !== undefined) {
    Object.defineProperty(event, 'getCoalescedEvents', {
      value: () => coalesced.map((at) => pointer(type, { ...init, ...at, coalesced: undefined })),
    });
  }
  return event;
}

/** The page's top-left is at (10, 20) in the viewport. */
const ORIGIN = { left: 10, top: 20 };

function setup(props: Partial<InkCanvasProps> = {}) {
  const onStroke = vi.fn<(stroke: InkStroke) => void>();
  const onErase = vi.fn<(ids: readonly string[]) => void>();
  const onStrokeStart = vi.fn<() => void>();
  const all: InkCanvasProps = {
    strokes: [],
    onStroke,
    onErase,
    onStrokeStart,
    tool: 'pen',
    penWidth: 3,
    zoom: 1,
    ...props,
  };
  const view = render(
    <div style={{ height: 600 }}>
      <InkCanvas {...all} />
    </div>,
  );
  const surface = screen.getByTestId('ink-surface');
  vi.spyOn(surface, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(ORIGIN.left, ORIGIN.top, 2400, 1600),
  );
  const canvas = screen.getByLabelText(props.ariaLabel ?? 'Drawing canvas');
  const send = (type: string, init: PointerInit, target: Element = canvas): void => {
    fireEvent(target, pointer(type, init));
  };
  return { ...view, surface, canvas, send, onStroke, onErase, onStrokeStart };
}

const xy = (stroke: InkStroke): number[][] => stroke.points.map((p) => [p.x, p.y]);

function onlyStroke(onStroke: ReturnType<typeof setup>['onStroke']): InkStroke {
  expect(onStroke).toHaveBeenCalledTimes(1);
  return onStroke.mock.calls[0][0];
}

beforeEach(() => {
  // jsdom has no 2D context; the canvas must cope with getContext returning null.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('data-theme');
});

describe('InkCanvas drawing', () => {
  it('reports a mouse stroke in stroke units relative to the page at zoom 1', () => {
    const { send, onStroke, onStrokeStart } = setup();
    send('pointerdown', { x: 110, y: 220 });
    expect(onStrokeStart).toHaveBeenCalledTimes(1);
    send('pointermove', { x: 130, y: 240 });
    send('pointermove', { x: 150, y: 230 });
    send('pointerup', { x: 160, y: 230 });
    const stroke = onlyStroke(onStroke);
    expect(xy(stroke)).toEqual([
      [100, 200],
      [120, 220],
      [140, 210],
      [150, 210],
    ]);
    expect(stroke.width).toBe(3);
    expect(stroke.points.every((p) => p.pressure === 0.5)).toBe(true);
    expect(stroke.id).not.toBe('');
  });

  it('divides by the zoom at zoom 2', () => {
    const { send, onStroke } = setup({ zoom: 2 });
    send('pointerdown', { x: 210, y: 420 });
    send('pointermove', { x: 250, y: 460 });
    send('pointerup', { x: 290, y: 420 });
    expect(xy(onlyStroke(onStroke))).toEqual([
      [100, 200],
      [120, 220],
      [140, 200],
    ]);
  });

  it('uses the samples coalesced into one move event', () => {
    const { send, onStroke } = setup();
    send('pointerdown', { x: 10, y: 20 });
    send('pointermove', {
      x: 40,
      y: 20,
      coalesced: [
        { x: 20, y: 20 },
        { x: 30, y: 20 },
        { x: 40, y: 20 },
      ],
    });
    send('pointerup', { x: 40, y: 20 });
    expect(xy(onlyStroke(onStroke))).toEqual([
      [0, 0],
      [10, 0],
      [20, 0],
      [30, 0],
    ]);
  });

  it("keeps a pen's pressure, including at the pen-up sample", () => {
    const { send, onStroke } = setup();
    send('pointerdown', { x: 10, y: 20, pointerType: 'pen', pressure: 0.2 });
    send('pointermove', { x: 30, y: 20, pointerType: 'pen', pressure: 0.9 });
    send('pointerup', { x: 50, y: 20, pointerType: 'pen' });
    expect(onlyStroke(onStroke).points.map((p) => p.pressure)).toEqual([0.2, 0.9, 0.9]);
  });

  it('reports a tap as a one-point stroke', () => {
    const { send, onStroke } = setup();
    send('pointerdown', { x: 60, y: 70 });
    send('pointerup', { x: 60, y: 70 });
    expect(xy(onlyStroke(onStroke))).toEqual([[50, 50]]);
  });

  it('ignores touch pointers while a pen is down', () => {
    const { send, onStroke, onStrokeStart } = setup();
    send('pointerdown', { x: 110, y: 120, pointerType: 'pen', pointerId: 2 });
    send('pointerdown', { x: 500, y: 500, pointerType: 'touch', pointerId: 7 });
    send('pointermove', { x: 520, y: 520, pointerType: 'touch', pointerId: 7 });
    send('pointermove', { x: 130, y: 120, pointerType: 'pen', pointerId: 2 });
    send('pointerup', { x: 540, y: 540, pointerType: 'touch', pointerId: 7 });
    expect(onStroke).not.toHaveBeenCalled();
    send('pointerup', { x: 150, y: 120, pointerType: 'pen', pointerId: 2 });
    expect(xy(onlyStroke(onStroke))).toEqual([
      [100, 100],
      [120, 100],
      [140, 100],
    ]);
    expect(onStrokeStart).toHaveBeenCalledTimes(1);
  });

  it('does not start a second stroke for a second finger', () => {
    const { send, onStroke } = setup();
    send('pointerdown', { x: 110, y: 120, pointerType: 'touch', pointerId: 1 });
    send('pointerdown', { x: 300, y: 300, pointerType: 'touch', pointerId: 2 });
    send('pointermove', { x: 320, y: 300, pointerType: 'touch', pointerId: 2 });
    send('pointerup', { x: 340, y: 300, pointerType: 'touch', pointerId: 2 });
    send('pointermove', { x: 130, y: 120, pointerType: 'touch', pointerId: 1 });
    send('pointerup', { x: 130, y: 120, pointerType: 'touch', pointerId: 1 });
    expect(xy(onlyStroke(onStroke))).toEqual([
      [100, 100],
      [120, 100],
    ]);
  });

  it('drops the touch stroke of a resting hand when the pen comes down', () => {
    const { send, onStroke } = setup();
    send('pointerdown', { x: 400, y: 400, pointerType: 'touch', pointerId: 9 });
    send('pointermove', { x: 420, y: 410, pointerType: 'touch', pointerId: 9 });
    send('pointerdown', { x: 110, y: 120, pointerType: 'pen', pointerId: 2 });
    send('pointerup', { x: 130, y: 120, pointerType: 'pen', pointerId: 2 });
    send('pointerup', { x: 420, y: 410, pointerType: 'touch', pointerId: 9 });
    expect(xy(onlyStroke(onStroke))).toEqual([
      [100, 100],
      [120, 100],
    ]);
  });

  it('abandons the stroke on pointercancel and on Escape', () => {
    const { send, canvas, onStroke } = setup();
    send('pointerdown', { x: 110, y: 120 });
    send('pointermove', { x: 130, y: 120 });
    send('pointercancel', { x: 130, y: 120 });
    send('pointerup', { x: 130, y: 120 });
    send('pointerdown', { x: 110, y: 120 });
    send('pointermove', { x: 130, y: 120 });
    fireEvent.keyDown(canvas, { key: 'Escape' });
    send('pointerup', { x: 130, y: 120 });
    expect(onStroke).not.toHaveBeenCalled();
  });

  it('ignores right-clicks and presses on the overlay’s own controls', () => {
    const { send, onStroke } = setup({
      overlay: <rect data-testid="box" x={0} y={0} width={50} height={50} pointerEvents="auto" />,
    });
    send('pointerdown', { x: 110, y: 120, button: 2 });
    send('pointerup', { x: 130, y: 120, button: 2 });
    const box = screen.getByTestId('box');
    send('pointerdown', { x: 20, y: 30 }, box);
    send('pointerup', { x: 30, y: 30 }, box);
    expect(onStroke).not.toHaveBeenCalled();
  });

  it('does not stay stuck when a mouse release was lost', () => {
    const { send, onStroke } = setup();
    send('pointerdown', { x: 510, y: 520 });
    send('pointermove', { x: 530, y: 520 });
    send('pointerdown', { x: 110, y: 120 });
    send('pointerup', { x: 130, y: 120 });
    expect(xy(onlyStroke(onStroke))).toEqual([
      [100, 100],
      [120, 100],
    ]);
  });

  it('takes keyboard focus when drawing starts', () => {
    const { send, canvas } = setup();
    send('pointerdown', { x: 110, y: 120 });
    expect(document.activeElement).toBe(canvas);
  });
});

describe('InkCanvas eraser', () => {
  const strokes = [
    lineStroke('a', [0, 100], [200, 100]),
    lineStroke('b', [0, 300], [200, 300]),
    lineStroke('c', [500, 0], [500, 200]),
  ];

  it('reports, once, the ids of the strokes one drag crossed', () => {
    const { send, onErase, onStroke } = setup({ strokes, tool: 'eraser' });
    // Page (50, 50) → (50, 150) crosses a; → (550, 150) crosses c; b stays below.
    send('pointerdown', { x: 60, y: 70 });
    send('pointermove', { x: 60, y: 170 });
    send('pointermove', { x: 560, y: 170 });
    expect(onErase).not.toHaveBeenCalled();
    send('pointerup', { x: 560, y: 170 });
    expect(onErase).toHaveBeenCalledTimes(1);
    expect(onErase.mock.calls[0][0]).toEqual(['a', 'c']);
    expect(onStroke).not.toHaveBeenCalled();
  });

  it('works in stroke units at zoom 2', () => {
    const { send, onErase } = setup({ strokes, tool: 'eraser', zoom: 2 });
    // Page (50, 290) → (50, 310): crosses b only.
    send('pointerdown', { x: 110, y: 600 });
    send('pointerup', { x: 110, y: 640 });
    expect(onErase.mock.calls).toEqual([[['b']]]);
  });

  it('reports nothing for a drag that touched no ink', () => {
    const { send, onErase } = setup({ strokes, tool: 'eraser' });
    send('pointerdown', { x: 1010, y: 1020 });
    send('pointermove', { x: 1110, y: 1020 });
    send('pointerup', { x: 1110, y: 1020 });
    expect(onErase).not.toHaveBeenCalled();
  });

  it("erases with a pen's eraser end while the pen tool is chosen", () => {
    const { send, onErase, onStroke } = setup({ strokes });
    send('pointerdown', { x: 60, y: 70, pointerType: 'pen', button: 5 });
    send('pointerup', { x: 60, y: 170, pointerType: 'pen', button: 5 });
    expect(onErase.mock.calls).toEqual([[['a']]]);
    expect(onStroke).not.toHaveBeenCalled();
  });
});

describe('InkCanvas surface', () => {
  it('is a focusable, labelled canvas with the drawing hint', () => {
    const { canvas, surface } = setup({ ariaLabel: 'Scratch pad' });
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas.tabIndex).toBe(0);
    expect(surface.contains(canvas)).toBe(true);
    const hint = document.getElementById(canvas.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Draw with mouse, pen or finger. Ctrl+Z undo, Ctrl+Shift+Z redo.',
    );
    expect(surface.style.touchAction).toBe('none');
  });

  it('sizes the page by zoom and grows it when ink nears the edge', () => {
    const { surface, rerender } = setup({ zoom: 2 });
    expect(surface.style.width).toBe('4800px');
    expect(surface.style.height).toBe('3200px');
    const props: InkCanvasProps = {
      strokes: [strokeOf('edge', [[2300, 100]])],
      onStroke: () => {},
      onErase: () => {},
      tool: 'pen',
      penWidth: 3,
      zoom: 1,
    };
    rerender(
      <div style={{ height: 600 }}>
        <InkCanvas {...props} />
      </div>,
    );
    expect(screen.getByTestId('ink-surface').style.width).toBe('3200px');
  });

  it('puts the overlay in an svg of stroke units that lets pointer events through', () => {
    setup({ zoom: 2, overlay: <rect data-testid="box" x={10} y={10} width={5} height={5} /> });
    const svg = screen.getByTestId('box').closest('svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 2400 1600');
    expect(svg?.getAttribute('width')).toBe('4800');
    expect(svg?.style.pointerEvents).toBe('none');
  });

  it('shows an eraser cursor with the eraser tool', () => {
    const { surface } = setup({ tool: 'eraser' });
    expect(surface.style.cursor).toContain('data:image/svg+xml');
  });
});

describe('InkCanvas painting', () => {
  it('paints in the theme’s ink colour and repaints when the theme changes', async () => {
    const ctx = new RecordingContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      ctx as unknown as CanvasRenderingContext2D,
    );
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const flushFrames = (): void => {
      act(() => {
        for (const frame of frames.splice(0)) frame(0);
      });
    };
    const { surface, send } = setup({
      strokes: [lineStroke('a', [10, 10], [90, 10])],
    });
    const scroller = surface.parentElement;
    if (scroller === null) throw new Error('no scroller');
    Object.defineProperty(scroller, 'clientWidth', { value: 800 });
    Object.defineProperty(scroller, 'clientHeight', { value: 600 });

    surface.style.setProperty('--ink-color', '#abcdef');
    await act(async () => {
      document.documentElement.setAttribute('data-theme', 'dark');
    });
    flushFrames();
    const painted = ctx.ops('stroke');
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.every((call) => call.color === '#abcdef')).toBe(true);

    // The stroke in progress is painted live, before it is reported.
    ctx.calls.length = 0;
    send('pointerdown', { x: 110, y: 120 });
    send('pointermove', { x: 150, y: 120 });
    flushFrames();
    expect(ctx.ops('moveTo').some((call) => call.args[0] === 100 && call.args[1] === 100)).toBe(
      true,
    );
  });
});
