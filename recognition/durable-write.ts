import { open } from 'node:fs/promises';

/**
 * Writes and fsyncs before closing, so that the rename that later publishes the file (or the
 * folder holding it) never exposes half of it after a crash. `flags` as for `open`: 'wx' refuses
 * a file that is already there.
 */
export async function writeFileDurably(
  file: string,
  data: string | Uint8Array,
  flags: 'w' | 'wx' = 'w',
): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
