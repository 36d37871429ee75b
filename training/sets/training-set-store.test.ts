import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImageFolder } from '../data/image-folder.js';
import { TEMP_PREFIX } from '../storage/atomic-file.js';
import { tempDirPerTest } from '../storage/temp-dir-test-support.js';
import { barGlyph } from './sample-test-support.js';
import { TrainingSetError, TrainingSetStore, glyphToPng } from './training-set-store.js';
import { TRASH_DIR, TRASH_RECORD } from './trash.js';

let root: string;
let store: TrainingSetStore;

tempDirPerTest('inkform-sets-', (dir) => {
  root = dir;
  store = new TrainingSetStore(root);
});

const NOW = new Date('2024-03-05T06:07:08.999Z');

async function setWith(labels: readonly string[]): Promise<string> {
  const set = await store.create('Test set', 'Ada', NOW);
  await store.add(
    set.id,
    labels.map((label, k) => ({ label, glyph: barGlyph(k), source: 'correction' })),
    NOW,
  );
  return set.id;
}

async function allSamples(id: string, label: string | null = null) {
  return (await store.listSamples(id, label, 0, 2000)).samples;
}

async function rejection(promise: Promise<unknown>): Promise<TrainingSetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TrainingSetError)) throw new Error(`expected a TrainingSetError`);
  return error;
}

describe('creating and filling sets', () => {
  it('creates sets, saves samples as PNGs in case-safe class folders, and counts them', async () => {
    const id = await setWith(['a', 'A', 'a', 'forall']);
    const summary = await store.summary(id);
    expect(summary).toMatchObject({ name: 'Test set', samples: 4 });
    expect(summary.perClass).toEqual({ a: 2, A: 1, forall: 1 });
    const folders = (await readdir(join(root, id))).sort();
    expect(folders).toEqual(['^A', 'a', 'forall', 'set.json']);
    expect((await store.manifest(id)).writer).toBe('Ada');
    expect((await store.list()).map((s) => s.id)).toEqual([id]);
  });

  it('leaves nothing but samples behind: no temporary files after saving', async () => {
    const id = await setWith(['x', 'x']);
    const files = await readdir(join(root, id, 'x'));
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^correction-20240305T060708-[0-9a-f]{8}\.png$/.test(f))).toBe(true);
  });
});

describe('a crash in the middle of a write, and junk', () => {
  /** What a killed `writeFileAtomic` and a busy user leave in a set folder. */
  async function litter(id: string): Promise<void> {
    const dir = join(root, id);
    const png = await glyphToPng(barGlyph(9));
    await writeFile(
      join(dir, 'x', `${TEMP_PREFIX}0a1b2c3d4e5f-correction-20240305T060708-aa.png`),
      png,
    );
    // Killed half way through writing: a torn PNG, still under its temporary name.
    await writeFile(
      join(dir, 'x', `${TEMP_PREFIX}ffeeddccbbaa-correction-20240305T060708-bb.png`),
      png.subarray(0, 40),
    );
    await writeFile(join(dir, `${TEMP_PREFIX}123456abcdef-set.json`), '{"format": "inkform-tr');
    await writeFile(join(dir, 'x', '.DS_Store'), 'junk');
    await writeFile(join(dir, 'x', 'notes.txt'), 'my notes');
    await writeFile(join(dir, 'x', 'Thumbs.db'), 'junk');
    await mkdir(join(dir, 'x', 'nested'));
    await mkdir(join(dir, 'misc'));
    await writeFile(join(dir, 'misc', 'README.md'), '# not samples');
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'HEAD'), 'ref: main');
    await mkdir(join(root, 'not-a-set'));
    await writeFile(join(root, 'not-a-set', 'photo.txt'), 'hello');
    await writeFile(join(root, 'stray.json'), '{}');
  }

  it('is ignored by list, summary, listSamples and the training loader', async () => {
    const id = await setWith(['x', 'x', 'wedge']);
    const before = await allSamples(id);
    await litter(id);

    expect((await store.list()).map((s) => [s.id, s.samples])).toEqual([[id, 3]]);
    expect((await store.summary(id)).perClass).toEqual({ x: 2, wedge: 1 });
    const page = await store.listSamples(id, null, 0, 100);
    expect(page.total).toBe(3);
    expect(page.samples).toEqual(before);

    const loaded = await loadImageFolder(join(root, id));
    expect(loaded.report.loaded).toBe(3);
    expect(loaded.report.skipped).toBe(0);
    expect(loaded.report.perClass).toEqual({ x: 2, wedge: 1 });
  });

  it('keeps the old manifest when a rename was interrupted before its rename step', async () => {
    const id = await setWith(['x']);
    await litter(id);
    expect((await store.manifest(id)).name).toBe('Test set');
    await store.rename(id, 'Renamed');
    expect((await store.manifest(id)).name).toBe('Renamed');
  });
});

describe('listing samples', () => {
  it('pages in a stable order (class in symbol order, then file name) with the glyphs', async () => {
    const labels = ['b', 'A', 'forall', 'a', 'b', 'A', 'a', 'b', '0'];
    const id = await setWith(labels);
    const all = await allSamples(id);
    expect(all.map((s) => s.label)).toEqual(['forall', 'a', 'a', 'b', 'b', 'b', 'A', 'A', '0']);
    for (let i = 1; i < all.length; i++)
      if (all[i].label === all[i - 1].label) expect(all[i].id > all[i - 1].id).toBe(true);

    const pages = [];
    for (let offset = 0; offset < labels.length; offset += 4)
      pages.push(...(await store.listSamples(id, null, offset, 4)).samples);
    expect(pages).toEqual(all);
    expect((await store.listSamples(id, null, 8, 4)).samples).toHaveLength(1);
    expect(await store.listSamples(id, null, 50, 4)).toEqual({ total: 9, samples: [] });

    // The glyph read back is the one saved, byte for byte.
    const saved = new Map(labels.map((label, k) => [barGlyph(k).join(','), label]));
    for (const sample of all) {
      expect(saved.get(Array.from(sample.glyph).join(','))).toBe(sample.label);
      expect(sample.source).toBe('correction');
      expect(sample.createdAt).toBe('2024-03-05T06:07:08.000Z');
    }
  });

  it('filters by class, telling A from a', async () => {
    const id = await setWith(['a', 'A', 'A', 'b']);
    const capitals = await store.listSamples(id, 'A', 0, 10);
    expect(capitals.total).toBe(2);
    expect(capitals.samples.every((s) => s.label === 'A' && s.id.startsWith('^A/'))).toBe(true);
    expect((await store.listSamples(id, 'a', 0, 10)).total).toBe(1);
    expect((await store.listSamples(id, 'z', 0, 10)).total).toBe(0);
  });

  it('shows a damaged sample file blank instead of failing the page', async () => {
    const id = await setWith(['x', 'x']);
    const [first] = await allSamples(id);
    await writeFile(join(root, id, first.id), 'not a png');
    const page = await store.listSamples(id, null, 0, 10);
    expect(page.total).toBe(2);
    expect(page.samples[0].glyph.every((p) => p === 0)).toBe(true);
    expect(page.samples[1].glyph.some((p) => p > 0)).toBe(true);
  });

  it('refuses a set that does not exist', async () => {
    expect((await rejection(store.listSamples('nope', null, 0, 10))).code).toBe('not-found');
  });
});

describe('relabelling', () => {
  it('moves samples between A and a, which share no folder', async () => {
    const id = await setWith(['a', 'a', 'A']);
    const small = await allSamples(id, 'a');
    const moved = await store.relabel(id, [small[0].id], 'A');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/^\^A\/correction-/);
    expect((await store.summary(id)).perClass).toEqual({ a: 1, A: 2 });
    const capitals = await allSamples(id, 'A');
    const movedSample = capitals.find((s) => s.id === moved[0]);
    expect(movedSample?.glyph).toEqual(small[0].glyph);
    expect(existsSync(join(root, id, small[0].id))).toBe(false);

    expect(await store.relabel(id, moved, 'A')).toEqual(moved);
    await store.relabel(id, moved, 'forall');
    expect((await store.summary(id)).perClass).toEqual({ a: 1, A: 1, forall: 1 });
  });

  it('moves nothing when one of the samples is missing, and refuses ids that leave the set', async () => {
    const id = await setWith(['x', 'x']);
    const [one] = await allSamples(id);
    const missing = 'x/correction-20240305T060708-00000000.png';
    expect((await rejection(store.relabel(id, [one.id, missing], 'y'))).code).toBe('not-found');
    expect((await store.summary(id)).perClass).toEqual({ x: 2 });
    const outside = '../other/correction-20240305T060708-00000000.png';
    expect((await rejection(store.relabel(id, [outside], 'y'))).code).toBe('bad-input');
  });
});

describe('deleting and restoring samples', () => {
  it('moves deleted samples into the set trash with a record, and restores them all', async () => {
    const id = await setWith(['x', 'x', 'A', 'wedge']);
    const before = await allSamples(id);
    const doomed = [
      before.find((s) => s.label === 'A')!.id,
      before.find((s) => s.label === 'x')!.id,
    ];
    const trashId = await store.deleteSamples(id, [...doomed, doomed[0]], NOW);
    expect(trashId).toMatch(/^20240305T060708-[0-9a-f]{8}$/);

    expect((await store.summary(id)).perClass).toEqual({ x: 1, wedge: 1 });
    expect((await allSamples(id)).map((s) => s.id)).not.toContain(doomed[0]);
    const trashDir = join(root, id, TRASH_DIR, trashId);
    for (const sampleId of doomed) expect(existsSync(join(trashDir, sampleId))).toBe(true);
    const record = JSON.parse(await readFile(join(trashDir, TRASH_RECORD), 'utf8')) as unknown;
    expect(record).toMatchObject({ kind: 'samples', samples: doomed });
    expect((await loadImageFolder(join(root, id))).report.loaded).toBe(2);

    await store.restoreSamples(id, trashId);
    expect(await allSamples(id)).toEqual(before);
    expect(existsSync(trashDir)).toBe(false);
    expect((await rejection(store.restoreSamples(id, trashId))).code).toBe('not-found');
  });

  it('finishes a restore that a crash interrupted', async () => {
    const id = await setWith(['x', 'y', 'z']);
    const before = await allSamples(id);
    const trashId = await store.deleteSamples(
      id,
      before.map((s) => s.id),
    );
    // As if the first restore died after moving one file back.
    const [first] = before;
    await rename(join(root, id, TRASH_DIR, trashId, first.id), join(root, id, first.id));
    await store.restoreSamples(id, trashId);
    expect(await allSamples(id)).toEqual(before);
  });

  it('refuses trash ids that are not its own', async () => {
    const id = await setWith(['x']);
    expect((await rejection(store.restoreSamples(id, '../../x'))).code).toBe('bad-input');
    const unknown = '20240101T000000-00000000';
    expect((await rejection(store.restoreSamples(id, unknown))).code).toBe('not-found');
  });
});

describe('renaming, deleting and restoring whole sets', () => {
  it('renames a set by rewriting its manifest, keeping id and date', async () => {
    const id = await setWith(['x']);
    const renamed = await store.rename(id, '  Ada’s capitals ');
    expect(renamed).toMatchObject({ id, name: 'Ada’s capitals', samples: 1 });
    expect(renamed.createdAt).toBe(NOW.toISOString());
    expect((await readdir(join(root, id))).filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await rejection(store.rename(id, '   '))).code).toBe('bad-input');
    expect((await rejection(store.rename('missing-set', 'x'))).code).toBe('not-found');
  });

  it('moves a deleted set into the trash and restores it under the same id', async () => {
    const id = await setWith(['x', 'A']);
    const other = await setWith(['y']);
    const before = await allSamples(id);
    const trashId = await store.deleteSet(id, NOW);
    expect((await store.list()).map((s) => s.id)).toEqual([other]);
    expect(existsSync(join(root, TRASH_DIR, trashId, 'set.json'))).toBe(true);
    expect((await rejection(store.summary(id))).code).toBe('not-found');

    const restored = await store.restoreSet(trashId);
    expect(restored).toMatchObject({ id, name: 'Test set', samples: 2 });
    expect(await allSamples(id)).toEqual(before);
    expect(existsSync(join(root, id, TRASH_RECORD))).toBe(false);
    expect((await store.list()).map((s) => s.id).sort()).toEqual([id, other].sort());
    expect((await rejection(store.restoreSet(trashId))).code).toBe('not-found');
  });

  it('does not restore a set over another, nor a sample trash as a set', async () => {
    const id = await setWith(['x']);
    const [sample] = await allSamples(id);
    const sampleTrash = await store.deleteSamples(id, [sample.id]);
    expect((await rejection(store.restoreSet(sampleTrash))).code).toBe('not-found');
    const trashId = await store.deleteSet(id);
    await mkdir(join(root, id));
    expect((await rejection(store.restoreSet(trashId))).code).toBe('bad-input');
  });
});
