import type { Box } from '../types.js';

/** A connected blob of ink (8-connectivity). Labels in `labels` are `index + 1`. */
export interface Component {
  readonly box: Box;
  /** Number of ink pixels. */
  readonly area: number;
}

export interface Labelled {
  /** Per pixel: 0 = paper, else the 1-based index into `components`. */
  readonly labels: Int32Array;
  readonly components: Component[];
}

/**
 * Connected components of a 0/1 mask with 8-connectivity (a diagonal pen stroke stays one
 * piece). Flood fill with an explicit stack: recursion would overflow on a page-sized blob.
 */
export function labelComponents(mask: Uint8Array, width: number, height: number): Labelled {
  const labels = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  const components: Component[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || labels[start]) continue;
    const label = components.length + 1;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    let area = 0;
    let top = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      const p = stack[--top];
      const x = p % width;
      const y = (p - x) / width;
      area++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      const ya = y > 0 ? y - 1 : y;
      const yb = y < height - 1 ? y + 1 : y;
      const xa = x > 0 ? x - 1 : x;
      const xb = x < width - 1 ? x + 1 : x;
      for (let yy = ya; yy <= yb; yy++) {
        for (let xx = xa; xx <= xb; xx++) {
          const q = yy * width + xx;
          if (mask[q] && !labels[q]) {
            labels[q] = label;
            stack[top++] = q;
          }
        }
      }
    }
    components.push({ box: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }, area });
  }
  return { labels, components };
}

/** The longer side of a component's box: its size whatever its shape (a bar, a dot, a stem). */
export function sizeOf(c: Component): number {
  return Math.max(c.box.width, c.box.height);
}

/**
 * The size of the components that hold the ink: half of all ink pixels lie in components no
 * larger. Unlike the median component it does not shrink when a grainy photo scatters hundreds
 * of one-pixel specks beside a few real strokes.
 */
export function inkMedianSize(components: readonly Component[]): number {
  const bySize = [...components].sort((a, b) => sizeOf(a) - sizeOf(b));
  const total = bySize.reduce((sum, c) => sum + c.area, 0);
  let acc = 0;
  for (const c of bySize) {
    acc += c.area;
    if (2 * acc >= total) return sizeOf(c);
  }
  return 0;
}

/**
 * Indices of components to keep. Specks (paper grain, sensor noise, dust) are smaller than a
 * small fraction of the median component or narrower than the pen; both bounds stay below the
 * dot of an i, which is about one pen width across.
 */
export function keepNonSpecks(
  components: readonly Component[],
  strokeWidth: number,
  fraction = 0.05,
): number[] {
  const typical = inkMedianSize(components);
  const minSize = Math.max(fraction * typical, 0.6 * strokeWidth);
  const kept: number[] = [];
  components.forEach((c, i) => {
    if (sizeOf(c) >= minSize) kept.push(i);
  });
  return kept;
}

/**
 * Splits component `index` of `labelled` into `parts` new components, each pixel going to the
 * part `partOf(x, y)` names (0 … parts − 1). The parts are appended to `labelled.components` and
 * the pixels relabelled in `labelled.labels`, in place; the old component keeps its entry (labels
 * index the list) but no pixels. Returns the index of the first part; a part that got no pixels
 * has area 0.
 */
export function splitComponent(
  labelled: Labelled,
  width: number,
  index: number,
  parts: number,
  partOf: (x: number, y: number) => number,
): number {
  const { box } = labelled.components[index];
  const label = index + 1;
  const first = labelled.components.length;
  const bounds = Array.from({ length: parts }, () => ({
    x0: Infinity,
    y0: Infinity,
    x1: -1,
    y1: -1,
    area: 0,
  }));
  for (let y = box.y; y < box.y + box.height; y++)
    for (let x = box.x; x < box.x + box.width; x++) {
      const p = y * width + x;
      if (labelled.labels[p] !== label) continue;
      const k = partOf(x, y);
      labelled.labels[p] = first + k + 1;
      const b = bounds[k];
      b.x0 = Math.min(b.x0, x);
      b.y0 = Math.min(b.y0, y);
      b.x1 = Math.max(b.x1, x);
      b.y1 = Math.max(b.y1, y);
      b.area++;
    }
  for (const b of bounds)
    labelled.components.push({
      box: { x: b.x0, y: b.y0, width: b.x1 - b.x0 + 1, height: b.y1 - b.y0 + 1 },
      area: b.area,
    });
  return first;
}
