import { resolve } from 'node:path';
import { isImagePath } from './image-file.js';

/**
 * The image a launch asks to open (`inkform photo.jpg`, a file association, a jump-list entry),
 * or null. Flags and Electron's own arguments are skipped; relative paths are resolved against
 * the launching process's working directory.
 */
export function imagePathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv.slice(1).filter((arg) => !arg.startsWith('-') && isImagePath(arg));
  const last = candidates.at(-1);
  return last === undefined ? null : resolve(cwd, last);
}
