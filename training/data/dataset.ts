import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';

/**
 * Normalised glyphs ready for training or evaluation: `images` holds `count` 28×28 images
 * (ink 255 on 0, row-major, 784 bytes each) and `labels[i]` indexes `classes`.
 */
export interface GlyphDataset {
  readonly classes: readonly string[];
  readonly images: Uint8Array;
  readonly labels: Uint16Array;
  readonly count: number;
  /** Per-sample writer id, when known (used for writer-disjoint validation splits). */
  readonly writers?: readonly string[];
  /** Per-sample test kind of the shared data (`writer` or `random`), when known. */
  readonly testKinds?: readonly string[];
}

/** What a loader read and what it had to skip; junk is counted, never fatal. */
export interface LoadReport {
  readonly loaded: number;
  readonly skipped: number;
  /** A few examples of skipped files with the reason, for messages. */
  readonly skippedExamples: readonly { readonly path: string; readonly reason: string }[];
  readonly perClass: Readonly<Record<string, number>>;
}

export function glyphAt(dataset: GlyphDataset, index: number): Uint8Array {
  return dataset.images.subarray(index * GLYPH_PIXELS, (index + 1) * GLYPH_PIXELS);
}

/** The samples of one `test_kind` of the shared data (`writer`, `random`). */
export function ofTestKind(dataset: GlyphDataset, kind: string): GlyphDataset {
  const indices = [...Array(dataset.count).keys()].filter((i) => dataset.testKinds?.[i] === kind);
  return subset(dataset, indices);
}

/** A new data set holding the samples at `indices`, in that order. */
export function subset(dataset: GlyphDataset, indices: ArrayLike<number>): GlyphDataset {
  const images = new Uint8Array(indices.length * GLYPH_PIXELS);
  const labels = new Uint16Array(indices.length);
  const writers = dataset.writers ? new Array<string>(indices.length) : undefined;
  const testKinds = dataset.testKinds ? new Array<string>(indices.length) : undefined;
  for (let j = 0; j < indices.length; j++) {
    const i = indices[j];
    images.set(glyphAt(dataset, i), j * GLYPH_PIXELS);
    labels[j] = dataset.labels[i];
    if (writers) writers[j] = dataset.writers![i];
    if (testKinds) testKinds[j] = dataset.testKinds![i];
  }
  return { classes: dataset.classes, images, labels, count: indices.length, writers, testKinds };
}
