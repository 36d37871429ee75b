/**
 * The samples of a set from directory names alone: a page of tens of thousands costs a few
 * `readdir`s, and only the samples shown are ever decoded.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { decodeClassFolder } from '../data/class-folder-names.js';
import { SAMPLE_FILE, type SampleRef } from './sample-files.js';

export interface ListedSample extends SampleRef {
  readonly label: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const RANK = new Map(SYMBOL_NAMES.map((name, i) => [name, i]));

/** Symbol-table order, as everywhere else in the app; names outside it after, sorted. */
function compareLabels(a: string, b: string): number {
  const ra = RANK.get(a) ?? SYMBOL_NAMES.length;
  const rb = RANK.get(b) ?? SYMBOL_NAMES.length;
  return ra !== rb ? ra - rb : byCodeUnit(a, b);
}

/** Class folders of a set: visible subfolders (the trash and temporaries are hidden). */
export async function classFolders(setDir: string): Promise<string[]> {
  const entries = await readdir(setDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
}

export async function sampleFilesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => SAMPLE_FILE.test(f));
  } catch (error) {
    // A folder emptied and removed by another window between the two reads.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Every sample of the set (of `label` only, unless null), in a stable order: class, then file
 * name, then folder (two folders may spell one class, e.g. a hand-made `A` beside `^A`).
 */
export async function listSampleRefs(
  setDir: string,
  label: string | null,
): Promise<ListedSample[]> {
  const samples: ListedSample[] = [];
  for (const folder of await classFolders(setDir)) {
    const folderLabel = decodeClassFolder(folder);
    if (label !== null && folderLabel !== label) continue;
    for (const file of await sampleFilesIn(join(setDir, folder)))
      samples.push({ folder, file, label: folderLabel });
  }
  return samples.sort(
    (a, b) =>
      compareLabels(a.label, b.label) ||
      byCodeUnit(a.file, b.file) ||
      byCodeUnit(a.folder, b.folder),
  );
}
