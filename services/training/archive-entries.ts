/**
 * Which entries of a model archive may be unpacked. Pure checks on the names and declared sizes
 * in the zip's directory, made before anything is inflated, so that a hostile archive (path
 * traversal, zip bombs, junk) is refused without touching the disk or the memory it asks for.
 */
import {
  CARD_JSON,
  MODEL_FILES,
  MODEL_JSON,
  WEIGHTS_BIN,
} from '../../recognition/model-format/model-io.js';
import { ServiceError } from '../service-error.js';
import { MAX_ARCHIVE_ENTRIES, MAX_UNCOMPRESSED_BYTES } from './archive-limits.js';

export interface EntryInfo {
  readonly name: string;
  readonly originalSize: number;
  readonly compression: number;
}

export interface ArchivePlan {
  /** Archive entry name → model file name, for the entries to unpack. */
  readonly files: ReadonlyMap<string, string>;
  readonly totalBytes: number;
}

const REQUIRED = [MODEL_JSON, WEIGHTS_BIN, CARD_JSON];
const STORED = 0;
const DEFLATED = 8;

const refuse = (archive: string, why: string) =>
  new ServiceError('bad-input', `"${archive}" is not a model archive Inkform can import: ${why}`);

/** Why a name could escape the folder it is unpacked into, or undefined if it cannot. */
function unsafeName(name: string): string | undefined {
  if (name.includes('\0')) return 'contains a NUL character';
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === ''))
    return 'has an empty, "." or ".." path segment';
  return undefined;
}

/**
 * Accepts the files of one model folder, either at the top of the archive or inside one folder
 * (as `exportModel` writes them); anything else is refused with the entry named.
 */
export function planArchive(archive: string, entries: readonly EntryInfo[]): ArchivePlan {
  if (entries.length > MAX_ARCHIVE_ENTRIES)
    throw refuse(
      archive,
      `it has ${entries.length} entries; a model has at most ${MODEL_FILES.length} files`,
    );
  let folder: string | undefined;
  const files = new Map<string, string>();
  let totalBytes = 0;
  for (const entry of entries) {
    const shown = JSON.stringify(entry.name.slice(0, 120));
    const why = unsafeName(entry.name);
    if (why) throw refuse(archive, `the entry ${shown} ${why}`);
    const parts = entry.name.replace(/\/$/, '').split('/');
    const isFolder = entry.name.endsWith('/');
    if (parts.length > 2 || (isFolder && parts.length > 1))
      throw refuse(archive, `the entry ${shown} is nested too deep`);
    const top = parts.length === 2 || isFolder ? parts[0] : '';
    if (folder !== undefined && top !== folder)
      throw refuse(archive, `the entry ${shown} is outside the model's folder`);
    folder = top;
    if (isFolder) continue;
    const file = parts[parts.length - 1];
    if (!MODEL_FILES.includes(file))
      throw refuse(archive, `the entry ${shown} is not a file of a model`);
    if ([...files.values()].includes(file)) throw refuse(archive, `${file} appears twice`);
    if (entry.compression !== STORED && entry.compression !== DEFLATED)
      throw refuse(archive, `${file} uses an unsupported compression method`);
    totalBytes += entry.originalSize;
    if (totalBytes > MAX_UNCOMPRESSED_BYTES)
      throw refuse(archive, `it unpacks to more than ${MAX_UNCOMPRESSED_BYTES / 2 ** 20} MB`);
    files.set(entry.name, file);
  }
  const missing = REQUIRED.filter((f) => ![...files.values()].includes(f));
  if (missing.length > 0) throw refuse(archive, `it lacks ${missing.join(', ')}`);
  return { files, totalBytes };
}
