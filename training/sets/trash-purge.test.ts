import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../storage/temp-dir-test-support.js';
import { isExpired, purgeExpired } from '../storage/trash-purge.js';
import { barGlyph } from './sample-test-support.js';
import { TrainingSetStore } from './training-set-store.js';
import { newTrashId, TRASH_DIR, trashDeletedAt } from './trash.js';

const DAY = 24 * 60 * 60 * 1000;
const RETENTION = 30 * DAY;
const NOW = new Date('2024-03-05T06:07:08.999Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

let root: string;
let store: TrainingSetStore;

tempDirPerTest('inkform-trash-purge-', (dir) => {
  root = dir;
  store = new TrainingSetStore(root);
});

describe('dating a trash id', () => {
  it('reads the time of deletion, to the second, from an id made then', () => {
    expect(trashDeletedAt(newTrashId(NOW))?.toISOString()).toBe('2024-03-05T06:07:08.000Z');
    expect(trashDeletedAt('19991231T235959-0123abcd')?.toISOString()).toBe(
      '1999-12-31T23:59:59.000Z',
    );
  });

  it('dates nothing that is not a trash id, nor a stamp that is not a real time', () => {
    for (const name of [
      '',
      'junk',
      '.inkform-trash.json',
      '20240305T060708',
      '20240305T060708-0123ABCD',
      '20240305T060708-0123abcd-copy',
      '20241305T060708-0123abcd', // a 13th month
      '20240230T060708-0123abcd', // 30 February
      '20240305T246708-0123abcd', // hour 24
      '00500305T060708-0123abcd', // read as 1950 by Date.UTC
    ])
      expect(trashDeletedAt(name), name).toBeUndefined();
  });

  it('counts an item as expired only once it is strictly older than the retention', () => {
    expect(isExpired(daysAgo(31), RETENTION, NOW)).toBe(true);
    expect(isExpired(daysAgo(30), RETENTION, NOW)).toBe(false);
    expect(isExpired(daysAgo(1), RETENTION, NOW)).toBe(false);
    expect(isExpired(new Date(NOW.getTime() + DAY), RETENTION, NOW)).toBe(false);
    expect(isExpired(undefined, RETENTION, NOW)).toBe(false);
    expect(isExpired(new Date(Number.NaN), RETENTION, NOW)).toBe(false);
  });
});

async function setWith(name: string, labels: readonly string[]): Promise<string> {
  const set = await store.create(name, null, daysAgo(60));
  await store.add(
    set.id,
    labels.map((label, k) => ({ label, glyph: barGlyph(k), source: 'correction' })),
    daysAgo(60),
  );
  return set.id;
}

const sampleIds = async (id: string) =>
  (await store.listSamples(id, null, 0, 100)).samples.map((s) => s.id);

describe('purging the training sets’ trash', () => {
  it('erases old deleted samples and sets, and keeps younger ones restorable', async () => {
    const kept = await setWith('Kept', ['a', 'b', 'c', 'd']);
    const [oldSample, youngSample, ...rest] = await sampleIds(kept);
    const oldSamples = await store.deleteSamples(kept, [oldSample], daysAgo(31));
    const youngSamples = await store.deleteSamples(kept, [youngSample], daysAgo(29));
    const oldSet = await store.deleteSet(await setWith('Old', ['x']), daysAgo(45));
    const youngSetId = await setWith('Young', ['y']);
    const youngSet = await store.deleteSet(youngSetId, daysAgo(1));

    expect(await store.purgeTrash(RETENTION, NOW)).toBe(2);

    expect(existsSync(join(root, kept, TRASH_DIR, oldSamples))).toBe(false);
    expect(existsSync(join(root, TRASH_DIR, oldSet))).toBe(false);
    await expect(store.restoreSamples(kept, oldSamples)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(store.restoreSet(oldSet)).rejects.toMatchObject({ code: 'not-found' });

    await store.restoreSamples(kept, youngSamples);
    expect((await sampleIds(kept)).sort()).toEqual([youngSample, ...rest].sort());
    expect(await store.restoreSet(youngSet)).toMatchObject({ id: youngSetId, samples: 1 });
    expect((await store.list()).map((s) => s.name).sort()).toEqual(['Kept', 'Young']);

    // Nothing left to erase: a second purge is a no-op.
    expect(await store.purgeTrash(RETENTION, NOW)).toBe(0);
  });

  it('leaves alone what it cannot date, files, and folders that are not sets', async () => {
    const id = await setWith('Set', ['a']);
    const old = newTrashId(daysAgo(400));
    const undated = ['junk', '20241305T060708-0123abcd', `${old}-copy`];
    for (const name of undated) {
      await mkdir(join(root, TRASH_DIR, name), { recursive: true });
      await mkdir(join(root, id, TRASH_DIR, name), { recursive: true });
    }
    // A file with a trash name is not a trash item: every item is a folder.
    await writeFile(join(root, TRASH_DIR, old), 'not a folder');
    // The user's own folder beside the sets, not a set: its `.trash` is none of ours.
    await mkdir(join(root, 'my-notes', TRASH_DIR, old), { recursive: true });

    expect(await store.purgeTrash(RETENTION, NOW)).toBe(0);

    expect((await readdir(join(root, TRASH_DIR))).sort()).toEqual([...undated, old].sort());
    expect((await readdir(join(root, id, TRASH_DIR))).sort()).toEqual([...undated].sort());
    expect(existsSync(join(root, 'my-notes', TRASH_DIR, old))).toBe(true);
  });

  it('is fine with no trash, and with no root at all', async () => {
    await setWith('Never deleted from', ['a']);
    expect(await store.purgeTrash(RETENTION, NOW)).toBe(0);
    const missing = new TrainingSetStore(join(root, 'not-made-yet'));
    expect(await missing.purgeTrash(RETENTION, NOW)).toBe(0);
    expect(existsSync(join(root, 'not-made-yet'))).toBe(false);
  });
});

describe('purgeExpired', () => {
  it('goes on past a trash folder it cannot read, then reports it', async () => {
    const unreadable = join(root, 'a-file');
    await writeFile(unreadable, 'a file where a folder should be');
    const trash = join(root, TRASH_DIR);
    const old = newTrashId(daysAgo(31));
    await mkdir(join(trash, old), { recursive: true });
    await expect(purgeExpired([unreadable, trash], trashDeletedAt, RETENTION, NOW)).rejects.toThrow(
      /1 old trash item\(s\) could not be erased \(1 were\)/,
    );
    expect(existsSync(join(trash, old))).toBe(false);
  });
});
