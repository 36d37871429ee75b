/**
 * The undo bin of training sets. Deleting only moves files into a hidden `.trash` folder (which
 * every reader skips, being hidden), together with a small record that says what was deleted
 * and when; restoring moves them back. Nothing is erased here, so an undo is always complete;
 * only `TrainingSetStore.purgeTrash` erases, and only items old enough that no undo is expected.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { compactTime, TrainingSetError } from './sample-files.js';

export const TRASH_DIR = '.trash';
/** Hidden, so that even a record left in a live set by a crash is passed over by every loader. */
export const TRASH_RECORD = '.inkform-trash.json';

/** Sorts by time of deletion and fits the app's id pattern, so it can travel to the page. */
export const TRASH_ID = /^\d{8}T\d{6}-[0-9a-f]{8}$/;

export const newTrashId = (now: Date): string =>
  `${compactTime(now)}-${randomBytes(4).toString('hex')}`;

/**
 * When the item `trashId` was deleted, to the second, read from the id itself so that no file
 * has to be opened; undefined for anything that is not a trash id.
 */
export function trashDeletedAt(trashId: string): Date | undefined {
  if (!TRASH_ID.test(trashId)) return undefined;
  const stamp = trashId.slice(0, 15);
  const part = (from: number, to: number) => Number(stamp.slice(from, to));
  const date = new Date(
    Date.UTC(part(0, 4), part(4, 6) - 1, part(6, 8), part(9, 11), part(11, 13), part(13, 15)),
  );
  // Date.UTC rolls a 13th month or a 61st second over instead of failing, and reads years
  // below 100 as 19xx: only a stamp that `compactTime` would write back the same is a time.
  return compactTime(date) === stamp ? date : undefined;
}

export function checkTrashId(trashId: string): string {
  if (!TRASH_ID.test(trashId))
    throw new TrainingSetError(`"${trashId}" is not a trash id`, 'bad-input');
  return trashId;
}

export type TrashRecord =
  | {
      readonly format: 'inkform-trash';
      readonly version: 1;
      readonly kind: 'samples';
      readonly deletedAt: string;
      readonly samples: readonly string[];
    }
  | {
      readonly format: 'inkform-trash';
      readonly version: 1;
      readonly kind: 'set';
      readonly deletedAt: string;
      readonly setId: string;
      readonly name: string;
    };

export async function writeTrashRecord(dir: string, record: TrashRecord): Promise<void> {
  await writeFileAtomic(join(dir, TRASH_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

function parseRecord(json: unknown): TrashRecord | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const r = json as Record<string, unknown>;
  if (r.format !== 'inkform-trash' || r.version !== 1 || typeof r.deletedAt !== 'string')
    return undefined;
  if (r.kind === 'samples' && Array.isArray(r.samples))
    return {
      format: 'inkform-trash',
      version: 1,
      kind: 'samples',
      deletedAt: r.deletedAt,
      samples: r.samples.filter((s): s is string => typeof s === 'string'),
    };
  if (r.kind === 'set' && typeof r.setId === 'string' && typeof r.name === 'string')
    return {
      format: 'inkform-trash',
      version: 1,
      kind: 'set',
      deletedAt: r.deletedAt,
      setId: r.setId,
      name: r.name,
    };
  return undefined;
}

/** The record in `dir`; a missing or unreadable one means there is nothing to restore. */
export async function readTrashRecord(dir: string): Promise<TrashRecord> {
  let text: string;
  try {
    text = await readFile(join(dir, TRASH_RECORD), 'utf8');
  } catch {
    throw new TrainingSetError('there is nothing to restore: the trash item has gone');
  }
  let record: TrashRecord | undefined;
  try {
    record = parseRecord(JSON.parse(text) as unknown);
  } catch {
    record = undefined;
  }
  if (!record) throw new TrainingSetError('the trash item is damaged and cannot be restored');
  return record;
}
