/**
 * Training data from several places at once, as the app trains: the user's training sets
 * (ImageFolder trees) and optionally the shared data's train split, merged on one class list.
 * Each set keeps a held-out test part that is never trained on; the shared data's test split is
 * never trained on either.
 */
import { mulberry32 } from '../../recognition/imaging/random.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { splitValidation } from '../trainer/batches.js';
import { subset, type GlyphDataset, type LoadReport } from './dataset.js';
import { loadImageFolder } from './image-folder.js';
import { loadTrainingData, relabel, type TrainingData } from './load-data.js';

export interface DataSources {
  /** The user's training sets; `label` names the set in messages. */
  readonly sets: readonly { readonly path: string; readonly label: string }[];
  /** The shared data folder (as `findSharedData()` returns it), or null. */
  readonly sharedData: string | null;
  /** Share of each class of each set held out for the final evaluation. */
  readonly testFraction: number;
  readonly seed: number;
}

export interface SourcesData extends TrainingData {
  /** Samples left out because their class is not in the requested class list, by class. */
  readonly unknownClasses: Readonly<Record<string, number>>;
}

export interface LoadSourcesOptions {
  /** Learn exactly these classes (a model's, when fine-tuning); other samples are left out. */
  readonly classes?: readonly string[];
}

interface Part {
  readonly train: GlyphDataset;
  readonly test: GlyphDataset | undefined;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Formula symbols in the symbol table's order, then any other names sorted. */
function canonicalOrder(names: ReadonlySet<string>): string[] {
  const others = [...names].filter((n) => !SYMBOL_NAMES.includes(n)).sort(byCodeUnit);
  return [...SYMBOL_NAMES.filter((n) => names.has(n)), ...others];
}

function classesWithSamples(data: GlyphDataset, into: Set<string>): void {
  for (let i = 0; i < data.count; i++) into.add(data.classes[data.labels[i]]);
}

const sameClasses = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/** One data set of all `parts`, which must share `classes`; writers and test kinds are dropped. */
function concat(classes: readonly string[], parts: readonly GlyphDataset[]): GlyphDataset {
  if (parts.length === 1) return parts[0];
  const count = parts.reduce((n, p) => n + p.count, 0);
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  let offset = 0;
  for (const part of parts) {
    images.set(part.images.subarray(0, part.count * GLYPH_PIXELS), offset * GLYPH_PIXELS);
    labels.set(part.labels.subarray(0, part.count), offset);
    offset += part.count;
  }
  return { classes, images, labels, count };
}

async function loadSet(
  set: DataSources['sets'][number],
  sources: DataSources,
  index: number,
): Promise<{ part: Part; report: LoadReport }> {
  let loaded;
  try {
    loaded = await loadImageFolder(set.path);
  } catch (error) {
    throw new Error(`the training set "${set.label}" has no usable samples`, { cause: error });
  }
  if (loaded.test)
    return { part: { train: loaded.train, test: loaded.test }, report: loaded.report };
  // Seeded per set, so adding a set does not reshuffle the others' test samples.
  const rng = mulberry32((sources.seed * 7919 + index) >>> 0);
  const split = splitValidation(loaded.train, sources.testFraction, rng);
  const part = {
    train: subset(loaded.train, split.train),
    test: split.validation.length > 0 ? subset(loaded.train, split.validation) : undefined,
  };
  return { part, report: loaded.report };
}

/** Samples of the shared data's writer-disjoint test split: the default model's benchmark. */
function writerTest(test: GlyphDataset | undefined): GlyphDataset | undefined {
  if (!test?.testKinds) return test;
  const indices: number[] = [];
  test.testKinds.forEach((kind, i) => kind === 'writer' && indices.push(i));
  return subset(test, indices);
}

/**
 * Loads and merges `sources`. The test data is the sets' held-out samples; with no sets, it is
 * the shared data's writer-disjoint test split (what the default model is measured on).
 */
export async function loadSources(
  sources: DataSources,
  opts: LoadSourcesOptions = {},
): Promise<SourcesData> {
  if (sources.sets.length === 0 && !sources.sharedData)
    throw new Error('choose at least one training set or the default model’s data');
  const parts: Part[] = [];
  const reports: LoadReport[] = [];
  for (const [i, set] of sources.sets.entries()) {
    const { part, report } = await loadSet(set, sources, i);
    parts.push(part);
    reports.push(report);
  }
  let sharedTest: GlyphDataset | undefined;
  if (sources.sharedData) {
    const shared = await loadTrainingData(sources.sharedData);
    parts.push({ train: shared.train, test: undefined });
    reports.push(shared.report);
    if (sources.sets.length === 0) sharedTest = writerTest(shared.test);
  }

  const found = new Set<string>();
  for (const part of parts) classesWithSamples(part.train, found);
  const classes = opts.classes ?? canonicalOrder(found);
  const unknownClasses: Record<string, number> = {};
  const relabelled = (d: GlyphDataset, dropped = unknownClasses) =>
    sameClasses(d.classes, classes) ? d : relabel(d, classes, dropped);
  const train = concat(
    classes,
    parts.map((p) => relabelled(p.train)),
  );
  const tests = parts.flatMap((p) => (p.test ? [relabelled(p.test)] : []));
  // Only the user's own samples count as left out; the benchmark's are not theirs.
  const test = sharedTest
    ? relabelled(sharedTest, {})
    : tests.length > 0
      ? concat(classes, tests)
      : undefined;

  const perClass: Record<string, number> = Object.fromEntries(classes.map((c) => [c, 0]));
  for (const d of [train, test]) if (d) for (const l of d.labels) perClass[classes[l]]++;
  const report: LoadReport = {
    loaded: reports.reduce((n, r) => n + r.loaded, 0),
    skipped: reports.reduce((n, r) => n + r.skipped, 0),
    skippedExamples: reports.flatMap((r) => r.skippedExamples).slice(0, 10),
    perClass,
  };
  return {
    train,
    test: test && test.count > 0 ? test : undefined,
    report,
    kind: 'image-folder',
    unknownClasses,
  };
}
