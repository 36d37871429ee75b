import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  type CSSProperties,
  type JSX,
  type ReactNode,
} from 'react';
import { safeZoom } from './coordinates';
import { eraserCursor } from './eraser-cursor';
import { ERASER_RADIUS } from './hit-test';
import type { InkStroke, InkTool } from './ink-types';
import { pageSize } from './page-size';
import type { InkScene } from './paint-ink';
import { IDLE_DRAG, useInkPointer, type DragScene, type InkPointerConfig } from './use-ink-pointer';
import { useInkPainter } from './use-ink-painter';
import { useLatest } from '../hooks/use-latest';
import { useZoomAnchor } from './use-zoom-anchor';

export interface InkCanvasProps {
  readonly strokes: readonly InkStroke[];
  /** A finished pen stroke. */
  readonly onStroke: (stroke: InkStroke) => void;
  /** Strokes the eraser touched during one drag. */
  readonly onErase: (ids: readonly string[]) => void;
  readonly tool: InkTool;
  /** In canvas units at zoom 1. */
  readonly penWidth: number;
  /** 1 = 100 %. */
  readonly zoom: number;
  /** Drawn above the ink in an <svg> whose user units ARE stroke units (same zoom and scroll). */
  readonly overlay?: ReactNode;
  /** Called with the time of pointerdown, so the workspace can pause live recognition. */
  readonly onStrokeStart?: () => void;
  /** Default "Drawing canvas". */
  readonly ariaLabel?: string;
}

const HINT = 'Draw with mouse, pen or finger. Ctrl+Z undo, Ctrl+Shift+Z redo.';

const scrollerStyle: CSSProperties = {
  position: 'relative',
  width: '100%',
  height: '100%',
  overflow: 'auto',
};

const canvasStyle: CSSProperties = {
  // Sticks to the viewport while the page scrolls under it (see use-ink-painter.ts).
  position: 'sticky',
  left: 0,
  top: 0,
  display: 'block',
  touchAction: 'none',
};

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * The drawing page: a scrollable surface of stroke units that grows with the ink, painted on a
 * canvas, with the workspace's overlay above it. Fills its parent, which must have a height.
 */
export function InkCanvas(props: InkCanvasProps): JSX.Element {
  const { strokes, tool, penWidth, overlay, ariaLabel = 'Drawing canvas' } = props;
  const zoom = safeZoom(props.zoom);
  const hintId = useId();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<SVGSVGElement>(null);
  const dragRef = useRef<DragScene>(IDLE_DRAG);

  const page = useMemo(() => pageSize(strokes), [strokes]);
  const pageWidth = page.width * zoom;
  const pageHeight = page.height * zoom;

  const config = useLatest<InkPointerConfig>({
    strokes,
    tool,
    penWidth,
    zoom,
    onStroke: props.onStroke,
    onErase: props.onErase,
    onStrokeStart: props.onStrokeStart,
  });
  const sceneOf = useLatest((): InkScene => ({ strokes, ...dragRef.current }));

  useZoomAnchor(scrollerRef, zoom);
  const requestPaint = useInkPainter(
    { scroller: scrollerRef, surface: surfaceRef, canvas: canvasRef },
    { zoom, pageWidth, pageHeight },
    sceneOf,
  );
  const onDragChange = useCallback(
    (drag: DragScene) => {
      dragRef.current = drag;
      requestPaint();
    },
    [requestPaint],
  );
  useInkPointer(
    { surface: surfaceRef, overlay: overlayRef, focusTarget: canvasRef },
    config,
    onDragChange,
  );
  // New ink, an erasure, an undo or a loaded drawing: the next frame shows it.
  useEffect(() => requestPaint(), [strokes, requestPaint]);

  const surfaceStyle: CSSProperties = {
    position: 'relative',
    width: pageWidth,
    height: pageHeight,
    touchAction: 'none',
    userSelect: 'none',
    WebkitUserSelect: 'none',
    cursor: tool === 'eraser' ? eraserCursor(ERASER_RADIUS * zoom) : 'crosshair',
  };

  return (
    <div ref={scrollerRef} style={scrollerStyle}>
      <div ref={surfaceRef} data-testid="ink-surface" style={surfaceStyle}>
        <canvas
          ref={canvasRef}
          tabIndex={0}
          role="application"
          aria-label={ariaLabel}
          aria-describedby={hintId}
          style={canvasStyle}
        />
        {overlay === undefined || overlay === null ? null : (
          <svg
            ref={overlayRef}
            viewBox={`0 0 ${page.width} ${page.height}`}
            width={pageWidth}
            height={pageHeight}
            style={{
              position: 'absolute',
              left: 0,
              top: 0,
              pointerEvents: 'none',
              overflow: 'visible',
            }}
          >
            {overlay}
          </svg>
        )}
        <span id={hintId} style={visuallyHidden}>
          {HINT}
        </span>
      </div>
    </div>
  );
}
