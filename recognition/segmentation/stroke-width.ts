/**
 * Pen width of a page's ink: the median length of horizontal and vertical ink runs. A run
 * across a stroke is as long as the stroke is wide; runs along a stroke are long but much
 * rarer, so the median lands on the width. Every size threshold downstream scales with it.
 */
export function estimateStrokeWidth(mask: Uint8Array, width: number, height: number): number {
  const counts = new Uint32Array(Math.max(width, height) + 2);
  let total = 0;
  const add = (run: number) => {
    if (run > 0) {
      counts[run]++;
      total++;
    }
  };
  for (let y = 0; y < height; y++) {
    let run = 0;
    for (let x = 0; x < width; x++) {
      if (mask[y * width + x]) run++;
      else {
        add(run);
        run = 0;
      }
    }
    add(run);
  }
  for (let x = 0; x < width; x++) {
    let run = 0;
    for (let y = 0; y < height; y++) {
      if (mask[y * width + x]) run++;
      else {
        add(run);
        run = 0;
      }
    }
    add(run);
  }
  if (total === 0) return 0;
  let acc = 0;
  for (let r = 1; r < counts.length; r++) {
    acc += counts[r];
    if (acc * 2 >= total) return r;
  }
  return 1;
}
