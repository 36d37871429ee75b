import { useEffect, useRef, useState, type JSX, type ReactNode } from 'react';
import { useElementSize } from '../hooks/use-element-size';
import { cellPosition, gridWindow, type GridGeometry } from '../lib/grid-window';

export const SAMPLE_CELL: GridGeometry = { cellWidth: 76, cellHeight: 92, gap: 8 };

/** A first screen for layouts that are not measured yet (and for jsdom, which never is). */
const FALLBACK_SIZE = { width: 720, height: 480 };

export interface VirtualGridProps {
  readonly total: number;
  /** The grid's accessible name. */
  readonly label: string;
  renderCell(index: number): ReactNode;
  /** The cells now rendered, so the caller can fetch what they show. */
  onRange(start: number, end: number): void;
  readonly geometry?: GridGeometry;
}

/**
 * A scrolling grid that renders only the rows on screen (and a couple around them): the
 * scrollbar spans every cell, the DOM holds a few dozen.
 */
export function VirtualGrid(props: VirtualGridProps): JSX.Element {
  const geometry = props.geometry ?? SAMPLE_CELL;
  const scroller = useRef<HTMLDivElement>(null);
  const size = useElementSize(scroller, FALLBACK_SIZE);
  const [scrollTop, setScrollTop] = useState(0);
  const view = gridWindow({ ...geometry, ...size, total: props.total, scrollTop });
  const { start, end } = view;
  const { onRange } = props;

  useEffect(() => onRange(start, end), [onRange, start, end]);

  const cells: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const { left, top } = cellPosition(index, view);
    cells.push(
      <div
        key={index}
        className="vgrid-cell"
        style={{ left, top, width: geometry.cellWidth, height: geometry.cellHeight }}
      >
        {props.renderCell(index)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className="vgrid"
      role="group"
      aria-label={props.label}
      data-testid="sample-grid"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="vgrid-content" style={{ height: view.totalHeight }}>
        {cells}
      </div>
    </div>
  );
}
