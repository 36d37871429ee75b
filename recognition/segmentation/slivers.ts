import type { GrayImage } from '../imaging/gray-image.js';

/**
 * A cut at a column between symbols that touch rarely runs clean: the tip of the x's arm that
 * reaches past the comma's first column lands on the comma's side. Such a sliver is ink the cut
 * severed from the rest of its side — it touches the cut and nothing else there — and it is small
 * beside that side's main stroke. Ink that does not touch the cut (the dot of an i) is never one.
 */

/** A severed piece at most half the size of its side's largest piece of ink is a sliver. */
const SLIVER_SHARE = 0.5;

/** Pieces of ink (8-connected), each as its pixel indices. */
function fragments(image: GrayImage): number[][] {
  const { width: w, height: h, data } = image;
  const seen = new Uint8Array(w * h);
  const out: number[][] = [];
  for (let start = 0; start < w * h; start++) {
    if (data[start] === 0 || seen[start]) continue;
    const pixels: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const p = stack.pop()!;
      pixels.push(p);
      const x = p % w;
      const y = (p - x) / w;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
          const q = yy * w + xx;
          if (data[q] !== 0 && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
    }
    out.push(pixels);
  }
  return out;
}

/**
 * `image` without the slivers that a cut along its left side (`left`) or right side (`right`)
 * left on it. The image is returned as it is when there is nothing to remove.
 */
export function withoutSlivers(image: GrayImage, left: boolean, right: boolean): GrayImage {
  if (!left && !right) return image;
  const pieces = fragments(image);
  if (pieces.length < 2) return image;
  const largest = Math.max(...pieces.map((p) => p.length));
  const { width: w } = image;
  const atCut = (p: number) => (left && p % w === 0) || (right && p % w === w - 1);
  const slivers = pieces.filter((p) => p.length <= SLIVER_SHARE * largest && p.some(atCut));
  if (slivers.length === 0) return image;
  const data = Uint8Array.from(image.data);
  for (const sliver of slivers) for (const p of sliver) data[p] = 0;
  return { ...image, data };
}
