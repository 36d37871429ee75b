import { useRef, type JSX, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_WIDTH } from '../../hooks/use-panel-width';

export interface SplitterProps {
  /** The results panel's width in CSS pixels. */
  readonly width: number;
  onResize(width: number): void;
}

/**
 * The handle between the page and the results panel. The panel is on the right, so dragging
 * left widens it; arrows resize by a grid step for keyboard users.
 */
export function Splitter({ width, onResize }: SplitterProps): JSX.Element {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    onResize(drag.current.startWidth + (drag.current.startX - event.clientX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta =
      event.key === 'ArrowLeft'
        ? PANEL_WIDTH.step
        : event.key === 'ArrowRight'
          ? -PANEL_WIDTH.step
          : 0;
    if (event.key === 'Home') onResize(PANEL_WIDTH.max);
    else if (event.key === 'End') onResize(PANEL_WIDTH.min);
    else if (delta !== 0) onResize(width + delta);
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize results panel"
      aria-valuenow={width}
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={PANEL_WIDTH.max}
      tabIndex={0}
      className="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onResize(PANEL_WIDTH.initial)}
    />
  );
}
