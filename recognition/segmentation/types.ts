import type { GrayImage } from '../imaging/gray-image.js';
import type { Box } from '../types.js';

/** One symbol's ink as segmentation found it, before classification. */
export interface GlyphCandidate {
  /** In input coordinates (image pixels or stroke units). */
  readonly box: Box;
  /** The symbol's ink cropped to `box`, ink = 255 on 0 (graded values allowed). */
  readonly ink: GrayImage;
}

/** A line of handwriting: its glyphs in reading order (left to right). */
export interface SegmentedLine {
  readonly box: Box;
  readonly glyphs: readonly GlyphCandidate[];
}
