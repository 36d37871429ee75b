import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newTrashId } from '../training/sets/trash.js';
import { createAppServices } from './app-services.js';
import { newModelTrashId } from './training/model-trash.js';
import { purgeTrashInBackground, TRASH_RETENTION_MS } from './trash-retention.js';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

describe('purgeTrashInBackground', () => {
  it('purges with the thirty days’ retention and the current time', async () => {
    const calls: [number, number][] = [];
    const before = Date.now();
    await purgeTrashInBackground(
      'things',
      async (olderThanMs, now) => {
        calls.push([olderThanMs, now.getTime()]);
        return 3;
      },
      () => {},
    );
    expect(TRASH_RETENTION_MS).toBe(30 * DAY);
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toBe(TRASH_RETENTION_MS);
    expect(calls[0][1]).toBeGreaterThanOrEqual(before);
    expect(calls[0][1]).toBeLessThanOrEqual(Date.now());
  });

  it('does not wait for the purge, and only warns when it fails', async () => {
    const warnings: string[] = [];
    let started = false;
    const done = purgeTrashInBackground(
      'things',
      async () => {
        started = true;
        throw new Error('disk on fire');
      },
      (m) => warnings.push(m),
    );
    expect(started).toBe(false);
    await expect(done).resolves.toBeUndefined();
    expect(started).toBe(true);
    expect(warnings).toEqual(['could not empty the old trash of things: disk on fire']);
  });

  it('warns, never throws, when the purge throws before it has a promise', async () => {
    const warnings: string[] = [];
    const purge = (): Promise<number> => {
      throw new Error('at once');
    };
    await expect(purgeTrashInBackground('things', purge, (m) => warnings.push(m))).resolves.toBe(
      undefined,
    );
    expect(warnings).toEqual(['could not empty the old trash of things: at once']);
  });
});

describe('when the app services start', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkform-trash-retention-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('empties the old trash of training sets, samples and models, and keeps the rest', async () => {
    const sets = join(dir, 'training-sets');
    const models = join(dir, '.trash', 'models');
    const oldSet = join(sets, '.trash', newTrashId(daysAgo(31)));
    const youngSet = join(sets, '.trash', newTrashId(daysAgo(29)));
    const oldSamples = join(sets, 'my-set-0a1b2c', '.trash', newTrashId(daysAgo(31)));
    const youngSamples = join(sets, 'my-set-0a1b2c', '.trash', newTrashId(daysAgo(1)));
    const oldModel = join(models, newModelTrashId(daysAgo(31)), 'tiny-0123abcd');
    const youngModel = join(models, newModelTrashId(daysAgo(29)), 'tiny-4567cdef');
    for (const path of [oldSet, youngSet, oldSamples, youngSamples, oldModel, youngModel])
      await mkdir(path, { recursive: true });
    await writeManifest(join(sets, 'my-set-0a1b2c'));

    const services = createAppServices({ userDataDir: dir, emit: () => {} });
    // `dispose` waits for the purge, which started on its own.
    await services.dispose();

    for (const path of [oldSet, oldSamples, join(oldModel, '..')])
      expect(existsSync(path), path).toBe(false);
    for (const path of [youngSet, youngSamples, youngModel])
      expect(existsSync(path), path).toBe(true);
  });

  it('has nothing to warn about when there is no user data yet', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const services = createAppServices({ userDataDir: join(dir, 'fresh'), emit: () => {} });
      expect(await services.listTrainingSets()).toEqual([]);
      await services.dispose();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

async function writeManifest(setDir: string): Promise<void> {
  await writeFile(
    join(setDir, 'set.json'),
    JSON.stringify({
      format: 'inkform-training-set',
      version: 1,
      name: 'My set',
      createdAt: '2024-01-01T00:00:00.000Z',
      writer: null,
    }),
  );
}
