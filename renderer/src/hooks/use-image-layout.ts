import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Size } from '@recognition';
import type { Box, LineCut } from '@services/contract';
import {
  FRESH_HISTORY,
  clampFine,
  isOriginal,
  keptCut,
  layoutReducer,
  layoutRequest,
  shownCuts,
  turned,
  type ImageLayout,
} from '../lib/image-layout';
import type { ImageReadLayout, ImageSource } from './use-image-page';

/** After the last arrow-key step of an angle or a separator, the picture is read again. */
export const RELAYOUT_DELAY_MS = 350;

export type ImageTool = 'none' | 'crop' | 'cut';

export interface ImageLayoutControl {
  readonly layout: ImageLayout;
  /** The stored picture's size once known (the photo loaded, or read as it was). */
  readonly size: Size | null;
  setSize(size: Size): void;
  readonly tool: ImageTool;
  setTool(tool: ImageTool): void;
  /** A quarter turn: +1 clockwise, −1 anticlockwise. */
  turn(by: 1 | -1): void;
  /** The fine angle in degrees; `stepping` for arrow keys and drags, which make one undo step. */
  setFine(degrees: number, stepping?: boolean): void;
  /** In the turned picture's pixels; null keeps it all. */
  setCrop(crop: Box | null): void;
  /** The separators as the adjusted picture shows them. */
  readonly cuts: readonly LineCut[];
  /** A separator drawn on the adjusted picture. */
  addCut(cut: LineCut): void;
  /** Separator `index` moved to `cut` (adjusted picture) by a key press. */
  moveCut(index: number, cut: LineCut): void;
  removeCut(index: number): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly canReset: boolean;
  undo(): void;
  redo(): void;
  reset(): void;
}

/**
 * The turn, crop and line separators of the picture in `source`, with their history. Every
 * change reads the picture again through `relayout` (a run of arrow-key steps once, when it
 * stops); another picture starts from its original.
 */
export function useImageLayout(
  source: ImageSource | null,
  relayout: (layout: ImageReadLayout) => void,
): ImageLayoutControl {
  const [history, dispatch] = useReducer(layoutReducer, FRESH_HISTORY);
  const [size, setStoredSize] = useState<Size | null>(null);
  const [tool, setTool] = useState<ImageTool>('none');
  const layout = history.present;

  const [shownFor, setShownFor] = useState(source);
  if (shownFor !== source) {
    // A new picture: its own original layout, from the first render that shows it.
    setShownFor(source);
    dispatch({ type: 'fresh' });
    setStoredSize(null);
    setTool('none');
  }

  // Only changes the user made are read again: the picture was read as it is when it loaded.
  const sent = useRef<ImageLayout>(layout);
  const relayoutLatest = useRef(relayout);
  relayoutLatest.current = relayout;
  useEffect(() => {
    sent.current = FRESH_HISTORY.present;
  }, [source]);
  useEffect(() => {
    if (size === null || layout === sent.current) return;
    const timer = setTimeout(
      () => {
        sent.current = layout;
        relayoutLatest.current(layoutRequest(layout, size));
      },
      history.streak === null ? 0 : RELAYOUT_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [layout, size, history.streak]);

  const setSize = useCallback((next: Size) => {
    setStoredSize((known) =>
      known !== null && known.width === next.width && known.height === next.height ? known : next,
    );
  }, []);

  const change = (next: ImageLayout, streak?: string) =>
    dispatch({ type: 'set', layout: next, streak });
  const turn = (by: 1 | -1) => {
    if (size !== null) change(turned(layout, layout.turns + by, layout.fine, size));
  };
  const setFine = (degrees: number, stepping = false) => {
    if (size === null || clampFine(degrees) === layout.fine) return;
    change(turned(layout, layout.turns, degrees, size), stepping ? 'fine' : undefined);
  };
  const setCrop = (crop: Box | null) => change({ ...layout, crop });
  const addCut = (cut: LineCut) => {
    if (size !== null) change({ ...layout, cuts: [...layout.cuts, keptCut(cut, layout, size)] });
  };
  const moveCut = (index: number, cut: LineCut) => {
    if (size === null) return;
    const cuts = layout.cuts.map((c, i) => (i === index ? keptCut(cut, layout, size) : c));
    change({ ...layout, cuts }, `cut-${index}`);
  };
  const removeCut = (index: number) =>
    change({ ...layout, cuts: layout.cuts.filter((_, i) => i !== index) });

  return {
    layout,
    size,
    setSize,
    tool,
    setTool,
    turn,
    setFine,
    setCrop,
    cuts: size === null ? [] : shownCuts(layout, size),
    addCut,
    moveCut,
    removeCut,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    canReset: !isOriginal(layout),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    reset: () => dispatch({ type: 'reset' }),
  };
}
