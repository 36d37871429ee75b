import {
  useEffect,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { type Size, cutYAt } from '@recognition';
import type { LineCut } from '@services/contract';
import { keyStep, svgPoint } from './svg-point';

export interface LineCutsOverlayProps {
  /** The picture as shown (turned and cropped), in its pixels: the separators' coordinates. */
  readonly size: Size;
  readonly cuts: readonly LineCut[];
  /** The separator tool is on: a drag across the picture draws one. */
  readonly drawing: boolean;
  onAdd(cut: LineCut): void;
  onMove(index: number, cut: LineCut): void;
  onRemove(index: number): void;
  /** Separator to focus once it is shown (one just added from the keyboard). */
  readonly focus: number | null;
  onFocused(): void;
}

/** A drag shorter than this share of the picture's width is a click: a level separator there. */
const CLICK = 0.01;
/** A drag steeper than this is taken as a level separator at its middle: lines are not upright. */
const STEEPEST = 0.5;

/** The separator from `a` to `b`, level when it was a click or too steep to be meant. */
function cutFrom(a: readonly [number, number], b: readonly [number, number], size: Size): LineCut {
  const dx = Math.abs(b[0] - a[0]);
  const dy = Math.abs(b[1] - a[1]);
  if (dx < CLICK * size.width || dy > STEEPEST * dx) {
    const y = (a[1] + b[1]) / 2;
    return { x0: 0, y0: y, x1: size.width, y1: y };
  }
  return { x0: a[0], y0: a[1], x1: b[0], y1: b[1] };
}

/**
 * The user's separators between lines over the picture, each drawn across its whole width (the
 * reader carries it that far). Each is one stop for the keyboard: the arrow keys move it up or
 * down (Alt for finer steps), Delete removes it.
 */
export function LineCutsOverlay(props: LineCutsOverlayProps): JSX.Element {
  const { size, cuts } = props;
  const [from, setFrom] = useState<readonly [number, number] | null>(null);
  const [to, setTo] = useState<readonly [number, number] | null>(null);
  const handles = useRef<(SVGGElement | null)[]>([]);
  const { focus, onFocused } = props;

  useEffect(() => {
    if (focus === null) return;
    const handle = handles.current[focus];
    if (handle) {
      handle.focus();
      onFocused();
    }
  }, [focus, cuts.length, onFocused]);

  const point = (event: PointerEvent<SVGSVGElement>) =>
    svgPoint(event.currentTarget, size, event) as [number, number];
  const down = (event: PointerEvent<SVGSVGElement>) => {
    if (!props.drawing) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const p = point(event);
    setFrom(p);
    setTo(p);
  };
  const move = (event: PointerEvent<SVGSVGElement>) => {
    if (from !== null) setTo(point(event));
  };
  const up = (event: PointerEvent<SVGSVGElement>) => {
    if (from === null) return;
    props.onAdd(cutFrom(from, point(event), size));
    setFrom(null);
    setTo(null);
  };

  const key = (index: number, cut: LineCut) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.onRemove(index);
      return;
    }
    const dir = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (dir === 0) return;
    event.preventDefault();
    const dy = dir * keyStep(size.height, event.altKey);
    props.onMove(index, { ...cut, y0: cut.y0 + dy, y1: cut.y1 + dy });
  };

  const preview = from !== null && to !== null ? cutFrom(from, to, size) : null;
  const across = (cut: LineCut) => ({
    x1: 0,
    y1: cutYAt(cut, 0),
    x2: size.width,
    y2: cutYAt(cut, size.width),
  });
  return (
    <svg
      className={`line-cuts${props.drawing ? ' is-drawing' : ''}`}
      data-testid="line-cuts"
      viewBox={`0 0 ${size.width} ${size.height}`}
      preserveAspectRatio="none"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => {
        setFrom(null);
        setTo(null);
      }}
    >
      {cuts.map((cut, i) => {
        const middle = Math.round(cutYAt(cut, size.width / 2));
        return (
          <g
            key={i}
            ref={(el) => {
              handles.current[i] = el;
            }}
            className="line-cut"
            data-testid={`line-cut-${i}`}
            tabIndex={0}
            role="slider"
            aria-orientation="vertical"
            aria-label={`Line separator ${i + 1}`}
            aria-valuemin={0}
            aria-valuemax={Math.round(size.height)}
            aria-valuenow={middle}
            aria-valuetext={`${middle} px from the top; arrow keys move it, Delete removes it`}
            onKeyDown={key(i, cut)}
          >
            <line className="line-cut-hit" {...across(cut)} vectorEffect="non-scaling-stroke" />
            <line className="line-cut-line" {...across(cut)} vectorEffect="non-scaling-stroke" />
          </g>
        );
      })}
      {preview === null ? null : (
        <line
          className="line-cut-line is-preview"
          {...across(preview)}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
