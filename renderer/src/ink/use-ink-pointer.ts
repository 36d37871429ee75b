import { useEffect, type RefObject } from 'react';
import { listenAll } from './dom-listeners';
import { clientToStroke } from './coordinates';
import { ERASER_RADIUS, strokesHit, type Vec } from './hit-test';
import type { InkPoint, InkStroke, InkTool } from './ink-types';
import type { InkScene } from './paint-ink';
import { decideDown, isActivePointer, type ActiveDrag } from './pointer-gate';
import { addPoint } from './stroke-builder';
import { newStrokeId } from './stroke-id';

/** What the pointer handling needs from the current props. */
export interface InkPointerConfig {
  readonly strokes: readonly InkStroke[];
  readonly tool: InkTool;
  readonly penWidth: number;
  readonly zoom: number;
  readonly onStroke: (stroke: InkStroke) => void;
  readonly onErase: (ids: readonly string[]) => void;
  readonly onStrokeStart?: () => void;
}

/** The part of a frame that belongs to the drag under way. */
export type DragScene = Omit<InkScene, 'strokes'>;

export const IDLE_DRAG: DragScene = { pendingErase: new Set(), live: null, eraser: null };

export interface InkPointerElements {
  /** Receives the pointer events; coordinates are relative to its top-left. */
  readonly surface: RefObject<HTMLElement | null>;
  /** Presses on the workspace's own controls in the overlay are theirs, not ink. */
  readonly overlay: RefObject<Element | null>;
  /** Takes keyboard focus when drawing starts, as a click on any control would. */
  readonly focusTarget: RefObject<HTMLElement | null>;
}

function samples(event: PointerEvent): readonly PointerEvent[] {
  // Fast strokes deliver one event per frame; the coalesced ones hold the samples in between.
  if (typeof event.getCoalescedEvents !== 'function') return [event];
  const coalesced = event.getCoalescedEvents();
  return coalesced.length > 0 ? coalesced : [event];
}

/**
 * Turns pointer events on the surface into strokes and erasures: one drag at a time (palm and
 * second-finger rejection in pointer-gate.ts), pointer capture so a stroke may leave the
 * surface, and Escape or pointercancel to abandon the drag. Reports each change of the drag to
 * `onDragChange` (for painting) and finished work through the config's callbacks.
 */
export function useInkPointer(
  elements: InkPointerElements,
  config: RefObject<InkPointerConfig>,
  onDragChange: (drag: DragScene) => void,
): void {
  const { surface: surfaceRef, overlay: overlayRef, focusTarget: focusRef } = elements;
  useEffect(() => {
    const surface = surfaceRef.current;
    if (surface === null) return;
    let active: ActiveDrag | null = null;
    let points: InkPoint[] = [];
    let width = 0;
    let erased = new Set<string>();
    let eraserAt: Vec | null = null;

    const publish = (): void => {
      if (active === null) onDragChange(IDLE_DRAG);
      else if (active.mode === 'draw') onDragChange({ ...IDLE_DRAG, live: { points, width } });
      else {
        const eraser = eraserAt === null ? null : { ...eraserAt, radius: ERASER_RADIUS };
        onDragChange({ pendingErase: erased, live: null, eraser });
      }
    };

    const end = (): void => {
      active = null;
      points = [];
      erased = new Set();
      eraserAt = null;
      publish();
    };

    const pointAt = (event: PointerEvent, origin: DOMRect, pressure: number): InkPoint => {
      const { x, y } = clientToStroke(event, origin, config.current.zoom);
      return { x, y, pressure, t: event.timeStamp };
    };

    const eraseAlong = (to: Vec): void => {
      const from = eraserAt ?? to;
      for (const id of strokesHit(config.current.strokes, from, to)) erased.add(id);
      eraserAt = to;
    };

    const onDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && overlayRef.current?.contains(event.target)) return;
      const decision = decideDown(active, event, config.current.tool);
      if (decision.kind === 'ignore') return;
      // Without this a press would also select text and fire mouse events the page may act on.
      event.preventDefault();
      if (typeof surface.setPointerCapture === 'function') {
        try {
          surface.setPointerCapture(event.pointerId);
        } catch {
          // The pointer is already gone (a synthetic or very short press): nothing to capture.
        }
      }
      focusRef.current?.focus({ preventScroll: true });
      active = decision.drag;
      points = [];
      erased = new Set();
      eraserAt = null;
      const origin = surface.getBoundingClientRect();
      const point = pointAt(event, origin, event.pressure);
      if (active.mode === 'draw') {
        width = config.current.penWidth;
        points.push(point);
        config.current.onStrokeStart?.();
      } else {
        eraseAlong(point);
      }
      publish();
    };

    const onMove = (event: PointerEvent): void => {
      if (active === null || !isActivePointer(active, event.pointerId)) return;
      const origin = surface.getBoundingClientRect();
      for (const sample of samples(event)) {
        const point = pointAt(sample, origin, sample.pressure);
        if (active.mode === 'draw') addPoint(points, point, false);
        else eraseAlong(point);
      }
      publish();
    };

    const onUp = (event: PointerEvent): void => {
      if (active === null || !isActivePointer(active, event.pointerId)) return;
      const origin = surface.getBoundingClientRect();
      if (active.mode === 'draw') {
        // A lifted pointer reports pressure 0; the pen's last pressure is the one that drew.
        const pressure = points[points.length - 1]?.pressure ?? event.pressure;
        addPoint(points, pointAt(event, origin, pressure), true);
        const stroke: InkStroke = { id: newStrokeId(), points, width };
        end();
        config.current.onStroke(stroke);
      } else {
        eraseAlong(pointAt(event, origin, 0));
        const ids = [...erased];
        end();
        if (ids.length > 0) config.current.onErase(ids);
      }
    };

    const onCancel = (event: PointerEvent): void => {
      if (isActivePointer(active, event.pointerId)) end();
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && active !== null) {
        event.preventDefault();
        end();
      }
    };

    const onContextMenu = (event: Event): void => {
      // A long press of a finger or pen asks for the context menu in the middle of a stroke.
      if (active !== null) event.preventDefault();
    };

    return listenAll<HTMLElementEventMap>(surface, {
      pointerdown: onDown,
      pointermove: onMove,
      pointerup: onUp,
      pointercancel: onCancel,
      lostpointercapture: onCancel,
      keydown: onKeyDown,
      contextmenu: onContextMenu,
    });
  }, [surfaceRef, overlayRef, focusRef, config, onDragChange]);
}
