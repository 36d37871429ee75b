import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RecentFilesStore, parseRecentFiles } from './recent-files.js';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-recent-'));
  file = join(dir, 'recent-files.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

describe('RecentFilesStore', () => {
  it('lists files newest first, once each, with their names', async () => {
    const store = new RecentFilesStore(file);
    await store.add('/photos/a.png', at(1));
    await store.add('/photos/b.jpg', at(2));
    await store.add('/photos/a.png', at(3));
    expect(await store.list()).toEqual([
      { path: '/photos/a.png', name: 'a.png', openedAt: at(3).toISOString() },
      { path: '/photos/b.jpg', name: 'b.jpg', openedAt: at(2).toISOString() },
    ]);
    expect(await new RecentFilesStore(file).list()).toHaveLength(2);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const store = new RecentFilesStore(file);
    for (let i = 0; i < MAX_RECENT_FILES + 3; i++) await store.add(`/photos/${i}.png`, at(i));
    const list = await store.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0].path).toBe(`/photos/${MAX_RECENT_FILES + 2}.png`);
  });

  it('loses no update when opens overlap', async () => {
    const store = new RecentFilesStore(file);
    await Promise.all(['/a.png', '/b.png', '/c.png'].map((path) => store.add(path)));
    expect((await store.list()).map((f) => f.path).sort()).toEqual(['/a.png', '/b.png', '/c.png']);
  });

  it('removes, clears and answers membership', async () => {
    const store = new RecentFilesStore(file);
    await store.add('/a.png');
    await store.add('/b.png');
    expect(await store.has('/a.png')).toBe(true);
    expect(await store.has('/elsewhere.png')).toBe(false);
    expect((await store.remove('/a.png')).map((f) => f.path)).toEqual(['/b.png']);
    expect(await store.clear()).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('writes atomically: only its file is left in the folder', async () => {
    const store = new RecentFilesStore(file);
    for (let i = 0; i < 5; i++) await store.add(`/${i}.png`);
    expect(await readdir(dir)).toEqual(['recent-files.json']);
  });

  it('treats a corrupt file as no history, and recovers on the next open', async () => {
    await writeFile(file, '[{"path": "/a.png", "openedAt": ');
    const messages: string[] = [];
    const store = new RecentFilesStore(file, (m) => messages.push(m));
    expect(await store.list()).toEqual([]);
    expect(messages).toHaveLength(1);
    await store.add('/b.png');
    expect((await store.list()).map((f) => f.path)).toEqual(['/b.png']);
  });
});

describe('parseRecentFiles', () => {
  it('refuses entries without a path or a date', () => {
    expect(() => parseRecentFiles({})).toThrow();
    expect(() => parseRecentFiles([{ path: '/a.png' }])).toThrow(/date/);
    expect(() => parseRecentFiles([{ path: '', openedAt: at(1).toISOString() }])).toThrow(/path/);
  });

  it('drops duplicates and recomputes names from paths', () => {
    const when = at(1).toISOString();
    expect(
      parseRecentFiles([
        { path: '/x/a.png', name: 'evil', openedAt: when },
        { path: '/x/a.png', openedAt: when },
      ]),
    ).toEqual([{ path: '/x/a.png', name: 'a.png', openedAt: when }]);
  });
});
