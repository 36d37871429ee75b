import {
  clampCrop,
  fromAdjusted,
  NO_ADJUSTMENT,
  toAdjusted,
  turnedSize,
  type ImageAdjustment,
  type Size,
} from '@recognition';
import { stepBack, stepForward, stepTo, type Steps } from '../ink/undo-steps';
import type { Box, LineCut, RecognizeImageRequest } from '@services/contract';

/**
 * What the user did to a picture before it is read — its turn, its crop and the separators drawn
 * between its lines — with an undo history. Kept with the picture until another one is loaded.
 */

export interface ImageLayout {
  /** Quarter turns clockwise, 0–3. */
  readonly turns: number;
  /** A fine turn in degrees clockwise, within ±`FINE_LIMIT`. */
  readonly fine: number;
  /** In the turned picture's pixels (see `turnedSize`); null keeps it all. */
  readonly crop: Box | null;
  /**
   * In the stored picture's pixels, not the adjusted one's: a later turn or crop leaves each
   * separator on the ink it was drawn between.
   */
  readonly cuts: readonly LineCut[];
}

export const ORIGINAL_LAYOUT: ImageLayout = { turns: 0, fine: 0, crop: null, cuts: [] };
export const FINE_LIMIT = 15;

export function adjustmentOf(layout: ImageLayout): ImageAdjustment {
  const angle = layout.turns * 90 + layout.fine;
  return angle === 0 && layout.crop === null ? NO_ADJUSTMENT : { angle, crop: layout.crop };
}

/** The turn alone: the whole turned picture, as the crop tool shows it. */
export function turnOf(layout: ImageLayout): ImageAdjustment {
  return { angle: layout.turns * 90 + layout.fine, crop: null };
}

export function isOriginal(layout: ImageLayout): boolean {
  return (
    layout.turns === 0 && layout.fine === 0 && layout.crop === null && layout.cuts.length === 0
  );
}

const mapCut = (cut: LineCut, map: (p: readonly [number, number]) => readonly [number, number]) => {
  const [x0, y0] = map([cut.x0, cut.y0]);
  const [x1, y1] = map([cut.x1, cut.y1]);
  return { x0, y0, x1, y1 };
};

/** The separators where the adjusted picture shows them. */
export function shownCuts(layout: ImageLayout, size: Size): LineCut[] {
  const adjustment = adjustmentOf(layout);
  return layout.cuts.map((cut) => mapCut(cut, (p) => toAdjusted(p, size, adjustment)));
}

/** A separator drawn on the adjusted picture, as kept (in the stored picture's pixels). */
export function keptCut(cut: LineCut, layout: ImageLayout, size: Size): LineCut {
  const adjustment = adjustmentOf(layout);
  return mapCut(cut, (p) => fromAdjusted(p, size, adjustment));
}

/** The parts of the read request that say how to read the picture; none for the original. */
export function layoutRequest(
  layout: ImageLayout,
  size: Size,
): Pick<RecognizeImageRequest, 'adjustment' | 'lineCuts'> {
  const adjustment = adjustmentOf(layout);
  return {
    ...(adjustment === NO_ADJUSTMENT ? {} : { adjustment }),
    ...(layout.cuts.length === 0 ? {} : { lineCuts: shownCuts(layout, size) }),
  };
}

/**
 * `layout` turned to `turns` and `fine`, its crop following the ink it framed: its centre goes
 * where the turn takes that point, and it keeps its size (sides swapped by an odd quarter turn),
 * so a quarter turn keeps exactly the same part and a run of fine steps does not make it grow.
 */
export function turned(layout: ImageLayout, turns: number, fine: number, size: Size): ImageLayout {
  const next = { ...layout, turns: ((turns % 4) + 4) % 4, fine: clampFine(fine) };
  if (layout.crop === null) return next;
  const { x, y, width, height } = layout.crop;
  const centre = fromAdjusted([x + width / 2, y + height / 2], size, turnOf(layout));
  const [cx, cy] = toAdjusted(centre, size, turnOf(next));
  const swap = (next.turns - layout.turns) % 2 !== 0;
  const [w, h] = swap ? [height, width] : [width, height];
  const frame = turnedSize(size.width, size.height, next.turns * 90 + next.fine);
  return { ...next, crop: clampCrop({ x: cx - w / 2, y: cy - h / 2, width: w, height: h }, frame) };
}

export function clampFine(fine: number): number {
  if (!Number.isFinite(fine)) return 0;
  return Math.round(Math.max(-FINE_LIMIT, Math.min(FINE_LIMIT, fine)) * 10) / 10;
}

/** The layouts a picture has had: undo goes back one, reset makes the original the newest. */
export interface LayoutHistory extends Steps<ImageLayout> {
  /**
   * What the last change did, when it may go on (a fine angle stepped by the arrow keys, a
   * separator moved): the next change of the same kind replaces it instead of adding a step.
   */
  readonly streak: string | null;
}

export const FRESH_HISTORY: LayoutHistory = {
  past: [],
  present: ORIGINAL_LAYOUT,
  future: [],
  streak: null,
};

export type LayoutAction =
  | { readonly type: 'set'; readonly layout: ImageLayout; readonly streak?: string }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'reset' }
  | { readonly type: 'fresh' };

export function layoutReducer(history: LayoutHistory, action: LayoutAction): LayoutHistory {
  switch (action.type) {
    case 'set': {
      const streak = action.streak ?? null;
      if (streak !== null && streak === history.streak)
        return { ...history, present: action.layout, future: [] };
      return { ...stepTo(history, action.layout), streak };
    }
    case 'undo': {
      const back = stepBack(history);
      return back === null ? history : { ...back, streak: null };
    }
    case 'redo': {
      const forward = stepForward(history);
      return forward === null ? history : { ...forward, streak: null };
    }
    case 'reset':
      if (isOriginal(history.present)) return history;
      return layoutReducer({ ...history, streak: null }, { type: 'set', layout: ORIGINAL_LAYOUT });
    case 'fresh':
      return FRESH_HISTORY;
  }
}
