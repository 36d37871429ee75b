/**
 * Windowing for the sample grid: which cells are on screen (plus a margin), so a set of tens of
 * thousands of samples renders a few dozen thumbnails, and which pages of samples to fetch.
 */

export interface GridGeometry {
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly gap: number;
}

export interface GridWindowInput extends GridGeometry {
  readonly total: number;
  /** The scroller's inner width and height, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly scrollTop: number;
  /** Rows rendered beyond each edge, so a quick scroll does not show blanks. */
  readonly overscanRows?: number;
}

export interface GridWindow {
  readonly columns: number;
  readonly rows: number;
  /** First cell rendered and one past the last. */
  readonly start: number;
  readonly end: number;
  /** Full scrollable height, so the scrollbar is the whole set's. */
  readonly totalHeight: number;
  readonly rowPitch: number;
  readonly columnPitch: number;
}

export function columnsFor(width: number, geometry: GridGeometry): number {
  return Math.max(1, Math.floor((width + geometry.gap) / (geometry.cellWidth + geometry.gap)));
}

export function gridWindow(input: GridWindowInput): GridWindow {
  const columns = columnsFor(input.width, input);
  const total = Math.max(0, Math.floor(input.total));
  const rows = Math.ceil(total / columns);
  const rowPitch = input.cellHeight + input.gap;
  const columnPitch = input.cellWidth + input.gap;
  const overscan = input.overscanRows ?? 2;
  const top = Math.max(0, input.scrollTop);
  const firstRow = Math.max(0, Math.floor(top / rowPitch) - overscan);
  const lastRow = Math.min(
    rows,
    Math.ceil((top + Math.max(0, input.height)) / rowPitch) + overscan,
  );
  return {
    columns,
    rows,
    start: Math.min(total, firstRow * columns),
    end: Math.min(total, Math.max(firstRow, lastRow) * columns),
    totalHeight: Math.max(0, rows * rowPitch - input.gap),
    rowPitch,
    columnPitch,
  };
}

/** Where cell `index` sits in the scrolled content. */
export function cellPosition(index: number, window: GridWindow): { left: number; top: number } {
  return {
    left: (index % window.columns) * window.columnPitch,
    top: Math.floor(index / window.columns) * window.rowPitch,
  };
}

/** Page numbers (of `pageSize` samples each) that hold the cells [start, end). */
export function pagesCovering(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const first = Math.floor(start / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
