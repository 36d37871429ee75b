/**
 * Reading a zip that came from the user without trusting it: the central directory is read
 * first, without inflating anything, and the whole zip is refused when it declares more data or
 * more entries than any real training set has. Entries are then inflated in bounded batches;
 * fflate inflates into a buffer of the declared size and never grows it, so an entry that lies
 * about its size gets truncated (and fails to decode) instead of filling the memory.
 */
import { unzipSync } from 'fflate';
import { TrainingSetError } from './sample-files.js';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
  /** Larger entries are skipped, before inflating; a glyph's picture never needs this much. */
  readonly maxEntryBytes: number;
  /** How much is inflated at once. */
  readonly batchBytes: number;
}

const MiB = 1024 * 1024;

export const ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 500 * MiB,
  maxEntries: 200_000,
  maxEntryBytes: 64 * MiB,
  batchBytes: 64 * MiB,
};

export interface ZipEntryInfo {
  /** Position in the central directory: names may repeat, positions do not. */
  readonly index: number;
  readonly name: string;
  /** Compressed. */
  readonly size: number;
  readonly originalSize: number;
  /** 0 stored, 8 deflate; fflate reads no other method. */
  readonly compression: number;
}

class TooManyEntries extends Error {}

const megabytes = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

/** Every entry of the central directory; throws a `bad-input` error when the zip is refused. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: ({ name, size, originalSize, compression }) => {
        // Thrown rather than counted, so a directory of millions of entries stops at once.
        if (entries.length >= limits.maxEntries) throw new TooManyEntries();
        entries.push({ index: entries.length, name, size, originalSize, compression });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries)
      throw new TrainingSetError(
        `the zip holds more than ${limits.maxEntries.toLocaleString('en')} files; ` +
          'split it into smaller zips',
        'bad-input',
      );
    throw new TrainingSetError('the file is not a readable zip archive', 'bad-input');
  }
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limits.maxTotalBytes)
    throw new TrainingSetError(
      `the zip unpacks to ${megabytes(total)}, more than the ${megabytes(limits.maxTotalBytes)} ` +
        'an import may hold; split it into smaller zips',
      'bad-input',
    );
  return entries;
}

/**
 * Inflates the entries at `wanted` positions in one pass; `accepted` records, in order, those
 * the pass reached, so that when fflate throws, the last of them is the damaged one.
 */
function inflatePass(
  bytes: Uint8Array,
  wanted: ReadonlySet<number>,
  accepted: number[],
): Map<number, Uint8Array> {
  let index = 0;
  const names = new Map<string, number>();
  const files = unzipSync(bytes, {
    filter: ({ name }) => {
      const i = index++;
      if (!wanted.has(i)) return false;
      accepted.push(i);
      names.set(name, i);
      return true;
    },
  });
  const out = new Map<number, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    const i = names.get(name);
    if (i !== undefined) out.set(i, data);
  }
  return out;
}

/**
 * One damaged stream makes fflate throw for the whole call. The entries before it inflated
 * fine and are done again in one last pass, so each damaged entry costs one extra scan of the
 * directory, never another inflation of the whole batch.
 */
function inflateBatch(bytes: Uint8Array, batch: readonly number[]): Map<number, Uint8Array> {
  let remaining = batch;
  const good: number[] = [];
  let out = new Map<number, Uint8Array>();
  while (remaining.length > 0) {
    const accepted: number[] = [];
    try {
      out = inflatePass(bytes, new Set(remaining), accepted);
      break;
    } catch {
      const damaged = accepted.pop();
      if (damaged === undefined) break;
      good.push(...accepted);
      const done = new Set([...accepted, damaged]);
      remaining = remaining.filter((i) => !done.has(i));
    }
  }
  if (good.length > 0) {
    for (const [i, data] of inflatePass(bytes, new Set(good), [])) out.set(i, data);
  }
  return out;
}

/**
 * The bytes of the chosen entries, by directory position, in batches of about
 * `limits.batchBytes` of declared size. Entries that fail to inflate are absent from the map.
 */
export function* inflateZip(
  bytes: Uint8Array,
  chosen: readonly ZipEntryInfo[],
  limits: ZipLimits = ZIP_LIMITS,
): Generator<{
  readonly entries: readonly ZipEntryInfo[];
  readonly data: Map<number, Uint8Array>;
}> {
  let batch: ZipEntryInfo[] = [];
  let batchSize = 0;
  for (const entry of chosen) {
    if (batch.length > 0 && batchSize + entry.originalSize > limits.batchBytes) {
      yield {
        entries: batch,
        data: inflateBatch(
          bytes,
          batch.map((e) => e.index),
        ),
      };
      batch = [];
      batchSize = 0;
    }
    batch.push(entry);
    batchSize += entry.originalSize;
  }
  if (batch.length > 0)
    yield {
      entries: batch,
      data: inflateBatch(
        bytes,
        batch.map((e) => e.index),
      ),
    };
}
