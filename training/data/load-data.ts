import { join } from 'node:path';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset, LoadReport } from './dataset.js';
import { loadImageFolder, type ImageFolderOptions } from './image-folder.js';
import { isPackedDir, loadPacked } from './packed.js';

export type TrainingDataKind = 'packed' | 'image-folder';

export interface TrainingData {
  readonly train: GlyphDataset;
  readonly test?: GlyphDataset;
  readonly report: LoadReport;
  readonly kind: TrainingDataKind;
}

const MAX_EXAMPLES = 10;

/** The packed directory at `path`, or its `symbols/` child as in `shared/datasets`. */
async function findPackedDir(path: string): Promise<string | undefined> {
  if (await isPackedDir(path)) return path;
  const symbols = join(path, 'symbols');
  if (await isPackedDir(symbols)) return symbols;
  return undefined;
}

/**
 * Relabels `data` with `classes`, dropping samples of other classes (counted in `dropped`).
 * Writers and test kinds follow their samples.
 */
export function relabel(
  data: GlyphDataset,
  classes: readonly string[],
  dropped: Record<string, number>,
): GlyphDataset {
  const index = new Map(classes.map((c, i) => [c, i]));
  const keep: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < data.count; i++) {
    const name = data.classes[data.labels[i]];
    const label = index.get(name);
    if (label === undefined) dropped[name] = (dropped[name] ?? 0) + 1;
    else {
      keep.push(i);
      labels.push(label);
    }
  }
  const images = new Uint8Array(keep.length * GLYPH_PIXELS);
  keep.forEach((i, j) =>
    images.set(data.images.subarray(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS), j * GLYPH_PIXELS),
  );
  return {
    classes,
    images,
    labels: Uint16Array.from(labels),
    count: keep.length,
    writers: data.writers && keep.map((i) => data.writers![i]),
    testKinds: data.testKinds && keep.map((i) => data.testKinds![i]),
  };
}

async function loadPackedData(dir: string, opts: ImageFolderOptions): Promise<TrainingData> {
  const packed = await loadPacked(dir);
  const unknown: Record<string, number> = {};
  const train = opts.classes ? relabel(packed.train, opts.classes, unknown) : packed.train;
  const test = opts.classes ? relabel(packed.test, opts.classes, unknown) : packed.test;
  const meta = join(dir, 'meta.tsv.gz');
  const skippedExamples = [
    ...Object.entries(packed.dropped).map(([label, n]) => ({
      path: meta,
      reason: `label "${label}" is not a formula symbol (${n} sample(s))`,
    })),
    ...Object.entries(unknown).map(([label, n]) => ({
      path: meta,
      reason: `unknown class "${label}" (${n} sample(s))`,
    })),
  ].slice(0, MAX_EXAMPLES);
  const perClass: Record<string, number> = {};
  for (const name of train.classes) perClass[name] = 0;
  for (const d of [train, test]) for (const l of d.labels) perClass[d.classes[l]]++;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const loaded = train.count + test.count;
  opts.onProgress?.(loaded, loaded);
  return {
    train,
    test: test.count > 0 ? test : undefined,
    report: { loaded, skipped: sum(packed.dropped) + sum(unknown), skippedExamples, perClass },
    kind: 'packed',
  };
}

/**
 * Loads training data from `path`, whichever format it is in: the packed shared format
 * (`images.u8.gz` + `meta.tsv.gz`, at `path` or in `path/symbols`) or an ImageFolder tree.
 */
export async function loadTrainingData(
  path: string,
  opts: ImageFolderOptions = {},
): Promise<TrainingData> {
  const packed = await findPackedDir(path);
  if (packed) return loadPackedData(packed, opts);
  const folder = await loadImageFolder(path, opts);
  return { ...folder, kind: 'image-folder' };
}
