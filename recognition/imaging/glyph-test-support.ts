/** Measures of a normalised glyph that the imaging tests check their results by. */
import { GLYPH_PIXELS, GLYPH_SIZE } from './gray-image.js';

/** The glyph's centre of mass, ink weighted by its gray level, in pixels. */
export function glyphCentreOfMass(g: Uint8Array): { x: number; y: number } {
  let m = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < GLYPH_PIXELS; i++) {
    m += g[i];
    mx += g[i] * (i % GLYPH_SIZE);
    my += g[i] * Math.floor(i / GLYPH_SIZE);
  }
  return { x: mx / m, y: my / m };
}
