export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  /** Height available on the chosen side; the popover scrolls inside beyond it. */
  readonly maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;

/**
 * Where a popover goes next to its anchor: below if it fits, else above if it fits, else on the
 * roomier side with a smaller height; horizontally centred on the anchor and kept on screen.
 */
export function placePopover(anchor: Rect, size: Size, viewport: Size): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const goBelow = size.height <= below || (size.height > above && below >= above);
  const maxHeight = Math.max(120, goBelow ? below : above);
  const height = Math.min(size.height, maxHeight);
  const top = goBelow ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const centred = anchor.left + anchor.width / 2 - size.width / 2;
  const left = Math.max(MARGIN, Math.min(centred, viewport.width - size.width - MARGIN));
  return { left, top: Math.max(MARGIN, top), maxHeight };
}
