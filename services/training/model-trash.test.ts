import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../store/model-registry.js';
import { ModelStore } from './model-store.js';
import { modelTrashDeletedAt, newModelTrashId } from './model-trash.js';
import { saveTinyModel } from './test-support.js';

const DAY = 24 * 60 * 60 * 1000;
const RETENTION = 30 * DAY;
const NOW = new Date('2024-03-05T06:07:08.999Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

describe('dating a model trash id', () => {
  it('reads the time of deletion, to the millisecond, from an id made then', () => {
    const id = newModelTrashId(NOW);
    expect(id).toMatch(/^[0-9a-z]+-[0-9a-f]{8}$/);
    expect(modelTrashDeletedAt(id)?.toISOString()).toBe(NOW.toISOString());
    expect(modelTrashDeletedAt(`${(0).toString(36)}-0123abcd`)?.getTime()).toBe(0);
  });

  it('dates nothing that newModelTrashId could not have made', () => {
    const stamp = NOW.getTime().toString(36);
    for (const name of [
      '',
      'junk',
      stamp,
      `${stamp}-0123ABCD`,
      `${stamp}-0123abcd-copy`,
      `0${stamp}-0123abcd`, // a leading zero: not how the time is written
      `${'z'.repeat(11)}-0123abcd`, // past the last date there is
      `${'z'.repeat(12)}-0123abcd`,
    ])
      expect(modelTrashDeletedAt(name), name).toBeUndefined();
  });
});

describe('purging the models’ trash', () => {
  let dir: string;
  let trash: string;
  let store: ModelStore;
  const warnings: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkform-model-trash-'));
    trash = join(dir, '.trash', 'models');
    warnings.length = 0;
    store = new ModelStore(new ModelRegistry(join(dir, 'models')), trash, (m) => {
      warnings.push(m);
    });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('erases models deleted long ago and keeps younger ones restorable', async () => {
    await saveTinyModel(join(dir, 'models', 'old-00000001'), 'Old');
    await saveTinyModel(join(dir, 'models', 'young-00000002'), 'Young');
    const old = await store.delete('old-00000001', daysAgo(31));
    const young = await store.delete('young-00000002', daysAgo(29));

    expect(await store.purgeTrash(RETENTION, NOW)).toBe(1);

    expect(await readdir(trash)).toEqual([young.trashId]);
    await expect(store.restore(old.trashId)).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.restore(young.trashId)).toMatchObject({
      id: 'young-00000002',
      name: 'Young',
    });
    expect(await store.purgeTrash(RETENTION, NOW)).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('leaves alone what it cannot date, and files', async () => {
    const old = newModelTrashId(daysAgo(400));
    const undated = ['junk', `0${old}`, `${old}-copy`];
    for (const name of undated) await mkdir(join(trash, name, 'some-model'), { recursive: true });
    await writeFile(join(trash, old), 'a file with a trash name is not a trash item');

    expect(await store.purgeTrash(RETENTION, NOW)).toBe(0);

    expect((await readdir(trash)).sort()).toEqual([...undated, old].sort());
  });

  it('is fine when nothing was ever deleted', async () => {
    expect(await store.purgeTrash(RETENTION, NOW)).toBe(0);
    expect(existsSync(trash)).toBe(false);
  });
});
