import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../recognition/imaging/gray-image.js';
import { rasteriseStrokes } from '../recognition/imaging/rasterise-strokes.js';
import { defaultModelDir } from '../recognition/models.js';
import { composeFormula } from '../recognition/strokes/templates.js';
import { barGlyph, encodeGray, plusPicture } from '../training/sets/sample-test-support.js';
import { TrainingSetStore } from '../training/sets/training-set-store.js';
import type { TrainingEvent } from './contract/training.js';
import type { GlyphGuess } from './recognition/protocol.js';
import { RecognitionClient } from './recognition/recognition-client.js';
import { ServiceError } from './service-error.js';
import {
  createTrainingSetService,
  type TrainingSetServiceApi,
  type TrainingSetServiceOptions,
} from './training-sets-service.js';
import { TRAINING_SET_VALIDATORS } from './validate-training-sets.js';

const hasModel = existsSync(join(defaultModelDir(), 'inkform.json'));
if (!hasModel)
  console.warn(
    'models/default/inkform.json is missing: skipping the training-set tests that recognise',
  );

let dir: string;
let store: TrainingSetStore;
let events: TrainingEvent[];
const recognition = new RecognitionClient();

afterAll(() => recognition.dispose());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-set-service-'));
  store = new TrainingSetStore(join(dir, 'training-sets'));
  events = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(
  overrides: Partial<Pick<TrainingSetServiceOptions, 'recognition'>> = {},
): TrainingSetServiceApi {
  return createTrainingSetService({
    store,
    recognition: overrides.recognition ?? recognition,
    activeModelDir: async () => defaultModelDir(),
    emit: (event) => events.push(event),
  });
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${error}`);
  return error;
}

async function setWith(labels: readonly string[]): Promise<string> {
  const { id } = await store.create('Mine');
  await store.add(
    id,
    labels.map((label, k) => ({ label, glyph: barGlyph(k), source: 'correction' })),
  );
  return id;
}

const changes = () => events.filter((e) => e.type === 'training-sets-changed').length;

describe('managing samples and sets', () => {
  it('lists, relabels, deletes and restores samples, telling the page each time', async () => {
    const api = service();
    const setId = await setWith(['a', 'a', 'b']);
    const page = await api.listSamples({ setId, label: null, offset: 0, limit: 10 });
    expect(page.total).toBe(3);
    expect(page.samples.map((s) => s.label)).toEqual(['a', 'a', 'b']);
    expect(changes()).toBe(0);

    const relabelled = await api.relabelSamples({
      setId,
      sampleIds: [page.samples[0].id],
      label: 'A',
    });
    expect(relabelled.perClass).toEqual({ a: 1, A: 1, b: 1 });
    expect(changes()).toBe(1);

    const ids = (await api.listSamples({ setId, label: 'a', offset: 0, limit: 10 })).samples.map(
      (s) => s.id,
    );
    const deleted = await api.deleteSamples({ setId, sampleIds: ids });
    expect(deleted.set.perClass).toEqual({ A: 1, b: 1 });
    const restored = await api.restoreSamples({ setId, trashId: deleted.trashId });
    expect(restored.perClass).toEqual({ a: 1, A: 1, b: 1 });
    expect(changes()).toBe(3);
  });

  it('renames, deletes and restores whole sets', async () => {
    const api = service();
    const setId = await setWith(['x']);
    expect(await api.renameTrainingSet({ id: setId, name: 'Ada' })).toMatchObject({
      id: setId,
      name: 'Ada',
      samples: 1,
    });
    const { trashId } = await api.deleteTrainingSet({ id: setId });
    expect(await store.list()).toEqual([]);
    expect(await api.restoreTrainingSet({ trashId })).toMatchObject({ id: setId, name: 'Ada' });
    expect(changes()).toBe(3);
  });

  it('reports missing things as not-found and impossible requests as bad-input', async () => {
    const api = service();
    const missingSet = await failure(
      api.listSamples({ setId: 'gone', label: null, offset: 0, limit: 5 }),
    );
    expect(missingSet).toMatchObject({
      code: 'not-found',
      message: 'there is no training set "gone"',
    });
    const setId = await setWith(['x']);
    const sampleIds = ['x/correction-20240101T000000-00000000.png'];
    expect((await failure(api.deleteSamples({ setId, sampleIds }))).code).toBe('not-found');
    const trashId = '20240101T000000-00000000';
    expect((await failure(api.restoreSamples({ setId, trashId }))).code).toBe('not-found');
    expect((await failure(api.restoreTrainingSet({ trashId }))).code).toBe('not-found');
    const folder = { kind: 'folder', path: join(dir, 'nope') } as const;
    expect((await failure(api.importSamples({ setId, source: folder }))).code).toBe('bad-input');
    expect(changes()).toBe(0);
  });

  it('imports a zip and reports what it added and skipped, with the set', async () => {
    const api = service();
    const setId = await setWith([]);
    const png = await encodeGray(plusPicture(60, 40, false), 60, 40);
    const bytes = zipSync({ 'x/1.png': png, 'x/2.png': png, '../evil.png': png, 'q.txt': png });
    const report = await api.importSamples({
      setId,
      source: { kind: 'zip', bytes, name: 'a.zip' },
    });
    expect(report).toMatchObject({
      added: 2,
      skipped: { 'unsafe path': 1, 'not an image': 1 },
      set: { id: setId, samples: 2, perClass: { x: 2 } },
    });
    expect(changes()).toBe(1);
    const refused = await failure(
      api.importSamples({ setId, source: { kind: 'zip', bytes: png, name: 'b.zip' } }),
    );
    expect(refused).toMatchObject({ code: 'bad-input', message: expect.stringMatching(/zip/) });
  });
});

describe('finding outliers', () => {
  it('flags confident disagreements only, most confident first, look-alikes aside', async () => {
    const setId = await setWith(['a', 'b', 'x', 'forall', 'wedge']);
    // By sample order (class in symbol order): forall, wedge, a, b, x.
    const guesses: GlyphGuess[] = [
      { label: 'forall', probability: 0.99 },
      { label: 'vee', probability: 0.85 },
      { label: 'o', probability: 0.95 },
      { label: 'h', probability: 0.7 },
      { label: 'X', probability: 0.99 },
    ];
    let seen = 0;
    const fake = {
      recognizeImage: () => Promise.reject(new Error('not used')),
      classify: async (glyphs: Uint8Array) => {
        seen += glyphs.length / GLYPH_PIXELS;
        return guesses;
      },
    };
    const outliers = await service({ recognition: fake }).findOutliers({ setId });
    expect(seen).toBe(5);
    expect(outliers.map((o) => [o.label, o.predicted, o.confidence])).toEqual([
      ['a', 'o', 0.95],
      ['wedge', 'vee', 0.85],
    ]);
    expect(outliers[0].glyph).toEqual(barGlyph(0));
    expect(outliers[0].sampleId).toMatch(/^a\/correction-/);
  });
});

/** A sheet of handwriting: one row per label, `perRow` samples each, dark ink on white. */
async function drawSheet(rows: readonly string[], perRow: number): Promise<Uint8Array> {
  const strokes = rows.flatMap(
    (label, r) =>
      composeFormula(Array<string>(perRow).fill(label), {
        seed: 10 + r,
        origin: [0, r * 130],
        height: 60,
      }).strokes,
  );
  const ink = rasteriseStrokes(strokes, { width: 7, margin: 60, size: 900 });
  const paper = Uint8Array.from(ink.data, (v) => 255 - v);
  return new Uint8Array(
    await sharp(paper, { raw: { width: ink.width, height: ink.height, channels: 1 } })
      .png()
      .toBuffer(),
  );
}

describe.runIf(hasModel)('with the shipped model, in the recognition worker', () => {
  const rows = ['forall', 'x', 'P', 'wedge'];

  it('reads a sheet of samples and labels each row from the layout, saving nothing', async () => {
    const api = service();
    const bytes = await drawSheet(rows, 4);
    const reading = await api.readSheet({
      bytes,
      name: 'sheet.png',
      layout: { kind: 'rows', labels: rows.slice(0, 3) },
    });
    expect(reading).toMatchObject({ width: 900, height: 900 });
    expect(reading.candidates).toHaveLength(16);
    for (const [line, label] of rows.entries()) {
      const inLine = reading.candidates.filter((c) => c.line === line);
      expect(inLine).toHaveLength(4);
      // The fourth row has no label in the layout: left for the user to choose.
      expect(inLine.every((c) => c.label === (line < 3 ? label : null))).toBe(true);
      expect(inLine.every((c) => c.glyph.length === GLYPH_PIXELS)).toBe(true);
    }
    const foralls = reading.candidates.filter((c) => c.line === 0);
    expect(foralls.every((c) => c.predicted === 'forall' && c.confidence > 0.9)).toBe(true);
    expect(await store.list()).toEqual([]);

    const single = await api.readSheet({
      bytes,
      name: 's.png',
      layout: { kind: 'single', label: 'x' },
    });
    expect(single.candidates.every((c) => c.label === 'x')).toBe(true);
  });

  it('finds the deliberately mislabelled sample of a set', async () => {
    const api = service();
    const reading = await api.readSheet({
      bytes: await drawSheet(rows, 4),
      name: 'sheet.png',
      layout: { kind: 'rows', labels: rows },
    });
    const { id: setId } = await store.create('With a mistake');
    const samples = reading.candidates
      .filter((c) => c.label === 'forall' || c.label === 'wedge')
      .map((c) => ({ label: c.label ?? '', glyph: c.glyph, source: 'sheet' as const }));
    const wrong = { ...samples[0], label: 'wedge' };
    await store.add(setId, [wrong, ...samples.slice(1)]);

    const outliers = await api.findOutliers({ setId });
    expect(outliers).toHaveLength(1);
    expect(outliers[0]).toMatchObject({ label: 'wedge', predicted: 'forall' });
    expect(outliers[0].confidence).toBeGreaterThanOrEqual(0.8);
    expect(outliers[0].glyph).toEqual(wrong.glyph);
  });

  it('classifies glyphs in the worker, one top-1 guess each', async () => {
    const reading = await service().readSheet({
      bytes: await drawSheet(['forall'], 3),
      name: 'sheet.png',
      layout: { kind: 'single', label: 'forall' },
    });
    const glyphs = new Uint8Array(reading.candidates.length * GLYPH_PIXELS);
    reading.candidates.forEach((c, i) => glyphs.set(c.glyph, i * GLYPH_PIXELS));
    const guesses = await recognition.classify(glyphs, defaultModelDir());
    expect(guesses.map((g) => g.label)).toEqual(['forall', 'forall', 'forall']);
    const torn = await recognition
      .classify(new Uint8Array(100), defaultModelDir())
      .catch((e: unknown) => e);
    expect(torn).toMatchObject({ code: 'bad-input' });
  });
});

describe('validating requests', () => {
  const v = TRAINING_SET_VALIDATORS;
  const sampleId = 'x/correction-20240101T000000-0a0b0c0d.png';

  function refusal(run: () => unknown): string {
    try {
      run();
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'bad-input') return error.message;
      throw error;
    }
    throw new Error('accepted');
  }

  it('accepts well-formed requests and returns clean copies', () => {
    expect(v.listSamples({ setId: 's-1', label: 'A', offset: 0, limit: 2000, extra: 1 })).toEqual({
      setId: 's-1',
      label: 'A',
      offset: 0,
      limit: 2000,
    });
    expect(
      v.relabelSamples({
        setId: 's',
        sampleIds: [sampleId, '^A/sheet-20240101T000000-ff.png'],
        label: 'a',
      }),
    ).toMatchObject({ label: 'a' });
    expect(v.renameTrainingSet({ id: 's', name: '  New  ' })).toEqual({ id: 's', name: 'New' });
    expect(v.restoreTrainingSet({ trashId: '20240101T000000-0a0b0c0d' })).toEqual({
      trashId: '20240101T000000-0a0b0c0d',
    });
    const folder = v.importSamples({ setId: 's', source: { kind: 'folder', path: dir } });
    expect(folder.source).toEqual({ kind: 'folder', path: dir });
    const layout = { kind: 'rows', labels: ['forall', 'x'] };
    expect(v.readSheet({ bytes: new Uint8Array(3), name: 'a.png', layout }).layout).toEqual(layout);
  });

  it.each([
    ['a page over 2,000', () => v.listSamples({ setId: 's', label: null, offset: 0, limit: 2001 })],
    [
      'a fractional offset',
      () => v.listSamples({ setId: 's', label: null, offset: 1.5, limit: 1 }),
    ],
    ['an unknown label', () => v.listSamples({ setId: 's', label: 'lambda', offset: 0, limit: 1 })],
    [
      'a traversal sample id',
      () => v.deleteSamples({ setId: 's', sampleIds: ['../x/correction-20240101T000000-00.png'] }),
    ],
    ['an absolute sample id', () => v.deleteSamples({ setId: 's', sampleIds: ['/etc/passwd'] })],
    [
      'a backslash sample id',
      () =>
        v.deleteSamples({ setId: 's', sampleIds: ['x\\..\\correction-20240101T000000-00.png'] }),
    ],
    [
      'a hidden folder',
      () =>
        v.deleteSamples({ setId: 's', sampleIds: ['.trash/correction-20240101T000000-00.png'] }),
    ],
    ['no samples', () => v.deleteSamples({ setId: 's', sampleIds: [] })],
    ['a traversal set id', () => v.findOutliers({ setId: '../s' })],
    ['a traversal trash id', () => v.restoreSamples({ setId: 's', trashId: '../../x' })],
    ['an empty name', () => v.renameTrainingSet({ id: 's', name: '   ' })],
    [
      'a relative folder',
      () => v.importSamples({ setId: 's', source: { kind: 'folder', path: 'sets/a' } }),
    ],
    [
      'an empty zip',
      () =>
        v.importSamples({
          setId: 's',
          source: { kind: 'zip', bytes: new Uint8Array(0), name: 'a.zip' },
        }),
    ],
    [
      'zip bytes as text',
      () => v.importSamples({ setId: 's', source: { kind: 'zip', bytes: 'PK', name: 'a.zip' } }),
    ],
    [
      'an unknown source',
      () => v.importSamples({ setId: 's', source: { kind: 'url', path: '/a' } }),
    ],
    [
      'a layout with no rows',
      () =>
        v.readSheet({ bytes: new Uint8Array(3), name: 'a', layout: { kind: 'rows', labels: [] } }),
    ],
    [
      'a row label not in the table',
      () =>
        v.readSheet({
          bytes: new Uint8Array(3),
          name: 'a',
          layout: { kind: 'single', label: 'λ' },
        }),
    ],
  ])('refuses %s', (_, run) => {
    expect(refusal(run)).not.toBe('');
  });
});
