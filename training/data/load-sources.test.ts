import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import type { GlyphDataset } from './dataset.js';
import { loadSources, type DataSources } from './load-sources.js';
import { findSharedData, SHARED_DATA_MISSING } from '../../recognition/data/shared-data.js';
import { writeImageFolder } from './write-image-folder.js';

/** Random specks: every glyph different from every other, even after normalising. */
function speckData(classes: readonly string[], count: number, seed = count): GlyphDataset {
  const random = mulberry32(seed);
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = Uint16Array.from({ length: count }, (_, i) => i % classes.length);
  for (let i = 0; i < count; i++)
    for (let k = 0; k < 40; k++)
      images[i * GLYPH_PIXELS + Math.floor(random() * GLYPH_PIXELS)] = 255;
  return { classes, images, labels, count };
}

let root: string;
const shared = findSharedData();
if (!shared) console.warn(SHARED_DATA_MISSING);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'inkform-sources-'));
  // 'forall' and 'a' are in both sets; 'x' only in one.
  await writeImageFolder(join(root, 'one'), speckData(['forall', 'a'], 40));
  await writeImageFolder(join(root, 'two'), speckData(['a', 'x', 'forall'], 30));
  await writeImageFolder(join(root, 'split'), speckData(['a', 'x'], 10), { split: 'train' });
  await writeImageFolder(join(root, 'split'), speckData(['a', 'x'], 4, 99), { split: 'test' });
  await mkdir(join(root, 'empty'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

const sources = (names: string[], patch: Partial<DataSources> = {}): DataSources => ({
  sets: names.map((n) => ({ path: join(root, n), label: n })),
  sharedData: null,
  testFraction: 0.2,
  seed: 1,
  ...patch,
});

const counts = (d: GlyphDataset) => {
  const out: Record<string, number> = {};
  for (const l of d.labels) out[d.classes[l]] = (out[d.classes[l]] ?? 0) + 1;
  return out;
};

const glyphKeys = (d: GlyphDataset) =>
  new Set(
    Array.from({ length: d.count }, (_, i) =>
      Buffer.from(d.images.subarray(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS)).toString('base64'),
    ),
  );

describe('loadSources', () => {
  it('merges sets on one class list and holds out a fifth of every class of every set', async () => {
    const data = await loadSources(sources(['one', 'two']));
    expect(data.train.classes).toEqual(['forall', 'a', 'x']);
    // one: 20 + 20; two: 10 + 10 + 10; a fifth of each class of each set is held out.
    expect(counts(data.test!)).toEqual({ forall: 4 + 2, a: 4 + 2, x: 2 });
    expect(counts(data.train)).toEqual({ forall: 16 + 8, a: 16 + 8, x: 8 });
    expect(data.report.loaded).toBe(70);
    expect(data.unknownClasses).toEqual({});
  });

  it('never trains on a held-out sample, and holds out the same ones for the same seed', async () => {
    const [a, b, c] = await Promise.all([
      loadSources(sources(['one'])),
      loadSources(sources(['one'])),
      loadSources(sources(['one'], { seed: 2 })),
    ]);
    const train = glyphKeys(a.train);
    expect([...glyphKeys(a.test!)].some((k) => train.has(k))).toBe(false);
    expect(a.test!.images).toEqual(b.test!.images);
    expect(a.test!.images).not.toEqual(c.test!.images);
  });

  it('uses a set’s own test folder as its held-out part', async () => {
    const data = await loadSources(sources(['split']));
    expect(data.train.count).toBe(10);
    expect(data.test!.count).toBe(4);
  });

  it('learns only the given classes, counting what it leaves out', async () => {
    const data = await loadSources(sources(['two']), { classes: ['a', 'forall', 'b'] });
    expect(data.train.classes).toEqual(['a', 'forall', 'b']);
    expect(data.unknownClasses).toEqual({ x: 10 });
    expect(data.train.count + data.test!.count).toBe(20);
  });

  it('names a set without usable samples', async () => {
    await expect(loadSources(sources(['one', 'empty']))).rejects.toThrow(
      'the training set "empty" has no usable samples',
    );
    await expect(loadSources(sources([]))).rejects.toThrow(/at least one training set/);
  });

  it.runIf(shared)('adds the shared train split, never its test split', async () => {
    const data = await loadSources(sources(['one'], { sharedData: shared! }));
    expect(data.train.count).toBeGreaterThan(150_000);
    expect(data.test!.count).toBe(8);
    // Without sets the shared writer-disjoint test split measures the model.
    const alone = await loadSources(sources([], { sharedData: shared! }));
    expect(alone.train.count).toBe(data.train.count - 32);
    expect(alone.test!.count).toBeGreaterThan(10_000);
  });
});
