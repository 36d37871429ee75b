import { augmentGlyph, type AugmentOptions } from '../../recognition/imaging/augment.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset } from '../data/dataset.js';

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffleInPlace(a: Uint32Array, rng: () => number): Uint32Array {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

export function range(n: number): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Network input for a batch: pixels scaled to [0, 1], optionally augmented on the fly. */
export interface Batch {
  readonly x: Float32Array;
  readonly labels: Int32Array;
  readonly size: number;
}

export class BatchAssembler {
  private readonly scratch = new Uint8Array(GLYPH_PIXELS);

  constructor(
    private readonly data: GlyphDataset,
    private readonly augment: AugmentOptions | null,
    private readonly rng: () => number,
  ) {}

  assemble(indices: ArrayLike<number>, start: number, end: number): Batch {
    const size = end - start;
    const x = new Float32Array(size * GLYPH_PIXELS);
    const labels = new Int32Array(size);
    this.assembleInto(indices, start, end, x, labels);
    return { x, labels, size };
  }

  /** Like `assemble`, into buffers at least as large as the batch (e.g. shared between threads). */
  assembleInto(
    indices: ArrayLike<number>,
    start: number,
    end: number,
    x: Float32Array,
    labels: Int32Array,
  ): void {
    const images = this.data.images;
    for (let j = 0; j < end - start; j++) {
      const i = indices[start + j];
      let glyph = images.subarray(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS);
      if (this.augment) {
        augmentGlyph(glyph, this.scratch, this.rng, this.augment);
        glyph = this.scratch;
      }
      const offset = j * GLYPH_PIXELS;
      for (let p = 0; p < GLYPH_PIXELS; p++) x[offset + p] = glyph[p] / 255;
      labels[j] = this.data.labels[i];
    }
  }
}

/**
 * Splits off a validation set. Samples are assigned at random (seeded), stratified per class so
 * that rare classes appear on both sides.
 */
export function splitValidation(
  data: GlyphDataset,
  fraction: number,
  rng: () => number,
): { train: Uint32Array; validation: Uint32Array } {
  if (fraction <= 0) return { train: range(data.count), validation: new Uint32Array(0) };
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < data.count; i++) {
    const list = byClass.get(data.labels[i]) ?? [];
    list.push(i);
    byClass.set(data.labels[i], list);
  }
  const train: number[] = [];
  const validation: number[] = [];
  for (const list of byClass.values()) {
    const idx = shuffleInPlace(Uint32Array.from(list), rng);
    // Keep at least one training sample per class; singletons go to training.
    const nVal = idx.length < 2 ? 0 : Math.min(idx.length - 1, Math.round(idx.length * fraction));
    idx.forEach((v, k) => (k < nVal ? validation : train).push(v));
  }
  return { train: Uint32Array.from(train).sort(), validation: Uint32Array.from(validation).sort() };
}
