/**
 * A folder the user picked in the browser's folder dialog, packed as an uncompressed zip so it
 * can take the same checked import path as a zip file (the page never sees file-system paths,
 * and the service trusts nothing it is sent). Sample pictures are compressed already, so
 * storing them costs nothing and keeps packing fast.
 */
import { zipSync, type Zippable } from 'fflate';

/** One picked file, as the folder dialog reports it. */
export interface PickedFile {
  /** Path below the picked folder's parent, `/`-separated (`webkitRelativePath`). */
  readonly path: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

export interface FolderLimits {
  /** Larger files are left out unread: no glyph picture is this large. */
  readonly maxFileBytes: number;
  /** What the import accepts in one go (a little under the service's zip limit). */
  readonly maxTotalBytes: number;
}

const MiB = 1024 * 1024;
export const FOLDER_LIMITS: FolderLimits = { maxFileBytes: 64 * MiB, maxTotalBytes: 480 * MiB };

export interface PackedFolder {
  readonly name: string;
  readonly zip: Uint8Array;
  readonly files: number;
  /** Files left out before reading because they are too large to be a sample. */
  readonly tooLarge: number;
}

export class FolderTooLarge extends Error {
  constructor(totalBytes: number, limit: number) {
    super(
      `That folder holds ${Math.round(totalBytes / MiB)} MB of files, more than the ` +
        `${Math.round(limit / MiB)} MB one import takes; import its class folders in parts.`,
    );
    this.name = 'FolderTooLarge';
  }
}

/** The picked folder's own name: the first segment every path shares. */
export function folderName(files: readonly PickedFile[]): string {
  const first = files[0]?.path.split('/')[0] ?? '';
  return first.length > 0 ? first : 'folder';
}

/** Packs the picked files under their relative paths; refuses a folder over the limit unread. */
export async function packFolder(
  files: readonly PickedFile[],
  limits: FolderLimits = FOLDER_LIMITS,
): Promise<PackedFolder> {
  if (files.length === 0) throw new Error('That folder is empty: there is nothing to import.');
  const wanted = files.filter((file) => file.size <= limits.maxFileBytes);
  const total = wanted.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxTotalBytes) throw new FolderTooLarge(total, limits.maxTotalBytes);
  const tree: Zippable = {};
  for (const file of wanted) tree[file.path] = [await file.bytes(), { level: 0 }];
  return {
    name: folderName(files),
    zip: zipSync(tree),
    files: wanted.length,
    tooLarge: files.length - wanted.length,
  };
}
