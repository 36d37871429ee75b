import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';

/** Movement (CSS px) after which a press on a box is writing, not a click. */
export const DRAG_SLOP_PX = 4;

interface Press {
  readonly pointerId: number;
  readonly pointerType: string;
  readonly pressure: number;
  readonly clientX: number;
  readonly clientY: number;
  /** The drawing canvas under the box. */
  readonly canvas: HTMLCanvasElement;
}

function pointer(type: string, press: Press, at: { clientX: number; clientY: number }) {
  return new PointerEvent(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: at.clientX,
    clientY: at.clientY,
    pointerId: press.pointerId,
    pointerType: press.pointerType,
    pressure: press.pressure,
    isPrimary: true,
    button: type === 'pointerdown' ? 0 : -1,
    buttons: 1,
  });
}

/**
 * Symbol boxes over the ink must take clicks (to open the correction), but the ink canvas
 * leaves presses on its overlay alone, so without this a user could not add a stroke to a
 * symbol that already has a box (the bar of ∀, the head of →). A press on a box that moves
 * further than a click would is handed to the canvas as the start of a stroke; a press that
 * stays put remains a click. Returns the boxes' pointerdown handler.
 */
export function useDragThrough(): (event: ReactPointerEvent<Element>) => void {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  return useCallback((event: ReactPointerEvent<Element>) => {
    if (typeof PointerEvent !== 'function' || event.button !== 0) return;
    const svg = event.currentTarget.closest('svg');
    const canvas = svg?.parentElement?.querySelector('canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return;
    // As on the canvas itself: a press here must not start a text selection.
    event.preventDefault();
    stop.current?.();
    const press: Press = {
      pointerId: event.pointerId,
      pointerType: event.pointerType,
      pressure: event.pressure,
      clientX: event.clientX,
      clientY: event.clientY,
      canvas,
    };

    const onMove = (move: PointerEvent) => {
      if (move.pointerId !== press.pointerId) return;
      const distance = Math.hypot(move.clientX - press.clientX, move.clientY - press.clientY);
      if (distance < DRAG_SLOP_PX) return;
      end();
      // The canvas captures the pointer on this pointerdown, so the rest of the stroke reaches
      // it directly; the move that crossed the slop is replayed so no ink is lost.
      press.canvas.dispatchEvent(pointer('pointerdown', press, press));
      press.canvas.dispatchEvent(pointer('pointermove', press, move));
    };
    const onUp = (up: PointerEvent) => {
      if (up.pointerId === press.pointerId) end();
    };
    const end = () => {
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onUp, true);
      stop.current = null;
    };
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onUp, true);
    stop.current = end;
  }, []);
}
