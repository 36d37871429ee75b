import { readdir, readFile, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import sharp from 'sharp';
import { glyphFromRaster } from '../../recognition/imaging/glyph-from-image.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import {
  FORMAT_NAMES,
  fileFormatOf,
  isReadableFormat,
} from '../../recognition/imaging/image-signature.js';
import { SYMBOL_NAMES, symbolByChar, VARIANT_ALIASES } from '../../recognition/symbols.js';
import { decodeClassFolder } from './class-folder-names.js';
import type { GlyphDataset, LoadReport } from './dataset.js';

/**
 * Loads ImageFolder trees: `<root>/<class>/<image>` or `<root>/{train,test}/<class>/<image>`,
 * with class folders spelled as in `class-folder-names.ts` (plain names work too).
 */

export interface ImageFolderOptions {
  /** Called after each image; `total` counts the files that will be decoded. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The classes, in label order (e.g. a model's); images of other classes are skipped. Without
   * it, classes are the canonical symbols found, in canonical order, then other names sorted.
   */
  readonly classes?: readonly string[];
}

export interface ImageFolderReport extends LoadReport {
  /** Files that are not data and were passed over silently: `.DS_Store`, manifests, subfolders. */
  readonly ignored: number;
}

export interface ImageFolderData {
  readonly train: GlyphDataset;
  /** Present when the tree has a `test` folder with at least one usable image. */
  readonly test?: GlyphDataset;
  readonly report: ImageFolderReport;
}

const LAYOUT_HINT = 'expected <root>/<class>/*.png or <root>/{train,test}/<class>/*.png';

/** Beyond this, decoding would take seconds and gigabytes for what becomes a 28×28 glyph. */
const MAX_INPUT_PIXELS = 50_000_000;
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** sharp decodes on libuv's pool (4 threads by default); a few more keep it busy during reads. */
const DECODES_IN_FLIGHT = 8;

const MAX_EXAMPLES = 10;

const IGNORED_NAMES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', 'icon\r']);
const IGNORED_EXTENSIONS = new Set([
  '.txt',
  '.md',
  '.json',
  '.jsonl',
  '.csv',
  '.tsv',
  '.yaml',
  '.yml',
  '.xml',
  '.html',
  '.ini',
  '.log',
  '.gz',
  '.zip',
]);

/**
 * Leftovers that are known not to be samples: hidden files (`.DS_Store`, `._x.png` AppleDouble
 * twins), OS thumbnails, manifests and the temporary files of an interrupted `writeImageFolder`.
 */
function isIgnoredFile(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith('.') ||
    IGNORED_NAMES.has(lower) ||
    IGNORED_EXTENSIONS.has(extname(lower)) ||
    /\.tmp-[0-9a-z]+$/.test(lower)
  );
}

async function isDirectory(path: string, entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

interface Listing {
  readonly dirs: string[];
  readonly files: string[];
}

/** Sorted by code unit so that sample order does not depend on the file system. */
async function list(dir: string): Promise<Listing> {
  const entries = await readdir(dir, { withFileTypes: true });
  const dirs: string[] = [];
  const files: string[] = [];
  for (const entry of entries) {
    if (await isDirectory(join(dir, entry.name), entry)) dirs.push(entry.name);
    else files.push(entry.name);
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { dirs: dirs.sort(byCodeUnit), files: files.sort(byCodeUnit) };
}

/**
 * The class a folder holds. Names are NFC-normalised because macOS may return hand-made names
 * decomposed; a symbol's character (`∀`) or variant label stands for the symbol itself unless
 * the caller's classes use that spelling.
 */
export function classOfFolder(folder: string, classes: readonly string[] | undefined): string {
  const name = decodeClassFolder(folder).normalize('NFC');
  if (classes?.includes(name) || SYMBOL_NAMES.includes(name)) return name;
  return VARIANT_ALIASES[name] ?? symbolByChar(name)?.name ?? name;
}

interface Candidate {
  readonly path: string;
  readonly className: string;
  readonly split: 'train' | 'test';
}

interface Skip {
  readonly path: string;
  readonly reason: string;
}

class Tally {
  ignored = 0;
  skipped = 0;
  readonly examples: Skip[] = [];

  skip(path: string, reason: string): void {
    this.skipped++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ path, reason });
  }
}

async function collect(
  splitDir: string,
  split: 'train' | 'test',
  classes: readonly string[] | undefined,
  tally: Tally,
): Promise<Candidate[]> {
  const { dirs, files } = await list(splitDir);
  // Loose files beside the class folders have no class: READMEs, previews, stray downloads.
  tally.ignored += files.length;
  const candidates: Candidate[] = [];
  for (const folder of dirs) {
    if (folder.startsWith('.')) {
      tally.ignored++;
      continue;
    }
    const className = classOfFolder(folder, classes);
    const unknown = classes !== undefined && !classes.includes(className);
    const dir = join(splitDir, folder);
    const inside = await list(dir);
    tally.ignored += inside.dirs.length;
    for (const file of inside.files) {
      const path = join(dir, file);
      if (isIgnoredFile(file)) tally.ignored++;
      else if (unknown) tally.skip(path, 'unknown class');
      else candidates.push({ path, className, split });
    }
  }
  return candidates;
}

/**
 * Why a file gave no glyph, in words for the user: the decoder's own texts name libraries and
 * their internals, so the file's first bytes decide between "not a picture" and "damaged".
 */
function describeDecodeError(error: unknown, bytes?: Uint8Array): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return 'too large (over 50 megapixels)';
  if (bytes === undefined) return `not a readable image (${message.split('\n')[0]})`;
  const format = fileFormatOf(bytes);
  if (format === null) return 'not a readable image (not a picture file)';
  if (!isReadableFormat(format)) return `not a readable image (a ${FORMAT_NAMES[format]} file)`;
  return 'not a readable image (damaged or cut short)';
}

export type DecodedGlyph = { readonly glyph: Uint8Array } | { readonly reason: string };

async function decode(path: string): Promise<DecodedGlyph> {
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size === 0) return { reason: 'empty file' };
    if (size > MAX_FILE_BYTES) return { reason: `file too large (${size} bytes)` };
    bytes = await readFile(path);
  } catch (error) {
    return { reason: describeDecodeError(error) };
  }
  return glyphFromImageBytes(bytes);
}

/**
 * The glyph of an image file's bytes (any size, either polarity), or why there is none: the one
 * decoding path of training data, shared with imports so both see the same glyph.
 */
export async function glyphFromImageBytes(bytes: Uint8Array): Promise<DecodedGlyph> {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES) return { reason: `file too large (${bytes.length} bytes)` };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const channels = info.channels;
    if (channels !== 1 && channels !== 2 && channels !== 3 && channels !== 4) {
      return { reason: `unsupported channel count ${channels}` };
    }
    const raster = { width: info.width, height: info.height, channels, data };
    const glyph = glyphFromRaster(raster);
    return glyph ? { glyph } : { reason: 'blank image' };
  } catch (error) {
    return { reason: describeDecodeError(error, bytes) };
  }
}

/** Results in input order, at most `limit` promises pending at a time. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  onDone: (done: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function canonicalOrder(names: Iterable<string>): string[] {
  const found = new Set(names);
  const known = SYMBOL_NAMES.filter((n) => found.has(n));
  const others = [...found].filter((n) => !SYMBOL_NAMES.includes(n));
  others.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...known, ...others];
}

function buildDataset(
  classes: readonly string[],
  samples: readonly { className: string; glyph: Uint8Array }[],
): GlyphDataset {
  const index = new Map(classes.map((c, i) => [c, i]));
  const images = new Uint8Array(samples.length * GLYPH_PIXELS);
  const labels = new Uint16Array(samples.length);
  samples.forEach((s, i) => {
    images.set(s.glyph, i * GLYPH_PIXELS);
    labels[i] = index.get(s.className)!;
  });
  return { classes, images, labels, count: samples.length };
}

async function findSplitDirs(
  root: string,
  top: Listing,
): Promise<{ train: string; test?: string } | undefined> {
  const train = top.dirs.find((d) => d.toLowerCase() === 'train');
  if (!train) return undefined;
  const test = top.dirs.find((d) => d.toLowerCase() === 'test');
  return { train: join(root, train), test: test ? join(root, test) : undefined };
}

function emptyError(root: string, top: Listing, tally: Tally, classFolders: number): Error {
  if (tally.skipped > 0) {
    const example = tally.examples[0];
    return new Error(
      `no usable images in ${root}: skipped ${tally.skipped} file(s), e.g. ${example.path}: ` +
        `${example.reason}` +
        (tally.ignored > 0 ? `; ignored ${tally.ignored} non-image file(s) or folder(s)` : ''),
    );
  }
  const found =
    classFolders === 0
      ? `found ${top.files.length} file(s) and no class folders`
      : `found ${classFolders} class folder(s) with no images` +
        (tally.ignored > 0 ? ` (ignored ${tally.ignored} non-image file(s) or folder(s))` : '');
  return new Error(`no images found in ${root}: ${LAYOUT_HINT}; ${found}`);
}

export async function loadImageFolder(
  root: string,
  opts: ImageFolderOptions = {},
): Promise<ImageFolderData> {
  let rootStat;
  try {
    rootStat = await stat(root);
  } catch {
    throw new Error(`data folder not found: ${root} (${LAYOUT_HINT})`);
  }
  if (!rootStat.isDirectory()) {
    throw new Error(`not a folder: ${root} (${LAYOUT_HINT})`);
  }
  const top = await list(root);
  const splits = await findSplitDirs(root, top);
  const tally = new Tally();
  let candidates: Candidate[];
  let classFolders: number;
  if (splits) {
    // Beside train/ and test/ there may be val/, README.md and the like.
    tally.ignored += top.files.length + top.dirs.length - (splits.test ? 2 : 1);
    const train = await collect(splits.train, 'train', opts.classes, tally);
    const test = splits.test ? await collect(splits.test, 'test', opts.classes, tally) : [];
    candidates = [...train, ...test];
    classFolders = (await list(splits.train)).dirs.length;
  } else {
    candidates = await collect(root, 'train', opts.classes, tally);
    classFolders = top.dirs.length;
  }

  opts.onProgress?.(0, candidates.length);
  const decoded = await mapPool(
    candidates,
    DECODES_IN_FLIGHT,
    (c) => decode(c.path),
    (done) => opts.onProgress?.(done, candidates.length),
  );

  const good: (Candidate & { readonly glyph: Uint8Array })[] = [];
  decoded.forEach((result, i) => {
    const c = candidates[i];
    if ('reason' in result) tally.skip(c.path, result.reason);
    else good.push({ ...c, glyph: result.glyph });
  });

  const trainSamples = good.filter((s) => s.split === 'train');
  const classes = opts.classes ?? canonicalOrder(trainSamples.map((s) => s.className));
  const known = new Set(classes);
  const testSamples: typeof good = [];
  for (const s of good) {
    if (s.split !== 'test') continue;
    if (known.has(s.className)) testSamples.push(s);
    // Only possible without opts.classes: a model cannot learn a class it never saw in train.
    else tally.skip(s.path, 'class not in train');
  }
  if (trainSamples.length === 0) throw emptyError(root, top, tally, classFolders);

  const perClass: Record<string, number> = {};
  for (const name of classes) perClass[name] = 0;
  for (const s of [...trainSamples, ...testSamples]) perClass[s.className]++;

  return {
    train: buildDataset(classes, trainSamples),
    test: testSamples.length > 0 ? buildDataset(classes, testSamples) : undefined,
    report: {
      loaded: trainSamples.length + testSamples.length,
      skipped: tally.skipped,
      skippedExamples: tally.examples,
      perClass,
      ignored: tally.ignored,
    },
  };
}

/** One line for logs: counts, the emptiest classes and the first skip reason. */
export function summariseReport(report: LoadReport & { readonly ignored?: number }): string {
  const counts = Object.entries(report.perClass);
  const parts = [`loaded ${report.loaded} image(s) in ${counts.length} class(es)`];
  if (counts.length > 0) {
    const [minName, min] = counts.reduce((a, b) => (b[1] < a[1] ? b : a));
    const [maxName, max] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
    parts.push(`${min}–${max} per class (fewest: ${minName}, most: ${maxName})`);
  }
  if (report.skipped > 0) {
    const first = report.skippedExamples[0];
    const where = `${basename(dirname(first?.path ?? ''))}/${basename(first?.path ?? '')}`;
    const example = first ? ` (e.g. ${where}: ${first.reason})` : '';
    parts.push(`skipped ${report.skipped}${example}`);
  }
  if (report.ignored) parts.push(`ignored ${report.ignored} non-image file(s)`);
  return parts.join(', ');
}
