/**
 * The entry names of an ImageFolder tree on disk, in the same `a/b/c.png` form as a zip's, so
 * that one plan (`import-plan.ts`) serves both. Only as deep as a layout can go is walked, and
 * hidden folders are not entered.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TrainingSetError } from './sample-files.js';

/** `{train,test}/<class>/<file>`: nothing deeper can be a sample. */
const MAX_DEPTH = 3;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Names relative to `root`, `/`-separated, folders ending in `/`, in code-unit order. */
export async function listFolderEntries(root: string, maxEntries: number): Promise<string[]> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new TrainingSetError(`the folder ${root} does not exist`, 'bad-input');
  }
  if (!info.isDirectory()) throw new TrainingSetError(`${root} is not a folder`, 'bad-input');

  const names: string[] = [];
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const entry of entries) {
      if (names.length >= maxEntries)
        throw new TrainingSetError(
          `the folder holds more than ${maxEntries.toLocaleString('en')} files; ` +
            'import it in parts',
          'bad-input',
        );
      const name = `${prefix}${entry.name}`;
      if (!entry.isDirectory()) {
        names.push(name);
        continue;
      }
      names.push(`${name}/`);
      if (depth + 1 < MAX_DEPTH && !entry.name.startsWith('.'))
        await walk(join(dir, entry.name), `${name}/`, depth + 1);
    }
  };
  await walk(root, '', 0);
  return names;
}
