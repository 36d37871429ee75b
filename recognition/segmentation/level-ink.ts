import { adjustImage, fromAdjusted, toAdjusted, type Point } from '../imaging/adjust-image.js';
import type { GrayImage } from '../imaging/gray-image.js';
import type { Box } from '../types.js';
import { findInk, type PageInk, type SegmentOptions } from './segment-image.js';
import { estimateSkew } from './skew.js';

/** A page's ink found on the picture turned level, with the way back to the picture's pixels. */
export interface LevelInk {
  readonly page: PageInk;
  /** Degrees the writing fell to the right (clockwise) and was turned back by; 0 if none. */
  readonly skew: number;
  /** A box of the levelled picture (as `page` gives them) where it lies in `gray`. */
  readonly toPicture: (box: Box) => Box;
  /** A box of `gray` where it lies in the levelled picture. */
  readonly fromPicture: (box: Box) => Box;
}

/**
 * A box moved with its centre, its size kept: a symbol's box turned a few degrees is the same
 * symbol's box, and a box the user drew (a split or joined symbol) comes back as drawn.
 */
function movedBox(box: Box, move: (p: Point) => Point): Box {
  const [cx, cy] = move([box.x + box.width / 2, box.y + box.height / 2]);
  return { x: cx - box.width / 2, y: cy - box.height / 2, width: box.width, height: box.height };
}

const unchanged = (box: Box) => box;

/**
 * The ink of `gray` as `findInk` finds it, but on a page whose lines slant by a degree or more,
 * found again on the picture turned level: lines written close together on a turned sheet
 * overlap and are read as one, and levelled they lie apart. With `level: false` (the user turned
 * the picture or drew line separators, and their word stands) the picture is read as it is.
 */
export function findLevelInk(
  gray: GrayImage,
  opts: SegmentOptions & { readonly level: boolean },
): LevelInk {
  const page = findInk(gray, opts);
  const asIs: LevelInk = { page, skew: 0, toPicture: unchanged, fromPicture: unchanged };
  if (!opts.level || page.lines.length === 0) return asIs;
  const boxes = page.lines.flatMap((line) => line.components.map((c) => page.boxOf(c)));
  const skew = estimateSkew(boxes, page.charHeight);
  if (skew === 0) return asIs;
  const turn = { angle: -skew, crop: null };
  const levelled = findInk(adjustImage(gray, turn), opts);
  // Levelled, the ink must still be there; a turn that loses it is no help.
  if (levelled.lines.length === 0) return asIs;
  const size = { width: gray.width, height: gray.height };
  return {
    page: levelled,
    skew,
    toPicture: (box) => movedBox(box, (p) => fromAdjusted(p, size, turn)),
    fromPicture: (box) => movedBox(box, (p) => toAdjusted(p, size, turn)),
  };
}
