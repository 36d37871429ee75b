import { useRef, useState, type JSX, type KeyboardEvent, type PointerEvent } from 'react';
import { clampCrop, type Size } from '@recognition';
import type { Box } from '@services/contract';
import { keyStep, svgPoint } from './svg-point';

export interface CropOverlayProps {
  /** The whole turned picture, in its pixels: the crop's coordinates. */
  readonly frame: Size;
  readonly crop: Box | null;
  onApply(crop: Box | null): void;
  onCancel(): void;
}

/** Smaller than this share of the picture's side is a slip, not a crop. */
const MIN_SIDE = 0.02;
/** Corner handles answer this far (share of the picture's shorter side) from the corner. */
const HANDLE_REACH = 0.04;

type Drag =
  | { readonly kind: 'new'; readonly from: readonly [number, number] }
  | { readonly kind: 'move'; readonly from: readonly [number, number]; readonly start: Box }
  /** The corner opposite the one held stays put. */
  | { readonly kind: 'corner'; readonly anchor: readonly [number, number] };

const boxOf = (a: readonly [number, number], b: readonly [number, number]): Box => ({
  x: Math.min(a[0], b[0]),
  y: Math.min(a[1], b[1]),
  width: Math.abs(a[0] - b[0]),
  height: Math.abs(a[1] - b[1]),
});

/** `box` slid back inside `frame` without changing its size. */
function inside(box: Box, frame: Size): Box {
  const width = Math.min(box.width, frame.width);
  const height = Math.min(box.height, frame.height);
  return {
    x: Math.max(0, Math.min(frame.width - width, box.x)),
    y: Math.max(0, Math.min(frame.height - height, box.y)),
    width,
    height,
  };
}

/**
 * The crop tool over the whole turned picture: drag out a rectangle, drag it to move it, drag a
 * corner to resize it. From the keyboard the rectangle is one stop: arrow keys move it, Shift
 * with the arrow keys moves its bottom-right corner (Alt for finer steps), Enter applies and
 * Escape cancels.
 */
export function CropOverlay({ frame, crop, onApply, onCancel }: CropOverlayProps): JSX.Element {
  const inset = (k: number) => k * 0.05;
  const [draft, setDraft] = useState<Box>(
    () =>
      clampCrop(crop, frame) ?? {
        x: inset(frame.width),
        y: inset(frame.height),
        width: frame.width * 0.9,
        height: frame.height * 0.9,
      },
  );
  const drag = useRef<Drag | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const reach = HANDLE_REACH * Math.min(frame.width, frame.height);
  const corners: readonly (readonly [number, number])[] = [
    [draft.x, draft.y],
    [draft.x + draft.width, draft.y],
    [draft.x, draft.y + draft.height],
    [draft.x + draft.width, draft.y + draft.height],
  ];

  const point = (event: PointerEvent<SVGSVGElement>): [number, number] => {
    const [x, y] = svgPoint(event.currentTarget, frame, event);
    return [Math.max(0, Math.min(frame.width, x)), Math.max(0, Math.min(frame.height, y))];
  };
  const down = (event: PointerEvent<SVGSVGElement>) => {
    const p = point(event);
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const held = corners.findIndex((c) => Math.hypot(c[0] - p[0], c[1] - p[1]) <= reach);
    if (held >= 0) drag.current = { kind: 'corner', anchor: corners[3 - held] };
    else if (
      p[0] >= draft.x &&
      p[0] <= draft.x + draft.width &&
      p[1] >= draft.y &&
      p[1] <= draft.y + draft.height
    )
      drag.current = { kind: 'move', from: p, start: draft };
    else drag.current = { kind: 'new', from: p };
  };
  const move = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d === null) return;
    const p = point(event);
    if (d.kind === 'move')
      setDraft(
        inside(
          { ...d.start, x: d.start.x + p[0] - d.from[0], y: d.start.y + p[1] - d.from[1] },
          frame,
        ),
      );
    else {
      const box = boxOf(d.kind === 'new' ? d.from : d.anchor, p);
      if (box.width >= MIN_SIDE * frame.width && box.height >= MIN_SIDE * frame.height)
        setDraft(box);
    }
  };
  const up = () => {
    drag.current = null;
  };

  const key = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onApply(clampCrop(draft, frame));
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    const arrows: Record<string, readonly [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const dir = arrows[event.key];
    if (dir === undefined) return;
    event.preventDefault();
    const dx = dir[0] * keyStep(frame.width, event.altKey);
    const dy = dir[1] * keyStep(frame.height, event.altKey);
    if (event.shiftKey) {
      const width = Math.max(
        MIN_SIDE * frame.width,
        Math.min(frame.width - draft.x, draft.width + dx),
      );
      const height = Math.max(
        MIN_SIDE * frame.height,
        Math.min(frame.height - draft.y, draft.height + dy),
      );
      setDraft({ ...draft, width, height });
    } else setDraft(inside({ ...draft, x: draft.x + dx, y: draft.y + dy }, frame));
  };

  const r = (v: number) => Math.round(v);
  return (
    <>
      <svg
        ref={svg}
        className="crop-overlay"
        data-testid="crop-overlay"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        preserveAspectRatio="none"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      >
        <path
          className="crop-shade"
          fillRule="evenodd"
          d={`M0 0H${frame.width}V${frame.height}H0Z M${draft.x} ${draft.y}h${draft.width}v${draft.height}h${-draft.width}Z`}
        />
        <g
          className="crop-area"
          data-testid="crop-area"
          tabIndex={0}
          role="group"
          aria-roledescription="crop area"
          aria-label={`Crop area ${r(draft.width)}×${r(draft.height)} at ${r(draft.x)}, ${r(draft.y)}. Arrow keys move it, Shift with arrow keys resizes it, Enter applies, Escape cancels.`}
          onKeyDown={key}
        >
          <rect
            x={draft.x}
            y={draft.y}
            width={draft.width}
            height={draft.height}
            vectorEffect="non-scaling-stroke"
          />
          {corners.map(([x, y], i) => (
            <circle key={i} className="crop-handle" cx={x} cy={y} r={reach / 2} />
          ))}
        </g>
      </svg>
      <div className="crop-actions">
        <button type="button" className="button" onClick={() => onApply(clampCrop(draft, frame))}>
          Apply crop
        </button>
        {crop === null ? null : (
          <button type="button" className="button" onClick={() => onApply(null)}>
            Whole picture
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
