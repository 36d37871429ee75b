import { randomBytes } from 'node:crypto';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileDurably } from '../../recognition/durable-write.js';

/** Prefix of files in flight; readers of user folders skip them, cleanup may delete them. */
export const TEMP_PREFIX = '.inkform-tmp-';

/**
 * Writes a file so that readers see the old content or the new, never a torn mix: write a
 * temporary file beside it, flush it to disk, then rename over the target (atomic on one file
 * system). A crash leaves at most a temporary file, which `isTempFile` lets readers ignore.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(
    dirname(path),
    `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(path)}`,
  );
  try {
    await writeFileDurably(tmp, data, 'wx');
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export const isTempFile = (name: string): boolean => name.startsWith(TEMP_PREFIX);

/**
 * Reads a JSON file written by this app and checks it with `parse`. A missing, unreadable or
 * invalid file yields `fallback` (reported through `onInvalid`), because a settings file
 * damaged by a crash or by hand must never stop the app from starting.
 */
export async function readJsonOr<T>(
  path: string,
  parse: (json: unknown) => T,
  fallback: T,
  onInvalid: (message: string) => void = () => {},
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      onInvalid(`${path} could not be read: ${(error as Error).message}`);
    return fallback;
  }
  try {
    return parse(JSON.parse(text) as unknown);
  } catch (error) {
    onInvalid(`${path} is not valid (${(error as Error).message}); using defaults`);
    return fallback;
  }
}
