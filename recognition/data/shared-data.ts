import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where the shared handwriting data lives: `$INKFORM_DATA`, else `../shared/datasets` beside the
 * project root. Returns undefined when it is not there, so tests can skip with a message.
 */
export function findSharedData(): string | undefined {
  const candidates = [process.env.INKFORM_DATA, join(projectRoot, '..', 'shared', 'datasets')];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, 'symbols', 'images.u8.gz'))) return resolve(dir);
  }
  return undefined;
}

export const SHARED_DATA_MISSING =
  'shared data set not found at ../shared/datasets or $INKFORM_DATA: skipping tests that need real handwriting';
