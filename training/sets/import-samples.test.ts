import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { glyphAt } from '../data/dataset.js';
import { loadImageFolder } from '../data/image-folder.js';
import { tempDirPerTest } from '../storage/temp-dir-test-support.js';
import { declareSize, encodeBmp24, encodeGray, plusPicture } from './sample-test-support.js';
import { TrainingSetError, TrainingSetStore } from './training-set-store.js';

let root: string;
let store: TrainingSetStore;
let setId: string;

tempDirPerTest('inkform-import-', async (dir) => {
  root = dir;
  store = new TrainingSetStore(join(root, 'sets'));
  setId = (await store.create('Imports')).id;
});

const text = (s: string) => new TextEncoder().encode(s);

async function rejection(promise: Promise<unknown>): Promise<TrainingSetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TrainingSetError)) throw new Error('expected a TrainingSetError');
  return error;
}

/** The same picture the ImageFolder loader gets, so the two glyphs can be compared. */
async function loaderGlyph(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  const dir = join(root, 'loader', 'x');
  await rm(join(root, 'loader'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), bytes);
  return glyphAt((await loadImageFolder(join(root, 'loader'))).train, 0);
}

describe('importing a zip of an ImageFolder tree', () => {
  it('imports the good pictures through the training pipeline and counts the rest by reason', async () => {
    const small = await encodeGray(plusPicture(28, 28, true), 28, 28);
    // Wrong size and light on dark: normalised like training data, not refused.
    const wide = await encodeGray(plusPicture(200, 120, false), 200, 120);
    const photo = await encodeGray(plusPicture(90, 90, true), 90, 90, 'jpeg');
    const bitmap = encodeBmp24(plusPicture(40, 30, true), 40, 30);
    const blank = await encodeGray(new Uint8Array(32 * 32).fill(250), 32, 32);
    const corrupt = new Uint8Array([...small.subarray(0, 8), ...text('definitely not IHDR')]);
    const files: Zippable = {
      'x/a.png': small,
      '^A/wide.png': wide,
      'forall/photo.jpg': photo,
      'wedge/scan.bmp': bitmap,
      'x/blank.png': blank,
      'x/corrupt.png': corrupt,
      'x/empty.png': new Uint8Array(0),
      'x/notes.txt': text('my notes'),
      'README.md': text('# samples'),
      '.DS_Store': text('junk'),
      'x/.hidden.png': small,
      '__MACOSX/x/._a.png': text('resource fork'),
      '../evil.png': small,
      '/abs.png': small,
      'C:\\x.png': small,
      'x/..\\..\\evil.png': small,
      'C:/x/y.png': small,
      'lambda/l.png': small,
      'loose.png': small,
      'x/deep/er.png': small,
    };
    const report = await store.importZip(setId, zipSync(files));

    expect(report.added).toBe(4);
    expect(report.skipped).toEqual({
      'blank image': 1,
      'not a readable image': 1,
      'empty file': 1,
      'not an image': 2,
      'hidden file': 3,
      'unsafe path': 5,
      'unknown class "lambda"': 1,
      'not in a class folder': 2,
    });
    const summary = await store.summary(setId);
    expect(summary.perClass).toEqual({ x: 1, A: 1, forall: 1, wedge: 1 });
    const samples = (await store.listSamples(setId, null, 0, 100)).samples;
    expect(samples.every((s) => s.source === 'import')).toBe(true);
    expect(await loaderGlyph('wide.png', wide)).toEqual(
      samples.find((s) => s.label === 'A')?.glyph,
    );
    expect(await loaderGlyph('a.png', small)).toEqual(samples.find((s) => s.label === 'x')?.glyph);
    // Nothing was written where the hostile names pointed.
    expect(existsSync(join(root, 'evil.png'))).toBe(false);
    expect(existsSync(join(root, 'sets', 'evil.png'))).toBe(false);
    expect((await readdir(join(root, 'sets'))).sort()).toEqual([setId]);
  });

  it('reads train/ and test/ splits, inside a wrapping folder or not', async () => {
    const png = await encodeGray(plusPicture(28, 28, true), 28, 28);
    const split = zipSync({ 'train/x/1.png': png, 'test/x/2.png': png, 'train/y/3.png': png });
    expect(await store.importZip(setId, split)).toEqual({ added: 3, skipped: {} });
    const wrapped = zipSync({
      'my set': {},
      'my set/train/forall/1.png': png,
      'my set/test/%E2%88%80/2.png': png,
      'my set/wedge/3.png': png,
      'my set/readme.txt': text('hi'),
    });
    expect(await store.importZip(setId, wrapped)).toEqual({
      added: 3,
      skipped: { 'not an image': 1 },
    });
    expect((await store.summary(setId)).perClass).toEqual({ x: 2, y: 1, forall: 2, wedge: 1 });
  });

  it('skips an entry that declares a huge size, before inflating it', async () => {
    const png = await encodeGray(plusPicture(28, 28, true), 28, 28);
    const zip = declareSize(zipSync({ 'x/a.png': png, 'x/bomb.png': png }), 'x/bomb.png', 400e6);
    expect(await store.importZip(setId, zip)).toEqual({
      added: 1,
      skipped: { 'file too large': 1 },
    });
  });

  it('refuses a whole zip that unpacks to too much, has too many entries, or is no zip', async () => {
    const png = await encodeGray(plusPicture(28, 28, true), 28, 28);
    const bomb = declareSize(zipSync({ 'x/a.png': png, 'x/b.png': png }), 'x/b.png', 0xf0000000);
    const tooBig = await rejection(store.importZip(setId, bomb));
    expect(tooBig.code).toBe('bad-input');
    expect(tooBig.message).toMatch(/unpacks to \d+ MB, more than the 500 MB/);

    const tight = new TrainingSetStore(join(root, 'sets'), {
      zipLimits: { maxTotalBytes: 1e9, maxEntries: 5, maxEntryBytes: 1e6, batchBytes: 1e6 },
    });
    const many: Zippable = {};
    for (let i = 0; i < 6; i++) many[`x/${i}.png`] = png;
    const tooMany = await rejection(tight.importZip(setId, zipSync(many)));
    expect(tooMany.message).toMatch(/more than 5 files/);

    const notZip = await rejection(store.importZip(setId, text('PK but not really a zip')));
    expect(notZip.message).toMatch(/not a readable zip/);
    expect((await store.summary(setId)).samples).toBe(0);
  });

  it.each([300, 1e6])(
    'saves what it can from a zip with a damaged entry (batches of %d bytes)',
    async (batchBytes) => {
      const png = await encodeGray(plusPicture(28, 28, true), 28, 28);
      const files: Zippable = {};
      for (let i = 0; i < 6; i++) files[`x/${i}.png`] = [png, { level: 9 }];
      const zip = zipSync(files);
      // Corrupt the deflate stream of the third entry (its data follows its local header).
      const damaged = zip.slice();
      const view = new DataView(damaged.buffer);
      let seen = 0;
      for (let at = 0; at + 30 < damaged.length; at++) {
        if (view.getUint32(at, true) !== 0x04034b50) continue;
        if (seen++ !== 2) continue;
        const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
        damaged.fill(0xff, start, start + 16);
        break;
      }
      const limited = new TrainingSetStore(join(root, 'sets'), {
        zipLimits: { maxTotalBytes: 1e9, maxEntries: 100, maxEntryBytes: 1e6, batchBytes },
      });
      expect(await limited.importZip(setId, damaged)).toEqual({
        added: 5,
        skipped: { 'damaged zip entry': 1 },
      });
    },
  );
});

describe('importing a folder', () => {
  it('imports <class>/ and {train,test}/<class>/ trees, skipping junk', async () => {
    const tree = join(root, 'tree');
    const png = await encodeGray(plusPicture(28, 28, true), 28, 28);
    const big = await encodeGray(plusPicture(300, 300, false), 300, 300);
    for (const dir of ['train/^A', 'train/a', 'test/a', 'train/.cache', 'train/a/sub', 'val/x'])
      await mkdir(join(tree, dir), { recursive: true });
    await writeFile(join(tree, 'train/^A/1.png'), png);
    await writeFile(join(tree, 'train/a/2.png'), big);
    await writeFile(join(tree, 'test/a/3.png'), png);
    await writeFile(join(tree, 'train/a/.inkform-tmp-abc-4.png'), png.subarray(0, 30));
    await writeFile(join(tree, 'train/a/broken.png'), png.subarray(0, 30));
    await writeFile(join(tree, 'train/a/sub/5.png'), png);
    await writeFile(join(tree, 'train/.cache/6.png'), png);
    await writeFile(join(tree, 'train/a/Thumbs.db'), 'junk');
    await writeFile(join(tree, 'val/x/7.png'), png);
    await symlink('/etc/passwd', join(tree, 'train/a/link.png'));

    const report = await store.importFolder(setId, tree);
    expect(report.added).toBe(3);
    expect(report.skipped).toEqual({
      'hidden file': 2,
      'not a readable image': 2,
      'not an image': 1,
      'not in a class folder': 1,
    });
    expect((await store.summary(setId)).perClass).toEqual({ A: 1, a: 2 });
  });

  it('refuses a folder that does not exist or is a file', async () => {
    const missing = await rejection(store.importFolder(setId, join(root, 'nope')));
    expect(missing).toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/does not exist/),
    });
    await writeFile(join(root, 'file.png'), 'x');
    const file = await rejection(store.importFolder(setId, join(root, 'file.png')));
    expect(file.message).toMatch(/not a folder/);
  });

  it('refuses to import into a set that does not exist', async () => {
    expect((await rejection(store.importFolder('missing', root))).code).toBe('not-found');
  });
});
