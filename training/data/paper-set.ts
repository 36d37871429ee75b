import { NOTATION_SYMBOL_NAMES, SYMBOL_NAMES } from '../../recognition/symbols.js';
import { shuffleInPlace } from '../trainer/batches.js';
import type { GlyphDataset } from './dataset.js';

/**
 * Which characters go into a data set in the paper's setting (`npm run make:paper-set`): 67
 * classes, about 17k training and 2.3k test characters drawn from the shared data.
 */

/** The capitals and digits whose shape, once size is normalised, only repeats another class. */
const SHAPE_DUPLICATES = new Set(['C', 'K', 'O', 'P', 'S', 'V', 'W', 'X', 'Z', '0', 'I']);
const distinct = (name: string) => !SHAPE_DUPLICATES.has(name);

/** The paper's arithmetic: its app reads formulas about numbers such as ∀x(x<x+1). */
const PAPER_ARITHMETIC: readonly string[] = ['plus', 'minus', 'lt', 'gt'];

/**
 * The class lists a paper-style set can be made of, declared once (the CLI's `--classes`):
 * - `logic`: the 78 formula classes Inkform started with, less the shape duplicates (67);
 * - `paper`: those and the paper's `+ − < >` (71). The paper counts 67 classes, among them
 *   these four, but does not list them all; this is the nearest list the data supports;
 * - `all`: every class of the symbol table, less the shape duplicates.
 */
export const CLASS_LISTS = {
  logic: SYMBOL_NAMES.filter((n) => distinct(n) && !NOTATION_SYMBOL_NAMES.includes(n)),
  paper: SYMBOL_NAMES.filter(
    (n) => distinct(n) && (!NOTATION_SYMBOL_NAMES.includes(n) || PAPER_ARITHMETIC.includes(n)),
  ),
  all: SYMBOL_NAMES.filter(distinct),
} as const satisfies Readonly<Record<string, readonly string[]>>;
export type ClassListName = keyof typeof CLASS_LISTS;
export const CLASS_LIST_NAMES = Object.keys(CLASS_LISTS) as ClassListName[];

/** The default list, the one the README's algorithm comparison was measured on. */
export const PAPER_CLASSES: readonly string[] = CLASS_LISTS.logic;

export interface PickOptions {
  /**
   * The same number of samples of every class (the paper's 16,750 training characters are 250
   * for each of its 67 classes); otherwise classes come as often as they do in the data.
   */
  readonly balanced?: boolean;
  /** Samples that may not be picked, e.g. the training picks when the test comes from the same split. */
  readonly exclude?: ReadonlySet<number>;
}

/** Indices of `count` samples of `classes` in `data`, chosen at random with `rng`. */
export function pickSamples(
  data: GlyphDataset,
  classes: readonly string[],
  count: number,
  rng: () => number,
  options: PickOptions = {},
): number[] {
  const wanted = new Set(classes);
  const eligible = [...Array(data.count).keys()].filter(
    (i) => wanted.has(data.classes[data.labels[i]]) && !options.exclude?.has(i),
  );
  if (!options.balanced) {
    if (eligible.length < count)
      throw new Error(`asked for ${count} samples, but the data has only ${eligible.length}`);
    return Array.from(shuffleInPlace(Uint32Array.from(eligible), rng).subarray(0, count));
  }
  const byClass = new Map<string, number[]>(classes.map((name) => [name, []]));
  for (const i of eligible) byClass.get(data.classes[data.labels[i]])!.push(i);
  const picked: number[] = [];
  classes.forEach((name, k) => {
    const share = Math.floor(count / classes.length) + (k < count % classes.length ? 1 : 0);
    const pool = byClass.get(name)!;
    if (pool.length < share)
      throw new Error(`class ${name} has ${pool.length} samples, fewer than the ${share} needed`);
    picked.push(...shuffleInPlace(Uint32Array.from(pool), rng).subarray(0, share));
  });
  return Array.from(shuffleInPlace(Uint32Array.from(picked), rng));
}
