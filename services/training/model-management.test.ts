import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { MODEL_JSON } from '../../recognition/model-format/model-io.js';
import { makeHarness, saveTinyModel, type Harness } from './test-support.js';
import type { TrainingService } from './training-service.js';

let h: Harness;
let service: TrainingService;
let modelsDir: string;
let changes = 0;
const ID = 'tiny-0123abcd';

beforeAll(async () => {
  h = await makeHarness();
  modelsDir = join(h.dir, 'models');
  await saveTinyModel(join(modelsDir, ID), 'Tiny');
  service = h.service({ onModelsChanged: () => changes++ });
});

afterAll(async () => {
  await service.dispose();
  await rm(h.dir, { recursive: true, force: true });
});

const userModels = async () => (await h.registry.list('default')).models.filter((m) => !m.builtIn);
const entries = async () => (await readdir(modelsDir)).sort();

describe('model details', () => {
  it('shows the card and the saved evaluation, glyphs as bytes', async () => {
    const details = await service.getModelDetails({ id: ID });
    expect(details).toMatchObject({
      info: { id: ID, name: 'Tiny', builtIn: false, classes: 3, symbols: 3, testSamples: null },
      hidden: [8],
      activation: 'relu',
      notes: null,
    });
    expect(details.evaluation?.confusion).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    const [mistake] = details.evaluation!.misclassified;
    expect(mistake).toMatchObject({ label: 'c', predicted: 'a', confidence: 0.75 });
    expect(mistake.glyph).toEqual(new Uint8Array(784).fill(9));
  });

  it('reads the built-in model’s evaluation when it has one', async () => {
    const details = await service.getModelDetails({ id: 'default' });
    expect(details.info.builtIn).toBe(true);
    // Every symbol of the table, not counting its not-a-symbol class; measured on its test split.
    expect(details.info.symbols).toBe(SYMBOL_NAMES.length);
    expect(details.info.classes).toBe(SYMBOL_NAMES.length + 1);
    expect(details.info.testSamples).toBeGreaterThan(1000);
    if (details.evaluation) expect(details.evaluation.classes).toHaveLength(details.info.classes);
  });

  it('says which model is missing', async () => {
    await expect(service.getModelDetails({ id: 'nope-1' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('rename, delete, restore', () => {
  it('renames by rewriting the card only, and never the built-in model', async () => {
    const weights = await readFile(join(modelsDir, ID, 'weights.bin'));
    const before = changes;
    expect((await service.renameModel({ id: ID, name: 'Renamed' })).name).toBe('Renamed');
    expect(await readFile(join(modelsDir, ID, 'weights.bin'))).toEqual(weights);
    expect(changes).toBe(before + 1);
    await expect(service.renameModel({ id: 'default', name: 'x' })).rejects.toMatchObject({
      code: 'bad-input',
    });
  });

  it('deletes to the trash and restores from it', async () => {
    const { trashId } = await service.deleteModel({ id: ID });
    expect((await userModels()).map((m) => m.id)).not.toContain(ID);
    expect((await h.registry.list(ID)).activeId).toBe('default');
    const restored = await service.restoreModel({ trashId });
    expect(restored).toMatchObject({ id: ID, name: 'Renamed' });
    expect((await h.registry.list(ID)).activeId).toBe(ID);
    await expect(service.restoreModel({ trashId })).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.deleteModel({ id: 'default' })).rejects.toMatchObject({
      code: 'bad-input',
    });
  });
});

describe('export and import', () => {
  let archive: Uint8Array;
  let files: Record<string, Uint8Array>;

  beforeAll(async () => {
    archive = (await service.exportModel({ id: ID })).bytes;
    files = unzipSync(archive);
  });

  /** A zip of the exported files with some changed, added or removed. */
  function variant(change: (files: Zippable) => void): Uint8Array {
    const copy: Zippable = { ...files };
    change(copy);
    return zipSync(copy);
  }

  const refusal = async (bytes: Uint8Array, pattern: RegExp) => {
    const before = await entries();
    await expect(service.importModel({ bytes, name: 'bad.zip' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(pattern),
    });
    // Nothing is left behind, not even a hidden temporary folder.
    expect(await entries()).toEqual(before);
  };

  it('exports the model folder’s files inside one folder', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['evaluation.json', 'inkform.json', 'model.json', 'weights.bin'].map((f) => `${ID}/${f}`),
    );
  });

  it('imports an exported model under a new id, the same model', async () => {
    const info = await service.importModel({ bytes: archive, name: 'tiny.zip' });
    expect(info.id).toMatch(/^renamed-[0-9a-f]{8}$/);
    expect(info.name).toBe('Renamed');
    const [original, copy] = await Promise.all([
      service.getModelDetails({ id: ID }),
      service.getModelDetails({ id: info.id }),
    ]);
    expect(copy.evaluation).toEqual(original.evaluation);
    expect(await readFile(join(modelsDir, info.id, 'weights.bin'))).toEqual(
      await readFile(join(modelsDir, ID, 'weights.bin')),
    );
    // Files at the top of the archive work too.
    const flat = zipSync(
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k.split('/')[1], v])),
    );
    expect((await service.importModel({ bytes: flat, name: 'flat.zip' })).name).toBe('Renamed');
  });

  it('refuses path traversal, absolute paths, backslashes and drive letters', async () => {
    const named = (name: string) => variant((f) => (f[name] = strToU8('x')));
    await refusal(named('../x'), /"\.\.\/x" has an empty, "\." or "\.\." path segment/);
    await refusal(named(`${ID}/../../evil`), /path segment/);
    await refusal(named('/etc/passwd'), /absolute path/);
    await refusal(named('a\\..\\evil.bin'), /backslash/);
    await refusal(named('C:/evil.bin'), /drive letter/);
  });

  it('refuses junk, missing files and too many entries', async () => {
    await refusal(
      variant((f) => (f[`${ID}/notes.txt`] = strToU8('hi'))),
      /not a file of a model/,
    );
    await refusal(
      variant((f) => delete f[`${ID}/weights.bin`]),
      /lacks weights\.bin/,
    );
    const many: Zippable = {};
    for (let i = 0; i < 12; i++) many[`f${i}`] = strToU8('x');
    await refusal(zipSync(many), /12 entries/);
    await refusal(strToU8('this is not a zip file at all, just some words'), /not a readable zip/);
  });

  it('refuses a truncated zip', async () => {
    await refusal(archive.slice(0, Math.floor(archive.length / 2)), /not a readable zip/);
    await refusal(archive.slice(0, archive.length - 10), /not a readable zip/);
  });

  it('refuses a zip that claims to unpack to more than 300 MB before unpacking it', async () => {
    const bomb = archive.slice();
    const view = new DataView(bomb.buffer);
    // Declared sizes live in the central directory (signature 0x02014b50, size at +24).
    for (let p = 0; p + 4 <= bomb.length; p++)
      if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 200 * 2 ** 20, true);
    await refusal(bomb, /more than 300 MB/);
  });

  it('refuses a model whose weights are corrupt, leaving nothing behind', async () => {
    await refusal(
      variant((f) => (f[`${ID}/weights.bin`] = new Uint8Array(100))),
      /does not hold a usable model: weights\.bin: truncated/,
    );
    const json = JSON.parse(Buffer.from(files[`${ID}/${MODEL_JSON}`]).toString('utf8')) as {
      weightsManifest: { paths: string[] }[];
    };
    json.weightsManifest[0].paths = ['../../weights.bin'];
    await refusal(
      variant((f) => (f[`${ID}/${MODEL_JSON}`] = strToU8(JSON.stringify(json)))),
      /invalid weights path/,
    );
    await refusal(
      variant((f) => (f[`${ID}/evaluation.json`] = strToU8('{"format":"inkform-evaluation"}'))),
      /version/,
    );
  });
});

describe('crash safety', () => {
  it('never lists a folder left by an interrupted save or import, and clears it at start-up', async () => {
    const leftovers = [`.${ID}.tmp-0a1b2c3d4e5f`, '.inkform-tmp-import-0a1b2c3d4e5f'];
    for (const name of leftovers) {
      await mkdir(join(modelsDir, name), { recursive: true });
      await writeFile(join(modelsDir, name, 'inkform.json'), '{"half": ');
    }
    const list = await h.registry.list('default');
    expect(list.broken).toEqual([]);
    expect(list.models.map((m) => m.id)).not.toContain(leftovers[0]);
    await service.dispose();
    service = h.service();
    await service.listTrainingJobs();
    expect((await entries()).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
