import { GLYPH_PIXELS, GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset } from '../data/dataset.js';

export {
  expectCleanError,
  REPO,
  runCliProcess,
  type CliResult,
} from '../../recognition/cli/cli-test-support.js';

/** Glyphs with a filled box whose size and place vary, so that every image has ink to find. */
export function makeBoxData(classes: readonly string[], count: number): GlyphDataset {
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = i % classes.length;
    const size = 6 + (i % 5) * 3;
    const left = 4 + (i % 3);
    const top = 4 + ((i * 7) % 5);
    for (let y = top; y < top + size; y++)
      for (let x = left; x < left + size - (i % 4); x++)
        images[i * GLYPH_PIXELS + y * GLYPH_SIZE + x] = 255;
  }
  return { classes, images, labels, count };
}
