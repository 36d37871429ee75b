/** Glyph bytes (ink 255 on 0) as canvas pixels for thumbnails. */
import { GLYPH_PIXELS, GLYPH_SIZE } from '@recognition';

export { GLYPH_SIZE };

/**
 * Black ink whose opacity is the glyph's value, on transparency: the thumbnail sits on any
 * background, and the dark theme turns the ink light with a CSS filter instead of a redraw.
 */
export function glyphToRgba(glyph: Uint8Array): Uint8ClampedArray<ArrayBuffer> {
  const rgba = new Uint8ClampedArray(new ArrayBuffer(GLYPH_PIXELS * 4));
  const n = Math.min(glyph.length, GLYPH_PIXELS);
  for (let i = 0; i < n; i++) rgba[i * 4 + 3] = glyph[i];
  return rgba;
}

/** Share of the glyph's pixels that carry ink: empty samples (a failed read) show as such. */
export function inkCoverage(glyph: Uint8Array): number {
  if (glyph.length === 0) return 0;
  let inked = 0;
  for (const value of glyph) if (value > 0) inked++;
  return inked / glyph.length;
}
