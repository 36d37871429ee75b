import { useCallback, useState } from 'react';
import type { InkformApi } from '@services/contract';
import type { Segmentation } from '../components/correction/SegmentControls';
import type { CutPreview } from '../components/draw/SymbolBoxes';
import type { LineState } from '../lib/page-results';
import {
  boxCuts,
  splitBox,
  splitStrokes,
  strokeCuts,
  unionBox,
  type StrokeGroup,
} from '../lib/segmentation';
import type { SymbolRef } from '../lib/symbol-ref';
import type { Drawing } from './use-drawing';
import type { ImagePage } from './use-image-page';
import { useKeptLabels } from './use-kept-labels';

export interface SegmentationTarget {
  readonly at: SymbolRef;
  readonly line: LineState;
}

export interface SegmentationOptions {
  readonly api: InkformApi;
  readonly report: (error: unknown) => void;
  /** Which page the symbol is on. */
  readonly view: 'draw' | 'image';
  readonly drawing: Drawing;
  readonly image: ImagePage;
  /** The symbol whose correction is open, or null. */
  readonly target: SegmentationTarget | null;
  /** Closes the correction once the user has split or joined. */
  onDone(): void;
}

export interface SegmentationUi {
  /** For the correction popover; undefined while no symbol is open. */
  readonly segmentation: Segmentation | undefined;
  /** The cut being chosen, for the page to show. */
  readonly cut: CutPreview | null;
}

/**
 * Splitting and joining symbols from the correction popover, on either page: a drawing's
 * strokes are grouped (an undoable step of the drawing's history), a picture's boxes are cut or
 * merged; either way the page is read again around the user's choice.
 */
export function useSegmentation(options: SegmentationOptions): SegmentationUi {
  const { view, drawing, image, target, onDone } = options;
  const [wanted, setWanted] = useState<number | null>(null);
  const onPreview = useCallback((x: number | null) => setWanted(x), []);
  const keepLabels = useKeptLabels(options.api, options.report, drawing, image);
  if (target === null) return { segmentation: undefined, cut: null };

  const { at, line } = target;
  const symbols = line.current.symbols;
  const box = symbols[at.symbol]?.box;
  if (box === undefined) return { segmentation: undefined, cut: null };
  const strokesOf = (symbol: number) => drawing.strokesOf(at.line, symbol);
  const neighbour = (side: 'previous' | 'next') => at.symbol + (side === 'previous' ? -1 : 1);

  // `changed`: the symbols split or joined, whose labels go with their old boxes.
  const regroup = (groups: readonly StrokeGroup[], changed: readonly number[]) => {
    if (groups.some((g) => g.length === 0)) return;
    keepLabels('draw', at.line, line, changed);
    drawing.history.segment(groups);
    onDone();
  };
  const recut = (
    region: typeof box,
    parts: readonly (typeof box)[],
    changed: readonly number[],
  ) => {
    keepLabels('image', at.line, line, changed);
    image.segment(region, parts);
    onDone();
  };

  const cuts = view === 'draw' ? strokeCuts(strokesOf(at.symbol)) : boxCuts(box);
  const cutX = wanted === null || cuts.kind !== 'cuts' ? null : nearest(cuts.positions, wanted);
  const split = (x: number) => {
    if (view === 'draw') regroup(splitStrokes(strokesOf(at.symbol), x), [at.symbol]);
    else recut(box, splitBox(box, x), [at.symbol]);
  };

  const ids = view === 'draw' ? strokesOf(at.symbol).map((s) => s.id) : [];
  const segments = drawing.history.doc.segments ?? [];
  const delimited =
    view === 'draw' ? segments.some((g) => g.some((id) => ids.includes(id))) : image.delimits(box);

  const segmentation: Segmentation = {
    cuts,
    cutX,
    delimited,
    onRelease: () => {
      keepLabels(view, at.line, line, [at.symbol]);
      if (view === 'draw') drawing.history.unsegment(ids);
      else image.segment(box, []);
      onDone();
    },
    canJoinPrevious: at.symbol > 0,
    canJoinNext: at.symbol < symbols.length - 1,
    onPreview,
    onSplit: split,
    onJoin: (side) => {
      const other = neighbour(side);
      const otherBox = symbols[other]?.box;
      if (otherBox === undefined) return;
      const changed = [at.symbol, other];
      if (view === 'draw')
        regroup([[...strokesOf(at.symbol), ...strokesOf(other)].map((s) => s.id)], changed);
      else {
        const joined = unionBox(box, otherBox);
        recut(joined, [joined], changed);
      }
    },
  };
  const cut: CutPreview | null =
    cutX === null ? null : { at, x: cutX, onMove: onPreview, onCommit: () => split(cutX) };
  return { segmentation, cut };
}

/** The position closest to `x`; null when there is none. */
function nearest(positions: readonly number[], x: number): number | null {
  let best: number | null = null;
  for (const p of positions) if (best === null || Math.abs(p - x) < Math.abs(best - x)) best = p;
  return best;
}
