/**
 * Erasing what has sat in an undo trash too long. Each trash names its items so that the name
 * says when they were deleted, and supplies the function that reads it back; an item whose
 * name does not read as a time is left alone, since it cannot be shown to be old and may not
 * even be ours.
 */
import type { Dirent } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The time of deletion written in a trash item's name; undefined when the name is not one. */
export type DeletedAtOf = (name: string) => Date | undefined;

/** Whether an item deleted at `deletedAt` has been in the trash longer than `olderThanMs`. */
export function isExpired(deletedAt: Date | undefined, olderThanMs: number, now: Date): boolean {
  // NaN compares false, so an invalid date is kept like an undated one.
  return deletedAt !== undefined && now.getTime() - deletedAt.getTime() > olderThanMs;
}

/** The entries of `dir`; none when it does not exist, since a trash is made on first delete. */
async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Erases the expired folders directly inside each of `trashDirs` and returns how many went.
 * Files and links are never touched: every trash item is a folder. One failure does not stop
 * the rest, so a single locked item cannot keep the whole trash from shrinking; failures are
 * thrown together at the end.
 */
export async function purgeExpired(
  trashDirs: readonly string[],
  deletedAtOf: DeletedAtOf,
  olderThanMs: number,
  now: Date,
): Promise<number> {
  let erased = 0;
  const failures: string[] = [];
  for (const dir of trashDirs) {
    let entries: Dirent[];
    try {
      entries = await entriesOf(dir);
    } catch (error) {
      failures.push(`${dir}: ${(error as Error).message}`);
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || !isExpired(deletedAtOf(entry.name), olderThanMs, now)) continue;
      try {
        await rm(join(dir, entry.name), { recursive: true, force: true });
        erased++;
      } catch (error) {
        failures.push(`${join(dir, entry.name)}: ${(error as Error).message}`);
      }
    }
  }
  if (failures.length > 0)
    throw new Error(
      `${failures.length} old trash item(s) could not be erased (${erased} were): ${failures.join('; ')}`,
    );
  return erased;
}
