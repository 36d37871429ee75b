/** A single-channel 8-bit image, row-major. Convention throughout: ink = 255, background = 0. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export const GLYPH_SIZE = 28;
export const GLYPH_PIXELS = GLYPH_SIZE * GLYPH_SIZE;

export function createGrayImage(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height) };
}
